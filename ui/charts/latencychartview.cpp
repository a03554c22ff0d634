#include "latencychartview.h"

LatencyChartView::LatencyChartView(QWidget *parent)
    : QChartView(parent)
{
}

void LatencyChartView::setGatewayData(const QJsonObject &gatewayData)
{
    Q_UNUSED(gatewayData);
}

void LatencyChartView::addSample(int index, double rttMs, bool open)
{
    Q_UNUSED(index);
    Q_UNUSED(rttMs);
    Q_UNUSED(open);
}

void LatencyChartView::clear()
{
}

int LatencyChartView::sampleCount() const
{
    return 0;
}

int LatencyChartView::failureCount() const
{
    return 0;
}

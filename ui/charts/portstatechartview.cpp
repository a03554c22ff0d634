#include "portstatechartview.h"

PortStateChartView::PortStateChartView(QWidget *parent)
    : QChartView(parent)
{
}

void PortStateChartView::setScanData(const QJsonObject &subnetData, const QJsonObject &rangeData)
{
    Q_UNUSED(subnetData);
    Q_UNUSED(rangeData);
}

void PortStateChartView::clear()
{
    m_bars.clear();
}

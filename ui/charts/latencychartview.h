#pragma once

#include <QChartView>
#include <QJsonObject>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

// The gateway's handshake times, sample by sample, with min, median and p95 as reference lines.
// Fed live (addSample) while the check runs, or all at once from the tcp.gateway check's data.
class LatencyChartView : public QChartView
{
    Q_OBJECT

public:
    explicit LatencyChartView(QWidget *parent = nullptr);

    // The tcp.gateway check's data object (docs/CLI.md): "samples" (each state, rtt_ms), "min_ms",
    // "median_ms", "p95_ms". An empty object clears the chart.
    void setGatewayData(const QJsonObject &gatewayData);
    // One sample as it arrives; `open` false marks a failed attempt (drawn apart, not as latency).
    void addSample(int index, double rttMs, bool open);
    void clear();

    int sampleCount() const;  // successful samples plotted
    int failureCount() const; // failed attempts marked
};

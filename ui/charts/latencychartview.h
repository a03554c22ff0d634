#pragma once

#include <QChartView>
#include <QJsonObject>
#include <QList>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

// The gateway's handshake times, sample by sample, with min, median and p95 as reference lines.
// Fed live (addSample) while the check runs, or all at once from the tcp.gateway check's data.
class LatencyChartView : public QChartView {
    Q_OBJECT

public:
    explicit LatencyChartView(QWidget *parent = nullptr);

    // The tcp.gateway check's data object (docs/CLI.md): "samples" (each state, rtt_ms), "min_ms",
    // "median_ms", "p95_ms". An empty object clears the chart.
    void setGatewayData(const QJsonObject &gatewayData);
    // One sample as it arrives; `open` false marks a failed attempt (drawn apart, not as latency).
    void addSample(int index, double rttMs, bool open);
    void clear();

    int sampleCount() const; // successful samples plotted
    int failureCount() const; // failed attempts marked

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Sample {
        int index = 0;
        double rttMs = 0.0;
        bool open = false;
    };
    struct Stats {
        bool valid = false;
        double minMs = 0.0;
        double medianMs = 0.0;
        double p95Ms = 0.0;
    };

    static Stats computeStats(const QList<Sample> &samples);
    void applyTheme();
    void refresh();
    void updateAxes();
    void updateReferenceLines();
    void updateDescription();

    QList<Sample> m_samples;
    Stats m_stats;
    // Below about 420×230 the axis titles go and the text shrinks a little, so the labels keep their room.
    bool m_compact = false;

    QLineSeries *m_line = nullptr; // successful handshakes, joined in order
    QScatterSeries *m_points = nullptr; // the same points, marked (hover shows the value)
    QScatterSeries *m_failed = nullptr; // failed attempts, an 'x' in a band above the scale
    QLineSeries *m_minLine = nullptr;
    QLineSeries *m_medianLine = nullptr;
    QLineSeries *m_p95Line = nullptr;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
};

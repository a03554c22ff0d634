#pragma once

#include <QChartView>
#include <QJsonObject>
#include <QStringList>

class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;

// The port states of the subnet sweep and the redirect range at a glance: one horizontal stacked bar
// per node (open, closed, filtered ports of the range) and one for the sweep (addresses that answered
// on 1433, and silent ones).
class PortStateChartView : public QChartView {
    Q_OBJECT

public:
    explicit PortStateChartView(QWidget *parent = nullptr);

    // The redirect.subnet and redirect.range checks' data objects (docs/CLI.md); either may be empty.
    void setScanData(const QJsonObject &subnetData, const QJsonObject &rangeData);
    void clear();

    struct Bar {
        QString label; // "Subnet sweep, port 1433" or a node's address
        int open = 0; // for the sweep: addresses that answered
        int closed = 0;
        int filtered = 0; // for the sweep: silent addresses
    };
    QList<Bar> bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void applyTheme();
    void placeLabels();
    void showBarToolTip(bool status, int category);

    QList<Bar> m_bars;
    QStringList m_details; // per bar: the tooltip, with what the bar cannot show (addresses, port lists)
    bool m_hasSweep = false; // m_bars.first() is the subnet sweep
    QHorizontalStackedBarSeries *m_series = nullptr;
    QList<QGraphicsSimpleTextItem *> m_labels; // the counts on the bars, owned by the chart
    // Below about 420×230 the axis titles go and the text shrinks a little, so the labels keep their room.
    bool m_compact = false;
};

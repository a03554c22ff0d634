#pragma once

#include <QChartView>
#include <QJsonObject>

// The port states of the subnet sweep and the redirect range at a glance: one horizontal stacked bar
// per node (open, closed, filtered ports of the range) and one for the sweep (addresses that answered
// on 1433, and silent ones).
class PortStateChartView : public QChartView
{
    Q_OBJECT

public:
    explicit PortStateChartView(QWidget *parent = nullptr);

    // The redirect.subnet and redirect.range checks' data objects (docs/CLI.md); either may be empty.
    void setScanData(const QJsonObject &subnetData, const QJsonObject &rangeData);
    void clear();

    struct Bar
    {
        QString label; // "Subnet sweep (1433)" or a node's address
        int open = 0;  // for the sweep: addresses that answered
        int closed = 0;
        int filtered = 0; // for the sweep: silent addresses
    };
    QList<Bar> bars() const { return m_bars; }

private:
    QList<Bar> m_bars;
};

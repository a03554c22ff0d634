#include "charts/latencychartview.h"
#include "charts/portstatechartview.h"

#include <QTest>

class tst_Charts : public QObject
{
    Q_OBJECT

private slots:
    void placeholder() { QSKIP("written with the charts"); }
};

QTEST_MAIN(tst_Charts)
#include "tst_charts.moc"

#include "charts/latencychartview.h"
#include "charts/portstatechartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

namespace {

// The tcp.gateway, redirect.subnet and redirect.range data of a real run:
// `miconnect-cli demo --profile redirect-partial --quiet --json -` (loopback simulator), unedited.
const char demoRedirectPartial[] = R"json(
{"tcp.gateway":{"address":"127.175.85.68","attempted":10,"jitter_ms":0.007,"max_ms":0.086,"median_ms":0.035,"min_ms":0.033,"p95_ms":0.086,"port":1433,"requested":10,"stopped_early":false,"succeeded":10,"samples":[
  {"address":"127.175.85.68","port":1433,"reason":"conn-accept","rtt_ms":0.086,"state":"open"},
  {"address":"127.175.85.68","port":1433,"reason":"conn-accept","rtt_ms":0.048,"state":"open"},
  {"address":"127.175.85.68","port":1433,"reason":"conn-accept","rtt_ms":0.042,"state":"open"},
  {"address":"127.175.85.68","port":1433,"reason":"conn-accept","rtt_ms":0.036,"state":"open"},
  {"address":"127.175.85.68","port":1433,"reason":"conn-accept","rtt_ms":0.038,"state":"open"},
  {"address":"127.175.85.68","port":1433,"reason":"conn-accept","rtt_ms":0.034,"state":"open"},
  {"address":"127.175.85.68","port":1433,"reason":"conn-accept","rtt_ms":0.034,"state":"open"},
  {"address":"127.175.85.68","port":1433,"reason":"conn-accept","rtt_ms":0.033,"state":"open"},
  {"address":"127.175.85.68","port":1433,"reason":"conn-accept","rtt_ms":0.034,"state":"open"},
  {"address":"127.175.85.68","port":1433,"reason":"conn-accept","rtt_ms":0.034,"state":"open"}]},
"redirect.subnet":{"gateway":"127.175.85.68","gateway_answered":true,"gateway_in_subnet":true,"nodes":["127.175.85.73","127.175.85.84"],"port":1433,"probed":27,"silent":24,"subnet":"127.175.85.64/27","probes":[
  {"address":"127.175.85.68","port":1433,"reason":"conn-accept","rtt_ms":0.632,"state":"open"},
  {"address":"127.175.85.69","port":1433,"reason":"no-response","rtt_ms":1001.827,"state":"filtered"},
  {"address":"127.175.85.70","port":1433,"reason":"no-response","rtt_ms":1001.895,"state":"filtered"},
  {"address":"127.175.85.71","port":1433,"reason":"no-response","rtt_ms":1001.892,"state":"filtered"},
  {"address":"127.175.85.72","port":1433,"reason":"no-response","rtt_ms":1001.888,"state":"filtered"},
  {"address":"127.175.85.73","port":1433,"reason":"conn-accept","rtt_ms":0.555,"state":"open"},
  {"address":"127.175.85.74","port":1433,"reason":"no-response","rtt_ms":1001.864,"state":"filtered"},
  {"address":"127.175.85.75","port":1433,"reason":"no-response","rtt_ms":1001.86,"state":"filtered"},
  {"address":"127.175.85.76","port":1433,"reason":"no-response","rtt_ms":1001.855,"state":"filtered"},
  {"address":"127.175.85.77","port":1433,"reason":"no-response","rtt_ms":1001.851,"state":"filtered"},
  {"address":"127.175.85.78","port":1433,"reason":"no-response","rtt_ms":1001.845,"state":"filtered"},
  {"address":"127.175.85.79","port":1433,"reason":"no-response","rtt_ms":1001.841,"state":"filtered"},
  {"address":"127.175.85.80","port":1433,"reason":"no-response","rtt_ms":1001.836,"state":"filtered"},
  {"address":"127.175.85.81","port":1433,"reason":"no-response","rtt_ms":1001.831,"state":"filtered"},
  {"address":"127.175.85.82","port":1433,"reason":"no-response","rtt_ms":1001.826,"state":"filtered"},
  {"address":"127.175.85.83","port":1433,"reason":"no-response","rtt_ms":1001.821,"state":"filtered"},
  {"address":"127.175.85.84","port":1433,"reason":"conn-accept","rtt_ms":0.405,"state":"open"},
  {"address":"127.175.85.85","port":1433,"reason":"no-response","rtt_ms":1001.763,"state":"filtered"},
  {"address":"127.175.85.86","port":1433,"reason":"no-response","rtt_ms":1001.759,"state":"filtered"},
  {"address":"127.175.85.87","port":1433,"reason":"no-response","rtt_ms":1001.753,"state":"filtered"},
  {"address":"127.175.85.88","port":1433,"reason":"no-response","rtt_ms":1001.748,"state":"filtered"},
  {"address":"127.175.85.89","port":1433,"reason":"no-response","rtt_ms":1001.743,"state":"filtered"},
  {"address":"127.175.85.90","port":1433,"reason":"no-response","rtt_ms":1001.738,"state":"filtered"},
  {"address":"127.175.85.91","port":1433,"reason":"no-response","rtt_ms":1001.734,"state":"filtered"},
  {"address":"127.175.85.92","port":1433,"reason":"no-response","rtt_ms":1001.729,"state":"filtered"},
  {"address":"127.175.85.93","port":1433,"reason":"no-response","rtt_ms":1001.724,"state":"filtered"},
  {"address":"127.175.85.94","port":1433,"reason":"no-response","rtt_ms":1001.72,"state":"filtered"}]},
"redirect.range":{"elapsed_ms":1035.774,"first":11000,"last":11999,"nodes":[
  {"address":"127.175.85.73","closed":497,"error":0,"filtered":500,"filtered_ports":"11500-11999","open":3,"open_ports":"11000-11002"},
  {"address":"127.175.85.84","closed":498,"error":0,"filtered":500,"filtered_ports":"11500-11999","open":2,"open_ports":"11000-11001"}]}}
)json";

QJsonObject demoData(const char *checkId)
{
    const QJsonObject all = QJsonDocument::fromJson(QByteArray(demoRedirectPartial)).object();
    return all.value(QLatin1String(checkId)).toObject();
}

QJsonObject sample(const QString &state, double rttMs)
{
    return { { "address", "127.0.0.1" },
             { "port", 1433 },
             { "state", state },
             { "reason", state == "open" ? "conn-accept" : "no-response" },
             { "rtt_ms", rttMs } };
}

// A subnet sweep of `total` addresses where the first `open` answer (the gateway among them), the next
// `closed` refuse, and the rest are given the silent states in turn.
QJsonObject sweepData(int total, int open, int closed)
{
    const QStringList silentStates = { "filtered", "unreachable", "error" };
    QJsonArray probes;
    for (int i = 0; i < total; ++i) {
        QString state = i < open ? "open" : i < open + closed ? "closed" : silentStates.at((i - open - closed) % 3);
        probes.append(QJsonObject { { "address", QString("10.0.0.%1").arg(i + 4) },
                                    { "port", 1433 },
                                    { "state", state },
                                    { "reason", "x" },
                                    { "rtt_ms", 1.0 } });
    }
    return { { "subnet", "10.0.0.0/27" },         { "port", 1433 },    { "gateway", "10.0.0.4" }, { "probed", total },
             { "silent", total - open - closed }, { "probes", probes } };
}

QJsonObject node(const QString &address, int open, int closed, int filtered)
{
    return { { "address", address }, { "open", open },     { "closed", closed },    { "filtered", filtered },
             { "error", 0 },         { "open_ports", "" }, { "filtered_ports", "" } };
}

QXYSeries *seriesNamed(QChartView *view, const QString &prefix)
{
    const QList<QAbstractSeries *> all = view->chart()->series();
    for (QAbstractSeries *series : all) {
        if (series->name().startsWith(prefix))
            return qobject_cast<QXYSeries *>(series);
    }
    return nullptr;
}

QValueAxis *valueAxis(QChartView *view, Qt::Orientation orientation)
{
    const QList<QAbstractAxis *> axes = view->chart()->axes(orientation);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

// Every point of every series inside the axes' ranges: nothing plotted off the chart.
bool allPointsInRange(QChartView *view, QString *problem)
{
    const QValueAxis *x = valueAxis(view, Qt::Horizontal);
    const QValueAxis *y = valueAxis(view, Qt::Vertical);
    if (!x || !y) {
        *problem = "missing axis";
        return false;
    }
    const QList<QAbstractSeries *> all = view->chart()->series();
    for (QAbstractSeries *series : all) {
        const auto *xy = qobject_cast<QXYSeries *>(series);
        const QList<QPointF> points = xy ? xy->points() : QList<QPointF>();
        for (const QPointF &point : points) {
            if (point.x() < x->min() || point.x() > x->max() || point.y() < y->min() || point.y() > y->max()) {
                *problem = QString("%1 (%2, %3) outside x %4..%5, y %6..%7")
                               .arg(series->name())
                               .arg(point.x())
                               .arg(point.y())
                               .arg(x->min())
                               .arg(x->max())
                               .arg(y->min())
                               .arg(y->max());
                return false;
            }
        }
    }
    return true;
}

bool legendShows(QChartView *view, QAbstractSeries *series)
{
    const QList<QLegendMarker *> markers = view->chart()->legend()->markers(series);
    return !markers.isEmpty() && markers.first()->isVisible();
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

QHorizontalStackedBarSeries *barSeries(QChartView *view)
{
    const QList<QAbstractSeries *> all = view->chart()->series();
    return all.size() == 1 ? qobject_cast<QHorizontalStackedBarSeries *>(all.first()) : nullptr;
}

QStringList visibleCountLabels(QChartView *view)
{
    QStringList texts;
    const QList<QGraphicsItem *> items = view->chart()->childItems();
    for (QGraphicsItem *item : items) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item); text && text->isVisible())
            texts.append(text->text());
    }
    texts.sort();
    return texts;
}

} // namespace

class tst_Charts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void latencyFromDemo();
    void latencyWithFailures();
    void latencyAllFailed();
    void latencyComputesStatsWhenDataHasNone();
    void latencyLive();
    void latencyNearestRankP95();
    void latencyEmpty();
    void latencyCompactLegend();

    void portsFromHandMadeData();
    void portsFromDemo();
    void portsSweepOnly();
    void portsEmpty();
    void portsCountLabelsFit();

    void themeFollowsPalette();
    void sizeHints();
};

void tst_Charts::initTestCase()
{
    // The charts format numbers for the user's locale; the expectations below are written in C.
    QLocale::setDefault(QLocale::c());
}

void tst_Charts::latencyFromDemo()
{
    LatencyChartView view;
    // Shown, because the legend lays its markers out (and shows them) only in a laid-out chart.
    view.resize(640, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setGatewayData(demoData("tcp.gateway"));
    QCOMPARE(view.sampleCount(), 10);
    QCOMPARE(view.failureCount(), 0);
    QCOMPARE(view.chart()->title(), "Gateway handshake times");
    QCOMPARE(view.accessibleName(), "Gateway latency chart");

    // The reference lines carry the report's own figures, across the whole x range.
    const struct {
        const char *prefix;
        const char *name;
        double value;
    } references[] = { { "min ", "min 0.03 ms", 0.033 },
                       { "median ", "median 0.04 ms", 0.035 },
                       { "p95 ", "p95 0.09 ms", 0.086 } };
    const QValueAxis *x = valueAxis(&view, Qt::Horizontal);
    QVERIFY(x);
    for (const auto &reference : references) {
        QXYSeries *series = seriesNamed(&view, reference.prefix);
        QVERIFY2(series, reference.prefix);
        QCOMPARE(series->name(), reference.name);
        QCOMPARE(series->count(), 2);
        QCOMPARE(series->at(0).y(), reference.value);
        QCOMPARE(series->at(1).y(), reference.value);
        QCOMPARE(series->at(0).x(), x->min());
        QCOMPARE(series->at(1).x(), x->max());
        QVERIFY(series->pen().style() != Qt::SolidLine); // dashed or dotted, apart from the data
        QVERIFY(legendShows(&view, series));
    }
    QVERIFY(!legendShows(&view, seriesNamed(&view, "failed")));

    // The handshake line: x = attempt 1..10, y = the sample's rtt_ms.
    QXYSeries *line = seriesNamed(&view, "handshake");
    QVERIFY(line);
    QCOMPARE(line->count(), 10);
    QCOMPARE(line->at(0), QPointF(1, 0.086));
    QCOMPARE(line->at(9), QPointF(10, 0.034));

    QString problem;
    QVERIFY2(allPointsInRange(&view, &problem), qPrintable(problem));
    // Sub-millisecond loopback times get a sub-millisecond scale with decimals, not 0..1 with "0" and "1".
    const QValueAxis *y = valueAxis(&view, Qt::Vertical);
    QCOMPARE(y->min(), 0.0);
    QVERIFY2(y->max() > 0.086 && y->max() <= 0.2, qPrintable(QString::number(y->max())));
    QCOMPARE(y->labelFormat(), "%.2f");
    QCOMPARE(y->titleText(), "Handshake (ms)");
    QCOMPARE(x->titleText(), "Attempt");
    QVERIFY(x->min() < 1 && x->max() > 10);

    QCOMPARE(view.accessibleDescription(), "10 of 10 handshakes succeeded; min 0.03 ms, median 0.04 ms, p95 0.09 ms.");
}

void tst_Charts::latencyWithFailures()
{
    const QJsonObject data { { "samples",
                               QJsonArray { sample("open", 20.0), sample("filtered", 1001.0), sample("open", 30.0),
                                            sample("unreachable", 3.0), sample("open", 25.0), sample("open", 45.0) } },
                             { "min_ms", 20.0 },
                             { "median_ms", 27.5 },
                             { "p95_ms", 45.0 } };
    LatencyChartView view;
    view.resize(640, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setGatewayData(data);
    QCOMPARE(view.sampleCount(), 4);
    QCOMPARE(view.failureCount(), 2);

    // Failed attempts are marked at their attempt number, above every real handshake (never as a
    // latency of 1001 ms or 3 ms), and named in the legend.
    QXYSeries *failed = seriesNamed(&view, "failed");
    QVERIFY(failed);
    QCOMPARE(failed->count(), 2);
    QCOMPARE(failed->at(0).x(), 2.0);
    QCOMPARE(failed->at(1).x(), 4.0);
    QVERIFY(failed->at(0).y() > 45.0);
    QVERIFY(failed->at(0).y() < 100.0);
    QVERIFY(legendShows(&view, failed));
    QXYSeries *line = seriesNamed(&view, "handshake");
    QCOMPARE(line->points(), (QList<QPointF> { { 1, 20.0 }, { 3, 30.0 }, { 5, 25.0 }, { 6, 45.0 } }));
    QVERIFY(failed->color() != line->color());

    QCOMPARE(seriesNamed(&view, "median ")->at(0).y(), 27.5);
    QCOMPARE(seriesNamed(&view, "median ")->name(), "median 27.5 ms");
    QString problem;
    QVERIFY2(allPointsInRange(&view, &problem), qPrintable(problem));
    // One decimal even for whole steps: room for the vertical title in every script (see the view).
    QCOMPARE(valueAxis(&view, Qt::Vertical)->labelFormat(), "%.1f");
    QVERIFY(view.accessibleDescription().startsWith(
        "4 of 6 handshakes succeeded; min 20.0 ms, median 27.5 ms, p95 45.0 ms"));
}

void tst_Charts::latencyAllFailed()
{
    // gateway-filtered: every attempt silent, the report's min/median/p95 are 0.
    const QJsonObject data { { "samples", QJsonArray { sample("filtered", 1001.1), sample("filtered", 1001.2) } },
                             { "attempted", 2 },
                             { "succeeded", 0 },
                             { "min_ms", 0 },
                             { "median_ms", 0 },
                             { "p95_ms", 0 } };
    LatencyChartView view;
    view.setGatewayData(data);
    QCOMPARE(view.sampleCount(), 0);
    QCOMPARE(view.failureCount(), 2);
    // No reference line at a made-up 0 ms.
    const QList<QAbstractSeries *> all = view.chart()->series();
    for (QAbstractSeries *series : all) {
        if (series->objectName() == "min" || series->objectName() == "median" || series->objectName() == "p95") {
            QCOMPARE(qobject_cast<QXYSeries *>(series)->count(), 0);
            QVERIFY(!legendShows(&view, series));
        }
    }
    QVERIFY(seriesNamed(&view, "failed"));
    QString problem;
    QVERIFY2(allPointsInRange(&view, &problem), qPrintable(problem));
    QCOMPARE(view.accessibleDescription(), "0 of 2 handshakes succeeded.");
}

void tst_Charts::latencyComputesStatsWhenDataHasNone()
{
    LatencyChartView view;
    view.setGatewayData(
        { { "samples",
            QJsonArray { sample("open", 4.0), sample("open", 1.0), sample("open", 3.0), sample("open", 2.0) } } });
    QCOMPARE(view.sampleCount(), 4);
    QCOMPARE(seriesNamed(&view, "min ")->at(0).y(), 1.0);
    QCOMPARE(seriesNamed(&view, "median ")->at(0).y(), 2.5); // the middle two, averaged
    QCOMPARE(seriesNamed(&view, "p95 ")->at(0).y(), 4.0);
}

void tst_Charts::latencyLive()
{
    LatencyChartView view;
    QCOMPARE(view.sampleCount(), 0);
    view.addSample(1, 2.0, true);
    QCOMPARE(view.sampleCount(), 1);
    QCOMPARE(seriesNamed(&view, "median ")->at(0).y(), 2.0);
    view.addSample(2, 4.0, true);
    view.addSample(3, 1000.0, false);
    QCOMPARE(view.sampleCount(), 2);
    QCOMPARE(view.failureCount(), 1);
    view.addSample(4, 10.0, true);
    QCOMPARE(view.sampleCount(), 3);
    QCOMPARE(seriesNamed(&view, "min ")->at(0).y(), 2.0);
    QCOMPARE(seriesNamed(&view, "median ")->at(0).y(), 4.0);
    QCOMPARE(seriesNamed(&view, "p95 ")->at(0).y(), 10.0);
    QCOMPARE(seriesNamed(&view, "median ")->name(), "median 4.00 ms");
    QCOMPARE(seriesNamed(&view, "failed")->at(0).x(), 3.0);
    QString problem;
    QVERIFY2(allPointsInRange(&view, &problem), qPrintable(problem));
    QCOMPARE(view.accessibleDescription(), "3 of 4 handshakes succeeded; min 2.00 ms, median 4.00 ms, p95 10.0 ms.");

    // Past the default ten attempts the x axis grows with the samples.
    view.addSample(14, 6.0, true);
    QVERIFY(valueAxis(&view, Qt::Horizontal)->max() >= 14.0);
    QCOMPARE(seriesNamed(&view, "median ")->at(0).y(), 5.0);
    QVERIFY2(allPointsInRange(&view, &problem), qPrintable(problem));

    view.clear();
    QCOMPARE(view.sampleCount(), 0);
    QCOMPARE(view.failureCount(), 0);
    QVERIFY(!seriesNamed(&view, "median ")); // nameless and empty until there is a handshake
    const QList<QAbstractSeries *> all = view.chart()->series();
    for (QAbstractSeries *series : all)
        QCOMPARE(qobject_cast<QXYSeries *>(series)->count(), 0);
    QCOMPARE(view.accessibleDescription(), "No handshakes yet.");

    // And it starts over cleanly.
    view.addSample(1, 0.5, true);
    QCOMPARE(view.sampleCount(), 1);
    QCOMPARE(seriesNamed(&view, "p95 ")->at(0).y(), 0.5);
}

void tst_Charts::latencyNearestRankP95()
{
    // 1..20 ms: nearest rank is the 19th value, not the maximum and not an interpolated 19.05.
    LatencyChartView view;
    for (int i = 20; i >= 1; --i)
        view.addSample(21 - i, double(i), true);
    QCOMPARE(view.sampleCount(), 20);
    QCOMPARE(seriesNamed(&view, "p95 ")->at(0).y(), 19.0);
    QCOMPARE(seriesNamed(&view, "median ")->at(0).y(), 10.5);
    QCOMPARE(seriesNamed(&view, "min ")->at(0).y(), 1.0);
}

void tst_Charts::latencyEmpty()
{
    LatencyChartView view;
    view.setGatewayData({});
    QCOMPARE(view.sampleCount(), 0);
    QCOMPARE(view.failureCount(), 0);
    view.setGatewayData({ { "samples", "not an array" }, { "median_ms", "x" } });
    QCOMPARE(view.sampleCount(), 0);
    const QList<QAbstractSeries *> all = view.chart()->series();
    QVERIFY(!all.isEmpty());
    for (QAbstractSeries *series : all)
        QCOMPARE(qobject_cast<QXYSeries *>(series)->count(), 0);
    QCOMPARE(view.accessibleDescription(), "No handshakes yet.");
    QString problem;
    QVERIFY2(allPointsInRange(&view, &problem), qPrintable(problem));

    view.resize(640, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.grab().isNull());
}

void tst_Charts::latencyCompactLegend()
{
    // At the minimum size the legend keeps the numbers and drops the unit (the axis titles go too).
    LatencyChartView view;
    view.setGatewayData(demoData("tcp.gateway"));
    view.resize(view.minimumSizeHint());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(seriesNamed(&view, "median ")->name(), "median 0.04");
    QVERIFY(!valueAxis(&view, Qt::Horizontal)->isTitleVisible());
    view.resize(640, 300);
    QTRY_COMPARE(seriesNamed(&view, "median ")->name(), "median 0.04 ms");
    QVERIFY(valueAxis(&view, Qt::Horizontal)->isTitleVisible());
    QString problem;
    QVERIFY2(allPointsInRange(&view, &problem), qPrintable(problem));
}

void tst_Charts::portsFromHandMadeData()
{
    // 27 addresses: gateway and two nodes answer, 24 are silent (filtered, unreachable or error alike).
    const QJsonObject range { { "first", 11000 },
                              { "last", 11999 },
                              { "nodes", QJsonArray { node("10.0.0.9", 0, 500, 500), node("10.0.0.20", 3, 997, 0) } } };
    PortStateChartView view;
    view.setScanData(sweepData(27, 3, 0), range);

    const QList<PortStateChartView::Bar> bars = view.bars();
    QCOMPARE(bars.size(), 3);
    QCOMPARE(bars.at(0).label, "Subnet sweep, port 1433");
    QCOMPARE(bars.at(0).open, 3);
    QCOMPARE(bars.at(0).closed, 0);
    QCOMPARE(bars.at(0).filtered, 24);
    QCOMPARE(bars.at(1).label, "10.0.0.9");
    QCOMPARE(bars.at(1).open, 0);
    QCOMPARE(bars.at(1).closed, 500);
    QCOMPARE(bars.at(1).filtered, 500);
    QCOMPARE(bars.at(2).label, "10.0.0.20");
    QCOMPARE(bars.at(2).open, 3);
    QCOMPARE(bars.at(2).closed, 997);
    QCOMPARE(bars.at(2).filtered, 0);

    // One stacked series, three named sets, one category per bar with the sweep on top (categories
    // count from the bottom).
    QHorizontalStackedBarSeries *series = barSeries(&view);
    QVERIFY(series);
    QCOMPARE(series->count(), 3);
    QCOMPARE(series->barSets().at(0)->label(), "open");
    QCOMPARE(series->barSets().at(1)->label(), "closed");
    QCOMPARE(series->barSets().at(2)->label(), "filtered (no answer)");
    const QList<QAbstractAxis *> categoryAxes = view.chart()->axes(Qt::Vertical);
    QCOMPARE(categoryAxes.size(), 1);
    QCOMPARE(qobject_cast<QBarCategoryAxis *>(categoryAxes.first())->categories(),
             (QStringList { "10.0.0.20", "10.0.0.9", "Subnet sweep, port 1433" }));
    // Each bar is drawn as the shares of its own total, so a sweep of 27 is as long as a node's 1000.
    for (int category = 0; category < 3; ++category) {
        double sum = 0.0;
        for (QBarSet *set : series->barSets())
            sum += set->at(category);
        QVERIFY2(qAbs(sum - 100.0) < 1e-9, qPrintable(QString::number(sum)));
    }
    // The half-filtered node splits at exactly half.
    QCOMPARE(series->barSets().at(2)->at(1), 50.0);

    QCOMPARE(view.chart()->title(), "Port states at a glance");
    QCOMPARE(view.accessibleName(), "Port state chart");
    QCOMPARE(view.accessibleDescription(),
             "Subnet sweep: 3 answered, 24 silent. 10.0.0.9: 0 open, 500 closed, 500 filtered. "
             "10.0.0.20: 3 open, 997 closed, 0 filtered.");

    // A gateway that refuses (gateway-refused) still answered: closed, not silent.
    view.setScanData(sweepData(27, 2, 1), {});
    QCOMPARE(view.bars().size(), 1);
    QCOMPARE(view.bars().at(0).open, 2);
    QCOMPARE(view.bars().at(0).closed, 1);
    QCOMPARE(view.bars().at(0).filtered, 24);
    QCOMPARE(view.accessibleDescription(), "Subnet sweep: 3 answered, 24 silent.");
}

void tst_Charts::portsFromDemo()
{
    PortStateChartView view;
    view.setScanData(demoData("redirect.subnet"), demoData("redirect.range"));
    const QList<PortStateChartView::Bar> bars = view.bars();
    QCOMPARE(bars.size(), 3);
    QCOMPARE(bars.at(0).open, 3);
    QCOMPARE(bars.at(0).filtered, 24);
    QCOMPARE(bars.at(1).label, "127.175.85.73");
    QCOMPARE(bars.at(1).open, 3);
    QCOMPARE(bars.at(1).closed, 497);
    QCOMPARE(bars.at(1).filtered, 500);
    QCOMPARE(bars.at(2).label, "127.175.85.84");
    QCOMPARE(bars.at(2).open, 2);
    QCOMPARE(bars.at(2).closed, 498);
    QCOMPARE(bars.at(2).filtered, 500);
    QVERIFY(view.accessibleDescription().contains("Subnet sweep: 3 answered, 24 silent."));
    QVERIFY(view.accessibleDescription().contains("127.175.85.73: 3 open, 497 closed, 500 filtered."));
}

void tst_Charts::portsSweepOnly()
{
    // nodes-filtered: only the gateway answers and the range is skipped (empty data).
    PortStateChartView view;
    view.setScanData(sweepData(27, 1, 0), {});
    QCOMPARE(view.bars().size(), 1);
    QCOMPARE(view.bars().at(0).open, 1);
    QCOMPARE(view.bars().at(0).filtered, 26);
    QHorizontalStackedBarSeries *series = barSeries(&view);
    QVERIFY(series);
    QCOMPARE(series->barSets().at(0)->count(), 1);

    // The range alone (no sweep data) is drawn too.
    view.setScanData({}, { { "nodes", QJsonArray { node("10.0.0.9", 1, 2, 3) } } });
    QCOMPARE(view.bars().size(), 1);
    QCOMPARE(view.bars().at(0).label, "10.0.0.9");
    QCOMPARE(view.accessibleDescription(), "10.0.0.9: 1 open, 2 closed, 3 filtered.");
}

void tst_Charts::portsEmpty()
{
    PortStateChartView view;
    QVERIFY(view.bars().isEmpty());
    QVERIFY(view.chart()->series().isEmpty());
    QVERIFY(view.chart()->title().contains("no data"));

    view.setScanData({}, {});
    QVERIFY(view.bars().isEmpty());
    QVERIFY(view.chart()->series().isEmpty());
    view.setScanData({ { "probes", "nonsense" } }, { { "nodes", 3 } });
    QVERIFY(view.bars().isEmpty());

    view.setScanData(sweepData(27, 3, 0), {});
    QCOMPARE(view.bars().size(), 1);
    view.clear();
    QVERIFY(view.bars().isEmpty());
    QVERIFY(view.chart()->series().isEmpty());
    QVERIFY(view.chart()->axes().isEmpty());
    QVERIFY(view.chart()->title().contains("no data"));
    QCOMPARE(view.accessibleDescription(), "No port scan results yet.");

    view.resize(640, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.grab().isNull());
}

void tst_Charts::portsCountLabelsFit()
{
    // Shown at a normal size, every non-zero count is written on its bar, the 3 open ports of 1000
    // included (their segment is widened from its neighbour until the number fits).
    PortStateChartView view;
    view.resize(640, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setScanData(demoData("redirect.subnet"), demoData("redirect.range"));
    QTRY_COMPARE(visibleCountLabels(&view), (QStringList { "2", "24", "3", "3", "497", "498", "500", "500" }));
    QHorizontalStackedBarSeries *series = barSeries(&view);
    QVERIFY(series);
    // Category 1 is 127.175.85.73: its open segment was widened from "closed", so the closed/filtered
    // boundary stays at exactly half.
    QVERIFY(series->barSets().at(0)->at(1) > 0.3);
    QCOMPARE(series->barSets().at(0)->at(1) + series->barSets().at(1)->at(1), 50.0);
    QVERIFY(!view.grab().isNull());

    // With nothing closed the open ports borrow from the filtered ones instead.
    view.setScanData({}, { { "nodes", QJsonArray { node("10.0.0.9", 3, 0, 997) } } });
    QTRY_COMPARE(visibleCountLabels(&view), (QStringList { "3", "997" }));
}

void tst_Charts::themeFollowsPalette()
{
    LatencyChartView latency;
    PortStateChartView ports;
    ports.setScanData(sweepData(27, 3, 0), { { "nodes", QJsonArray { node("10.0.0.9", 3, 497, 500) } } });
    latency.setGatewayData(demoData("tcp.gateway"));
    latency.setPalette(lightPalette());
    ports.setPalette(lightPalette());
    QCOMPARE(latency.chart()->theme(), QChart::ChartThemeLight);
    QCOMPARE(ports.chart()->theme(), QChart::ChartThemeLight);
    const QColor lightOpen = barSeries(&ports)->barSets().at(0)->color();
    const QColor lightLine = seriesNamed(&latency, "handshake")->color();

    latency.setPalette(darkPalette());
    ports.setPalette(darkPalette());
    QCOMPARE(latency.chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(ports.chart()->theme(), QChart::ChartThemeDark);
    // The theme's own colours are replaced by ours again after the switch: green stays green.
    const QColor darkOpen = barSeries(&ports)->barSets().at(0)->color();
    QVERIFY(darkOpen.green() > darkOpen.red() && darkOpen.green() > darkOpen.blue());
    QVERIFY(darkOpen != lightOpen);
    QVERIFY(seriesNamed(&latency, "handshake")->color() != lightLine);
    // Text follows the palette, the page shows through the chart.
    QCOMPARE(latency.chart()->titleBrush().color(), QColor(0xe6, 0xe6, 0xe6));
    QCOMPARE(ports.chart()->legend()->labelColor(), QColor(0xe6, 0xe6, 0xe6));
    QVERIFY(!latency.chart()->isBackgroundVisible());
    QVERIFY(!ports.chart()->isBackgroundVisible());
    QVERIFY(latency.renderHints().testFlag(QPainter::Antialiasing));
    QCOMPARE(latency.chart()->legend()->alignment(), Qt::AlignBottom);
    QCOMPARE(ports.chart()->legend()->alignment(), Qt::AlignBottom);

    // New data after the switch is coloured for the dark theme too.
    ports.setScanData(sweepData(27, 1, 0), {});
    QCOMPARE(ports.chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(barSeries(&ports)->barSets().at(0)->color(), darkOpen);

    latency.setPalette(lightPalette());
    QCOMPARE(latency.chart()->theme(), QChart::ChartThemeLight);
    QCOMPARE(seriesNamed(&latency, "handshake")->color(), lightLine);
}

void tst_Charts::sizeHints()
{
    LatencyChartView latency;
    PortStateChartView ports;
    for (QWidget *view : { static_cast<QWidget *>(&latency), static_cast<QWidget *>(&ports) }) {
        QCOMPARE(view->sizeHint(), QSize(480, 260));
        QCOMPARE(view->minimumSizeHint(), QSize(320, 180));
    }
}

QTEST_MAIN(tst_Charts)
#include "tst_charts.moc"

#include "diagnosis/pathview.h"
#include "knowledge/scenariocatalog.h"

#include <QJsonArray>
#include <QTest>

// The path diagram's verdict per hop, from check statuses alone.
class tst_PathView : public QObject {
    Q_OBJECT

private slots:
    void untestedPath();
    void hopStates_data();
    void hopStates();
    void proxyOnlyPathsLeaveTheNodesOut();
    void theLoginDecidesTheNodes();
    void alternativePath();
    void describesEveryHop();
};

namespace {

CheckResult check(QLatin1String id, CheckStatus status, const QJsonObject &data = {})
{
    CheckResult result;
    result.id = QString(id);
    result.status = status;
    result.summary = QStringLiteral("summary of ") + result.id;
    result.data = data;
    return result;
}

QList<CheckResult> allPassing()
{
    return { check(CheckIds::dnsResolve, CheckStatus::Pass),
             check(CheckIds::tcpGateway, CheckStatus::Pass,
                   { { QStringLiteral("address"), QStringLiteral("10.0.0.4") }, { QStringLiteral("port"), 1433 } }),
             check(CheckIds::tdsPrelogin, CheckStatus::Pass),
             check(CheckIds::tlsTds7, CheckStatus::Pass),
             check(CheckIds::tlsStrict, CheckStatus::Pass),
             check(CheckIds::redirectSubnet, CheckStatus::Pass,
                   { { QStringLiteral("subnet"), QStringLiteral("10.0.0.0/27") },
                     { QStringLiteral("nodes"), QJsonArray { QStringLiteral("10.0.0.9") } } }),
             check(CheckIds::redirectRange, CheckStatus::Pass) };
}

QStringList states(const PathView &view)
{
    QStringList list;
    for (const PathHop &hop : view.hops)
        list << hop.id + QLatin1Char('=') + hopStateId(hop.state);
    return list;
}

} // namespace

void tst_PathView::untestedPath()
{
    const PathView view = buildPathView(ScenarioCatalog::builtIn(), QStringLiteral("on-premises"), QString(), {});
    QCOMPARE(view.pathId, QStringLiteral("site-to-site-vpn"));
    QCOMPARE(view.hops.size(), 6);
    QCOMPARE(view.edges.size(), 5);
    QCOMPARE(view.hop(QStringLiteral("application"))->label, QStringLiteral("On-premises server"));
    QCOMPARE(view.hop(QStringLiteral("join"))->label, QStringLiteral("Site-to-Site VPN"));
    for (const PathHop &hop : view.hops)
        QCOMPARE(hop.state, HopState::Untested);
    QCOMPARE(view.edges.at(0).label, QStringLiteral("TCP 1433"));
    QCOMPARE(view.edges.at(4).label, QString::fromUtf8("TCP 1433, 11000\u201311999"));
}

void tst_PathView::hopStates_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("healthy") << "" << QStringList { "application=ok", "join=ok",    "network=ok",
                                                    "subnet=ok",      "gateway=ok", "nodes=ok" };
    QTest::newRow("dns fails") << "dns" << QStringList { "application=broken", "join=untested",    "network=untested",
                                                         "subnet=untested",    "gateway=untested", "nodes=untested" };
    QTest::newRow("gateway filtered") << "gateway"
                                      << QStringList { "application=ok", "join=broken",    "network=broken",
                                                       "subnet=broken",  "gateway=broken", "nodes=untested" };
    QTest::newRow("not sql server") << "prelogin" << QStringList { "application=ok", "join=ok",        "network=ok",
                                                                   "subnet=ok",      "gateway=broken", "nodes=ok" };
    QTest::newRow("untrusted certificate") << "tls" << QStringList { "application=ok", "join=ok",        "network=ok",
                                                                     "subnet=ok",      "gateway=broken", "nodes=ok" };
    QTest::newRow("strict only fails") << "strict" << QStringList { "application=ok", "join=ok",          "network=ok",
                                                                    "subnet=ok",      "gateway=degraded", "nodes=ok" };
    QTest::newRow("only the gateway answers")
        << "subnet"
        << QStringList { "application=ok", "join=ok", "network=ok", "subnet=ok", "gateway=ok", "nodes=broken" };
    QTest::newRow("legacy range blocked")
        << "range"
        << QStringList { "application=ok", "join=ok", "network=ok", "subnet=ok", "gateway=ok", "nodes=degraded" };
    QTest::newRow("intermittent gateway")
        << "intermittent" << QStringList { "application=ok",  "join=degraded",    "network=degraded",
                                           "subnet=degraded", "gateway=degraded", "nodes=ok" };
}

void tst_PathView::hopStates()
{
    QFETCH(QString, fault);
    QFETCH(QStringList, expected);
    QList<CheckResult> checks = allPassing();
    const auto set = [&checks](QLatin1String id, CheckStatus status) {
        for (CheckResult &result : checks) {
            if (result.id == id)
                result.status = status;
        }
    };
    if (fault == QLatin1String("dns")) {
        set(CheckIds::dnsResolve, CheckStatus::Fail);
        for (QLatin1String id : { CheckIds::tcpGateway, CheckIds::tdsPrelogin, CheckIds::tlsTds7, CheckIds::tlsStrict,
                                  CheckIds::redirectSubnet, CheckIds::redirectRange })
            set(id, CheckStatus::Skip);
    } else if (fault == QLatin1String("gateway")) {
        set(CheckIds::tcpGateway, CheckStatus::Fail);
        for (QLatin1String id :
             { CheckIds::tdsPrelogin, CheckIds::tlsTds7, CheckIds::tlsStrict, CheckIds::redirectRange })
            set(id, CheckStatus::Skip);
        set(CheckIds::redirectSubnet, CheckStatus::Skip);
    } else if (fault == QLatin1String("prelogin")) {
        set(CheckIds::tdsPrelogin, CheckStatus::Fail);
        set(CheckIds::tlsTds7, CheckStatus::Skip);
        set(CheckIds::tlsStrict, CheckStatus::Skip);
    } else if (fault == QLatin1String("tls")) {
        set(CheckIds::tlsTds7, CheckStatus::Fail);
        set(CheckIds::tlsStrict, CheckStatus::Fail);
    } else if (fault == QLatin1String("strict")) {
        set(CheckIds::tlsStrict, CheckStatus::Fail);
    } else if (fault == QLatin1String("subnet")) {
        set(CheckIds::redirectSubnet, CheckStatus::Fail);
        set(CheckIds::redirectRange, CheckStatus::Skip);
    } else if (fault == QLatin1String("range")) {
        set(CheckIds::redirectRange, CheckStatus::Fail);
    } else if (fault == QLatin1String("intermittent")) {
        set(CheckIds::tcpGateway, CheckStatus::Warn);
    }
    const PathView view = buildPathView(ScenarioCatalog::builtIn(), QStringLiteral("same-vnet"), QString(), checks);
    QCOMPARE(states(view), expected);
}

void tst_PathView::proxyOnlyPathsLeaveTheNodesOut()
{
    for (const char *scenario : { "private-endpoint", "public-endpoint" }) {
        const PathView view
            = buildPathView(ScenarioCatalog::builtIn(), QString::fromLatin1(scenario), QString(), allPassing());
        QCOMPARE(view.hop(QStringLiteral("nodes"))->state, HopState::NotUsed);
        QCOMPARE(view.hop(QStringLiteral("subnet"))->state, HopState::NotUsed);
        QCOMPARE(view.hop(QStringLiteral("gateway"))->state, HopState::Ok);
    }
    const PathView publicView
        = buildPathView(ScenarioCatalog::builtIn(), QStringLiteral("public-endpoint"), QString(), {});
    QCOMPARE(publicView.edges.at(0).label, QStringLiteral("TCP 3342"));
    QCOMPARE(publicView.hop(QStringLiteral("network"))->label, QStringLiteral("Azure"));
}

void tst_PathView::theLoginDecidesTheNodes()
{
    const QJsonObject routing { { QStringLiteral("server"), QStringLiteral("wn1.tr7.zone.database.windows.net") },
                                { QStringLiteral("port"), 11000 } };
    const QJsonObject node { { QStringLiteral("address"), QStringLiteral("10.0.0.9") },
                             { QStringLiteral("port"), 11000 } };
    // Redirected to a node that does not answer: the nodes are broken even though the sweep found them.
    QList<CheckResult> checks = allPassing();
    checks.append(check(CheckIds::tdsLogin, CheckStatus::Fail,
                        { { QStringLiteral("connection_type"), QStringLiteral("redirect") },
                          { QStringLiteral("routing"), routing },
                          { QStringLiteral("node_connect"), node } }));
    PathView view = buildPathView(ScenarioCatalog::builtIn(), QStringLiteral("same-vnet"), QString(), checks);
    QCOMPARE(view.hop(QStringLiteral("nodes"))->state, HopState::Broken);
    QCOMPARE(view.hop(QStringLiteral("nodes"))->detail, QStringLiteral("10.0.0.9:11000"));
    QCOMPARE(view.hop(QStringLiteral("gateway"))->state, HopState::Ok);
    QCOMPARE(view.hop(QStringLiteral("nodes"))->why, QStringLiteral("summary of tds.login"));

    // The gateway answered the login itself: no client goes to the nodes, whatever the sweep says.
    checks = allPassing();
    checks[5].status = CheckStatus::Fail;
    checks.append(check(CheckIds::tdsLogin, CheckStatus::Pass,
                        { { QStringLiteral("connection_type"), QStringLiteral("proxy") } }));
    view = buildPathView(ScenarioCatalog::builtIn(), QStringLiteral("same-vnet"), QString(), checks);
    QCOMPARE(view.hop(QStringLiteral("nodes"))->state, HopState::NotUsed);

    // A login the gateway refused (40532) breaks the gateway hop, not the nodes'.
    checks = allPassing();
    checks.append(check(CheckIds::tdsLogin, CheckStatus::Fail,
                        { { QStringLiteral("connection_type"), QStringLiteral("proxy") } }));
    view = buildPathView(ScenarioCatalog::builtIn(), QStringLiteral("same-vnet"), QString(), checks);
    QCOMPARE(view.hop(QStringLiteral("gateway"))->state, HopState::Broken);
    QVERIFY(view.hop(QStringLiteral("gateway"))->why.contains(QStringLiteral("summary of tds.login")));
}

void tst_PathView::alternativePath()
{
    const PathView view = buildPathView(ScenarioCatalog::builtIn(), QStringLiteral("other-vnet-same-region"),
                                        QStringLiteral("vnet-peering"), {});
    QCOMPARE(view.pathId, QStringLiteral("vnet-peering"));
    QCOMPARE(view.hop(QStringLiteral("join"))->label, QStringLiteral("peering"));
    QCOMPARE(view.hop(QStringLiteral("application"))->label, QStringLiteral("Application VNet"));
}

void tst_PathView::describesEveryHop()
{
    const PathView view
        = buildPathView(ScenarioCatalog::builtIn(), QStringLiteral("same-vnet"), QString(), allPassing());
    const QString text = view.describe();
    QVERIFY(text.contains(QStringLiteral("Directly inside the VNet")));
    QVERIFY(text.contains(QStringLiteral("Gateway (10.0.0.4:1433): passed")));
    QCOMPARE(text.count(QStringLiteral("passed")), 6);

    // A gateway check that never reached an address (skipped after a DNS failure) names none.
    const PathView unreached = buildPathView(
        ScenarioCatalog::builtIn(), QStringLiteral("same-vnet"), QString(),
        { check(CheckIds::dnsResolve, CheckStatus::Fail), check(CheckIds::tcpGateway, CheckStatus::Skip) });
    QVERIFY(unreached.hop(QStringLiteral("gateway"))->detail.isEmpty());
    QVERIFY2(!unreached.describe().contains(QStringLiteral("(:)")), qPrintable(unreached.describe()));
}

QTEST_APPLESS_MAIN(tst_PathView)
#include "tst_pathview.moc"

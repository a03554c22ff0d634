#include "knowledge/findingscatalog.h"
#include "knowledge/scenariocatalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class tst_Knowledge : public QObject
{
    Q_OBJECT

private slots:
    void everyArchitectureIdIsCatalogued();
    void findingsAreComplete();
    void scenariosAreKnown();
    void rejectsBrokenCatalogs();
};

// The stable ids of docs/ARCHITECTURE.md; reports and scripts rely on every one of them.
static const QStringList architectureIds{
    QStringLiteral("input.host-invalid"), QStringLiteral("input.ip-literal"), QStringLiteral("input.named-instance"),
    QStringLiteral("input.not-mi-hostname"), QStringLiteral("input.public-port-mismatch"),
    QStringLiteral("input.private-port-mismatch"), QStringLiteral("conn.encrypt-disabled"),
    QStringLiteral("conn.trust-server-certificate"), QStringLiteral("conn.timeout-too-low"), QStringLiteral("dns.not-found"),
    QStringLiteral("dns.public-address-inside-vnet"), QStringLiteral("dns.privatelink-without-address"),
    QStringLiteral("dns.hosts-override"), QStringLiteral("tcp.gateway-filtered"), QStringLiteral("tcp.gateway-refused"),
    QStringLiteral("tcp.gateway-unreachable"), QStringLiteral("tcp.latency-high"), QStringLiteral("tcp.intermittent"),
    QStringLiteral("tds.not-sql-server"), QStringLiteral("tds.no-response"), QStringLiteral("tls.handshake-failed"),
    QStringLiteral("tls.version-too-old"), QStringLiteral("tls.certificate-name-mismatch"),
    QStringLiteral("tls.certificate-untrusted"), QStringLiteral("redirect.range-filtered"),
    QStringLiteral("redirect.range-partially-filtered"), QStringLiteral("redirect.subnet-1433-filtered"),
    QStringLiteral("ok.all-checks-passed"),
};

void tst_Knowledge::everyArchitectureIdIsCatalogued()
{
    const FindingsCatalog &catalog = FindingsCatalog::builtIn();
    for (const QString &id : architectureIds)
        QVERIFY2(catalog.find(id), qPrintable(id));
    QVERIFY(!catalog.find(QStringLiteral("no.such-finding")));
}

void tst_Knowledge::findingsAreComplete()
{
    const FindingsCatalog &catalog = FindingsCatalog::builtIn();
    QVERIFY(!catalog.asOf().isEmpty());
    const QRegularExpression idShape(QStringLiteral("^[a-z]+\\.[a-z0-9-]+$"));
    for (const FindingDefinition &finding : catalog.all()) {
        QVERIFY2(idShape.match(finding.id).hasMatch(), qPrintable(finding.id));
        QVERIFY2(!finding.title.isEmpty(), qPrintable(finding.id));
        QVERIFY2(finding.explanation.size() > 40, qPrintable(finding.id));
        QVERIFY2(!finding.remedy.isEmpty(), qPrintable(finding.id));
        QVERIFY2(!finding.sourceKeys.isEmpty(), qPrintable(finding.id));
        for (const QString &url : catalog.sourceUrls(finding))
            QVERIFY2(url.startsWith(QLatin1String("https://")), qPrintable(url));
    }
    QCOMPARE(catalog.find(QStringLiteral("ok.all-checks-passed"))->severity, Severity::Info);
    QCOMPARE(catalog.find(QStringLiteral("tcp.gateway-filtered"))->severity, Severity::Error);
}

void tst_Knowledge::scenariosAreKnown()
{
    const ScenarioCatalog &catalog = ScenarioCatalog::builtIn();
    for (const char *id : {"same-vnet", "other-vnet-same-region", "other-vnet-other-region", "hub-spoke", "on-premises",
                           "app-service", "developer-box", "public-endpoint", "private-endpoint"}) {
        const ScenarioDefinition *scenario = catalog.find(QString::fromLatin1(id));
        QVERIFY2(scenario, id);
        QVERIFY(!scenario->title.isEmpty());
        QVERIFY(!scenario->pathIds.isEmpty());
    }
}

void tst_Knowledge::rejectsBrokenCatalogs()
{
    QString error;
    QVERIFY(!FindingsCatalog::fromJson("not json", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!FindingsCatalog::fromJson(R"({"sources":{},"findings":[{"id":"x.y","severity":"dire"}]})", &error));
    QVERIFY(!FindingsCatalog::fromJson(R"({"sources":{},"findings":[{"id":"x.y","severity":"info","sources":["NOPE"]}]})", &error));
    QVERIFY(!FindingsCatalog::fromJson(
        R"({"sources":{},"findings":[{"id":"x.y","severity":"info"},{"id":"x.y","severity":"info"}]})", &error));
    QVERIFY(!ScenarioCatalog::fromJson(R"({"scenarios":[{"id":"a"},{"id":"a"}]})", &error));
}

QTEST_APPLESS_MAIN(tst_Knowledge)
#include "tst_knowledge.moc"

#include "knowledge/findingscatalog.h"
#include "knowledge/scenariocatalog.h"
#include "probe/portspec.h"

#include <QSet>

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class tst_Knowledge : public QObject {
    Q_OBJECT

private slots:
    void everyArchitectureIdIsCatalogued();
    void findingsAreComplete();
    void scenariosAreKnown();
    void rejectsBrokenCatalogs();
    void everyScenarioIsComplete();
    void remediesForScenariosNameRealScenarios();
};

// The stable ids of docs/ARCHITECTURE.md; reports and scripts rely on every one of them.
static const QStringList architectureIds {
    QStringLiteral("input.host-invalid"),
    QStringLiteral("input.ip-literal"),
    QStringLiteral("input.named-instance"),
    QStringLiteral("input.not-mi-hostname"),
    QStringLiteral("input.public-port-mismatch"),
    QStringLiteral("input.private-port-mismatch"),
    QStringLiteral("conn.encrypt-disabled"),
    QStringLiteral("conn.trust-server-certificate"),
    QStringLiteral("conn.timeout-too-low"),
    QStringLiteral("dns.not-found"),
    QStringLiteral("dns.public-address-inside-vnet"),
    QStringLiteral("dns.privatelink-without-address"),
    QStringLiteral("dns.hosts-override"),
    QStringLiteral("tcp.gateway-filtered"),
    QStringLiteral("tcp.gateway-refused"),
    QStringLiteral("tcp.gateway-unreachable"),
    QStringLiteral("tcp.latency-high"),
    QStringLiteral("tcp.intermittent"),
    QStringLiteral("tds.not-sql-server"),
    QStringLiteral("tds.no-response"),
    QStringLiteral("tls.handshake-failed"),
    QStringLiteral("tls.version-too-old"),
    QStringLiteral("tls.certificate-name-mismatch"),
    QStringLiteral("tls.certificate-untrusted"),
    QStringLiteral("redirect.range-filtered"),
    QStringLiteral("redirect.range-partially-filtered"),
    QStringLiteral("redirect.subnet-1433-filtered"),
    QStringLiteral("ok.all-checks-passed"),
    QStringLiteral("input.endpoint-not-for-scenario"),
    QStringLiteral("scenario.prerequisite-unmet"),
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
    for (const char *id : { "same-vnet", "other-vnet-same-region", "other-vnet-other-region", "hub-spoke",
                            "on-premises", "app-service", "developer-box", "public-endpoint", "private-endpoint" }) {
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
    QVERIFY(!FindingsCatalog::fromJson(
        R"({"sources":{},"findings":[{"id":"x.y","severity":"info","sources":["NOPE"]}]})", &error));
    QVERIFY(!FindingsCatalog::fromJson(
        R"({"sources":{},"findings":[{"id":"x.y","severity":"info"},{"id":"x.y","severity":"info"}]})", &error));
    QVERIFY(!ScenarioCatalog::fromJson(R"({"scenarios":[{"id":"a"},{"id":"a"}]})", &error));
}

void tst_Knowledge::everyScenarioIsComplete()
{
    const ScenarioCatalog &catalog = ScenarioCatalog::builtIn();
    const FindingsCatalog &findings = FindingsCatalog::builtIn();
    QVERIFY(!catalog.asOf().isEmpty());
    // The connection paths the product knows (issue 4's list).
    for (const char *id : { "direct", "vnet-peering", "global-vnet-peering", "vnet-to-vnet-vpn", "site-to-site-vpn",
                            "expressroute", "point-to-site-vpn", "app-service-vnet-integration",
                            "gateway-required-integration", "private-endpoint", "public-endpoint" }) {
        const PathDefinition *path = catalog.path(QString::fromLatin1(id));
        QVERIFY2(path, id);
        QVERIFY(!path->title.isEmpty() && !path->join.isEmpty() && !path->summary.isEmpty());
        QVERIFY2(!path->ports.isEmpty(), id);
        for (const PortRequirement &ports : path->ports) {
            QVERIFY(ports.connectionType == QLatin1String("redirect")
                    || ports.connectionType == QLatin1String("proxy"));
            QVERIFY(QStringList({ "subnet", "gateway", "endpoint" }).contains(ports.to));
            QVERIFY(parsePortSpec(ports.ports, nullptr));
        }
        QVERIFY2(!path->prerequisiteIds.isEmpty(), id);
        QVERIFY2(!path->sourceKeys.isEmpty(), id);
        for (const QString &key : path->sourceKeys)
            QVERIFY2(findings.source(key), qPrintable(key));
    }
    // The public endpoint is always proxy on 3342; a private endpoint always proxy on 1433.
    QCOMPARE(catalog.path(QStringLiteral("public-endpoint"))->ports.first().ports, QStringLiteral("3342"));
    QCOMPARE(catalog.path(QStringLiteral("private-endpoint"))->ports.first().connectionType, QStringLiteral("proxy"));

    QSet<QString> usedPrerequisites;
    for (const ScenarioDefinition &scenario : catalog.all()) {
        QVERIFY2(!scenario.pathIds.isEmpty(), qPrintable(scenario.id));
        QVERIFY2(!catalog.checklist(scenario.id).isEmpty(), qPrintable(scenario.id));
        QVERIFY2(!scenario.sourceKeys.isEmpty(), qPrintable(scenario.id));
        QVERIFY(!scenario.icon.isEmpty());
        for (const QString &key : scenario.sourceKeys)
            QVERIFY2(findings.source(key), qPrintable(key));
        for (const QString &id : scenario.prerequisiteIds)
            usedPrerequisites.insert(id);
        for (const QString &pathId : scenario.pathIds) {
            for (const QString &id : catalog.path(pathId)->prerequisiteIds)
                usedPrerequisites.insert(id);
        }
    }
    for (const Prerequisite &item : catalog.prerequisites())
        QVERIFY2(usedPrerequisites.contains(item.id), qPrintable(item.id));
    // The seed's App Service rules survive, where they still apply: gateway-required integration.
    const QStringList legacy = catalog.path(QStringLiteral("gateway-required-integration"))->prerequisiteIds;
    for (const char *id : { "asgw-mi-vnet-no-gateway", "asgw-use-remote-gateways", "asgw-allow-gateway-transit" })
        QVERIFY(legacy.contains(QString::fromLatin1(id)));
    // Every "not sure?" question is reachable from the first and every answer leads somewhere.
    QVERIFY(!catalog.questions().isEmpty());
    QSet<QString> reachedScenarios;
    for (const ScenarioQuestion &question : catalog.questions()) {
        QVERIFY(!question.text.isEmpty());
        for (const ScenarioQuestion::Answer &answer : question.answers) {
            if (!answer.scenarioId.isEmpty())
                reachedScenarios.insert(answer.scenarioId);
        }
    }
    QCOMPARE(reachedScenarios.size(), catalog.all().size());
}

void tst_Knowledge::remediesForScenariosNameRealScenarios()
{
    int worded = 0;
    for (const FindingDefinition &finding : FindingsCatalog::builtIn().all()) {
        for (auto it = finding.remedyFor.cbegin(); it != finding.remedyFor.cend(); ++it) {
            QVERIFY2(ScenarioCatalog::builtIn().find(it.key()), qPrintable(finding.id + QLatin1Char(' ') + it.key()));
            QVERIFY(!it.value().isEmpty());
            ++worded;
        }
    }
    QVERIFY(worded >= 10);
    const FindingDefinition *filtered = FindingsCatalog::builtIn().find(QStringLiteral("tcp.gateway-filtered"));
    QVERIFY(filtered->remedyForScenario(QStringLiteral("app-service"))
                .join(QLatin1Char(' '))
                .contains(QStringLiteral("Route All")));
    QCOMPARE(filtered->remedyForScenario(QStringLiteral("same-vnet")), filtered->remedy);
}

QTEST_APPLESS_MAIN(tst_Knowledge)
#include "tst_knowledge.moc"

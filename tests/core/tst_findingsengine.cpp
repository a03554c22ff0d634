#include "diagnosis/findingsengine.h"
#include "report/report.h"
#include "target/connectionstring.h"

#include <QJsonArray>

#include <QTest>

// The findings engine is a pure function: these cases build measurements by hand and check what
// they are taken to mean, and in which order.
class tst_FindingsEngine : public QObject {
    Q_OBJECT

private slots:
    void firstFinding_data();
    void firstFinding();
    void dnsFailureExplainsEverything();
    void slownessComesAfterBlockingCauses();
    void dnsFindings_data();
    void dnsFindings();
    void inputAndChecklistFindings();
    void remedyIsWordedForTheScenario();
    void okOnlyWhenNothingIsWrong();
    void everyFindingComesFromTheCatalog();
    void reportVerdict();
    void driverFindings_data();
    void driverFindings();
};

namespace {

PortProbeResult probe(const char *address, quint16 port, PortState state, PortReason reason, double rtt = 0.2)
{
    PortProbeResult result;
    result.address = QHostAddress(QString::fromLatin1(address));
    result.port = port;
    result.state = state;
    result.reason = reason;
    result.rttMs = rtt;
    return result;
}

DiagnosisResults baseResults()
{
    DiagnosisResults results;
    results.connection = *parseConnectionInput(QStringLiteral("mi.a1b2c3d4e5f6.database.windows.net")).settings;
    results.target = results.connection.target;
    DnsAnswer dns;
    dns.host = results.target.host;
    dns.outcome = DnsAnswer::Outcome::Resolved;
    dns.addresses = { QHostAddress(QStringLiteral("10.0.0.4")) };
    results.dns = dns;
    return results;
}

void setGateway(DiagnosisResults &results, const QList<PortProbeResult> &samples)
{
    GatewaySamples gateway;
    gateway.address = QHostAddress(QStringLiteral("10.0.0.4"));
    gateway.port = 1433;
    gateway.requested = int(samples.size());
    gateway.samples = samples;
    results.gateway = gateway;
}

QList<PortProbeResult> repeat(const PortProbeResult &sample, int count)
{
    return QList<PortProbeResult>(count, sample);
}

void setSubnet(DiagnosisResults &results, const QList<PortState> &states)
{
    SubnetSweep sweep;
    sweep.subnet = *parseSubnet(QStringLiteral("10.0.0.0/27"), nullptr);
    sweep.gateway = QHostAddress(QStringLiteral("10.0.0.4"));
    const QList<QHostAddress> usable = azureUsableAddresses(sweep.subnet);
    for (qsizetype i = 0; i < usable.size(); ++i) {
        const PortState state = i < states.size() ? states.at(i) : PortState::Filtered;
        PortProbeResult result;
        result.address = usable.at(i);
        result.port = 1433;
        result.state = state;
        result.reason = state == PortState::Open ? PortReason::ConnAccept : PortReason::NoResponse;
        sweep.scan.targets.append({ usable.at(i).toString(), usable.at(i) });
        sweep.scan.probes.append(result);
    }
    sweep.scan.ports = { 1433 };
    results.subnet = sweep;
}

void setRange(DiagnosisResults &results, int answered, int filtered)
{
    RedirectRangeScan range;
    range.first = 11000;
    range.last = quint16(11000 + answered + filtered - 1);
    range.scan.targets = { { QStringLiteral("10.0.0.9"), QHostAddress(QStringLiteral("10.0.0.9")) } };
    for (int i = 0; i < answered + filtered; ++i) {
        const quint16 port = quint16(11000 + i);
        range.scan.ports.append(port);
        range.scan.probes.append(i < answered ? probe("10.0.0.9", port, PortState::Closed, PortReason::ConnRefused)
                                              : probe("10.0.0.9", port, PortState::Filtered, PortReason::NoResponse));
    }
    results.range = range;
}

QString firstId(const DiagnosisResults &results)
{
    const QList<Finding> findings = FindingsEngine().diagnose(results);
    return findings.isEmpty() ? QString() : findings.constFirst().id;
}

} // namespace

void tst_FindingsEngine::firstFinding_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("expected");
    QTest::newRow("healthy") << "healthy"
                             << "ok.all-checks-passed";
    QTest::newRow("gateway filtered") << "gateway-filtered"
                                      << "tcp.gateway-filtered";
    QTest::newRow("gateway refused") << "gateway-refused"
                                     << "tcp.gateway-refused";
    QTest::newRow("no route") << "no-route"
                              << "tcp.gateway-unreachable";
    QTest::newRow("icmp host unreachable") << "icmp-unreach"
                                           << "tcp.gateway-unreachable";
    QTest::newRow("intermittent") << "intermittent"
                                  << "tcp.intermittent";
    QTest::newRow("slow") << "slow"
                          << "tcp.latency-high";
    QTest::newRow("only the gateway answers") << "nodes-filtered"
                                              << "redirect.subnet-1433-filtered";
    QTest::newRow("range filtered") << "range-filtered"
                                    << "redirect.range-filtered";
    QTest::newRow("range partial") << "range-partial"
                                   << "redirect.range-partially-filtered";
}

void tst_FindingsEngine::firstFinding()
{
    QFETCH(QString, scenario);
    QFETCH(QString, expected);
    DiagnosisResults results = baseResults();
    const PortProbeResult open = probe("10.0.0.4", 1433, PortState::Open, PortReason::ConnAccept, 0.8);
    setGateway(results, repeat(open, 10));
    setSubnet(results, { PortState::Open, PortState::Filtered, PortState::Open });
    setRange(results, 1000, 0);

    if (scenario == QLatin1String("gateway-filtered")) {
        setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Filtered, PortReason::NoResponse), 2));
        setSubnet(results, {});
        results.range.reset();
    } else if (scenario == QLatin1String("gateway-refused")) {
        setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Closed, PortReason::ConnRefused), 2));
    } else if (scenario == QLatin1String("no-route")) {
        setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Unreachable, PortReason::NoRoute), 2));
        results.subnet.reset();
        results.range.reset();
    } else if (scenario == QLatin1String("icmp-unreach")) {
        setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Filtered, PortReason::HostUnreach), 2));
    } else if (scenario == QLatin1String("intermittent")) {
        QList<PortProbeResult> samples = repeat(open, 8);
        samples.append(probe("10.0.0.4", 1433, PortState::Filtered, PortReason::NoResponse));
        samples.append(open);
        setGateway(results, samples);
    } else if (scenario == QLatin1String("slow")) {
        setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Open, PortReason::ConnAccept, 240.0), 10));
    } else if (scenario == QLatin1String("nodes-filtered")) {
        setSubnet(results, { PortState::Open }); // only .4, the gateway
        results.range.reset();
    } else if (scenario == QLatin1String("range-filtered")) {
        setRange(results, 0, 1000);
    } else if (scenario == QLatin1String("range-partial")) {
        setRange(results, 500, 500);
    }
    QCOMPARE(firstId(results), expected);
}

void tst_FindingsEngine::dnsFailureExplainsEverything()
{
    DiagnosisResults results = baseResults();
    results.dns->outcome = DnsAnswer::Outcome::NotFound;
    results.dns->addresses.clear();
    const QList<Finding> findings = FindingsEngine().diagnose(results);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().id, QStringLiteral("dns.not-found"));
    QCOMPARE(findings.first().severity, Severity::Error);
}

void tst_FindingsEngine::slownessComesAfterBlockingCauses()
{
    DiagnosisResults results = baseResults();
    setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Open, PortReason::ConnAccept, 300.0), 10));
    setSubnet(results, { PortState::Open }); // only the gateway answers
    const QList<Finding> findings = FindingsEngine().diagnose(results);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).id, QStringLiteral("redirect.subnet-1433-filtered"));
    QCOMPARE(findings.at(1).id, QStringLiteral("tcp.latency-high"));
}

void tst_FindingsEngine::dnsFindings_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("expected");
    QTest::newRow("privatelink without address") << "privatelink"
                                                 << "private-endpoint"
                                                 << "dns.privatelink-without-address";
    QTest::newRow("hosts file override") << "hosts"
                                         << "same-vnet"
                                         << "dns.hosts-override";
    QTest::newRow("public answer inside the VNet") << "public"
                                                   << "same-vnet"
                                                   << "dns.public-address-inside-vnet";
    QTest::newRow("public answer, no scenario") << "public"
                                                << ""
                                                << "tcp.gateway-filtered";
    QTest::newRow("public answer, public scenario") << "public"
                                                    << "public-endpoint"
                                                    << "input.endpoint-not-for-scenario";
}

void tst_FindingsEngine::dnsFindings()
{
    QFETCH(QString, fault);
    QFETCH(QString, scenario);
    QFETCH(QString, expected);
    DiagnosisResults results = baseResults();
    results.options.scenarioId = scenario;
    setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Filtered, PortReason::NoResponse), 2));
    if (fault == QLatin1String("privatelink")) {
        results.dns->outcome = DnsAnswer::Outcome::NotFound;
        results.dns->addresses.clear();
        results.dns->cnameChain = { QStringLiteral("mi.privatelink.a1b2c3d4e5f6.database.windows.net") };
        results.gateway.reset();
    } else if (fault == QLatin1String("hosts")) {
        results.dns->dnsQueried = true;
        results.dns->dnsAddresses = { QHostAddress(QStringLiteral("10.0.0.5")) };
    } else if (fault == QLatin1String("public")) {
        results.dns->addresses = { QHostAddress(QStringLiteral("20.50.0.4")) };
        results.gateway->address = QHostAddress(QStringLiteral("20.50.0.4"));
    }
    QCOMPARE(firstId(results), expected);
}

void tst_FindingsEngine::inputAndChecklistFindings()
{
    DiagnosisResults results = baseResults();
    results.connection
        = *parseConnectionInput(QStringLiteral("Server=tcp:10.0.0.4,1433;TrustServerCertificate=True")).settings;
    results.target = results.connection.target;
    results.options.scenarioId = QStringLiteral("hub-spoke");
    results.options.checklistAnswers.insert(QStringLiteral("hub-allow-gateway-transit"), false);
    results.options.checklistAnswers.insert(QStringLiteral("hub-use-remote-gateways"), true);
    setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Filtered, PortReason::NoResponse), 2));
    QStringList ids;
    for (const Finding &finding : FindingsEngine().diagnose(results))
        ids.append(finding.id);
    // What the input and the user say come first; what only weakens a connection comes last.
    QCOMPARE(ids,
             (QStringList { "input.ip-literal", "scenario.prerequisite-unmet", "tcp.gateway-filtered",
                            "conn.trust-server-certificate" }));
    const QList<Finding> findings = FindingsEngine().diagnose(results);
    QVERIFY(findings.at(1).evidence.contains(QStringLiteral("Allow gateway transit")));
    QVERIFY(!findings.at(1).evidence.contains(QStringLiteral("Use remote gateways")));
}

void tst_FindingsEngine::remedyIsWordedForTheScenario()
{
    DiagnosisResults results = baseResults();
    setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Filtered, PortReason::NoResponse), 2));
    results.options.scenarioId = QStringLiteral("app-service");
    QVERIFY(
        FindingsEngine().diagnose(results).first().remedy.join(QLatin1Char(' ')).contains(QStringLiteral("Route All")));
    results.options.scenarioId = QStringLiteral("same-vnet");
    QVERIFY(!FindingsEngine()
                 .diagnose(results)
                 .first()
                 .remedy.join(QLatin1Char(' '))
                 .contains(QStringLiteral("Route All")));
}

void tst_FindingsEngine::okOnlyWhenNothingIsWrong()
{
    DiagnosisResults results = baseResults();
    setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Open, PortReason::ConnAccept), 10));
    setSubnet(results, { PortState::Open, PortState::Open });
    setRange(results, 900, 100);
    QList<Finding> findings = FindingsEngine().diagnose(results);
    for (const Finding &finding : findings)
        QVERIFY(finding.id != QLatin1String("ok.all-checks-passed"));

    // A cancelled run proves nothing, so it is never "all passed".
    results.range.reset();
    results.cancelled = true;
    findings = FindingsEngine().diagnose(results);
    QVERIFY(findings.isEmpty());

    // Nor is a run where the gateway check never got to run.
    results = baseResults();
    QVERIFY(FindingsEngine().diagnose(results).isEmpty());
}

void tst_FindingsEngine::everyFindingComesFromTheCatalog()
{
    DiagnosisResults results = baseResults();
    setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Open, PortReason::ConnAccept, 300.0), 10));
    setSubnet(results, { PortState::Open, PortState::Open });
    setRange(results, 1, 1);
    for (const Finding &finding : FindingsEngine().diagnose(results)) {
        const FindingDefinition *definition = FindingsCatalog::builtIn().find(finding.id);
        QVERIFY2(definition, qPrintable(finding.id));
        QCOMPARE(finding.title, definition->title);
        QCOMPARE(finding.remedy, definition->remedy);
        QVERIFY(!finding.evidence.isEmpty());
        QVERIFY(!finding.sources.isEmpty());
    }
}

void tst_FindingsEngine::reportVerdict()
{
    DiagnosisResults results = baseResults();
    setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Filtered, PortReason::NoResponse), 2));
    Report report = buildReport(results);
    QVERIFY(report.hasErrors());
    QCOMPARE(report.verdict(), QStringLiteral("problems"));
    QCOMPARE(report.checks.size(), 9);
    QCOMPARE(report.checks.at(1).status, CheckStatus::Fail);

    setGateway(results, repeat(probe("10.0.0.4", 1433, PortState::Open, PortReason::ConnAccept), 2));
    report = buildReport(results);
    QVERIFY(!report.hasErrors());
    QCOMPARE(report.verdict(), QStringLiteral("ok"));
    QCOMPARE(report.checks.at(6).status, CheckStatus::Skip); // no --subnet given
}

void tst_FindingsEngine::driverFindings_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("odbcinst");
    QTest::addColumn<QStringList>("expected"); // client.* findings, in order
    const QString modern = QStringLiteral(
        "[ODBC Driver 18 for SQL Server]\nDriver=/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1\n");
    const QString old17 = QStringLiteral(
        "[ODBC Driver 17 for SQL Server]\nDriver=/opt/microsoft/msodbcsql17/lib64/libmsodbcsql-17.10.so.5.1\n");
    const QString ancient = QStringLiteral(
        "[ODBC Driver 13 for SQL Server]\nDriver=/opt/microsoft/msodbcsql/lib64/libmsodbcsql-13.1.so.9.2\n");
    const QString host = QStringLiteral("mi.a1b2c3d4e5f6.database.windows.net");
    QTest::newRow("host only, a good driver") << host << modern << QStringList {};
    QTest::newRow("host only, only an ancient driver") << host << ancient << QStringList { "client.driver-too-old" };
    QTest::newRow("host only, ancient and modern") << host << (ancient + modern) << QStringList {};
    QTest::newRow("named and installed")
        << QStringLiteral("Driver={ODBC Driver 18 for SQL Server};Server=tcp:%1,1433").arg(host) << modern
        << QStringList {};
    QTest::newRow("named, not installed")
        << QStringLiteral("Driver={ODBC Driver 18 for SQL Server};Server=tcp:%1,1433").arg(host) << old17
        << QStringList { "client.driver-not-installed" };
    QTest::newRow("named and too old")
        << QStringLiteral("Driver={ODBC Driver 13 for SQL Server};Server=tcp:%1,1433").arg(host) << (ancient + modern)
        << QStringList { "client.driver-too-old" };
    QTest::newRow("strict with 17")
        << QStringLiteral("Driver={ODBC Driver 17 for SQL Server};Server=tcp:%1,1433;Encrypt=Strict").arg(host) << old17
        << QStringList { "client.driver-no-strict" };
    QTest::newRow("strict with 18")
        << QStringLiteral("Driver={ODBC Driver 18 for SQL Server};Server=tcp:%1,1433;Encrypt=Strict").arg(host)
        << modern << QStringList {};
}

void tst_FindingsEngine::driverFindings()
{
    QFETCH(QString, connection);
    QFETCH(QString, odbcinst);
    QFETCH(QStringList, expected);
    DiagnosisResults results = baseResults();
    results.connection = *parseConnectionInput(connection).settings;
    results.target = results.connection.target;
    results.drivers = parseOdbcInstIni(odbcinst, QStringLiteral("/etc/odbcinst.ini"));
    QStringList clientFindings;
    for (const Finding &finding : FindingsEngine(FindingsCatalog::builtIn()).diagnose(results)) {
        if (finding.id.startsWith(QLatin1String("client.")))
            clientFindings << finding.id;
    }
    QCOMPARE(clientFindings, expected);
    // The check lists them whatever the findings.
    const CheckResult check = describeCheck(results, CheckIds::clientDrivers);
    QCOMPARE(check.data.value(QStringLiteral("drivers")).toArray().size(),
             qsizetype(odbcinst.count(QLatin1Char(u'['))));
}

QTEST_APPLESS_MAIN(tst_FindingsEngine)
#include "tst_findingsengine.moc"

#include "probe/fdlimit.h"
#include "sim/portfixture.h"
#include "support/clirunner.h"
#include "support/fakednsserver.h"
#include "support/loopback.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

// miconnect-cli as a user runs it: a separate process, real sockets, its stdout, stderr and exit code.
class tst_Cli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelp();
    void speaksTheChosenLanguage();
    void reportInAnotherLanguage();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void demoProfiles_data();
    void demoProfiles();
    void demoTextReport();
    void simulatedVersionAndEncryption();
    void checkAgainstASeparateSimulator();
    void checkNameNotFound();
    void scanClassifiesTheMix();
    void scanUnderALowDescriptorLimit();
    void scanAgreesWithNmap();
    void interruptPrintsWhatWasFound();
    void reportFiles();
    void explainAndScenarios();
    void connectionStringPasswordGoesNowhere();
    void checklistAnswersBecomeFindings();
    void watchReportsEachRound();
    void scenarioDetails();
    void everyReportFormat();
    void redactedOutputsHideNamesAndAddresses();
    void compareTwoReports();
    void driversListsAndJudges();
    void loginNeedsAPassword();
    void cleanupTestCase();

private:
    // A healthy simulator in its own process, for the checks that need a real instance to talk to.
    QStringList simulatorArguments() const;

    QHostAddress m_mixAddress;
    PortFixture m_mix;
    QProcess m_simulator;
    QJsonObject m_endpoints;
    QTemporaryDir m_scratch;
};

namespace {

PortState expectedState(quint16 port)
{
    if (port % 10 == 0)
        return PortState::Open;
    if (port % 7 == 0)
        return PortState::Filtered;
    return PortState::Closed;
}

QString firstFindingId(const QJsonObject &report)
{
    return report.value(QStringLiteral("findings")).toArray().first().toObject().value(QStringLiteral("id")).toString();
}

} // namespace

void tst_Cli::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), "MICONNECT_CLI must point at the built miconnect-cli");
    QString why;
    if (!PortFixture::filteredEmulationAvailable(&why))
        QSKIP(qPrintable(why));
    FdLimit::raiseSoftLimit();
    m_mixAddress = uniqueLoopbackAddress();
    for (uint port = 11000; port <= 11999; ++port)
        QVERIFY2(m_mix.add(expectedState(quint16(port)), m_mixAddress, quint16(port), &why), qPrintable(why));

    m_simulator.start(cliPath(), { QStringLiteral("simulate"), QStringLiteral("--json"), QStringLiteral("-") });
    QVERIFY(m_simulator.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_simulator.canReadLine() || m_simulator.state() == QProcess::NotRunning, 20000);
    m_endpoints = QJsonDocument::fromJson(m_simulator.readLine()).object();
    QVERIFY(!m_endpoints.isEmpty());
    QFile ca(m_scratch.filePath(QStringLiteral("sim-ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_endpoints.value(QStringLiteral("ca_pem")).toString().toLatin1());
}

void tst_Cli::cleanupTestCase()
{
    if (m_simulator.state() != QProcess::NotRunning) {
        m_simulator.terminate();
        if (!m_simulator.waitForFinished(10000))
            m_simulator.kill();
    }
}

QStringList tst_Cli::simulatorArguments() const
{
    QStringList arguments { QStringLiteral("--subnet"),  m_endpoints.value(QStringLiteral("subnet")).toString(),
                            QStringLiteral("--ca-file"), m_scratch.filePath(QStringLiteral("sim-ca.pem")),
                            QStringLiteral("--timeout"), QStringLiteral("300") };
    for (const QJsonValue &entry : m_endpoints.value(QStringLiteral("resolve")).toArray())
        arguments << QStringLiteral("--resolve") << entry.toString();
    return arguments;
}

void tst_Cli::versionAndHelp()
{
    CliRun run = runCli({ QStringLiteral("--version") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("miconnect-cli "));
    run = runCli({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("check TARGET"));
    run = runCli({ QStringLiteral("scan"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--ports"));
}

void tst_Cli::speaksTheChosenLanguage()
{
    // --lang anywhere on the line, as a separate or an attached value.
    CliRun run = runCli({ "--lang", "de", "--help" });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Befehle:"), run.out.constData());
    run = runCli({ "demo", "--help", "--lang=ja" });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("使用法: miconnect-cli demo").toUtf8()), run.out.constData());
    QVERIFY(run.out.contains("--report-lang"));

    // Without --lang the locale decides: LANGUAGE's list first, then LC_ALL, as gettext programs do.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("LANGUAGE", "");
    environment.insert("LC_ALL", "de_DE.UTF-8");
    run = runCliIn(environment, { "--help" });
    QVERIFY2(run.out.contains("Befehle:"), run.out.constData());
    environment.insert("LANGUAGE", "fr:ja:de");
    run = runCliIn(environment, { "--help" });
    QVERIFY2(run.out.contains(QStringLiteral("コマンド:").toUtf8()), run.out.constData());
    // … and --lang beats the locale.
    run = runCliIn(environment, { "--help", "--lang", "en" });
    QVERIFY2(run.out.contains("Commands:"), run.out.constData());

    // An error in the chosen language, one line, exit 2; an unknown language is itself a usage error.
    run = runCli({ "--lang", "de", "check" });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("check benötigt ein TARGET"), run.err.constData());
    QVERIFY(!run.err.contains("needs a TARGET"));
    run = runCli({ "--lang", "fr", "--help" });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QByteArray("miconnect-cli: --lang must be one of en, de, ja, not 'fr'\n"));
    run = runCli({ "demo", "--lang" });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
}

void tst_Cli::reportInAnotherLanguage()
{
    // English counts in English: the source says "%n error(s)", the English plural forms say it right.
    CliRun counted = runCli({ "demo", "--quiet", "--profile", "gateway-refused" });
    QVERIFY2(counted.out.contains("Verdict: problems — 1 error, 0 warnings"), counted.out.constData());
    counted = runCli({ "demo", "--quiet", "--profile", "redirect-partial" });
    QVERIFY2(counted.out.contains("Verdict: problems — 0 errors, 1 warning"), counted.out.constData());

    // A German user's run: the report in German by default, in English with --report-lang en.
    CliRun run = runCli({ "--lang", "de", "demo", "--quiet", "--json", "-" });
    QCOMPARE(run.exitCode, 0);
    QJsonObject report = run.json();
    QCOMPARE(report["environment"].toObject()["language"].toString(), QString("de"));
    const QJsonObject germanFinding = report["findings"].toArray().at(0).toObject();
    QCOMPARE(germanFinding["id"].toString(), QString("ok.all-checks-passed"));
    QVERIFY(germanFinding["title"].toString() != QLatin1String("Every check passed"));

    QTemporaryDir directory;
    const QString markdown = directory.filePath("report.md");
    run = runCli({ "--lang", "de", "demo", "--report-lang", "en", "--report", markdown });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Checks") && run.out.contains("Every check passed"), run.out.constData());
    // Progress stays in the user's language: only the report is reworded.
    QVERIFY2(!run.err.isEmpty() && !run.err.contains("checking the simulated instance"), run.err.constData());
    QFile file(markdown);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.contains("Every check passed"), written.constData());
    QVERIFY(!written.contains(germanFinding["title"].toString().toUtf8()));

    run = runCli({ "--lang", "de", "demo", "--quiet", "--report-lang", "en", "--json", "-" });
    report = run.json();
    QCOMPARE(report["environment"].toObject()["language"].toString(), QString("en"));
    QCOMPARE(report["findings"].toArray().at(0).toObject()["title"].toString(), QString("Every check passed"));

    run = runCli({ "demo", "--report-lang", "klingon" });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--report-lang"));
}

void tst_Cli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { "repair" };
    QTest::newRow("bad target") << QStringList { "check", "not a host name" };
    QTest::newRow("bad port") << QStringList { "check", "mi.zone.database.windows.net,99999" };
    QTest::newRow("cidr too large") << QStringList { "scan", "10.0.0.0/8", "--ports", "1433" };
    QTest::newRow("unknown finding") << QStringList { "explain", "no.such-thing" };
    QTest::newRow("demo, unknown scenario") << QStringList { "demo", "--scenario", "mars" };
}

void tst_Cli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    // One clear line on stderr.
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.startsWith("miconnect-cli: "));
}

void tst_Cli::demoProfiles_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("firstFinding");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("healthy") << "healthy"
                             << "ok.all-checks-passed" << 0;
    QTest::newRow("gateway-filtered") << "gateway-filtered"
                                      << "tcp.gateway-filtered" << 1;
    QTest::newRow("gateway-refused") << "gateway-refused"
                                     << "tcp.gateway-refused" << 1;
    QTest::newRow("nodes-filtered") << "nodes-filtered"
                                    << "login.redirect-node-unreachable" << 1;
    QTest::newRow("redirect-filtered") << "redirect-filtered"
                                       << "redirect.range-filtered" << 0;
    QTest::newRow("redirect-partial") << "redirect-partial"
                                      << "redirect.range-partially-filtered" << 0;
    QTest::newRow("http-banner") << "http-banner"
                                 << "tds.not-sql-server" << 1;
    QTest::newRow("tls-only") << "tls-only"
                              << "tds.not-sql-server" << 1;
    QTest::newRow("garbage") << "garbage"
                             << "tds.not-sql-server" << 1;
    QTest::newRow("truncated-reply") << "truncated-reply"
                                     << "tds.no-response" << 1;
    QTest::newRow("absurd-length") << "absurd-length"
                                   << "tds.not-sql-server" << 1;
    QTest::newRow("slow-trickle") << "slow-trickle"
                                  << "tds.no-response" << 1;
    QTest::newRow("close-mid-reply") << "close-mid-reply"
                                     << "tds.no-response" << 1;
    QTest::newRow("never-answers") << "never-answers"
                                   << "tds.no-response" << 1;
    QTest::newRow("tls-untrusted") << "tls-untrusted"
                                   << "tls.certificate-untrusted" << 1;
    QTest::newRow("tls-name-mismatch") << "tls-name-mismatch"
                                       << "tls.certificate-name-mismatch" << 1;
    QTest::newRow("tls-too-old") << "tls-too-old"
                                 << "tls.version-too-old" << 1;
    QTest::newRow("tls-handshake-failure") << "tls-handshake-failure"
                                           << "tls.handshake-failed" << 1;
    QTest::newRow("proxy") << "proxy"
                           << "ok.all-checks-passed" << 0;
    QTest::newRow("redirect") << "redirect"
                              << "ok.all-checks-passed" << 0;
    QTest::newRow("redirect-node-filtered") << "redirect-node-filtered"
                                            << "login.redirect-node-unreachable" << 1;
    QTest::newRow("redirect-unresolvable") << "redirect-unresolvable"
                                           << "login.redirect-target-unresolved" << 1;
    QTest::newRow("login-40532") << "login-40532"
                                 << "login.cannot-open-server" << 1;
    QTest::newRow("login-47072") << "login-47072"
                                 << "login.tls-too-old" << 1;
}

void tst_Cli::demoProfiles()
{
    QFETCH(QString, profile);
    QFETCH(QString, firstFinding);
    QFETCH(int, exitCode);
    const CliRun run
        = runCli({ QStringLiteral("demo"), QStringLiteral("--profile"), profile, QStringLiteral("--timeout"),
                   QStringLiteral("300"), QStringLiteral("--json"), QStringLiteral("-") });
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject report = run.json();
    QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("miconnect.report/1"));
    QCOMPARE(report.value(QStringLiteral("tool")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("miconnect"));
    QVERIFY(!report.value(QStringLiteral("created")).toString().isEmpty());
    const QJsonObject input = report.value(QStringLiteral("input")).toObject();
    QCOMPARE(input.value(QStringLiteral("port")).toInt(), 1433);
    QCOMPARE(input.value(QStringLiteral("endpoint_kind")).toString(), QStringLiteral("vnet-local"));
    QVERIFY(input.value(QStringLiteral("scenario")).isNull());
    const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
    QCOMPARE(checks.size(), 9);
    QStringList ids;
    for (const QJsonValue &check : checks) {
        ids.append(check.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(check.toObject().value(QStringLiteral("elapsed_ms")).isDouble());
        QVERIFY(check.toObject().value(QStringLiteral("data")).isObject());
    }
    QCOMPARE(ids,
             (QStringList { "dns.resolve", "tcp.gateway", "tds.prelogin", "tls.tds7", "tls.strict", "tds.login",
                            "redirect.subnet", "redirect.range", "client.drivers" }));
    QCOMPARE(firstFindingId(report), firstFinding);
    const QJsonObject finding = report.value(QStringLiteral("findings")).toArray().first().toObject();
    QVERIFY(!finding.value(QStringLiteral("remedy")).toArray().isEmpty());
    QVERIFY(!finding.value(QStringLiteral("sources")).toArray().isEmpty());
    const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("verdict")).toString(),
             firstFinding == QLatin1String("ok.all-checks-passed") ? QStringLiteral("ok") : QStringLiteral("problems"));
    QCOMPARE(summary.value(QStringLiteral("errors")).toInt() > 0, exitCode == 1);
    if (profile == QLatin1String("healthy")) {
        // What SQL Server and its TLS said, as the report carries it.
        const QJsonObject prelogin = checks.at(2).toObject().value(QStringLiteral("data")).toObject();
        QCOMPARE(prelogin.value(QStringLiteral("version")).toString(), QStringLiteral("16.0.4165.4"));
        QCOMPARE(prelogin.value(QStringLiteral("product")).toString(), QStringLiteral("SQL Server 2022"));
        QCOMPARE(prelogin.value(QStringLiteral("encryption")).toString(), QStringLiteral("required"));
        for (int index : { 3, 4 }) {
            const QJsonObject tls = checks.at(index).toObject().value(QStringLiteral("data")).toObject();
            QCOMPARE(tls.value(QStringLiteral("protocol")).toString(),
                     index == 3 ? QStringLiteral("TLS 1.2") : QStringLiteral("TLS 1.3"));
            QVERIFY(tls.value(QStringLiteral("host_name_matches")).toBool());
            QVERIFY(tls.value(QStringLiteral("trusted")).toBool());
            const QJsonObject leaf = tls.value(QStringLiteral("chain")).toArray().first().toObject();
            QCOMPARE(leaf.value(QStringLiteral("subject")).toString(), input.value(QStringLiteral("host")).toString());
            QVERIFY(!leaf.value(QStringLiteral("not_after")).toString().isEmpty());
        }
    }
    // Progress goes to stderr, never into the JSON on stdout.
    QVERIFY(run.err.contains("Resolve the host name"));
}

void tst_Cli::demoTextReport()
{
    const CliRun run = runCli({ QStringLiteral("demo"), QStringLiteral("--quiet") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains("[PASS]"));
    QVERIFY(run.out.contains("ok.all-checks-passed"));
    QVERIFY(run.out.contains("Verdict: ok"));
}

void tst_Cli::simulatedVersionAndEncryption()
{
    const CliRun run = runCli(
        { "demo", "--sql-version", "15.0.4312.2", "--encryption", "not-supported", "--timeout", "300", "--json", "-" });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray checks = run.json().value(QStringLiteral("checks")).toArray();
    const QJsonObject prelogin = checks.at(2).toObject().value(QStringLiteral("data")).toObject();
    QCOMPARE(prelogin.value(QStringLiteral("version")).toString(), QStringLiteral("15.0.4312.2"));
    QCOMPARE(prelogin.value(QStringLiteral("product")).toString(), QStringLiteral("SQL Server 2019"));
    QCOMPARE(prelogin.value(QStringLiteral("encryption")).toString(), QStringLiteral("not-supported"));
    // A server without encryption offers no TLS inside TDS; TDS 8 strict still works.
    const QJsonObject tds7 = checks.at(3).toObject();
    QCOMPARE(tds7.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
    QCOMPARE(tds7.value(QStringLiteral("data")).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("not-offered"));
    QCOMPARE(checks.at(4).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
}

void tst_Cli::checkAgainstASeparateSimulator()
{
    QProcess simulator;
    // However the test ends, the simulator does not outlive it.
    const auto stop = qScopeGuard([&simulator] {
        if (simulator.state() != QProcess::NotRunning) {
            simulator.kill();
            simulator.waitForFinished();
        }
    });
    simulator.start(cliPath(),
                    { QStringLiteral("simulate"), QStringLiteral("--profile"), QStringLiteral("nodes-filtered"),
                      QStringLiteral("--json"), QStringLiteral("-") });
    QVERIFY(simulator.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(simulator.canReadLine() || simulator.state() == QProcess::NotRunning, 20000);
    const QJsonObject endpoints = QJsonDocument::fromJson(simulator.readLine()).object();
    QVERIFY2(!endpoints.isEmpty(), simulator.readAllStandardError().constData());

    // The simulator's CA travels with its endpoints; --ca-file makes this check trust it.
    QTemporaryDir directory;
    const QString caFile = directory.filePath(QStringLiteral("sim-ca.pem"));
    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(endpoints.value(QStringLiteral("ca_pem")).toString().toLatin1());
    ca.close();

    QStringList arguments { QStringLiteral("check"),     endpoints.value(QStringLiteral("host")).toString(),
                            QStringLiteral("--ca-file"), caFile,
                            QStringLiteral("--subnet"),  endpoints.value(QStringLiteral("subnet")).toString(),
                            QStringLiteral("--timeout"), QStringLiteral("300"),
                            QStringLiteral("--json"),    QStringLiteral("-"),
                            QStringLiteral("--quiet") };
    for (const QJsonValue &entry : endpoints.value(QStringLiteral("resolve")).toArray())
        arguments << QStringLiteral("--resolve") << entry.toString();
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(firstFindingId(run.json()), QStringLiteral("login.redirect-node-unreachable"));

    simulator.terminate(); // SIGTERM: the simulator stops cleanly
    QVERIFY(simulator.waitForFinished(10000));
    QCOMPARE(simulator.exitStatus(), QProcess::NormalExit);
    QCOMPARE(simulator.exitCode(), 0);
}

void tst_Cli::checkNameNotFound()
{
    FakeDnsServer dns;
    const QHostAddress address = uniqueLoopbackAddress();
    QString error;
    if (!dns.listen(address, &error))
        QSKIP("binding UDP port 53 needs root");
    const CliRun run
        = runCli({ QStringLiteral("check"), QStringLiteral("nosuch.a1b2c3d4e5f6.database.windows.net"),
                   QStringLiteral("--dns-server"), address.toString(), QStringLiteral("--json"), QStringLiteral("-") });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = run.json();
    QCOMPARE(firstFindingId(report), QStringLiteral("dns.not-found"));
    QCOMPARE(
        report.value(QStringLiteral("checks")).toArray().at(1).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("skip"));
}

void tst_Cli::scanClassifiesTheMix()
{
    const CliRun run = runCli({ QStringLiteral("scan"), m_mixAddress.toString(), QStringLiteral("--ports"),
                                QStringLiteral("11000-11999"), QStringLiteral("--timeout"), QStringLiteral("500"),
                                QStringLiteral("--json"), QStringLiteral("-") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject scan = run.json();
    QCOMPARE(scan.value(QStringLiteral("schema")).toString(), QStringLiteral("miconnect.scan/1"));
    const QJsonArray ports
        = scan.value(QStringLiteral("targets")).toArray().first().toObject().value(QStringLiteral("ports")).toArray();
    QCOMPARE(ports.size(), 1000);
    for (const QJsonValue &value : ports) {
        const QJsonObject port = value.toObject();
        QCOMPARE(port.value(QStringLiteral("state")).toString(),
                 portStateId(expectedState(quint16(port.value(QStringLiteral("port")).toInt()))));
    }
    const QJsonObject summary = scan.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("open")).toInt(), 100);
    QCOMPARE(summary.value(QStringLiteral("error")).toInt(), 0);
}

void tst_Cli::scanUnderALowDescriptorLimit()
{
#ifdef Q_OS_UNIX
    // 64 descriptors, hard limit too, and a concurrency far above it: the scanner must shrink to
    // what it can get, put back every probe that found no socket, and still name every port right.
    const auto lowLimit = [] {
        const rlimit limit { 64, 64 };
        ::setrlimit(RLIMIT_NOFILE, &limit);
    };
    const CliRun run = runCli({ QStringLiteral("scan"), m_mixAddress.toString(), QStringLiteral("--ports"),
                                QStringLiteral("11000-11999"), QStringLiteral("--timeout"), QStringLiteral("300"),
                                QStringLiteral("--concurrency"), QStringLiteral("1000"), QStringLiteral("--json"),
                                QStringLiteral("-") },
                              120000, lowLimit);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray ports = run.json()
                                 .value(QStringLiteral("targets"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("ports"))
                                 .toArray();
    QCOMPARE(ports.size(), 1000);
    int wrong = 0;
    for (const QJsonValue &value : ports) {
        const QJsonObject port = value.toObject();
        if (port.value(QStringLiteral("state")).toString()
            != portStateId(expectedState(quint16(port.value(QStringLiteral("port")).toInt())))) {
            ++wrong;
            qWarning() << port;
        }
    }
    QCOMPARE(wrong, 0);
#else
    QSKIP("descriptor limits are a Unix notion");
#endif
}

void tst_Cli::scanAgreesWithNmap()
{
    const QString nmap = QStandardPaths::findExecutable(QStringLiteral("nmap"));
    if (nmap.isEmpty())
        QSKIP("nmap is not installed");
    // A slice of the mix keeps nmap's own retries short.
    const QString ports = QStringLiteral("11000-11099");
    QProcess process;
    process.start(nmap,
                  { QStringLiteral("-sT"), QStringLiteral("-Pn"), QStringLiteral("-n"), QStringLiteral("-p"), ports,
                    QStringLiteral("--max-retries"), QStringLiteral("1"), QStringLiteral("-oX"), QStringLiteral("-"),
                    m_mixAddress.toString() });
    QVERIFY(process.waitForFinished(120000));
    QHash<int, QString> nmapStates;
    QXmlStreamReader xml(process.readAllStandardOutput());
    int current = 0;
    QString defaultState;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("port"))
            current = xml.attributes().value(QLatin1String("portid")).toInt();
        else if (xml.name() == QLatin1String("state") && current)
            nmapStates.insert(current, xml.attributes().value(QLatin1String("state")).toString());
        else if (xml.name() == QLatin1String("extraports"))
            defaultState = xml.attributes().value(QLatin1String("state")).toString();
    }
    QVERIFY2(!nmapStates.isEmpty(), "nmap printed no ports");

    const CliRun run
        = runCli({ QStringLiteral("scan"), m_mixAddress.toString(), QStringLiteral("--ports"), ports,
                   QStringLiteral("--timeout"), QStringLiteral("500"), QStringLiteral("--json"), QStringLiteral("-") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray ours = run.json()
                                .value(QStringLiteral("targets"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("ports"))
                                .toArray();
    QCOMPARE(ours.size(), 100);
    for (const QJsonValue &value : ours) {
        const int port = value.toObject().value(QStringLiteral("port")).toInt();
        QCOMPARE(value.toObject().value(QStringLiteral("state")).toString(), nmapStates.value(port, defaultState));
    }
}

void tst_Cli::interruptPrintsWhatWasFound()
{
#ifdef Q_OS_UNIX
    PortFixture fixture;
    QString error;
    const QHostAddress address = uniqueLoopbackAddress();
    const quint16 filtered = fixture.add(PortState::Filtered, address, 0, &error);
    QVERIFY2(filtered, qPrintable(error));
    QProcess process;
    process.start(cliPath(),
                  { QStringLiteral("check"), QStringLiteral("%1,%2").arg(address.toString()).arg(filtered),
                    QStringLiteral("--timeout"), QStringLiteral("600000"), QStringLiteral("--json"),
                    QStringLiteral("-") });
    QVERIFY(process.waitForStarted());
    // The gateway check has begun once its progress line is out; only an interrupt can end it now.
    QByteArray progress;
    QTRY_VERIFY_WITH_TIMEOUT((progress += process.readAllStandardError()).contains("Connect to the gateway"), 20000);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 130);
    const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QVERIFY(report.value(QStringLiteral("cancelled")).toBool());
    QCOMPARE(
        report.value(QStringLiteral("checks")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("pass"));
#else
    QSKIP("signals are a Unix notion");
#endif
}

void tst_Cli::reportFiles()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString json = directory.filePath(QStringLiteral("report.json"));
    const QString text = directory.filePath(QStringLiteral("report.txt"));
    CliRun run = runCli({ QStringLiteral("demo"), QStringLiteral("--quiet"), QStringLiteral("--report"), json });
    QCOMPARE(run.exitCode, 0);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("schema")).toString(),
             QStringLiteral("miconnect.report/1"));
    run = runCli({ QStringLiteral("demo"), QStringLiteral("--quiet"), QStringLiteral("--report"), text });
    QCOMPARE(run.exitCode, 0);
    QFile textFile(text);
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    QVERIFY(textFile.readAll().contains("Verdict: ok"));

    // An unwritable place: a clear error, exit 3, and no half file anywhere.
    const QString blocked = directory.filePath(QStringLiteral("no/such/dir/report.json"));
    run = runCli({ QStringLiteral("demo"), QStringLiteral("--quiet"), QStringLiteral("--report"), blocked });
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("cannot write"));
    QVERIFY(!QFile::exists(blocked));
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files).size(), 2);
}

void tst_Cli::explainAndScenarios()
{
    CliRun run = runCli({ QStringLiteral("explain"), QStringLiteral("redirect.subnet-1433-filtered") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("What to do"));
    QVERIFY(run.out.contains("https://learn.microsoft.com/"));
    run = runCli({ QStringLiteral("explain"), QStringLiteral("--json"), QStringLiteral("-") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json().value(QStringLiteral("findings")).toArray().size() >= 28);
    run = runCli({ QStringLiteral("scenarios"), QStringLiteral("--json"), QStringLiteral("-") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("scenarios")).toArray().size(), 9);
}

void tst_Cli::connectionStringPasswordGoesNowhere()
{
    const QString secret = QStringLiteral("SECRET123");
    const QString host = m_endpoints.value(QStringLiteral("host")).toString();
    const QString connection
        = QStringLiteral("Server=tcp:%1,1433;Database=app;User ID=bob;Password=\"%2;x\";Encrypt=True")
              .arg(host, secret);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    CliRun run
        = runCli(QStringList { QStringLiteral("check"), connection, QStringLiteral("--json"), QStringLiteral("-"),
                               QStringLiteral("--report"), folder.filePath(QStringLiteral("with-password.json")) }
                 + simulatorArguments());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(secret.toLatin1()));
    QVERIFY(!run.err.contains(secret.toLatin1()));
    QVERIFY(run.err.contains("password"));
    const QJsonObject input = run.json().value(QStringLiteral("input")).toObject();
    QCOMPARE(input.value(QStringLiteral("form")).toString(), QStringLiteral("ado.net"));
    QVERIFY(input.value(QStringLiteral("password_present")).toBool());
    QVERIFY(input.value(QStringLiteral("text")).toString().contains(QStringLiteral("Database=app")));

    // Every format, plain and redacted, with the legend: the password is in none of them.
    QStringList outputs { QString::fromUtf8(run.out), QString::fromUtf8(run.err) };
    for (const QString &extension :
         { QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("txt") }) {
        for (const bool redacted : { false, true }) {
            QStringList arguments { QStringLiteral("check"),
                                    connection,
                                    QStringLiteral("--json"),
                                    folder.filePath(QStringLiteral("r-%1-%2.json").arg(extension).arg(redacted)),
                                    QStringLiteral("--report"),
                                    folder.filePath(QStringLiteral("r-%1-%2.%1").arg(extension).arg(redacted)) };
            if (redacted)
                arguments << QStringLiteral("--redact") << QStringLiteral("--redaction-legend")
                          << folder.filePath(QStringLiteral("legend-%1.txt").arg(extension));
            run = runCli(arguments + simulatorArguments());
            QVERIFY2(run.exitCode == 0, run.err.constData());
            outputs << QString::fromUtf8(run.out) << QString::fromUtf8(run.err);
        }
    }
    for (const QString &output : std::as_const(outputs))
        QVERIFY(!output.contains(secret));
    const QStringList files = QDir(folder.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1 + 8 + 8 + 4);
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.isEmpty(), qPrintable(name));
        QVERIFY2(!bytes.contains(secret.toLatin1()), qPrintable(name));
    }

    // A string that cannot be read is refused without being repeated.
    run = runCli({ QStringLiteral("check"), QStringLiteral("Server=%1;Password=\"%2").arg(host, secret) });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.contains(secret.toLatin1()));
}

void tst_Cli::everyReportFormat()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const char *extension : { "json", "md", "html", "pdf", "txt" }) {
        const QString path = folder.filePath(QStringLiteral("demo.%1").arg(QLatin1String(extension)));
        const CliRun run = runCli({ QStringLiteral("demo"), QStringLiteral("--quiet"), QStringLiteral("--profile"),
                                    QStringLiteral("gateway-filtered"), QStringLiteral("--timeout"),
                                    QStringLiteral("300"), QStringLiteral("--report"), path });
        QVERIFY2(run.exitCode == 1, run.err.constData());
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), extension);
        const QByteArray bytes = file.readAll();
        if (qstrcmp(extension, "pdf") == 0) {
            QVERIFY(bytes.startsWith("%PDF-"));
        } else {
            QVERIFY2(bytes.contains("tcp.gateway-filtered"), extension);
            QVERIFY2(bytes.contains("sim-mi.51a7ed0c0de5.database.windows.net"), extension);
        }
    }
    // The parser knows the formats; anything else is a usage error before anything is probed.
    const CliRun wrong
        = runCli({ QStringLiteral("demo"), QStringLiteral("--report"), folder.filePath(QStringLiteral("demo.docx")) });
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains(".pdf"));
    // A scan has JSON and text only.
    const CliRun scan
        = runCli({ QStringLiteral("scan"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"), QStringLiteral("1"),
                   QStringLiteral("--report"), folder.filePath(QStringLiteral("scan.md")) });
    QCOMPARE(scan.exitCode, 2);
    // --redaction-legend without --redact makes no sense.
    const CliRun legend = runCli(
        { QStringLiteral("demo"), QStringLiteral("--redaction-legend"), folder.filePath(QStringLiteral("l.txt")) });
    QCOMPARE(legend.exitCode, 2);
}

void tst_Cli::redactedOutputsHideNamesAndAddresses()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString plainPath = folder.filePath(QStringLiteral("plain.json"));
    CliRun run = runCli({ QStringLiteral("demo"), QStringLiteral("--quiet"), QStringLiteral("--json"), plainPath });
    QCOMPARE(run.exitCode, 0);
    QFile plainFile(plainPath);
    QVERIFY(plainFile.open(QIODevice::ReadOnly));
    const QJsonObject plain = QJsonDocument::fromJson(plainFile.readAll()).object();
    // Everything that names this machine or the instance, as the unredacted report has it.
    // (The machine's name is checked in its field: a short one like "vm" also occurs in ordinary words.)
    const QString machine
        = plain.value(QStringLiteral("environment")).toObject().value(QStringLiteral("machine")).toString();
    QStringList secrets { plain.value(QStringLiteral("input")).toObject().value(QStringLiteral("host")).toString(),
                          QStringLiteral("51a7ed0c0de5") };
    for (const QJsonValue check : plain.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject data = check.toObject().value(QStringLiteral("data")).toObject();
        for (const QJsonValue address : data.value(QStringLiteral("addresses")).toArray())
            secrets << address.toString();
        for (const QJsonValue node : data.value(QStringLiteral("nodes")).toArray())
            secrets << (node.isString() ? node.toString()
                                        : node.toObject().value(QStringLiteral("address")).toString());
    }
    secrets.removeAll(QString());
    QVERIFY(secrets.size() >= 5);

    const QString legend = folder.filePath(QStringLiteral("legend.txt"));
    QStringList paths;
    QByteArray console;
    for (const char *extension : { "json", "md", "html", "txt" }) {
        const QString path = folder.filePath(QStringLiteral("redacted.%1").arg(QLatin1String(extension)));
        run = runCli({ QStringLiteral("demo"), QStringLiteral("--redact"), QStringLiteral("--redaction-legend"), legend,
                       QStringLiteral("--report"), path });
        QCOMPARE(run.exitCode, 0);
        console += run.out + run.err;
        paths << path;
    }
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!text.contains(secret), qPrintable(path + QStringLiteral(": ") + secret));
        QVERIFY2(text.contains(QStringLiteral("loopback-address-")), qPrintable(path));
    }
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!QString::fromUtf8(console).contains(secret), qPrintable(secret));
    QFile redactedJson(paths.constFirst());
    QVERIFY(redactedJson.open(QIODevice::ReadOnly));
    const QJsonObject redacted = QJsonDocument::fromJson(redactedJson.readAll()).object();
    QVERIFY(redacted.value(QStringLiteral("redacted")).toBool());
    const QString redactedMachine
        = redacted.value(QStringLiteral("environment")).toObject().value(QStringLiteral("machine")).toString();
    QVERIFY(machine.isEmpty() || redactedMachine != machine);
    // The legend, on this machine only, says what each placeholder was.
    QFile legendFile(legend);
    QVERIFY(legendFile.open(QIODevice::ReadOnly));
    const QString legendText = QString::fromUtf8(legendFile.readAll());
    QVERIFY(legendText.contains(secrets.constFirst()));
}

void tst_Cli::compareTwoReports()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString before = folder.filePath(QStringLiteral("before.json"));
    const QString after = folder.filePath(QStringLiteral("after.json"));
    QCOMPARE(runCli({ QStringLiteral("demo"), QStringLiteral("--quiet"), QStringLiteral("--profile"),
                      QStringLiteral("gateway-filtered"), QStringLiteral("--timeout"), QStringLiteral("300"),
                      QStringLiteral("--json"), before })
                 .exitCode,
             1);
    QCOMPARE(runCli({ QStringLiteral("demo"), QStringLiteral("--quiet"), QStringLiteral("--json"), after }).exitCode,
             0);

    CliRun run = runCli({ QStringLiteral("compare"), before, after });
    QCOMPARE(run.exitCode, 0); // nothing got worse
    QVERIFY2(run.out.contains("tcp.gateway"), run.out.constData());
    run = runCli({ QStringLiteral("compare"), before, after, QStringLiteral("--json"), QStringLiteral("-") });
    QCOMPARE(run.json().value(QStringLiteral("schema")).toString(), QStringLiteral("miconnect.comparison/1"));
    QCOMPARE(run.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("better"));
    // The other way round something got worse: exit 1, for scripts that gate on it.
    run = runCli({ QStringLiteral("compare"), after, before, QStringLiteral("--report"),
                   folder.filePath(QStringLiteral("worse.md")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QFileInfo(folder.filePath(QStringLiteral("worse.md"))).size() > 0);
    // A damaged report: exit 2 with a clear line.
    const QString damaged = folder.filePath(QStringLiteral("damaged.json"));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schema\": \"miconnect.report/1\"");
    file.close();
    run = runCli({ QStringLiteral("compare"), damaged, after });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("damaged.json"));
    QCOMPARE(runCli({ QStringLiteral("compare"), before }).exitCode, 2);
}

void tst_Cli::driversListsAndJudges()
{
    if (QStandardPaths::findExecutable(QStringLiteral("odbcinst")).isEmpty())
        QSKIP("odbcinst is not installed (scripts/test installs it)");
    QTemporaryDir directory;
    QFile ini(directory.filePath(QStringLiteral("odbcinst.ini")));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[ODBC Driver 18 for SQL Server]\nDescription=Microsoft ODBC Driver 18 for SQL Server\n"
              "Driver=/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1\nUsageCount=1\n\n"
              "[PostgreSQL Unicode]\nDriver=psqlodbcw.so\n\n"
              "[ODBC Driver 13 for SQL Server]\nDriver=/opt/microsoft/msodbcsql/lib64/libmsodbcsql-13.1.so.9.2\n");
    ini.close();
    qputenv("ODBCSYSINI", directory.path().toLocal8Bit());
    const CliRun run = runCli({ QStringLiteral("drivers"), QStringLiteral("--json"), QStringLiteral("-") });
    qunsetenv("ODBCSYSINI");
    QCOMPARE(run.exitCode, 1); // a driver too old to work at all
    const QJsonObject document = run.json();
    QCOMPARE(document.value(QStringLiteral("schema")).toString(), QStringLiteral("miconnect.drivers/1"));
    const QJsonArray drivers = document.value(QStringLiteral("drivers")).toArray();
    QCOMPARE(drivers.size(), 2); // PostgreSQL is no SQL Server driver
    QCOMPARE(drivers.at(0).toObject().value(QStringLiteral("version")).toString(), QStringLiteral("18.3.2.1"));
    QVERIFY(drivers.at(0).toObject().value(QStringLiteral("supports_strict")).toBool());
    QVERIFY(!drivers.at(1).toObject().value(QStringLiteral("meets_minimum")).toBool());
}

void tst_Cli::loginNeedsAPassword()
{
    // No terminal and nothing on standard input: refused before anything is probed.
    const CliRun run = runCli({ QStringLiteral("demo"), QStringLiteral("--login"), QStringLiteral("someone") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no password"), run.err.constData());
    QVERIFY(!run.err.contains("Resolve the host name"));
}

void tst_Cli::checklistAnswersBecomeFindings()
{
    const QString host = m_endpoints.value(QStringLiteral("host")).toString();
    CliRun run
        = runCli(QStringList { QStringLiteral("check"), host, QStringLiteral("--scenario"), QStringLiteral("hub-spoke"),
                               QStringLiteral("--checklist"), QStringLiteral("hub-allow-gateway-transit=no"),
                               QStringLiteral("--json"), QStringLiteral("-") }
                 + simulatorArguments());
    QCOMPARE(run.exitCode, 0); // a warning, not an error
    const QJsonObject report = run.json();
    QCOMPARE(firstFindingId(report), QStringLiteral("scenario.prerequisite-unmet"));
    QCOMPARE(report.value(QStringLiteral("input")).toObject().value(QStringLiteral("scenario")).toString(),
             QStringLiteral("hub-spoke"));
    run = runCli({ QStringLiteral("check"), host, QStringLiteral("--checklist"), QStringLiteral("no-such-item=no") });
    QCOMPARE(run.exitCode, 2);
    run = runCli({ QStringLiteral("check"), host, QStringLiteral("--checklist"),
                   QStringLiteral("hub-use-remote-gateways=maybe") });
    QCOMPARE(run.exitCode, 2);

    // The demo judges for a scenario too, as the wizard's demo does.
    run = runCli({ QStringLiteral("demo"), QStringLiteral("--scenario"), QStringLiteral("on-premises"),
                   QStringLiteral("--checklist"), QStringLiteral("vpn-connected=no"), QStringLiteral("--json"),
                   QStringLiteral("-") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(firstFindingId(run.json()), QStringLiteral("scenario.prerequisite-unmet"));
    QCOMPARE(run.json().value(QStringLiteral("input")).toObject().value(QStringLiteral("scenario")).toString(),
             QStringLiteral("on-premises"));
}

void tst_Cli::watchReportsEachRound()
{
#ifdef Q_OS_UNIX
    QProcess process;
    process.start(cliPath(),
                  QStringList { QStringLiteral("check"), m_endpoints.value(QStringLiteral("host")).toString(),
                                QStringLiteral("--watch"), QStringLiteral("1"), QStringLiteral("--no-redirect-range") }
                      + simulatorArguments());
    QVERIFY(process.waitForStarted());
    QByteArray out;
    // The first round in full, then a line per round.
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("round 3: no change"), 30000);
    QVERIFY(out.contains("Verdict: ok"));
    QVERIFY(out.contains("round 2: no change"));
    QCOMPARE(out.count("Verdict:"), 1);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0); // the last complete round found nothing wrong
#else
    QSKIP("signals are a Unix notion");
#endif
}

void tst_Cli::scenarioDetails()
{
    CliRun run = runCli({ QStringLiteral("scenarios"), QStringLiteral("app-service") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("App Service regional VNet integration"));
    QVERIFY(run.out.contains("as-route-all"));
    QVERIFY(run.out.contains("--checklist"));
    QVERIFY(run.out.contains("https://learn.microsoft.com/"));
    run = runCli({ QStringLiteral("scenarios"), QStringLiteral("public-endpoint"), QStringLiteral("--json"),
                   QStringLiteral("-") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject scenario = run.json().value(QStringLiteral("scenarios")).toArray().first().toObject();
    const QJsonObject path = scenario.value(QStringLiteral("paths")).toArray().first().toObject();
    QCOMPARE(path.value(QStringLiteral("ports")).toArray().first().toObject().value(QStringLiteral("ports")).toString(),
             QStringLiteral("3342"));
    QVERIFY(!scenario.value(QStringLiteral("checklist")).toArray().isEmpty());
    run = runCli({ QStringLiteral("scenarios"), QStringLiteral("mars") });
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"

#include "support/clirunner.h"
#include "support/fakednsserver.h"
#include "support/loopback.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

#include <memory>

// A SQL Server driver nobody here wrote — tedious, the Node.js driver behind the `mssql` package —
// logs in to the simulator, and must do what our own `miconnect-cli check` says a client does there:
// follow the gateway's redirect to the node it names (healthy, redirect), or be answered by the
// gateway itself (proxy), or stop at a node name that does not resolve (redirect-unresolvable).
//
// tests/independent/tedious/tedious-login.js drives tedious and answers its name lookups from the
// simulator's list only; the check is given a DNS server of its own on loopback. No name reaches this
// machine's resolver and no packet leaves 127.0.0.0/8. The test skips only when Node.js is absent;
// with Node.js but without the pinned tedious (scripts/test runs `npm ci`) it fails.
class tst_Tedious : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void tediousAgreesWithCheck_data();
    void tediousAgreesWithCheck();

private:
    struct Run {
        bool finished = false;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs a program while this thread's event loop keeps serving the DNS server the check asks.
    static Run runServing(const QString &program, const QStringList &arguments, const QByteArray &input, int timeoutMs);

    QString m_node;
    QString m_driverDir;
    std::unique_ptr<QProcess> m_simulator; // one per row; cleanup() stops it however the row ended
};

namespace {

constexpr int simulatorStartMs = 20000;
constexpr int driverTimeoutMs = 60000; // tedious's own connectTimeout is 10 s per hop
constexpr int checkTimeoutMs = 120000;

QJsonObject firstLine(const QByteArray &output)
{
    return QJsonDocument::fromJson(output.left(output.indexOf('\n'))).object();
}

QJsonObject checkById(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &check : report.value(QStringLiteral("checks")).toArray()) {
        if (check.toObject().value(QStringLiteral("id")).toString() == id)
            return check.toObject();
    }
    return {};
}

QStringList namesLookedUp(const QJsonObject &driver)
{
    QStringList names;
    for (const QJsonValue &lookup : driver.value(QStringLiteral("lookups")).toArray())
        names.append(lookup.toObject().value(QStringLiteral("name")).toString());
    return names;
}

QString addressFor(const QJsonObject &simulator, const QString &name)
{
    for (const QJsonValue &entry : simulator.value(QStringLiteral("resolve")).toArray()) {
        const QString text = entry.toString();
        if (text.section(QLatin1Char('='), 0, 0).compare(name, Qt::CaseInsensitive) == 0)
            return text.section(QLatin1Char('='), 1);
    }
    return {};
}

} // namespace

tst_Tedious::Run tst_Tedious::runServing(const QString &program, const QStringList &arguments, const QByteArray &input,
                                         int timeoutMs)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    process.write(input);
    process.closeWriteChannel();
    run.finished = finished.wait(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_Tedious::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), "MICONNECT_CLI must point at the built miconnect-cli");
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (m_node.isEmpty())
        m_node = QStandardPaths::findExecutable(QStringLiteral("nodejs")); // Debian's older name
    if (m_node.isEmpty())
        QSKIP("Node.js is not installed (Debian: apt-get install nodejs npm)");

    QProcess version;
    version.start(m_node, { QStringLiteral("--version") });
    QVERIFY2(version.waitForFinished(30000), qPrintable(m_node + QStringLiteral(" --version did not finish")));
    const QString versionText = QString::fromLatin1(version.readAllStandardOutput()).trimmed();
    // tedious 19 needs AbortSignal.any, which Node.js has since 18.17.
    QVERIFY2(QVersionNumber::fromString(versionText.mid(1)) >= QVersionNumber(18, 17),
             qPrintable(QStringLiteral("%1 is Node.js %2; tedious needs 18.17 or later").arg(m_node, versionText)));

    m_driverDir = qEnvironmentVariable("MICONNECT_SOURCE_DIR") + QStringLiteral("/tests/independent/tedious");
    QFile pinned(m_driverDir + QStringLiteral("/package.json"));
    QVERIFY2(pinned.open(QIODevice::ReadOnly),
             qPrintable(pinned.fileName() + QStringLiteral(": ") + pinned.errorString()));
    const QString wanted = QJsonDocument::fromJson(pinned.readAll())
                               .object()
                               .value(QStringLiteral("dependencies"))
                               .toObject()
                               .value(QStringLiteral("tedious"))
                               .toString();
    QFile installed(m_driverDir + QStringLiteral("/node_modules/tedious/package.json"));
    const QString fix = QStringLiteral("run `npm ci --no-audit --no-fund` in %1 (scripts/test does)").arg(m_driverDir);
    QVERIFY2(installed.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("Node.js is installed but tedious is not: %1").arg(fix)));
    const QString found
        = QJsonDocument::fromJson(installed.readAll()).object().value(QStringLiteral("version")).toString();
    QVERIFY2(found == wanted,
             qPrintable(QStringLiteral("tedious %1 is installed, package.json pins %2: %3").arg(found, wanted, fix)));
}

void tst_Tedious::cleanup()
{
    if (m_simulator && m_simulator->state() != QProcess::NotRunning) {
        m_simulator->terminate(); // SIGTERM: the simulator stops cleanly
        if (!m_simulator->waitForFinished(10000)) {
            m_simulator->kill();
            m_simulator->waitForFinished();
        }
    }
    m_simulator.reset();
}

void tst_Tedious::tediousAgreesWithCheck_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("connectionType");
    QTest::addColumn<QString>("routedNode"); // the name the gateway sends the login to; empty for proxy
    QTest::addColumn<int>("routedPort");
    QTest::addColumn<bool>("nodeResolves");

    const QString zone = QStringLiteral(".51a7ed0c0de5.database.windows.net");
    QTest::newRow("healthy") << "healthy"
                             << "redirect"
                             << "sim-node-1" + zone << 1433 << true;
    QTest::newRow("redirect") << "redirect"
                              << "redirect"
                              << "sim-node-1" + zone << 11000 << true;
    QTest::newRow("proxy") << "proxy"
                           << "proxy" << QString() << 0 << true;
    QTest::newRow("redirect-unresolvable") << "redirect-unresolvable"
                                           << "redirect"
                                           << "sim-node-gone" + zone << 1433 << false;
}

void tst_Tedious::tediousAgreesWithCheck()
{
    QFETCH(QString, profile);
    QFETCH(QString, connectionType);
    QFETCH(QString, routedNode);
    QFETCH(int, routedPort);
    QFETCH(bool, nodeResolves);

    m_simulator = std::make_unique<QProcess>();
    m_simulator->start(cliPath(),
                       { QStringLiteral("simulate"), QStringLiteral("--profile"), profile, QStringLiteral("--json"),
                         QStringLiteral("-") });
    QVERIFY(m_simulator->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_simulator->canReadLine() || m_simulator->state() == QProcess::NotRunning,
                             simulatorStartMs);
    const QByteArray simulatorLine = m_simulator->readLine();
    const QJsonObject simulator = QJsonDocument::fromJson(simulatorLine).object();
    QVERIFY2(!simulator.isEmpty(), m_simulator->readAllStandardError().constData());
    QCOMPARE(simulator.value(QStringLiteral("connection_type")).toString(), connectionType);
    const QString host = simulator.value(QStringLiteral("host")).toString();
    const QString gateway = simulator.value(QStringLiteral("gateway")).toString();

    // --- tedious ---
    const Run driverRun
        = runServing(m_node, { m_driverDir + QStringLiteral("/tedious-login.js") }, simulatorLine, driverTimeoutMs);
    const QByteArray driverOutput = "tedious-login.js printed: " + driverRun.out + driverRun.err;
    QVERIFY2(driverRun.finished, driverOutput.constData());
    QVERIFY2(driverRun.exitCode == 0, driverOutput.constData());
    const QJsonObject driver = firstLine(driverRun.out);
    QVERIFY2(driver.value(QStringLiteral("refused")).toArray().isEmpty(), driverOutput.constData());
    const QJsonArray connects = driver.value(QStringLiteral("connects")).toArray();
    const QJsonArray serverMessages = driver.value(QStringLiteral("server_messages")).toArray();
    const QJsonObject driverError = driver.value(QStringLiteral("error")).toObject();
    QVERIFY2(!connects.isEmpty(), driverOutput.constData());
    QCOMPARE(QStringLiteral("%1:%2")
                 .arg(connects.first()[QStringLiteral("host")].toString())
                 .arg(connects.first()[QStringLiteral("port")].toInt()),
             gateway);

    // The check asks this server for anything --resolve does not answer, so nothing reaches the system
    // resolver. Binding port 53 needs root; without it the address stays silent, which is as safe.
    FakeDnsServer dns;
    const QHostAddress dnsAddress = uniqueLoopbackAddress();
    QString dnsError;
    const bool dnsServing = dns.listen(dnsAddress, &dnsError);

    // --- our check ---
    QTemporaryDir scratch;
    QFile ca(scratch.filePath(QStringLiteral("sim-ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(simulator.value(QStringLiteral("ca_pem")).toString().toLatin1());
    ca.close();
    QStringList arguments { QStringLiteral("check"),
                            host,
                            QStringLiteral("--ca-file"),
                            ca.fileName(),
                            QStringLiteral("--json"),
                            QStringLiteral("-"),
                            QStringLiteral("--no-redirect-range"),
                            QStringLiteral("--timeout"),
                            QStringLiteral("2000"),
                            QStringLiteral("--dns-server"),
                            dnsAddress.toString(),
                            QStringLiteral("--quiet") };
    for (const QJsonValue &entry : simulator.value(QStringLiteral("resolve")).toArray())
        arguments << QStringLiteral("--resolve") << entry.toString();
    const Run checkRun = runServing(cliPath(), arguments, {}, checkTimeoutMs);
    QVERIFY2(checkRun.finished, checkRun.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(checkRun.out).object();
    QVERIFY2(!report.isEmpty(), (checkRun.out + checkRun.err).constData());
    const QJsonObject login = checkById(report, QStringLiteral("tds.login")).value(QStringLiteral("data")).toObject();
    const QByteArray loginText = "our tds.login: " + QJsonDocument(login).toJson(QJsonDocument::Compact);
    QCOMPARE(login.value(QStringLiteral("connection_type")).toString(), connectionType);

    if (routedNode.isEmpty()) {
        // Proxy: the gateway answers the login itself. tedious asks for the host only, connects once and
        // hears the engine's 18456 — the same error our check reports from the gateway.
        QCOMPARE(namesLookedUp(driver), QStringList { host });
        QVERIFY2(!driver.value(QStringLiteral("rerouted")).toBool(), driverOutput.constData());
        QCOMPARE(connects.size(), 1);
        QVERIFY2(!serverMessages.isEmpty(), driverOutput.constData());
        QCOMPARE(serverMessages.last()[QStringLiteral("number")].toInt(), 18456);
        QCOMPARE(driverError.value(QStringLiteral("code")).toString(), QStringLiteral("ELOGIN"));
        QVERIFY2(!login.contains(QStringLiteral("routing")), loginText.constData());
        QCOMPARE(login[QStringLiteral("gateway")][QStringLiteral("errors")][0][QStringLiteral("number")].toInt(),
                 serverMessages.last()[QStringLiteral("number")].toInt());
        QCOMPARE(dns.queries(), 0);
        return;
    }

    // Redirect: tedious must have read the routing token and asked for the node it names, after the host.
    // It acts on a routing ENVCHANGE only in a login response that also holds a LOGINACK (MS-TDS 2.2.7.9:
    // the routing token MUST follow the LOGINACK); without one it reports "Login failed." and stops.
    QVERIFY2(driver.value(QStringLiteral("rerouted")).toBool(),
             ("tedious did not follow the redirect our check reports. " + driverOutput + loginText).constData());
    QCOMPARE(namesLookedUp(driver), (QStringList { host, routedNode }));
    const QJsonObject routing = login.value(QStringLiteral("routing")).toObject();
    QVERIFY2(!routing.isEmpty(), loginText.constData());
    QCOMPARE(routing.value(QStringLiteral("server")).toString(), namesLookedUp(driver).last());

    if (!nodeResolves) {
        // The name is in no list: tedious's lookup fails with ENOTFOUND and the login stops there.
        QCOMPARE(connects.size(), 1);
        QCOMPARE(driverError.value(QStringLiteral("code")).toString(), QStringLiteral("ESOCKET"));
        const QJsonArray causes = driverError.value(QStringLiteral("causes")).toArray();
        QVERIFY2(!causes.isEmpty() && causes.first()[QStringLiteral("code")].toString() == QLatin1String("ENOTFOUND"),
                 driverOutput.constData());
        QCOMPARE(routing.value(QStringLiteral("port")).toInt(), routedPort);
        // tedious names where it was sent in its error: "Failed to connect to NODE:PORT (redirected from …)".
        const QString sentTo
            = QStringLiteral("%1:%2 ").arg(routedNode).arg(routing.value(QStringLiteral("port")).toInt());
        QVERIFY2(driverError.value(QStringLiteral("message")).toString().contains(sentTo), driverOutput.constData());
        QCOMPARE(report.value(QStringLiteral("findings")).toArray().first()[QStringLiteral("id")].toString(),
                 QStringLiteral("login.redirect-target-unresolved"));
        if (dnsServing) {
            QCOMPARE(login[QStringLiteral("routed_dns")][QStringLiteral("outcome")].toString(),
                     QStringLiteral("not-found"));
            QVERIFY(dns.queries() > 0); // the check asked our loopback server, and only it
        }
        return;
    }

    // The node resolves: tedious connects to it on the port the token gave, and its engine refuses the
    // made-up login with 18456, as our check's second login reports.
    QCOMPARE(connects.size(), 2);
    const QJsonObject nodeConnect = connects.at(1).toObject();
    QCOMPARE(nodeConnect.value(QStringLiteral("host")).toString(), addressFor(simulator, routedNode));
    QCOMPARE(nodeConnect.value(QStringLiteral("port")).toInt(), routedPort);
    QCOMPARE(routing.value(QStringLiteral("port")).toInt(), nodeConnect.value(QStringLiteral("port")).toInt());
    QCOMPARE(login[QStringLiteral("node")][QStringLiteral("address")].toString(),
             nodeConnect.value(QStringLiteral("host")).toString());
    QVERIFY2(!serverMessages.isEmpty(), driverOutput.constData());
    QCOMPARE(serverMessages.last()[QStringLiteral("number")].toInt(), 18456);
    QCOMPARE(driverError.value(QStringLiteral("code")).toString(), QStringLiteral("ELOGIN"));
    QCOMPARE(login[QStringLiteral("node")][QStringLiteral("errors")][0][QStringLiteral("number")].toInt(),
             serverMessages.last()[QStringLiteral("number")].toInt());
    QCOMPARE(dns.queries(), 0);
}

QTEST_GUILESS_MAIN(tst_Tedious)
#include "tst_tedious.moc"

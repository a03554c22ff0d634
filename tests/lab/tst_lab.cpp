#include "support/clirunner.h"
#include "support/netns.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#endif

// An emulated VNet: this process enters its own network and mount namespaces (at start-up, before any
// thread), where
//   - 10.20.0.0/26 is local on the loopback (`ip route add local`), so the simulator can stand on the
//     "MI subnet" 10.20.0.0/27 (gateway .4, nodes .9 and .20) — and nothing can leave: the only other
//     interface is a veth pair whose both ends are inside (glibc wants one non-loopback address);
//   - a real dnsmasq answers *.database.windows.net on 127.0.0.1, through /etc/resolv.conf and
//     /etc/hosts bind-mounted privately for this process and its children;
//   - iptables rules stand in for NSGs and firewalls.
// Every child gets SIGKILL when this process dies, and the namespaces die with the process, so the lab
// is torn down however a test ends. Needs root; skips cleanly without it.
class tst_Lab : public QObject {
    Q_OBJECT

public:
    static QString s_skipReason;

private slots:
    void initTestCase();
    void faults_data();
    void faults();
    void cleanupTestCase();

private:
    bool run(const QString &program, const QStringList &arguments);
    bool startDns(const QStringList &records);
    bool startSimulator(const QString &profile);
    bool setFirewall(const QStringList &rules);
    void setHosts(const QString &extraLine);
    void stop(QProcess &process);

    QTemporaryDir m_files;
    QProcess m_dns;
    QProcess m_simulator;
    QString m_simulatorProfile;
    QString m_caFile;
    QString m_why;
};

QString tst_Lab::s_skipReason;

namespace {

const QString host = QStringLiteral("sim-mi.51a7ed0c0de5.database.windows.net");
const QString privateLinkHost = QStringLiteral("sim-mi.privatelink.51a7ed0c0de5.database.windows.net");
const QString subnet = QStringLiteral("10.20.0.0/27");

void dieWithParent()
{
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
}

QString tool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
    return path;
}

bool enterLab(QString *why)
{
#ifdef Q_OS_LINUX
    if (!TestNetns::isRoot()) {
        *why = QStringLiteral("the lab needs root (network namespace, iptables, dnsmasq on port 53)");
        return false;
    }
    for (const char *name : { "ip", "iptables", "dnsmasq", "timeout" }) {
        if (tool(QString::fromLatin1(name)).isEmpty()) {
            *why = QStringLiteral("%1 is not installed").arg(QString::fromLatin1(name));
            return false;
        }
    }
    if (::unshare(CLONE_NEWNET | CLONE_NEWNS) != 0) {
        *why = QStringLiteral("unshare: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // Mounts made from here on stay in this process's namespace.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        *why = QStringLiteral("mount --make-rprivate /: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
#else
    *why = QStringLiteral("the lab needs Linux");
    return false;
#endif
}

} // namespace

bool tst_Lab::run(const QString &program, const QStringList &arguments)
{
    return TestNetns::run(tool(program), arguments, &m_why);
}

void tst_Lab::initTestCase()
{
    if (!s_skipReason.isEmpty())
        QSKIP(qPrintable(s_skipReason));
    QVERIFY(m_files.isValid());
#ifdef Q_OS_LINUX
    // The resolver files this process and its children see.
    const QString resolv = m_files.filePath(QStringLiteral("resolv.conf"));
    const QString hosts = m_files.filePath(QStringLiteral("hosts"));
    QFile resolvFile(resolv);
    QVERIFY(resolvFile.open(QIODevice::WriteOnly));
    resolvFile.write("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n");
    resolvFile.close();
    setHosts(QString());
    QVERIFY2(::mount(qPrintable(resolv), "/etc/resolv.conf", nullptr, MS_BIND, nullptr) == 0, std::strerror(errno));
    QVERIFY2(::mount(qPrintable(hosts), "/etc/hosts", nullptr, MS_BIND, nullptr) == 0, std::strerror(errno));
#endif
    QVERIFY2(run(QStringLiteral("ip"), { "link", "set", "lo", "up" }), qPrintable(m_why));
    QVERIFY2(run(QStringLiteral("ip"), { "link", "add", "lab0", "type", "veth", "peer", "name", "lab1" }),
             qPrintable(m_why));
    QVERIFY2(run(QStringLiteral("ip"), { "addr", "add", "10.10.0.2/24", "dev", "lab0" }), qPrintable(m_why));
    QVERIFY2(run(QStringLiteral("ip"), { "link", "set", "lab0", "up" }), qPrintable(m_why));
    QVERIFY2(run(QStringLiteral("ip"), { "link", "set", "lab1", "up" }), qPrintable(m_why));
    QVERIFY2(run(QStringLiteral("ip"), { "route", "add", "local", "10.20.0.0/26", "dev", "lo" }), qPrintable(m_why));
    if (!run(QStringLiteral("iptables"), { "-L", "INPUT", "-n" }))
        QSKIP(qPrintable(QStringLiteral("iptables does not work here: ") + m_why));
}

void tst_Lab::cleanupTestCase()
{
    stop(m_simulator);
    stop(m_dns);
}

void tst_Lab::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
}

void tst_Lab::setHosts(const QString &extraLine)
{
    // Rewritten in place: the bind mount follows the file, not the name.
    QFile file(m_files.filePath(QStringLiteral("hosts")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("127.0.0.1 localhost\n::1 localhost\n");
    if (!extraLine.isEmpty())
        file.write(extraLine.toUtf8() + '\n');
}

bool tst_Lab::startDns(const QStringList &records)
{
    stop(m_dns);
    // dnsmasq changes its credentials at start-up, which clears any parent-death signal; so it runs under
    // timeout(1), which keeps that signal (SIGTERM here), passes it on to dnsmasq, and ends it after 15
    // minutes whatever happens.
    QStringList arguments { QStringLiteral("--signal=TERM"),
                            QStringLiteral("900"),
                            tool(QStringLiteral("dnsmasq")),
                            QStringLiteral("--keep-in-foreground"),
                            QStringLiteral("--user=root"),
                            QStringLiteral("--log-facility=-"),
                            QStringLiteral("--no-resolv"),
                            QStringLiteral("--no-hosts"),
                            QStringLiteral("--listen-address=127.0.0.1"),
                            QStringLiteral("--bind-interfaces"),
                            QStringLiteral("--cache-size=0"),
                            QStringLiteral("--local=/database.windows.net/") };
    arguments += records;
    m_dns.setChildProcessModifier([] {
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    });
    m_dns.setProcessChannelMode(QProcess::MergedChannels);
    m_dns.start(tool(QStringLiteral("timeout")), arguments);
    // dnsmasq logs "started" once its sockets are bound.
    QByteArray log;
    QElapsedTimer clock;
    clock.start();
    while (!log.contains("started") && m_dns.state() != QProcess::NotRunning && clock.elapsed() < 10000) {
        m_dns.waitForReadyRead(500);
        log += m_dns.readAll();
    }
    m_why = QString::fromLocal8Bit(log);
    return log.contains("started");
}

bool tst_Lab::startSimulator(const QString &profile)
{
    if (profile == m_simulatorProfile && m_simulator.state() == QProcess::Running)
        return true;
    stop(m_simulator);
    m_simulator.setChildProcessModifier(dieWithParent);
    m_simulator.start(cliPath(),
                      { QStringLiteral("simulate"), QStringLiteral("--profile"), profile, QStringLiteral("--subnet"),
                        subnet, QStringLiteral("--json"), QStringLiteral("-") });
    if (!m_simulator.waitForStarted()) {
        m_why = m_simulator.errorString();
        return false;
    }
    // The endpoints come as one JSON line, which may arrive in more than one read.
    while (!m_simulator.canReadLine() && m_simulator.state() == QProcess::Running
           && m_simulator.waitForReadyRead(20000)) { }
    const QByteArray line = m_simulator.readLine();
    const QJsonObject endpoints = QJsonDocument::fromJson(line).object();
    if (endpoints.value(QStringLiteral("gateway")).toString() != QLatin1String("10.20.0.4:1433")) {
        m_why = QStringLiteral("simulate --profile %1: %2 %3")
                    .arg(profile, QString::fromLocal8Bit(m_simulator.readAllStandardError()),
                         QString::fromLocal8Bit(line.left(200)));
        return false;
    }
    m_caFile = m_files.filePath(QStringLiteral("sim-ca.pem"));
    QFile ca(m_caFile);
    if (!ca.open(QIODevice::WriteOnly))
        return false;
    ca.write(endpoints.value(QStringLiteral("ca_pem")).toString().toLatin1());
    m_simulatorProfile = profile;
    return true;
}

bool tst_Lab::setFirewall(const QStringList &rules)
{
    if (!run(QStringLiteral("iptables"), { QStringLiteral("-F"), QStringLiteral("INPUT") }))
        return false;
    for (const QString &rule : rules) {
        if (!run(QStringLiteral("iptables"),
                 QStringList { QStringLiteral("-A"), QStringLiteral("INPUT") } + rule.split(QLatin1Char(' '))))
            return false;
    }
    return true;
}

void tst_Lab::faults_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("dns"); // dnsmasq records
    QTest::addColumn<QString>("hosts"); // an extra /etc/hosts line
    QTest::addColumn<QStringList>("firewall"); // iptables INPUT rules
    QTest::addColumn<QString>("profile"); // simulator profile
    QTest::addColumn<QString>("expected"); // the first finding

    const QStringList gatewayOnly { QStringLiteral("--host-record=%1,10.20.0.4").arg(host) };
    // The names redirect hands out for the nodes, as Azure DNS answers them inside the VNet.
    const QStringList record = gatewayOnly
        + QStringList { QStringLiteral("--host-record=sim-node-1.51a7ed0c0de5.database.windows.net,10.20.0.9"),
                        QStringLiteral("--host-record=sim-node-2.51a7ed0c0de5.database.windows.net,10.20.0.20") };
    const QString vnet = QStringLiteral("same-vnet");
    const QString healthy = QStringLiteral("healthy");
    QTest::newRow("healthy") << host << vnet << record << "" << QStringList {} << healthy << "ok.all-checks-passed";
    QTest::newRow("name does not exist") << host << vnet << QStringList {} << "" << QStringList {} << healthy
                                         << "dns.not-found";
    QTest::newRow("privatelink CNAME without a record")
        << host << "private-endpoint" << QStringList { QStringLiteral("--cname=%1,%2").arg(host, privateLinkHost) }
        << "" << QStringList {} << healthy << "dns.privatelink-without-address";
    QTest::newRow("public answer inside the VNet")
        << host << vnet << QStringList { QStringLiteral("--host-record=%1,20.50.0.4").arg(host) } << ""
        << QStringList {} << healthy << "dns.public-address-inside-vnet";
    QTest::newRow("hosts file points elsewhere")
        << host << vnet << record << "10.20.0.30 " + host << QStringList {} << healthy << "dns.hosts-override";
    QTest::newRow("no route to the subnet (VPN down)")
        << host << vnet << QStringList { QStringLiteral("--host-record=%1,10.30.0.4").arg(host) } << ""
        << QStringList {} << healthy << "tcp.gateway-unreachable";
    QTest::newRow("NSG drops 1433") << host << vnet << record << ""
                                    << QStringList { "-p tcp -d 10.20.0.0/27 --dport 1433 -j DROP" } << healthy
                                    << "tcp.gateway-filtered";
    QTest::newRow("firewall resets 1433")
        << host << vnet << record << ""
        << QStringList { "-p tcp -d 10.20.0.4 --dport 1433 -j REJECT --reject-with tcp-reset" } << healthy
        << "tcp.gateway-refused";
    QTest::newRow("router answers host unreachable")
        << host << vnet << record << ""
        << QStringList { "-p tcp -d 10.20.0.4 --dport 1433 -j REJECT --reject-with icmp-host-unreachable" } << healthy
        << "tcp.gateway-unreachable";
    QTest::newRow("only the gateway is allowed")
        << host << vnet << record << ""
        << QStringList { "-p tcp -d 10.20.0.4 --dport 1433 -j ACCEPT", "-p tcp -d 10.20.0.0/27 --dport 1433 -j DROP",
                         "-p tcp -d 10.20.0.0/27 --dport 11000:11999 -j DROP" }
        << healthy << "login.redirect-node-unreachable";
    QTest::newRow("legacy redirect range dropped")
        << host << vnet << record << "" << QStringList { "-p tcp -d 10.20.0.0/27 --dport 11000:11999 -j DROP" }
        << healthy << "redirect.range-filtered";
    QTest::newRow("half the redirect range allowed")
        << host << vnet << record << "" << QStringList { "-p tcp -d 10.20.0.0/27 --dport 11500:11999 -j DROP" }
        << healthy << "redirect.range-partially-filtered";
    QTest::newRow("custom DNS knows the instance but not its nodes")
        << host << vnet << gatewayOnly << "" << QStringList {} << healthy << "login.redirect-target-unresolved";
    QTest::newRow("redirect to a node port the firewall drops")
        << host << vnet << record << "" << QStringList { "-p tcp -d 10.20.0.9 --dport 11000 -j DROP" } << "redirect"
        << "login.redirect-node-unreachable";
    QTest::newRow("proxy instance, only the gateway allowed")
        << host << vnet << record << ""
        << QStringList { "-p tcp -d 10.20.0.4 --dport 1433 -j ACCEPT", "-p tcp -d 10.20.0.0/27 --dport 1433 -j DROP",
                         "-p tcp -d 10.20.0.0/27 --dport 11000:11999 -j DROP" }
        << "proxy"
        << "redirect.subnet-1433-filtered";
    QTest::newRow("a web server on 1433") << host << vnet << record << "" << QStringList {} << "http-banner"
                                          << "tds.not-sql-server";
    QTest::newRow("an appliance that never answers")
        << host << vnet << record << "" << QStringList {} << "never-answers"
        << "tds.no-response";
    QTest::newRow("TLS inspection re-signs") << host << vnet << record << "" << QStringList {} << "tls-untrusted"
                                             << "tls.certificate-untrusted";
    QTest::newRow("connected by IP address")
        << "10.20.0.4" << vnet << record << "" << QStringList {} << healthy << "input.ip-literal";
    QTest::newRow("public endpoint name inside the VNet")
        << "Server=tcp:sim-mi.public.51a7ed0c0de5.database.windows.net,1433" << vnet
        << QStringList { QStringLiteral("--host-record=sim-mi.public.51a7ed0c0de5.database.windows.net,10.20.0.40") }
        << "" << QStringList {} << healthy << "input.public-port-mismatch";
}

void tst_Lab::faults()
{
    QFETCH(QString, target);
    QFETCH(QString, scenario);
    QFETCH(QStringList, dns);
    QFETCH(QString, hosts);
    QFETCH(QStringList, firewall);
    QFETCH(QString, profile);
    QFETCH(QString, expected);

    // The simulator first: its filtered ports fill their accept queues with connections of its own,
    // which the firewall rules of a case must not drop.
    QVERIFY2(setFirewall({}), qPrintable(m_why));
    QVERIFY2(startSimulator(profile), qPrintable(m_why));
    QVERIFY2(setFirewall(firewall), qPrintable(m_why));
    setHosts(hosts);
    QVERIFY2(startDns(dns), qPrintable(m_why));

    const CliRun run
        = runCli({ QStringLiteral("check"), target, QStringLiteral("--scenario"), scenario, QStringLiteral("--subnet"),
                   subnet, QStringLiteral("--ca-file"), m_caFile, QStringLiteral("--timeout"), QStringLiteral("500"),
                   QStringLiteral("--samples"), QStringLiteral("3"), QStringLiteral("--json"), QStringLiteral("-") });
    QVERIFY2(!run.crashed, run.err.constData());
    const QJsonObject report = run.json();
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    QVERIFY2(!findings.isEmpty(), run.err.constData());
    QStringList ids;
    for (const QJsonValue &finding : findings)
        ids.append(finding.toObject().value(QStringLiteral("id")).toString());
    QVERIFY2(ids.constFirst() == expected,
             qPrintable(
                 ids.join(QStringLiteral(", ")) + QStringLiteral(" | ")
                 + QString::fromUtf8(QJsonDocument(report.value(QStringLiteral("checks")).toArray().first().toObject())
                                         .toJson(QJsonDocument::Compact))));
    // A proxy instance does not send clients to the nodes: blocked nodes are a warning for the day it
    // is switched to Redirect, not the cause of a failure today.
    if (profile == QLatin1String("proxy"))
        QCOMPARE(findings.first().toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    // Exit code follows the worst finding.
    const bool errors = report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt() > 0;
    QCOMPARE(run.exitCode, errors ? 1 : 0);
}

int main(int argc, char *argv[])
{
    // Before any thread exists: namespaces belong to threads, and Qt starts threads lazily.
    QString why;
    if (!enterLab(&why))
        tst_Lab::s_skipReason = why;
    QCoreApplication app(argc, argv);
    tst_Lab test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lab.moc"

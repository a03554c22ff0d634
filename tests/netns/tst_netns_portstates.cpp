#include "probe/portrangescanner.h"
#include "probe/tcpconnectprobe.h"
#include "support/netns.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;

// Port states that loopback alone cannot produce — no route, ICMP unreachable, a firewall that
// resets or drops — made real with iptables inside a private network namespace that this process
// enters at start-up. Nothing here can reach any network outside that namespace.
class tst_NetnsPortStates : public QObject
{
    Q_OBJECT

public:
    static QString s_skipReason;

private slots:
    void initTestCase();
    void states_data();
    void states();
    void firewalledRangeScan();

private:
    PortProbeResult probe(const QHostAddress &address, quint16 port);
    QTcpServer m_server;
};

QString tst_NetnsPortStates::s_skipReason;

namespace {
// A private "VNet" address on the namespace's own loopback.
const QHostAddress vnetAddress(QStringLiteral("10.99.0.4"));
constexpr quint16 openPort = 1433;
constexpr quint16 dropPort = 1434;
constexpr quint16 resetPort = 1435;
constexpr quint16 icmpPort = 1436;
constexpr quint16 adminPort = 1437;
} // namespace

void tst_NetnsPortStates::initTestCase()
{
    if (!s_skipReason.isEmpty())
        QSKIP(qPrintable(s_skipReason));
    if (QStandardPaths::findExecutable(QStringLiteral("iptables")).isEmpty())
        QSKIP("iptables is not installed");
    QString why;
    QVERIFY2(TestNetns::run(QStringLiteral("ip"), {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.99.0.4/24"),
                                                   QStringLiteral("dev"), QStringLiteral("lo")}, &why),
             qPrintable(why));
    const auto rule = [&why](const QStringList &arguments) {
        return TestNetns::run(QStringLiteral("iptables"), QStringList{QStringLiteral("-A"), QStringLiteral("INPUT"),
                                                                      QStringLiteral("-p"), QStringLiteral("tcp"),
                                                                      QStringLiteral("-d"), QStringLiteral("10.99.0.4")}
                                                              + arguments,
                              &why);
    };
    if (!rule({QStringLiteral("--dport"), QString::number(dropPort), QStringLiteral("-j"), QStringLiteral("DROP")}))
        QSKIP(qPrintable(QStringLiteral("iptables does not work here: ") + why));
    QVERIFY2(rule({QStringLiteral("--dport"), QString::number(resetPort), QStringLiteral("-j"), QStringLiteral("REJECT"),
                   QStringLiteral("--reject-with"), QStringLiteral("tcp-reset")}), qPrintable(why));
    QVERIFY2(rule({QStringLiteral("--dport"), QString::number(icmpPort), QStringLiteral("-j"), QStringLiteral("REJECT"),
                   QStringLiteral("--reject-with"), QStringLiteral("icmp-host-unreachable")}), qPrintable(why));
    QVERIFY2(rule({QStringLiteral("--dport"), QString::number(adminPort), QStringLiteral("-j"), QStringLiteral("REJECT"),
                   QStringLiteral("--reject-with"), QStringLiteral("icmp-net-unreachable")}), qPrintable(why));
    QVERIFY2(rule({QStringLiteral("--dport"), QStringLiteral("12000:12999"), QStringLiteral("-j"), QStringLiteral("DROP")}),
             qPrintable(why));
    QVERIFY(m_server.listen(vnetAddress, openPort));
}

PortProbeResult tst_NetnsPortStates::probe(const QHostAddress &address, quint16 port)
{
    TcpConnectProbe probe;
    QSignalSpy finished(&probe, &TcpConnectProbe::finished);
    probe.start(address, port, 500ms);
    if (!finished.wait(10000))
        return {};
    return finished.first().at(0).value<PortProbeResult>();
}

void tst_NetnsPortStates::states_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("reason");
    QTest::newRow("listening") << "10.99.0.4" << int(openPort) << "open" << "conn-accept";
    QTest::newRow("nothing listens") << "10.99.0.4" << 1500 << "closed" << "conn-refused";
    QTest::newRow("NSG drops") << "10.99.0.4" << int(dropPort) << "filtered" << "no-response";
    QTest::newRow("firewall resets") << "10.99.0.4" << int(resetPort) << "closed" << "conn-refused";
    QTest::newRow("ICMP host unreachable") << "10.99.0.4" << int(icmpPort) << "filtered" << "host-unreach";
    QTest::newRow("ICMP net unreachable") << "10.99.0.4" << int(adminPort) << "filtered" << "net-unreach";
    // No route at all: the VPN that should carry this prefix is down.
    QTest::newRow("no route") << "10.200.0.4" << 1433 << "unreachable" << "no-route";
}

void tst_NetnsPortStates::states()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, state);
    QFETCH(QString, reason);
    const PortProbeResult result = probe(QHostAddress(address), quint16(port));
    QCOMPARE(portStateId(result.state), state);
    QCOMPARE(portReasonId(result.reason), reason);
}

void tst_NetnsPortStates::firewalledRangeScan()
{
    // 11990-12009 across a firewall that drops 12000-12999: ten closed, ten filtered, exactly.
    PortRangeScanner scanner;
    QSignalSpy finished(&scanner, &PortRangeScanner::finished);
    ScanRequest request;
    request.targets = {{QStringLiteral("node"), vnetAddress}};
    for (quint16 port = 11990; port < 12010; ++port)
        request.ports.append(port);
    request.timeout = 500ms;
    scanner.start(request);
    QVERIFY(finished.wait(20000));
    for (const PortProbeResult &result : scanner.result().probes)
        QCOMPARE(result.state, result.port >= 12000 ? PortState::Filtered : PortState::Closed);
}

int main(int argc, char *argv[])
{
    // Before any thread exists: the namespace is per thread, and Qt starts threads lazily.
    if (!TestNetns::enterPrivateNetwork(&tst_NetnsPortStates::s_skipReason) && tst_NetnsPortStates::s_skipReason.isEmpty())
        tst_NetnsPortStates::s_skipReason = QStringLiteral("no private network namespace");
    QCoreApplication app(argc, argv);
    qRegisterMetaType<PortProbeResult>();
    tst_NetnsPortStates test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_netns_portstates.moc"

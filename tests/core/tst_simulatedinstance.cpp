#include "probe/portrangescanner.h"
#include "sim/simulatedinstance.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// Each profile's sockets answer as the profile says: checked with the scanner, port by port.
class tst_SimulatedInstance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void profiles_data();
    void profiles();
    void unknownProfile();
    void occupiedSubnetFails();
    void describes();

private:
    ScanResult scan(const QList<QHostAddress> &addresses, const QList<quint16> &ports);
};

void tst_SimulatedInstance::initTestCase()
{
    QString why;
    if (!PortFixture::filteredEmulationAvailable(&why))
        QSKIP(qPrintable(why));
}

ScanResult tst_SimulatedInstance::scan(const QList<QHostAddress> &addresses, const QList<quint16> &ports)
{
    PortRangeScanner scanner;
    QSignalSpy finished(&scanner, &PortRangeScanner::finished);
    ScanRequest request;
    for (const QHostAddress &address : addresses)
        request.targets.append({ address.toString(), address });
    request.ports = ports;
    request.timeout = 300ms;
    scanner.start(request);
    if (!finished.wait(30000))
        return {};
    return scanner.result();
}

void tst_SimulatedInstance::profiles_data()
{
    QTest::addColumn<QString>("profile");
    for (const QString &name : simProfileNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_SimulatedInstance::profiles()
{
    QFETCH(QString, profile);
    SimulatedInstance sim;
    QString error;
    QVERIFY2(sim.start(profile, &error), qPrintable(error));
    const SimProfile &expected = sim.profile();

    // The gateway and the public endpoint.
    ScanResult result = scan({ sim.gatewayAddress() }, { SimulatedInstance::gatewayPort });
    QCOMPARE(portStateId(result.probes.at(0).state), portStateId(expected.gateway));
    result = scan({ sim.publicAddress() }, { SimulatedInstance::publicPort });
    QCOMPARE(portStateId(result.probes.at(0).state), portStateId(expected.gateway));

    // 1433 across the subnet: nodes as the profile says, every other usable address silent.
    const QList<QHostAddress> usable = azureUsableAddresses(sim.subnet());
    QCOMPARE(usable.size(), 27);
    result = scan(usable, { 1433 });
    for (qsizetype i = 0; i < usable.size(); ++i) {
        const QHostAddress &address = usable.at(i);
        PortState want = PortState::Filtered;
        if (address == sim.gatewayAddress())
            want = expected.gateway;
        else if (sim.nodeAddresses().contains(address))
            want = expected.nodePort;
        QCOMPARE(portStateId(result.probes.at(i).state), portStateId(want));
    }

    // The redirect range on each node.
    QList<quint16> range;
    for (uint port = SimulatedInstance::redirectFirst; port <= SimulatedInstance::redirectLast; ++port)
        range.append(quint16(port));
    result = scan(sim.nodeAddresses(), range);
    for (int node = 0; node < sim.nodeAddresses().size(); ++node) {
        const QList<quint16> open = sim.openRedirectPorts(node);
        for (qsizetype p = 0; p < range.size(); ++p) {
            const quint16 port = range.at(p);
            PortState want = open.contains(port) ? PortState::Open : PortState::Closed;
            if (expected.redirectRange == SimProfile::RedirectRange::Filtered
                || (expected.redirectRange == SimProfile::RedirectRange::HalfFiltered
                    && port >= SimulatedInstance::redirectSplit)) {
                want = PortState::Filtered;
            }
            if (result.at(node, p).state != want) {
                QFAIL(qPrintable(QStringLiteral("node %1 port %2: %3, expected %4")
                                     .arg(sim.nodeAddresses().at(node).toString())
                                     .arg(port)
                                     .arg(portStateId(result.at(node, p).state), portStateId(want))));
            }
        }
    }
}

void tst_SimulatedInstance::unknownProfile()
{
    SimulatedInstance sim;
    QString error;
    QVERIFY(!sim.start(QStringLiteral("on-fire"), &error));
    QVERIFY(error.contains(QStringLiteral("healthy")));
}

void tst_SimulatedInstance::occupiedSubnetFails()
{
    SimulatedInstance first;
    QString error;
    QVERIFY2(first.start(QStringLiteral("healthy"), &error), qPrintable(error));
    SimulatedInstance second;
    QVERIFY(!second.start(QStringLiteral("healthy"), &error, first.subnet()));
    QVERIFY(error.contains(QStringLiteral("bind")));
    // Addresses that are not this machine's cannot be taken: bind refuses them.
    QVERIFY(!second.start(QStringLiteral("healthy"), &error, *parseSubnet(QStringLiteral("192.0.2.0/27"), nullptr)));
    QVERIFY(error.contains(QStringLiteral("bind")));
    QVERIFY(!second.start(QStringLiteral("healthy"), &error, *parseSubnet(QStringLiteral("127.77.0.0/28"), nullptr)));
}

void tst_SimulatedInstance::describes()
{
    SimulatedInstance sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("redirect-partial"), &error), qPrintable(error));
    const QJsonObject json = sim.describeJson();
    QCOMPARE(json.value(QStringLiteral("profile")).toString(), QStringLiteral("redirect-partial"));
    QCOMPARE(json.value(QStringLiteral("subnet")).toString(), sim.subnet().toString());
    QCOMPARE(json.value(QStringLiteral("nodes")).toArray().size(), 2);
    QVERIFY(sim.describeText().contains(sim.gatewayAddress().toString()));
    QCOMPARE(sim.resolveOverrides().lookup(sim.hostName()), QList<QHostAddress> { sim.gatewayAddress() });
}

QTEST_GUILESS_MAIN(tst_SimulatedInstance)
#include "tst_simulatedinstance.moc"

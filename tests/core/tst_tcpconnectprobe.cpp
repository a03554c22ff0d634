#include "probe/tcpconnectprobe.h"
#include "sim/portfixture.h"
#include "support/loopback.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class tst_TcpConnectProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classifiesLoopbackPorts_data();
    void classifiesLoopbackPorts();
    void ipv6();
    void cancelStopsWithoutResult();
    void reusableAfterFinish();
};

void tst_TcpConnectProbe::initTestCase()
{
    qRegisterMetaType<PortProbeResult>();
    QString why;
    if (!PortFixture::filteredEmulationAvailable(&why))
        QSKIP(qPrintable(why));
}

void tst_TcpConnectProbe::classifiesLoopbackPorts_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("reason");
    for (const auto backend : {ConnectAttempt::Backend::Native, ConnectAttempt::Backend::QtSocket}) {
        const char *name = backend == ConnectAttempt::Backend::Native ? "native" : "qt";
        QTest::addRow("%s open", name) << int(backend) << int(PortState::Open) << "conn-accept";
        QTest::addRow("%s closed", name) << int(backend) << int(PortState::Closed) << "conn-refused";
        QTest::addRow("%s filtered", name) << int(backend) << int(PortState::Filtered) << "no-response";
    }
}

void tst_TcpConnectProbe::classifiesLoopbackPorts()
{
    QFETCH(int, backend);
    QFETCH(int, state);
    QFETCH(QString, reason);
    if (!ConnectAttempt::backendAvailable(ConnectAttempt::Backend(backend)))
        QSKIP("backend not available on this platform");

    PortFixture fixture;
    QString error;
    const QHostAddress address = uniqueLoopbackAddress();
    const quint16 port = fixture.add(PortState(state), address, 0, &error);
    QVERIFY2(port, qPrintable(error));

    TcpConnectProbe probe{ConnectAttempt::Backend(backend)};
    QSignalSpy finished(&probe, &TcpConnectProbe::finished);
    const auto timeout = 300ms;
    probe.start(address, port, timeout);
    QVERIFY(probe.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const auto result = finished.takeFirst().at(0).value<PortProbeResult>();
    QCOMPARE(portStateId(result.state), portStateId(PortState(state)));
    QCOMPARE(portReasonId(result.reason), reason);
    QCOMPARE(result.address, address);
    QCOMPARE(result.port, port);
    QVERIFY(result.rttMs > 0.0);
    if (PortState(state) == PortState::Filtered)
        QVERIFY2(result.rttMs >= 0.9 * double(timeout.count()), qPrintable(QString::number(result.rttMs)));
    QVERIFY(!probe.isRunning());
}

void tst_TcpConnectProbe::ipv6()
{
    PortFixture fixture;
    QString error;
    const quint16 open = fixture.add(PortState::Open, QHostAddress::LocalHostIPv6, 0, &error);
    if (!open)
        QSKIP(qPrintable(QStringLiteral("no IPv6 loopback here: ") + error));
    const quint16 closed = fixture.add(PortState::Closed, QHostAddress::LocalHostIPv6, 0, &error);
    QVERIFY2(closed, qPrintable(error));

    TcpConnectProbe probe;
    QSignalSpy finished(&probe, &TcpConnectProbe::finished);
    probe.start(QHostAddress::LocalHostIPv6, open, 2s);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.takeFirst().at(0).value<PortProbeResult>().state, PortState::Open);
    probe.start(QHostAddress::LocalHostIPv6, closed, 2s);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.takeFirst().at(0).value<PortProbeResult>().state, PortState::Closed);
}

void tst_TcpConnectProbe::cancelStopsWithoutResult()
{
    PortFixture fixture;
    QString error;
    const QHostAddress address = uniqueLoopbackAddress();
    const quint16 filtered = fixture.add(PortState::Filtered, address, 0, &error);
    const quint16 open = fixture.add(PortState::Open, address, 0, &error);
    QVERIFY2(filtered && open, qPrintable(error));

    TcpConnectProbe probe;
    QSignalSpy finished(&probe, &TcpConnectProbe::finished);
    probe.start(address, filtered, 60s);
    probe.cancel();
    QVERIFY(!probe.isRunning());
    // A later probe on the same object reports only its own result: nothing of the cancelled one.
    probe.start(address, open, 60s);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<PortProbeResult>().port, open);
}

void tst_TcpConnectProbe::reusableAfterFinish()
{
    PortFixture fixture;
    QString error;
    const QHostAddress address = uniqueLoopbackAddress();
    const quint16 open = fixture.add(PortState::Open, address, 0, &error);
    QVERIFY2(open, qPrintable(error));
    TcpConnectProbe probe;
    QSignalSpy finished(&probe, &TcpConnectProbe::finished);
    for (int i = 1; i <= 5; ++i) {
        probe.start(address, open, 5s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), i);
    }
    QTRY_COMPARE(fixture.acceptedConnections(), 5);
}

QTEST_GUILESS_MAIN(tst_TcpConnectProbe)
#include "tst_tcpconnectprobe.moc"

#include "probe/portstate.h"

#include <QTest>

class tst_PortState : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void idsRoundTrip();
    void answered();
};

void tst_PortState::classify_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("reason");
    using Kind = ConnectOutcome::Kind;
    // The table of docs/PROBING.md, row by row.
    QTest::newRow("success") << int(Kind::Connected) << "open" << "conn-accept";
    QTest::newRow("ECONNREFUSED") << int(Kind::Refused) << "closed" << "conn-refused";
    QTest::newRow("timeout") << int(Kind::TimedOut) << "filtered" << "no-response";
    QTest::newRow("ICMP host unreachable") << int(Kind::HostUnreachable) << "filtered" << "host-unreach";
    QTest::newRow("ICMP net unreachable") << int(Kind::NetworkUnreachable) << "filtered" << "net-unreach";
    QTest::newRow("EACCES/EPERM") << int(Kind::AccessDenied) << "filtered" << "admin-prohibited";
    QTest::newRow("no local route") << int(Kind::NoRoute) << "unreachable" << "no-route";
    QTest::newRow("EMFILE") << int(Kind::NoSocket) << "error" << "no-socket";
    QTest::newRow("other") << int(Kind::OtherError) << "error" << "local-error";
}

void tst_PortState::classify()
{
    QFETCH(int, kind);
    QFETCH(QString, state);
    QFETCH(QString, reason);
    ConnectOutcome outcome;
    outcome.kind = ConnectOutcome::Kind(kind);
    outcome.errorText = QStringLiteral("words");
    const PortProbeResult result = classifyConnectOutcome(QHostAddress::LocalHost, 1433, outcome, 1.5);
    QCOMPARE(portStateId(result.state), state);
    QCOMPARE(portReasonId(result.reason), reason);
    QCOMPARE(result.port, quint16(1433));
    QCOMPARE(result.rttMs, 1.5);
    // Running out of sockets is the only outcome that is retried; it is never a port state.
    QCOMPARE(result.needsRetry(), outcome.kind == ConnectOutcome::Kind::NoSocket);
}

void tst_PortState::idsRoundTrip()
{
    for (PortState state : {PortState::Open, PortState::Closed, PortState::Filtered, PortState::Unreachable, PortState::Error}) {
        bool ok = false;
        QCOMPARE(portStateFromId(portStateId(state), &ok), state);
        QVERIFY(ok);
    }
    bool ok = true;
    portStateFromId(QStringLiteral("ajar"), &ok);
    QVERIFY(!ok);
}

void tst_PortState::answered()
{
    QVERIFY(portAnswered(PortState::Open));
    QVERIFY(portAnswered(PortState::Closed));
    QVERIFY(!portAnswered(PortState::Filtered));
    QVERIFY(!portAnswered(PortState::Unreachable));
    QVERIFY(!portAnswered(PortState::Error));
}

QTEST_APPLESS_MAIN(tst_PortState)
#include "tst_portstate.moc"

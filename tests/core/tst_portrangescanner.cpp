#include "probe/fdlimit.h"
#include "probe/portrangescanner.h"
#include "sim/portfixture.h"
#include "support/loopback.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class tst_PortRangeScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thousandPortMix_data();
    void thousandPortMix();
    void manyHostsStayInOrder();
    void progressReachesTotal();
    void cancelReturnsPromptlyAndReleasesSockets();
    void emptyRequestFinishes();
    void smallConcurrencyStillCorrect();
    void socketBudget();
};

namespace {

// The mix every scan test uses: a tenth open, about a seventh filtered, the rest closed.
PortState expectedState(quint16 port)
{
    if (port % 10 == 0)
        return PortState::Open;
    if (port % 7 == 0)
        return PortState::Filtered;
    return PortState::Closed;
}

bool buildMix(PortFixture &fixture, const QHostAddress &address, quint16 first, quint16 last, QString *error)
{
    for (uint port = first; port <= last; ++port) {
        if (!fixture.add(expectedState(quint16(port)), address, quint16(port), error))
            return false;
    }
    return true;
}

} // namespace

void tst_PortRangeScanner::initTestCase()
{
    QString why;
    if (!PortFixture::filteredEmulationAvailable(&why))
        QSKIP(qPrintable(why));
    FdLimit::raiseSoftLimit();
}

void tst_PortRangeScanner::thousandPortMix_data()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("native") << int(ConnectAttempt::Backend::Native);
    QTest::newRow("qt") << int(ConnectAttempt::Backend::QtSocket);
}

void tst_PortRangeScanner::thousandPortMix()
{
    QFETCH(int, backend);
    if (!ConnectAttempt::backendAvailable(ConnectAttempt::Backend(backend)))
        QSKIP("backend not available on this platform");
    PortFixture fixture;
    QString error;
    const QHostAddress address = uniqueLoopbackAddress();
    QVERIFY2(buildMix(fixture, address, 11000, 11999, &error), qPrintable(error));

    PortRangeScanner scanner;
    QSignalSpy finished(&scanner, &PortRangeScanner::finished);
    ScanRequest request;
    request.targets = {{address.toString(), address}};
    for (uint port = 11000; port <= 11999; ++port)
        request.ports.append(quint16(port));
    request.timeout = 500ms;
    request.backend = ConnectAttempt::Backend(backend);
    scanner.start(request);
    QVERIFY(finished.wait(30000));

    const ScanResult &result = scanner.result();
    QVERIFY(!result.cancelled);
    QCOMPARE(result.probes.size(), 1000);
    int mismatches = 0;
    for (qsizetype p = 0; p < result.ports.size(); ++p) {
        const PortProbeResult &probe = result.at(0, p);
        QCOMPARE(probe.port, result.ports.at(p));
        if (probe.state != expectedState(probe.port)) {
            if (++mismatches <= 5)
                qWarning() << "port" << probe.port << portStateId(probe.state) << portReasonId(probe.reason) << probe.detail;
        }
    }
    QCOMPARE(mismatches, 0);
    QCOMPARE(result.count(PortState::Open), 100);
    QCOMPARE(result.count(PortState::Error), 0);
}

void tst_PortRangeScanner::manyHostsStayInOrder()
{
    PortFixture fixture;
    QString error;
    QList<ScanTarget> targets;
    for (int i = 0; i < 6; ++i) {
        const QHostAddress address = uniqueLoopbackAddress();
        QVERIFY2(buildMix(fixture, address, 20000, 20049, &error), qPrintable(error));
        targets.append({QStringLiteral("host%1").arg(i), address});
    }
    PortRangeScanner scanner;
    QSignalSpy finished(&scanner, &PortRangeScanner::finished);
    ScanRequest request;
    request.targets = targets;
    for (uint port = 20000; port <= 20049; ++port)
        request.ports.append(quint16(port));
    request.timeout = 300ms;
    request.concurrency = 64;
    scanner.start(request);
    QVERIFY(finished.wait(30000));
    const ScanResult &result = scanner.result();
    QCOMPARE(result.targets.size(), 6);
    for (qsizetype t = 0; t < targets.size(); ++t) {
        QCOMPARE(result.targets.at(t).name, targets.at(t).name);
        for (qsizetype p = 0; p < request.ports.size(); ++p) {
            const PortProbeResult &probe = result.at(t, p);
            QCOMPARE(probe.address, targets.at(t).address);
            QCOMPARE(probe.port, request.ports.at(p));
            QCOMPARE(portStateId(probe.state), portStateId(expectedState(probe.port)));
        }
    }
    QVERIFY(result.concurrencyUsed <= 64);
}

void tst_PortRangeScanner::progressReachesTotal()
{
    PortFixture fixture;
    QString error;
    const QHostAddress address = uniqueLoopbackAddress();
    QVERIFY2(buildMix(fixture, address, 30000, 30299, &error), qPrintable(error));
    PortRangeScanner scanner;
    QSignalSpy progress(&scanner, &PortRangeScanner::progress);
    QSignalSpy finished(&scanner, &PortRangeScanner::finished);
    ScanRequest request;
    request.targets = {{address.toString(), address}};
    for (uint port = 30000; port <= 30299; ++port)
        request.ports.append(quint16(port));
    request.timeout = 300ms;
    scanner.start(request);
    QVERIFY(finished.wait(30000));
    QVERIFY(!progress.isEmpty());
    int previous = 0;
    for (const QList<QVariant> &arguments : std::as_const(progress)) {
        QVERIFY(arguments.at(0).toInt() >= previous);
        QCOMPARE(arguments.at(1).toInt(), 300);
        previous = arguments.at(0).toInt();
    }
    QCOMPARE(previous, 300);
}

void tst_PortRangeScanner::cancelReturnsPromptlyAndReleasesSockets()
{
    PortFixture fixture;
    QString error;
    const QHostAddress address = uniqueLoopbackAddress();
    ScanRequest request;
    request.targets = {{address.toString(), address}};
    for (quint16 port = 40000; port < 40200; ++port) {
        QVERIFY2(fixture.add(PortState::Filtered, address, port, &error), qPrintable(error));
        request.ports.append(port);
    }
    request.timeout = 600s; // only cancel can end this scan within the test's lifetime
    const int before = FdLimit::openDescriptorCount();

    PortRangeScanner scanner;
    QSignalSpy finished(&scanner, &PortRangeScanner::finished);
    scanner.start(request);
    QVERIFY(scanner.isRunning());
    QVERIFY(FdLimit::openDescriptorCount() >= before + 200 || FdLimit::openDescriptorCount() < 0);
    scanner.cancel();
    // cancel() finishes before it returns.
    QCOMPARE(finished.size(), 1);
    QVERIFY(!scanner.isRunning());
    QVERIFY(scanner.result().cancelled);
    QCOMPARE(scanner.result().count(PortState::Error), 200);
    QCOMPARE(scanner.result().probes.first().reason, PortReason::Cancelled);
    if (before >= 0)
        QTRY_VERIFY(FdLimit::openDescriptorCount() <= before + 1);
}

void tst_PortRangeScanner::emptyRequestFinishes()
{
    PortRangeScanner scanner;
    QSignalSpy finished(&scanner, &PortRangeScanner::finished);
    scanner.start(ScanRequest{});
    QVERIFY(finished.wait(5000));
    QVERIFY(scanner.result().probes.isEmpty());
}

void tst_PortRangeScanner::smallConcurrencyStillCorrect()
{
    PortFixture fixture;
    QString error;
    const QHostAddress address = uniqueLoopbackAddress();
    QVERIFY2(buildMix(fixture, address, 21000, 21099, &error), qPrintable(error));
    PortRangeScanner scanner;
    QSignalSpy finished(&scanner, &PortRangeScanner::finished);
    ScanRequest request;
    request.targets = {{address.toString(), address}};
    for (uint port = 21000; port <= 21099; ++port)
        request.ports.append(quint16(port));
    request.timeout = 200ms;
    request.concurrency = 3;
    scanner.start(request);
    QVERIFY(finished.wait(60000));
    QCOMPARE(scanner.result().concurrencyUsed, 3);
    for (const PortProbeResult &probe : scanner.result().probes)
        QCOMPARE(portStateId(probe.state), portStateId(expectedState(probe.port)));
}

void tst_PortRangeScanner::socketBudget()
{
    QVERIFY(FdLimit::socketBudget(1) == 1);
    const int budget = FdLimit::socketBudget(1000000);
    QVERIFY(budget >= 1);
    if (FdLimit::softLimit() > 0)
        QVERIFY(budget < FdLimit::softLimit());
}

QTEST_GUILESS_MAIN(tst_PortRangeScanner)
#include "tst_portrangescanner.moc"

#include "probe/latencysampler.h"
#include "sim/portfixture.h"
#include "support/loopback.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class tst_LatencySampler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stats();
    void statsEvenAndFailures();
    void samplesAnOpenPort();
    void stopsEarlyOnAClosedPort();
    void stopsEarlyOnAFilteredPort();
    void cancel();

private:
    PortFixture m_fixture;
    QHostAddress m_address;
    quint16 m_open = 0;
    quint16 m_closed = 0;
    quint16 m_filtered = 0;
};

namespace {
PortProbeResult sample(PortState state, double rtt)
{
    PortProbeResult result;
    result.state = state;
    result.rttMs = rtt;
    return result;
}
} // namespace

void tst_LatencySampler::initTestCase()
{
    QString why;
    if (!PortFixture::filteredEmulationAvailable(&why))
        QSKIP(qPrintable(why));
    m_address = uniqueLoopbackAddress();
    m_open = m_fixture.add(PortState::Open, m_address, 0, &why);
    m_closed = m_fixture.add(PortState::Closed, m_address, 0, &why);
    m_filtered = m_fixture.add(PortState::Filtered, m_address, 0, &why);
    QVERIFY2(m_open && m_closed && m_filtered, qPrintable(why));
}

void tst_LatencySampler::stats()
{
    const LatencyStats stats = computeLatencyStats({sample(PortState::Open, 1), sample(PortState::Open, 2),
                                                    sample(PortState::Open, 3), sample(PortState::Open, 4),
                                                    sample(PortState::Open, 100)});
    QCOMPARE(stats.attempted, 5);
    QCOMPARE(stats.succeeded, 5);
    QCOMPARE(stats.failed(), 0);
    QCOMPARE(stats.minMs, 1.0);
    QCOMPARE(stats.medianMs, 3.0);
    QCOMPARE(stats.p95Ms, 100.0); // nearest rank: ceil(0.95 × 5) = 5th
    QCOMPARE(stats.maxMs, 100.0);
    QCOMPARE(stats.jitterMs, (1.0 + 1.0 + 1.0 + 96.0) / 4.0);
}

void tst_LatencySampler::statsEvenAndFailures()
{
    QList<PortProbeResult> samples;
    for (int i = 1; i <= 20; ++i)
        samples.append(sample(PortState::Open, i));
    samples.append(sample(PortState::Filtered, 3000));
    const LatencyStats stats = computeLatencyStats(samples);
    QCOMPARE(stats.attempted, 21);
    QCOMPARE(stats.succeeded, 20);
    QCOMPARE(stats.failed(), 1);
    QCOMPARE(stats.medianMs, 10.5);
    QCOMPARE(stats.p95Ms, 19.0);
    QCOMPARE(stats.maxMs, 20.0); // failures never count as latency
    QCOMPARE(stats.jitterMs, 1.0);
    const LatencyStats none = computeLatencyStats({sample(PortState::Filtered, 3000)});
    QCOMPARE(none.succeeded, 0);
    QCOMPARE(none.medianMs, 0.0);
}

void tst_LatencySampler::samplesAnOpenPort()
{
    LatencySampler sampler;
    QSignalSpy each(&sampler, &LatencySampler::sampleFinished);
    QSignalSpy done(&sampler, &LatencySampler::finished);
    sampler.start(m_address, m_open, 7, 5s);
    QVERIFY(done.wait(20000));
    QCOMPARE(each.size(), 7);
    QCOMPARE(sampler.samples().size(), 7);
    const LatencyStats stats = sampler.stats();
    QCOMPARE(stats.succeeded, 7);
    QVERIFY(stats.minMs > 0.0);
    QVERIFY(stats.minMs <= stats.medianMs && stats.medianMs <= stats.p95Ms && stats.p95Ms <= stats.maxMs);
    QVERIFY(!sampler.stoppedEarly());
}

void tst_LatencySampler::stopsEarlyOnAClosedPort()
{
    LatencySampler sampler;
    QSignalSpy done(&sampler, &LatencySampler::finished);
    sampler.start(m_address, m_closed, 10, 5s);
    QVERIFY(done.wait(20000));
    QCOMPARE(sampler.samples().size(), 2);
    QVERIFY(sampler.stoppedEarly());
    QCOMPARE(sampler.samples().at(1).state, PortState::Closed);
}

void tst_LatencySampler::stopsEarlyOnAFilteredPort()
{
    LatencySampler sampler;
    QSignalSpy done(&sampler, &LatencySampler::finished);
    sampler.start(m_address, m_filtered, 10, 200ms);
    QVERIFY(done.wait(20000));
    QCOMPARE(sampler.samples().size(), 2);
    QVERIFY(sampler.stoppedEarly());
    QCOMPARE(sampler.samples().at(0).reason, PortReason::NoResponse);
}

void tst_LatencySampler::cancel()
{
    LatencySampler sampler;
    QSignalSpy done(&sampler, &LatencySampler::finished);
    sampler.start(m_address, m_filtered, 10, 60s);
    QVERIFY(sampler.isRunning());
    sampler.cancel();
    QVERIFY(!sampler.isRunning());
    // Afterwards it works normally, and nothing of the cancelled run arrives.
    sampler.start(m_address, m_open, 3, 5s);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.size(), 1);
    QCOMPARE(sampler.samples().size(), 3);
}

QTEST_GUILESS_MAIN(tst_LatencySampler)
#include "tst_latencysampler.moc"

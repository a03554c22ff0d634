#include "latencysampler.h"

#include <algorithm>
#include <cmath>

LatencyStats computeLatencyStats(const QList<PortProbeResult> &samples)
{
    LatencyStats stats;
    stats.attempted = int(samples.size());
    QList<double> times;
    double previous = -1.0;
    double jitterSum = 0.0;
    int jitterPairs = 0;
    for (const PortProbeResult &sample : samples) {
        if (sample.state != PortState::Open)
            continue;
        times.append(sample.rttMs);
        if (previous >= 0.0) {
            jitterSum += std::abs(sample.rttMs - previous);
            ++jitterPairs;
        }
        previous = sample.rttMs;
    }
    stats.succeeded = int(times.size());
    if (times.isEmpty())
        return stats;
    std::sort(times.begin(), times.end());
    const qsizetype n = times.size();
    stats.minMs = times.front();
    stats.maxMs = times.back();
    stats.medianMs = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2.0;
    const auto rank = qsizetype(std::ceil(0.95 * double(n)));
    stats.p95Ms = times[std::clamp<qsizetype>(rank - 1, 0, n - 1)];
    stats.jitterMs = jitterPairs ? jitterSum / jitterPairs : 0.0;
    return stats;
}

LatencySampler::LatencySampler(QObject *parent)
    : QObject(parent)
    , m_probe(this)
{
    connect(&m_probe, &TcpConnectProbe::finished, this, &LatencySampler::onProbeFinished);
}

void LatencySampler::start(const QHostAddress &address, quint16 port, int samples,
                           std::chrono::milliseconds timeout)
{
    cancel();
    m_address = address;
    m_port = port;
    m_requested = std::max(1, samples);
    m_timeout = timeout;
    m_samples.clear();
    m_stoppedEarly = false;
    m_running = true;
    m_probe.start(address, port, timeout);
}

void LatencySampler::cancel()
{
    m_running = false;
    m_probe.cancel();
}

void LatencySampler::onProbeFinished(const PortProbeResult &result)
{
    if (!m_running)
        return;
    m_samples.append(result);
    emit sampleFinished(int(m_samples.size()) - 1, result);
    if (!m_running)
        return; // a receiver cancelled us

    const bool firstTwoFailedAlike = m_samples.size() == 2 && m_samples[0].state != PortState::Open
        && m_samples[0].state == m_samples[1].state;
    if (firstTwoFailedAlike && m_requested > 2)
        m_stoppedEarly = true;

    if (m_samples.size() >= m_requested || m_stoppedEarly) {
        m_running = false;
        emit finished();
        return;
    }
    m_probe.start(m_address, m_port, m_timeout);
}

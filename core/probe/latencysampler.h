#pragma once

#include "tcpconnectprobe.h"

#include <QList>

struct LatencyStats
{
    int attempted = 0;
    int succeeded = 0; // handshakes that completed (open)
    double minMs = 0.0;
    double medianMs = 0.0;
    double p95Ms = 0.0; // nearest-rank
    double maxMs = 0.0;
    // Mean absolute difference between consecutive successful handshakes (RFC 3550's idea of jitter,
    // without the smoothing), so a steady path reads near zero whatever its latency.
    double jitterMs = 0.0;

    int failed() const { return attempted - succeeded; }
};

LatencyStats computeLatencyStats(const QList<PortProbeResult> &samples);

// N timed connects to one port, one after another so they do not disturb each other.
//
// When the first two attempts fail the same way (both filtered, both refused…) the rest are
// skipped: more of the same only makes the user wait N × timeout for an answer already known.
class LatencySampler : public QObject
{
    Q_OBJECT

public:
    explicit LatencySampler(QObject *parent = nullptr);

    void start(const QHostAddress &address, quint16 port, int samples, std::chrono::milliseconds timeout);
    // Stops at once; finished() is not emitted.
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<PortProbeResult> &samples() const { return m_samples; }
    LatencyStats stats() const { return computeLatencyStats(m_samples); }
    bool stoppedEarly() const { return m_stoppedEarly; }
    int requested() const { return m_requested; }

signals:
    void sampleFinished(int index, const PortProbeResult &result);
    void finished();

private:
    void onProbeFinished(const PortProbeResult &result);

    TcpConnectProbe m_probe;
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_requested = 0;
    std::chrono::milliseconds m_timeout{0};
    QList<PortProbeResult> m_samples;
    bool m_running = false;
    bool m_stoppedEarly = false;
};

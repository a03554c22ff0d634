#pragma once

#include "connectattempt.h"
#include "portstate.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>

struct ScanTarget
{
    QString name; // what the user typed, or the address again
    QHostAddress address;
};

struct ScanRequest
{
    QList<ScanTarget> targets;
    QList<quint16> ports;
    std::chrono::milliseconds timeout{3000};
    int concurrency = 1024;
    ConnectAttempt::Backend backend = ConnectAttempt::defaultBackend();
};

struct ScanResult
{
    QList<ScanTarget> targets;
    QList<quint16> ports;
    // targets.size() × ports.size() results, target-major: probes[t * ports.size() + p].
    // A probe that never ran (cancelled) keeps state Error and reason Cancelled.
    QList<PortProbeResult> probes;
    bool cancelled = false;
    double elapsedMs = 0.0;
    int concurrencyUsed = 0; // the most probes that were in flight at once
    int socketRetries = 0;   // probes that were put back because no socket could be had

    const PortProbeResult &at(qsizetype target, qsizetype port) const
    {
        return probes.at(target * ports.size() + port);
    }
    int count(PortState state) const;
};

// Classifies many ports on many hosts with non-blocking connects on the event loop.
//
// Concurrency is bounded by the request and by the file-descriptor limit (raised toward the hard
// limit first). When the system still runs out of sockets the probe is put back, the bound is
// lowered to what is in flight, and the probe runs again later: running out of sockets is never
// a port state. Results keep the request's order whatever order the answers come in.
class PortRangeScanner : public QObject
{
    Q_OBJECT

public:
    explicit PortRangeScanner(QObject *parent = nullptr);
    ~PortRangeScanner() override;

    void start(const ScanRequest &request);
    // Stops every probe at once and emits finished() before returning; result().cancelled is set.
    void cancel();

    bool isRunning() const { return m_running; }
    const ScanResult &result() const { return m_result; }

signals:
    void progress(int done, int total);
    void finished();

private:
    struct Slot
    {
        ConnectAttempt *attempt = nullptr;
        int probe = -1;      // index into m_result.probes, -1 when idle
        quint64 serial = 0;  // which launch of this slot a deadline entry belongs to
    };
    struct Deadline
    {
        int slot;
        quint64 serial;
        qint64 dueNs; // on m_clock
    };

    void launchMore();
    int acquireSlot();
    void onAttemptFinished(int slot, const ConnectOutcome &outcome, double elapsedMs);
    void onDeadline();
    void armDeadlineTimer();
    void complete(int slot, const PortProbeResult &result);
    void noteProgress();
    void giveUpOnSockets();
    void finish();

    ScanRequest m_request;
    ScanResult m_result;
    QList<Slot> m_slots;
    QList<int> m_idleSlots;
    std::deque<Deadline> m_deadlines; // launch order; equal timeouts make this deadline order too
    std::deque<int> m_retry;          // probes that found no socket, run again first
    QTimer m_deadlineTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QElapsedTimer m_progressClock;
    int m_nextProbe = 0;
    int m_inFlight = 0;
    int m_limit = 1;
    int m_done = 0;
    int m_stalls = 0; // back-to-back retries with nothing in flight
    // Bumped by start(): a receiver of finished() may start the next scan from inside complete(),
    // and the code that called complete() must then stop touching state that is no longer its own.
    quint64 m_scanSerial = 0;
    bool m_running = false;
};

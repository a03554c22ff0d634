#include "portrangescanner.h"

#include "fdlimit.h"

#include <algorithm>

namespace {
// Progress is for people: a few updates a second are plenty.
constexpr qint64 progressIntervalMs = 50;
// With nothing in flight and still no socket, something else holds the descriptors; wait a little
// longer each time, and after this many tries report the rest as errors rather than spin forever.
constexpr int maxStalls = 40;
constexpr int stallBackoffMs = 25;
} // namespace

int ScanResult::count(PortState state) const
{
    return int(std::count_if(probes.cbegin(), probes.cend(),
                             [state](const PortProbeResult &probe) { return probe.state == state; }));
}

PortRangeScanner::PortRangeScanner(QObject *parent)
    : QObject(parent)
{
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &PortRangeScanner::onDeadline);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PortRangeScanner::launchMore);
}

PortRangeScanner::~PortRangeScanner()
{
    for (Slot &slot : m_slots)
        slot.attempt->abort();
}

void PortRangeScanner::start(const ScanRequest &request)
{
    if (m_running)
        cancel();

    ++m_scanSerial;
    m_request = request;
    m_result = ScanResult{};
    m_result.targets = request.targets;
    m_result.ports = request.ports;
    m_result.probes.reserve(request.targets.size() * request.ports.size());
    for (const ScanTarget &target : request.targets) {
        for (quint16 port : request.ports) {
            PortProbeResult pending;
            pending.address = target.address;
            pending.port = port;
            m_result.probes.append(pending);
        }
    }

    FdLimit::raiseSoftLimit();
    m_limit = FdLimit::socketBudget(request.concurrency);
    m_nextProbe = 0;
    m_inFlight = 0;
    m_done = 0;
    m_stalls = 0;
    m_retry.clear();
    m_deadlines.clear();
    m_running = true;
    m_clock.start();
    m_progressClock.start();

    if (m_result.probes.isEmpty()) {
        QMetaObject::invokeMethod(this, &PortRangeScanner::finish, Qt::QueuedConnection);
        return;
    }
    launchMore();
}

void PortRangeScanner::cancel()
{
    if (!m_running)
        return;
    for (Slot &slot : m_slots) {
        if (slot.probe >= 0) {
            slot.attempt->abort();
            slot.probe = -1;
        }
    }
    m_idleSlots.clear();
    for (int i = 0; i < m_slots.size(); ++i)
        m_idleSlots.append(i);
    m_inFlight = 0;
    m_deadlines.clear();
    m_retry.clear();
    m_result.cancelled = true;
    finish();
}

int PortRangeScanner::acquireSlot()
{
    if (!m_idleSlots.isEmpty())
        return m_idleSlots.takeLast();
    Slot slot;
    slot.attempt = ConnectAttempt::create(m_request.backend, this);
    const int index = int(m_slots.size());
    connect(slot.attempt, &ConnectAttempt::finished, this,
            [this, index](const ConnectOutcome &outcome, double elapsedMs) {
                onAttemptFinished(index, outcome, elapsedMs);
            });
    m_slots.append(slot);
    return index;
}

void PortRangeScanner::launchMore()
{
    if (!m_running)
        return;
    const int total = int(m_result.probes.size());
    while (m_inFlight < m_limit && (!m_retry.empty() || m_nextProbe < total)) {
        int probe;
        if (!m_retry.empty()) {
            probe = m_retry.front();
            m_retry.pop_front();
        } else {
            probe = m_nextProbe++;
        }
        const int slotIndex = acquireSlot();
        Slot &slot = m_slots[slotIndex];
        slot.probe = probe;
        ++slot.serial;
        ++m_inFlight;
        m_result.concurrencyUsed = std::max(m_result.concurrencyUsed, m_inFlight);
        m_deadlines.push_back({slotIndex, slot.serial,
                               m_clock.nsecsElapsed() + qint64(m_request.timeout.count()) * 1000000});
        const PortProbeResult &target = m_result.probes.at(probe);
        slot.attempt->start(target.address, target.port);
    }
    armDeadlineTimer();
}

void PortRangeScanner::onAttemptFinished(int slotIndex, const ConnectOutcome &outcome, double elapsedMs)
{
    Slot &slot = m_slots[slotIndex];
    if (!m_running || slot.probe < 0)
        return;
    const PortProbeResult &pending = m_result.probes.at(slot.probe);
    const PortProbeResult result = classifyConnectOutcome(pending.address, pending.port, outcome, elapsedMs);
    if (result.needsRetry()) {
        // Not a port state: put it back and hold fewer sockets from now on.
        m_retry.push_front(slot.probe);
        slot.probe = -1;
        m_idleSlots.append(slotIndex);
        --m_inFlight;
        ++m_result.socketRetries;
        m_limit = std::max(1, m_inFlight);
        if (m_inFlight == 0) {
            if (++m_stalls > maxStalls) {
                giveUpOnSockets();
                return;
            }
            m_retryTimer.start(stallBackoffMs * std::min(m_stalls, 8));
        }
        return;
    }
    m_stalls = 0;
    const quint64 scan = m_scanSerial;
    complete(slotIndex, result);
    if (m_running && scan == m_scanSerial)
        launchMore();
}

void PortRangeScanner::onDeadline()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    const quint64 scan = m_scanSerial;
    while (!m_deadlines.empty()) {
        const Deadline front = m_deadlines.front();
        Slot &slot = m_slots[front.slot];
        if (slot.serial != front.serial || slot.probe < 0) {
            m_deadlines.pop_front(); // that probe already finished
            continue;
        }
        if (front.dueNs > now)
            break;
        m_deadlines.pop_front();
        const double elapsed = slot.attempt->elapsedMs();
        slot.attempt->abort();
        const PortProbeResult &pending = m_result.probes.at(slot.probe);
        ConnectOutcome timedOut;
        timedOut.kind = ConnectOutcome::Kind::TimedOut;
        complete(front.slot, classifyConnectOutcome(pending.address, pending.port, timedOut, elapsed));
        if (!m_running || scan != m_scanSerial)
            return;
    }
    launchMore();
}

void PortRangeScanner::armDeadlineTimer()
{
    while (!m_deadlines.empty()) {
        const Deadline &front = m_deadlines.front();
        const Slot &slot = m_slots.at(front.slot);
        if (slot.serial == front.serial && slot.probe >= 0)
            break;
        m_deadlines.pop_front();
    }
    if (m_deadlines.empty()) {
        m_deadlineTimer.stop();
        return;
    }
    const qint64 remainingNs = m_deadlines.front().dueNs - m_clock.nsecsElapsed();
    // Round up: firing a hair early only re-arms; firing early and calling it a timeout would not.
    const int remainingMs = int(std::max<qint64>(0, (remainingNs + 999999) / 1000000));
    if (!m_deadlineTimer.isActive() || m_deadlineTimer.remainingTime() != remainingMs)
        m_deadlineTimer.start(remainingMs);
}

void PortRangeScanner::complete(int slotIndex, const PortProbeResult &result)
{
    Slot &slot = m_slots[slotIndex];
    m_result.probes[slot.probe] = result;
    slot.probe = -1;
    m_idleSlots.append(slotIndex);
    --m_inFlight;
    ++m_done;
    noteProgress();
    if (m_done == m_result.probes.size())
        finish();
}

void PortRangeScanner::noteProgress()
{
    const int total = int(m_result.probes.size());
    if (m_done == total || m_progressClock.elapsed() >= progressIntervalMs) {
        m_progressClock.restart();
        emit progress(m_done, total);
    }
}

void PortRangeScanner::giveUpOnSockets()
{
    // Every probe still waiting stays an error with reason "no-socket", never "closed".
    for (int probe : m_retry) {
        m_result.probes[probe].state = PortState::Error;
        m_result.probes[probe].reason = PortReason::NoSocket;
        m_result.probes[probe].detail = tr("no socket could be had for this probe");
        ++m_done;
    }
    m_retry.clear();
    for (; m_nextProbe < m_result.probes.size(); ++m_nextProbe) {
        m_result.probes[m_nextProbe].state = PortState::Error;
        m_result.probes[m_nextProbe].reason = PortReason::NoSocket;
        m_result.probes[m_nextProbe].detail = tr("no socket could be had for this probe");
        ++m_done;
    }
    noteProgress();
    finish();
}

void PortRangeScanner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadlineTimer.stop();
    m_retryTimer.stop();
    m_result.elapsedMs = double(m_clock.nsecsElapsed()) / 1e6;
    emit finished();
}

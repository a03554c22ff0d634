#pragma once

#include <QDeadlineTimer>
#include <QTest>

// Runs the event loop until `done()` holds or `timeoutMs` pass; true if it held. Unlike Qt 6.4's
// QTest::qWaitFor, which sleeps between event-loop passes, the loop keeps running: the probes under test
// live on this thread, and a sleeping loop made a demo run take 3 s instead of 1.3 s (and its latency
// samples wait for the sleeps).
template<typename Predicate> [[nodiscard]] bool runEventsUntil(Predicate done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

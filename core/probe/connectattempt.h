#pragma once

#include "portstate.h"

#include <QObject>

// One non-blocking TCP handshake. The object can be reused: start() again after finished() or abort().
//
// Two implementations exist. The native one (Unix) talks to the socket API directly because Qt folds
// EHOSTUNREACH, ENETUNREACH and ETIMEDOUT into one NetworkError, and the port reason is the whole point
// of a probe; it also costs no QTcpSocket per port, which matters when a thousand are in flight. The
// QTcpSocket one is the portable fallback (other platforms, or MICONNECT_CONNECT_BACKEND=qt) and is run
// by the same port-state tests so both stay honest.
class ConnectAttempt : public QObject
{
    Q_OBJECT

public:
    enum class Backend {
        Native,
        QtSocket,
    };

    // The platform's best backend, unless MICONNECT_CONNECT_BACKEND=qt|native says otherwise.
    static Backend defaultBackend();
    static bool backendAvailable(Backend backend);
    static ConnectAttempt *create(Backend backend, QObject *parent = nullptr);

    using QObject::QObject;

    // Starts the handshake. finished() follows exactly once, always from the event loop (never from
    // inside start()), unless abort() comes first.
    virtual void start(const QHostAddress &address, quint16 port) = 0;

    // Drops the attempt and its socket at once. No finished() follows.
    virtual void abort() = 0;

    // Milliseconds since start() on a monotonic clock.
    virtual double elapsedMs() const = 0;

signals:
    void finished(const ConnectOutcome &outcome, double elapsedMs);
};

Q_DECLARE_METATYPE(ConnectOutcome)

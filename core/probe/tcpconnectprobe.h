#pragma once

#include "connectattempt.h"
#include "portstate.h"

#include <QTimer>

#include <chrono>

// One timed TCP connect to one address and port, named as a port state.
class TcpConnectProbe : public QObject
{
    Q_OBJECT

public:
    explicit TcpConnectProbe(QObject *parent = nullptr);
    explicit TcpConnectProbe(ConnectAttempt::Backend backend, QObject *parent = nullptr);

    // finished() follows exactly once unless cancel() comes first. A new start() is allowed after either.
    void start(const QHostAddress &address, quint16 port, std::chrono::milliseconds timeout);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(const PortProbeResult &result);

private:
    void onAttemptFinished(const ConnectOutcome &outcome, double elapsedMs);
    void onTimeout();

    ConnectAttempt *m_attempt = nullptr;
    QTimer m_timeout;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_running = false;
};

Q_DECLARE_METATYPE(PortProbeResult)

#include "tcpconnectprobe.h"

TcpConnectProbe::TcpConnectProbe(QObject *parent)
    : TcpConnectProbe(ConnectAttempt::defaultBackend(), parent)
{
}

TcpConnectProbe::TcpConnectProbe(ConnectAttempt::Backend backend, QObject *parent)
    : QObject(parent)
    , m_attempt(ConnectAttempt::create(backend, this))
{
    m_timeout.setSingleShot(true);
    // The probe's timeout is the line between "filtered" and "slow"; a coarse timer would blur it.
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &TcpConnectProbe::onTimeout);
    connect(m_attempt, &ConnectAttempt::finished, this, &TcpConnectProbe::onAttemptFinished);
}

void TcpConnectProbe::start(const QHostAddress &address, quint16 port, std::chrono::milliseconds timeout)
{
    cancel();
    m_address = address;
    m_port = port;
    m_running = true;
    m_timeout.start(timeout);
    m_attempt->start(address, port);
}

void TcpConnectProbe::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    m_attempt->abort();
}

void TcpConnectProbe::onAttemptFinished(const ConnectOutcome &outcome, double elapsedMs)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    emit finished(classifyConnectOutcome(m_address, m_port, outcome, elapsedMs));
}

void TcpConnectProbe::onTimeout()
{
    if (!m_running)
        return;
    const double elapsed = m_attempt->elapsedMs();
    m_attempt->abort();
    m_running = false;
    ConnectOutcome outcome;
    outcome.kind = ConnectOutcome::Kind::TimedOut;
    emit finished(classifyConnectOutcome(m_address, m_port, outcome, elapsed));
}

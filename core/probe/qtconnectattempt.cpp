#include "qtconnectattempt.h"

#include <QMetaObject>

namespace {

ConnectOutcome outcomeFromSocketError(QAbstractSocket::SocketError error, const QString &text)
{
    using Kind = ConnectOutcome::Kind;
    ConnectOutcome outcome;
    outcome.errorText = text;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        outcome.kind = Kind::Refused;
        break;
    case QAbstractSocket::NetworkError:
        outcome.kind = Kind::HostUnreachable;
        break;
    case QAbstractSocket::SocketTimeoutError:
        outcome.kind = Kind::TimedOut;
        break;
    case QAbstractSocket::SocketAccessError:
        outcome.kind = Kind::AccessDenied;
        break;
    case QAbstractSocket::SocketResourceError:
        outcome.kind = Kind::NoSocket;
        break;
    default:
        outcome.kind = Kind::OtherError;
        break;
    }
    return outcome;
}

} // namespace

QtConnectAttempt::QtConnectAttempt(QObject *parent)
    : ConnectAttempt(parent)
{
}

QtConnectAttempt::~QtConnectAttempt()
{
    dropSocket();
}

void QtConnectAttempt::start(const QHostAddress &address, quint16 port)
{
    dropSocket();
    ++m_generation;
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this] {
        ConnectOutcome outcome;
        outcome.kind = ConnectOutcome::Kind::Connected;
        finishWith(outcome);
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        finishWith(outcomeFromSocketError(error, socket->errorString()));
    });
    m_clock.start();
    socket->connectToHost(address, port);
}

void QtConnectAttempt::abort()
{
    ++m_generation;
    dropSocket();
}

double QtConnectAttempt::elapsedMs() const
{
    return m_clock.isValid() ? double(m_clock.nsecsElapsed()) / 1e6 : 0.0;
}

void QtConnectAttempt::finishWith(const ConnectOutcome &outcome)
{
    const double elapsed = elapsedMs();
    dropSocket();
    // QTcpSocket may report from inside connectToHost(); the contract says never from start().
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, outcome, elapsed, generation] {
            if (generation == m_generation) {
                ++m_generation;
                emit finished(outcome, elapsed);
            }
        },
        Qt::QueuedConnection);
}

void QtConnectAttempt::dropSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

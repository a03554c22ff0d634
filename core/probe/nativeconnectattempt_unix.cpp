#include "nativeconnectattempt_unix.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

bool fillSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage &storage, socklen_t &length)
{
    std::memset(&storage, 0, sizeof storage);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        sockaddr_in v4 {};
        v4.sin_family = AF_INET;
        v4.sin_port = htons(port);
        v4.sin_addr.s_addr = htonl(address.toIPv4Address());
        std::memcpy(&storage, &v4, sizeof v4);
        length = sizeof v4;
        return true;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        sockaddr_in6 v6 {};
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&v6.sin6_addr, bytes.c, sizeof bytes.c);
        bool scopeOk = false;
        const uint scope = address.scopeId().toUInt(&scopeOk);
        if (scopeOk)
            v6.sin6_scope_id = scope;
        std::memcpy(&storage, &v6, sizeof v6);
        length = sizeof v6;
        return true;
    }
    return false;
}

ConnectOutcome outcomeFromErrno(int error, bool immediate)
{
    using Kind = ConnectOutcome::Kind;
    ConnectOutcome outcome;
    outcome.systemError = error;
    outcome.errorText = QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case 0:
        outcome.kind = Kind::Connected;
        outcome.errorText.clear();
        break;
    case ECONNREFUSED:
        outcome.kind = Kind::Refused;
        break;
    case ENETUNREACH:
    case EHOSTUNREACH:
        // Failing inside connect() means the local routing table has no way there and no packet
        // left; failing later means an ICMP error came back from the path.
        if (immediate)
            outcome.kind = Kind::NoRoute;
        else
            outcome.kind = error == ENETUNREACH ? Kind::NetworkUnreachable : Kind::HostUnreachable;
        break;
    case ETIMEDOUT:
        outcome.kind = Kind::TimedOut;
        break;
    case EACCES:
    case EPERM:
        outcome.kind = Kind::AccessDenied;
        break;
    case EMFILE:
    case ENFILE:
    case ENOBUFS:
    case ENOMEM:
    case EADDRNOTAVAIL: // no free local port
    case EAGAIN: // Linux: no room in the routing cache
        outcome.kind = Kind::NoSocket;
        break;
    default:
        outcome.kind = Kind::OtherError;
        break;
    }
    return outcome;
}

} // namespace

NativeConnectAttempt::NativeConnectAttempt(QObject *parent)
    : ConnectAttempt(parent)
{
    m_writable.setEnabled(false);
    connect(&m_writable, &QSocketNotifier::activated, this, &NativeConnectAttempt::onWritable);
}

NativeConnectAttempt::~NativeConnectAttempt()
{
    closeSocket();
}

void NativeConnectAttempt::start(const QHostAddress &address, quint16 port)
{
    closeSocket();
    ++m_generation;

    sockaddr_storage storage {};
    socklen_t length = 0;
    if (!fillSockaddr(address, port, storage, length)) {
        ConnectOutcome outcome;
        outcome.kind = ConnectOutcome::Kind::OtherError;
        outcome.errorText = QCoreApplication::translate("ConnectAttempt", "not an IPv4 or IPv6 address");
        m_clock.start();
        finishLater(outcome);
        return;
    }

    int type = SOCK_STREAM;
#ifdef SOCK_NONBLOCK
    type |= SOCK_NONBLOCK | SOCK_CLOEXEC;
#endif
    const int fd = ::socket(storage.ss_family, type, IPPROTO_TCP);
    if (fd < 0) {
        m_clock.start();
        finishLater(outcomeFromErrno(errno, true));
        return;
    }
#ifndef SOCK_NONBLOCK
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
#endif
    // Close with RST instead of FIN: a scan opens thousands of connections and must not leave
    // each one in TIME_WAIT holding a local port.
    const linger abortive { 1, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    m_fd = fd;

    m_clock.start();
    const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length);
    if (rc == 0) {
        finishLater(outcomeFromErrno(0, true));
        return;
    }
    const int error = errno;
    if (error == EINPROGRESS || error == EINTR) {
        m_writable.setSocket(fd);
        m_writable.setEnabled(true);
        return;
    }
    finishLater(outcomeFromErrno(error, true));
}

void NativeConnectAttempt::abort()
{
    ++m_generation;
    closeSocket();
}

double NativeConnectAttempt::elapsedMs() const
{
    return m_clock.isValid() ? double(m_clock.nsecsElapsed()) / 1e6 : 0.0;
}

void NativeConnectAttempt::onWritable()
{
    const double elapsed = elapsedMs();
    m_writable.setEnabled(false);
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(int(m_fd), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    const ConnectOutcome outcome = outcomeFromErrno(error, false);
    closeSocket();
    ++m_generation;
    emit finished(outcome, elapsed);
}

void NativeConnectAttempt::finishLater(const ConnectOutcome &outcome)
{
    const double elapsed = elapsedMs();
    closeSocket();
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

void NativeConnectAttempt::closeSocket()
{
    if (m_fd < 0)
        return;
    // The notifier must let go of the descriptor before it is closed and possibly reused.
    m_writable.setEnabled(false);
    m_writable.setSocket(-1);
    ::close(int(m_fd));
    m_fd = -1;
}

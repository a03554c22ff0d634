#include "portfixture.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
socklen_t fillAddress(const QHostAddress &address, quint16 port, sockaddr_storage &storage)
{
    std::memset(&storage, 0, sizeof storage);
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        sockaddr_in6 v6{};
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&v6.sin6_addr, bytes.c, sizeof bytes.c);
        std::memcpy(&storage, &v6, sizeof v6);
        return sizeof v6;
    }
    sockaddr_in v4{};
    v4.sin_family = AF_INET;
    v4.sin_port = htons(port);
    v4.sin_addr.s_addr = htonl(address.toIPv4Address());
    std::memcpy(&storage, &v4, sizeof v4);
    return sizeof v4;
}

int streamSocket(int family)
{
#ifdef SOCK_CLOEXEC
    return ::socket(family, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
#else
    const int fd = ::socket(family, SOCK_STREAM, IPPROTO_TCP);
    if (fd >= 0)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    return fd;
#endif
}

QString systemError(const char *what, int error)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(error)));
}
#endif

} // namespace

struct PortFixture::Listener
{
    int fd = -1;
    std::unique_ptr<QSocketNotifier> notifier;
};

PortFixture::PortFixture(QObject *parent)
    : QObject(parent)
{
}

PortFixture::~PortFixture()
{
    m_listeners.clear(); // notifiers go before their descriptors close
#ifdef Q_OS_UNIX
    for (int fd : std::as_const(m_descriptors))
        ::close(fd);
#endif
}

bool PortFixture::filteredEmulationAvailable(QString *why)
{
#ifdef Q_OS_LINUX
    QFile setting(QStringLiteral("/proc/sys/net/ipv4/tcp_abort_on_overflow"));
    if (setting.open(QIODevice::ReadOnly) && setting.readAll().trimmed() != "0") {
        if (why)
            *why = tr("net.ipv4.tcp_abort_on_overflow is on, so a full accept queue answers with a reset");
        return false;
    }
    return true;
#else
    if (why)
        *why = tr("emulating filtered ports needs Linux");
    return false;
#endif
}

int PortFixture::descriptorCount() const
{
    return int(m_descriptors.size());
}

quint16 PortFixture::bindSocket(int fd, const QHostAddress &address, quint16 port, QString *error)
{
#ifdef Q_OS_UNIX
    sockaddr_storage storage{};
    const socklen_t length = fillAddress(address, port, storage);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0) {
        if (error)
            *error = systemError("bind", errno) + QStringLiteral(" (%1 port %2)").arg(address.toString()).arg(port);
        return 0;
    }
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    if (bound.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
#else
    Q_UNUSED(fd);
    Q_UNUSED(address);
    Q_UNUSED(port);
    if (error)
        *error = tr("port fixtures need a Unix system");
    return 0;
#endif
}

quint16 PortFixture::add(PortState state, const QHostAddress &address, quint16 port, QString *error)
{
#ifdef Q_OS_UNIX
    if (state != PortState::Open && state != PortState::Closed && state != PortState::Filtered) {
        if (error)
            *error = tr("only open, closed and filtered ports can be emulated");
        return 0;
    }
    if (state == PortState::Filtered && !filteredEmulationAvailable(error))
        return 0;
    const int family = address.protocol() == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET;
    const int fd = streamSocket(family);
    if (fd < 0) {
        if (error)
            *error = systemError("socket", errno);
        return 0;
    }
    const quint16 bound = bindSocket(fd, address, port, error);
    if (!bound) {
        ::close(fd);
        return 0;
    }
    m_descriptors.append(fd);
    if (state == PortState::Closed)
        return bound; // bound, never listening: the kernel resets every SYN

    const int backlog = state == PortState::Filtered ? 0 : SOMAXCONN;
    if (::listen(fd, backlog) != 0) {
        if (error)
            *error = systemError("listen", errno);
        return 0;
    }

    if (state == PortState::Filtered) {
        // The filler: one connection the listener never accepts, which fills its queue (a backlog
        // of N admits N + 1). The connect is blocking on purpose — the kernel completes a loopback
        // handshake to a listener with room inside the call, and the port must be filtered before
        // add() returns.
        const int filler = streamSocket(family);
        if (filler < 0) {
            if (error)
                *error = systemError("socket", errno);
            return 0;
        }
        sockaddr_storage storage{};
        const socklen_t length = fillAddress(address, bound, storage);
        if (::connect(filler, reinterpret_cast<sockaddr *>(&storage), length) != 0) {
            if (error)
                *error = systemError("connect (filler)", errno);
            ::close(filler);
            return 0;
        }
        m_descriptors.append(filler);
        return bound;
    }

    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    auto listener = std::make_unique<Listener>();
    listener->fd = fd;
    listener->notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(listener->notifier.get(), &QSocketNotifier::activated, this, [this, fd] { onAcceptable(fd); });
    m_listeners.push_back(std::move(listener));
    return bound;
#else
    Q_UNUSED(state);
    Q_UNUSED(address);
    Q_UNUSED(port);
    if (error)
        *error = tr("port fixtures need a Unix system");
    return 0;
#endif
}

void PortFixture::onAcceptable(int fd)
{
#ifdef Q_OS_UNIX
    // Drain the queue so the listener never fills up and turns "open" into "filtered".
    for (;;) {
        const int connection = ::accept(fd, nullptr, nullptr);
        if (connection < 0)
            break;
        ++m_accepted;
        ::close(connection);
    }
#else
    Q_UNUSED(fd);
#endif
}

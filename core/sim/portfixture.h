#pragma once

#include "probe/portstate.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSocketNotifier>

#include <memory>
#include <vector>

// Real sockets on this machine in each port state, for the simulator and the tests. No root needed:
//  - open:     a listener that accepts and closes each connection;
//  - closed:   a socket bound but not listening, so the kernel answers RST and nobody else can take
//              the port while the fixture lives;
//  - filtered: listen(fd, 0) plus one connection of our own that is never accepted. The accept
//              queue is then full and Linux drops further SYNs without answering (while
//              net.ipv4.tcp_abort_on_overflow is 0, the default), which is exactly what a firewall
//              that drops packets looks like to a client.
class PortFixture : public QObject
{
    Q_OBJECT

public:
    explicit PortFixture(QObject *parent = nullptr);
    ~PortFixture() override;

    // Creates `state` (open, closed or filtered) on address:port; port 0 picks a free one. Returns the
    // port, or 0 with `error` set.
    quint16 add(PortState state, const QHostAddress &address, quint16 port, QString *error);

    // Can this machine emulate "filtered" without root? Says why not when it cannot.
    static bool filteredEmulationAvailable(QString *why);

    // Descriptors this fixture holds (two per filtered port, one per open or closed port).
    int descriptorCount() const;
    int acceptedConnections() const { return m_accepted; }

private:
    struct Listener;
    quint16 bindSocket(int fd, const QHostAddress &address, quint16 port, QString *error);
    void onAcceptable(int fd);

    std::vector<std::unique_ptr<Listener>> m_listeners;
    QList<int> m_descriptors; // every descriptor to close on destruction
    int m_accepted = 0;
};

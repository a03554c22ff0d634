#include "tlsrelay.h"

#include <QCoreApplication>
#include <QHostAddress>

// Accepts exactly one connection and hands over its descriptor instead of a QTcpSocket, so that a
// QSslSocket can adopt it.
class LoopbackListener : public QTcpServer {
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

signals:
    void accepted(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override
    {
        close(); // one connection only: nobody else on this machine gets to join
        emit accepted(descriptor);
    }
};

TlsRelay::TlsRelay(QTcpSocket *peer, Framing framing, QObject *parent)
    : QObject(parent)
    , m_peer(peer)
    , m_framing(framing)
{
}

TlsRelay::~TlsRelay()
{
    if (m_peer)
        m_peer->disconnect(this);
}

void TlsRelay::start(const QByteArray &alreadyReceived)
{
    m_pendingFromPeer = alreadyReceived;
    m_listener = new LoopbackListener(this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        fail(QCoreApplication::translate("TlsRelay", "cannot open the local relay: %1").arg(m_listener->errorString()));
        return;
    }
    connect(m_listener, &LoopbackListener::accepted, this, &TlsRelay::onInnerConnected);
    m_outer = new QTcpSocket(this);
    connect(m_outer, &QTcpSocket::connected, this, [this] {
        m_outerConnected = true;
        if (m_innerDescriptor >= 0)
            onInnerConnected(m_innerDescriptor);
    });
    connect(m_outer, &QTcpSocket::readyRead, this, [this] { fromInner(m_outer->readAll()); });
    connect(m_outer, &QTcpSocket::disconnected, this, [this] {
        // The TLS side is done: let the peer see the end once what we owe it is written — unless
        // the peer's own end started this (it may be in its destructor by now).
        if (m_peer && !m_peerGone)
            m_peer->disconnectFromHost();
    });
    m_outer->connectToHost(QHostAddress::LocalHost, m_listener->serverPort());

    connect(m_peer, &QTcpSocket::readyRead, this, [this] {
        const QByteArray bytes = m_peer->readAll();
        if (m_outerConnected && m_innerDescriptor >= 0)
            fromPeer(bytes);
        else
            m_pendingFromPeer.append(bytes);
    });
    connect(m_peer, &QTcpSocket::disconnected, this, [this] {
        m_peerGone = true;
        emit peerClosed();
        if (m_outer)
            m_outer->disconnectFromHost();
    });
}

void TlsRelay::onInnerConnected(qintptr descriptor)
{
    m_innerDescriptor = descriptor;
    if (!m_outerConnected)
        return; // the connected() signal of our end comes back here
    emit ready(descriptor);
    if (!m_pendingFromPeer.isEmpty()) {
        const QByteArray pending = std::exchange(m_pendingFromPeer, {});
        fromPeer(pending);
    }
}

void TlsRelay::fromPeer(const QByteArray &bytes)
{
    if (!m_failure.isEmpty())
        return;
    const QByteArray plain = m_framing == Framing::None ? bytes : m_unwrapper.feed(bytes);
    if (m_unwrapper.state() == Tds::TlsUnwrapper::State::Malformed) {
        fail(m_unwrapper.error());
        return;
    }
    if (!plain.isEmpty()) {
        observePeerRecords(plain);
        m_outer->write(plain);
    }
}

void TlsRelay::observePeerRecords(const QByteArray &plain)
{
    if (m_peerEncrypted || m_peerRecords.malformed())
        return;
    for (const QByteArray &record : m_peerRecords.feed(plain)) {
        bool valid = false;
        const auto header = TlsRecords::readHeader(record, &valid);
        if (!header || !valid)
            return;
        if (header->type == TlsRecords::handshake && !m_peerRecordVersion
            && record.size() > TlsRecords::headerSize + 5) {
            // ServerHello: handshake type 2, then the legacy version at offset 4 of the message.
            if (quint8(record.at(TlsRecords::headerSize)) == 2) {
                m_peerRecordVersion = quint16((quint8(record.at(TlsRecords::headerSize + 4)) << 8)
                                              | quint8(record.at(TlsRecords::headerSize + 5)));
            }
        }
        if (header->type == TlsRecords::alert && !m_peerAlert)
            m_peerAlert = TlsRecords::readAlert(record);
        if (header->type == TlsRecords::changeCipherSpec || header->type == TlsRecords::applicationData) {
            m_peerEncrypted = true; // from here on the records are opaque
            return;
        }
    }
}

void TlsRelay::fromInner(const QByteArray &bytes)
{
    if (!m_peer || !m_failure.isEmpty())
        return;
    if (m_framing == Framing::None || m_innerRaw) {
        m_peer->write(bytes);
        return;
    }
    for (const QByteArray &record : m_innerRecords.feed(bytes)) {
        if (!m_innerRaw && quint8(record.at(0)) == TlsRecords::applicationData) {
            flushToPeer();
            m_innerRaw = true;
        }
        if (m_innerRaw)
            m_peer->write(record);
        else
            m_wrapQueue.append(record);
    }
    flushToPeer();
    if (m_innerRaw && !m_innerRecords.pending().isEmpty()) {
        // The rest of a record after the switch: raw as well, and no more splitting needed.
        m_peer->write(m_innerRecords.pending());
        m_innerRecords = TlsRecords::RecordSplitter {};
    }
}

void TlsRelay::flushToPeer()
{
    if (m_wrapQueue.isEmpty())
        return;
    m_peer->write(Tds::makePackets(Tds::packetPrelogin, m_wrapQueue));
    m_wrapQueue.clear();
}

void TlsRelay::fail(const QString &why)
{
    if (!m_failure.isEmpty())
        return;
    m_failure = why;
    if (m_outer)
        m_outer->abort();
    emit failed(why);
}

#include "tlsrelay.moc"

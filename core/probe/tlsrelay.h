#pragma once

#include "tdsprotocol.h"
#include "tlsrecords.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <optional>

class LoopbackListener;

// Carries a QSslSocket's TLS stream to a peer connection, either unchanged (TDS 8 strict) or, as
// TDS 7.x requires, with the handshake wrapped in TDS PRELOGIN packets.
//
// Why a relay: QSslSocket owns its transport and cannot frame records itself, and the core may link
// QtNetwork only (OpenSSL memory BIOs would mean linking OpenSSL directly). So the QSslSocket runs on
// one end of an in-process loopback connection and the relay sits between its other end and the real
// peer. The same class serves the probes (client role) and the simulator (server role): the framing
// rule is symmetric.
//
// Framing for TDS 7.x (MS-TDS 2.2.6.5, 3.2.5.2): TLS records go out inside PRELOGIN (0x12) packets
// until the first application-data record, then raw; incoming PRELOGIN packets are unwrapped until a
// bare TLS record appears. This holds for TLS 1.2, the most TDS 7.x carries (TLS 1.3 is strict-only;
// its encrypted handshake would look like application data).
//
// The relay also reads the peer's plaintext records, so a handshake that ends in an alert can be
// named precisely (protocol_version, handshake_failure …) instead of through an error string.
class TlsRelay : public QObject {
    Q_OBJECT

public:
    enum class Framing {
        None, // TDS 8 strict: TLS straight on the connection
        TdsPrelogin, // TDS 7.x: the handshake inside PRELOGIN packets
    };

    // Takes over `peer`, a connected socket; `alreadyReceived` are bytes read from it before.
    TlsRelay(QTcpSocket *peer, Framing framing, QObject *parent = nullptr);
    ~TlsRelay() override;

    // Opens the loopback connection; ready() hands over the inner end's descriptor, for
    // QSslSocket::setSocketDescriptor(). Bytes the peer sent before the relay took over go first.
    void start(const QByteArray &alreadyReceived = {});

    std::optional<TlsRecords::Alert> peerAlert() const { return m_peerAlert; }
    // The TLS version in the peer's first handshake record (ServerHello's record layer for a client).
    std::optional<quint16> peerRecordVersion() const { return m_peerRecordVersion; }
    QString failure() const { return m_failure; }

signals:
    void ready(qintptr innerDescriptor);
    void failed(const QString &why);
    void peerClosed();

private:
    void onInnerConnected(qintptr descriptor);
    void fromPeer(const QByteArray &bytes);
    void fromInner(const QByteArray &bytes);
    void observePeerRecords(const QByteArray &plain);
    void flushToPeer();
    void fail(const QString &why);

    QPointer<QTcpSocket> m_peer;
    Framing m_framing;
    LoopbackListener *m_listener = nullptr;
    QTcpSocket *m_outer = nullptr; // our end of the loopback connection
    qintptr m_innerDescriptor = -1;
    bool m_outerConnected = false;
    bool m_peerGone = false; // the peer connection has ended (or is being destroyed)

    QByteArray m_pendingFromPeer; // arrived before the loopback connection was up
    Tds::TlsUnwrapper m_unwrapper;
    TlsRecords::RecordSplitter m_innerRecords;
    QByteArray m_wrapQueue; // handshake records to send in the next PRELOGIN message
    bool m_innerRaw = false; // our side has sent application data: no more wrapping
    TlsRecords::RecordSplitter m_peerRecords;
    bool m_peerEncrypted = false; // past the peer's ChangeCipherSpec: nothing more to read in the clear
    std::optional<TlsRecords::Alert> m_peerAlert;
    std::optional<quint16> m_peerRecordVersion;
    QString m_failure;
};

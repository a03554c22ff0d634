#pragma once

#include "probe/tdsprotocol.h"

#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

class QTcpSocket;

// How the simulated gateway answers a connection: like SQL Server, or like one of the things that
// can stand where SQL Server should be.
enum class GatewayBehaviour {
    SqlServer,     // PRELOGIN, TLS inside TDS, TDS 8 strict
    Http,          // a web server: "HTTP/1.1 400 Bad Request"
    TlsOnly,       // a TLS-only service: answers PRELOGIN with a TLS alert
    Garbage,       // binary noise
    Truncated,     // the start of a PRELOGIN answer, then the connection closes
    AbsurdLength,  // a TDS header claiming 65535 bytes
    Trickle,       // the right answer, one byte per second
    CloseMidReply, // half the answer, then close
    Silent,        // accepts and never says anything
};

// A TLS failure the gateway stages on purpose.
enum class TlsFault {
    None,
    OldVersionOnly,   // answers every ClientHello with protocol_version, like a TLS 1.0-only server
    HandshakeFailure, // answers with handshake_failure
};

struct GatewaySettings
{
    GatewayBehaviour behaviour = GatewayBehaviour::SqlServer;
    Tds::Version version{16, 0, 4165, 4};
    quint8 encryption = quint8(Tds::Encryption::Required); // what Azure answers
    bool strictSupported = true;
    TlsFault tlsFault = TlsFault::None;
    QSslCertificate certificate;
    QList<QSslCertificate> chain; // intermediates sent after the certificate
    QSslKey privateKey;
};

class GatewaySession;

// The gateway's listener: one GatewaySession per connection.
class SimulatedGateway : public QObject
{
    Q_OBJECT

public:
    explicit SimulatedGateway(QObject *parent = nullptr);
    ~SimulatedGateway() override;

    bool listen(const QHostAddress &address, quint16 port, const GatewaySettings &settings, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    int connectionsAccepted() const { return m_accepted; }
    int preloginsAnswered() const { return m_preloginsAnswered; }
    int tlsSessionsEstablished() const { return m_tlsEstablished; }

private:
    friend class GatewaySession;
    QTcpServer m_server;
    GatewaySettings m_settings;
    int m_accepted = 0;
    int m_preloginsAnswered = 0;
    int m_tlsEstablished = 0;
};

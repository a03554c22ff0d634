#pragma once

#include "probe/tdslogin.h"
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
    SqlServer, // PRELOGIN, TLS inside TDS, TDS 8 strict
    Http, // a web server: "HTTP/1.1 400 Bad Request"
    TlsOnly, // a TLS-only service: answers PRELOGIN with a TLS alert
    Garbage, // binary noise
    Truncated, // the start of a PRELOGIN answer, then the connection closes
    AbsurdLength, // a TDS header claiming 65535 bytes
    Trickle, // the right answer, one byte per second
    CloseMidReply, // half the answer, then close
    Silent, // accepts and never says anything
};

// A TLS failure the gateway stages on purpose.
enum class TlsFault {
    None,
    OldVersionOnly, // answers every ClientHello with protocol_version, like a TLS 1.0-only server
    HandshakeFailure, // answers with handshake_failure
};

// How the server answers LOGIN7 (MS-TDS 2.2.6.4), once TLS is up.
enum class LoginAnswer {
    LoginFailed, // error 18456, as the engine answers a login it does not know: a proxy gateway, or a node
    Route, // a routing ENVCHANGE to `route`: a gateway in redirect mode
    ServerError, // the error `loginError` (40532, 47072 …) in the engine's words
};

struct GatewaySettings {
    GatewayBehaviour behaviour = GatewayBehaviour::SqlServer;
    Tds::Version version { 16, 0, 4165, 4 };
    quint8 encryption = quint8(Tds::Encryption::Required); // what Azure answers
    bool strictSupported = true;
    TlsFault tlsFault = TlsFault::None;
    QSslCertificate certificate;
    QList<QSslCertificate> chain; // intermediates sent after the certificate
    QSslKey privateKey;

    LoginAnswer loginAnswer = LoginAnswer::LoginFailed;
    Tds::Routing route; // where LoginAnswer::Route sends the client
    qint32 loginError = 18456; // what LoginAnswer::ServerError answers
    // The names the gateway serves. It routes by the LOGIN7 server name, so any other name (an IP
    // address, a stale alias) gets 40532, as Azure's gateway answers. Empty: any name (a node).
    QStringList servedNames;
    // A login with this user name is accepted (LOGINACK); the simulator checks no password.
    QString acceptedUser;
    QString serverName = QStringLiteral("sim-mi"); // the engine's name in its messages
};

class GatewaySession;

// The gateway's listener: one GatewaySession per connection.
class SimulatedGateway : public QObject {
    Q_OBJECT

public:
    explicit SimulatedGateway(QObject *parent = nullptr);
    ~SimulatedGateway() override;

    bool listen(const QHostAddress &address, quint16 port, const GatewaySettings &settings, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    int connectionsAccepted() const { return m_accepted; }
    int preloginsAnswered() const { return m_preloginsAnswered; }
    int tlsSessionsEstablished() const { return m_tlsEstablished; }
    int loginsAnswered() const { return m_loginsAnswered; }
    // The user name of the last LOGIN7 read, and whether it carried a password.
    QString lastLoginUser() const { return m_lastLoginUser; }
    bool lastLoginHadPassword() const { return m_lastLoginHadPassword; }

private:
    friend class GatewaySession;
    QTcpServer m_server;
    GatewaySettings m_settings;
    int m_accepted = 0;
    int m_preloginsAnswered = 0;
    int m_tlsEstablished = 0;
    int m_loginsAnswered = 0;
    QString m_lastLoginUser;
    bool m_lastLoginHadPassword = false;
};

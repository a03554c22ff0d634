#include "simulatedgateway.h"

#include "probe/tlsrecords.h"
#include "probe/tlsrelay.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace {

// Sessions end by themselves when the client goes away; these only bound misbehaving clients.
constexpr int trickleIntervalMs = 1000;

QByteArray alertRecord(quint16 version, quint8 description)
{
    QByteArray record;
    record.append(char(TlsRecords::alert));
    record.append(char(version >> 8));
    record.append(char(version & 0xff));
    record.append('\0');
    record.append('\2');
    record.append('\2'); // fatal
    record.append(char(description));
    return record;
}

} // namespace

// One client connection to the simulated gateway.
class GatewaySession : public QObject {
    Q_OBJECT

public:
    GatewaySession(SimulatedGateway *gateway, QTcpSocket *socket)
        : QObject(gateway)
        , m_gateway(gateway)
        , m_settings(gateway->m_settings)
        , m_socket(socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &GatewaySession::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &GatewaySession::deleteLater);
        connect(&m_trickle, &QTimer::timeout, this, &GatewaySession::trickleOneByte);
    }

    ~GatewaySession() override
    {
        // In the order the bytes flow: the TLS socket, the relay, then the client's connection,
        // so no part hears of another's end while that one is half destroyed.
        delete m_tls.data();
        delete m_relay.data();
        m_socket->disconnect(this);
    }

private:
    enum class Phase {
        First, // nothing read yet
        Prelogin, // reading the client's PRELOGIN
        AwaitTls, // PRELOGIN answered; the TLS handshake comes next, inside TDS
        Relayed, // a TlsRelay owns the socket now
        Done, // misbehaving on purpose, or finished: ignore the rest
    };

    void onReadyRead()
    {
        if (m_phase == Phase::Relayed)
            return;
        const QByteArray bytes = m_socket->readAll();
        if (m_phase == Phase::Done || bytes.isEmpty())
            return;
        if (m_phase == Phase::First) {
            if (misbehaveAtFirstBytes())
                return;
            if (quint8(bytes.at(0)) == TlsRecords::handshake) {
                startStrict(bytes);
                return;
            }
            if (quint8(bytes.at(0)) != Tds::packetPrelogin) {
                // Not a TDS client (a scanner's HTTP or SMB probe, say): SQL Server hangs up at once.
                m_socket->disconnectFromHost();
                m_phase = Phase::Done;
                return;
            }
            m_phase = Phase::Prelogin;
        }
        if (m_phase == Phase::Prelogin) {
            const auto state = m_reader.feed(bytes);
            if (state == Tds::MessageReader::State::NeedMore)
                return;
            if (state == Tds::MessageReader::State::Malformed || m_reader.type() != Tds::packetPrelogin
                || !Tds::parsePreloginPayload(m_reader.payload()).prelogin) {
                m_socket->disconnectFromHost(); // not a client we understand (nmap's other probes, say)
                m_phase = Phase::Done;
                return;
            }
            answerPrelogin(Tds::parsePreloginPayload(m_reader.payload()).prelogin->encryptionMode());
            if (m_phase == Phase::AwaitTls && !m_reader.leftover().isEmpty())
                startTdsTls(m_reader.leftover());
            return;
        }
        if (m_phase == Phase::AwaitTls)
            startTdsTls(bytes);
    }

    // Behaviours that do not depend on what the client sent.
    bool misbehaveAtFirstBytes()
    {
        switch (m_settings.behaviour) {
        case GatewayBehaviour::Http:
            m_socket->write(
                "HTTP/1.1 400 Bad Request\r\nServer: simulated\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            m_socket->disconnectFromHost();
            break;
        case GatewayBehaviour::TlsOnly:
            m_socket->write(alertRecord(0x0303, 50)); // decode_error: "that was no TLS record"
            m_socket->disconnectFromHost();
            break;
        case GatewayBehaviour::Garbage: {
            QByteArray noise(64, '\0');
            for (int i = 0; i < noise.size(); ++i)
                noise[i] = char((i * 73 + 41) & 0xff); // fixed, so every run sees the same bytes
            m_socket->write(noise);
            break;
        }
        case GatewayBehaviour::AbsurdLength:
            m_socket->write(QByteArray::fromHex("0401ffff00000100") + QByteArray(24, '\x11'));
            break;
        case GatewayBehaviour::Silent:
            break;
        case GatewayBehaviour::SqlServer:
        case GatewayBehaviour::Truncated:
        case GatewayBehaviour::Trickle:
        case GatewayBehaviour::CloseMidReply:
            return false;
        }
        m_phase = Phase::Done;
        return true;
    }

    QByteArray preloginReply() const
    {
        Tds::Prelogin reply;
        reply.version = m_settings.version;
        reply.encryption = m_settings.encryption;
        reply.threadId = std::nullopt;
        reply.mars = 0;
        return Tds::makePackets(Tds::packetReply, Tds::buildPreloginPayload(reply));
    }

    // Writes the PRELOGIN answer to `out` (the socket, or the TLS session in strict mode) the way the
    // profile wants it: whole, or broken on purpose. Returns false when the session ends here.
    bool sendPreloginReply(QIODevice *out)
    {
        const QByteArray reply = preloginReply();
        switch (m_settings.behaviour) {
        case GatewayBehaviour::Truncated:
            out->write(reply.left(12));
            closeSoon(out);
            return false;
        case GatewayBehaviour::CloseMidReply:
            out->write(reply.left(reply.size() / 2));
            closeSoon(out);
            return false;
        case GatewayBehaviour::Trickle:
            m_trickleOut = out;
            m_trickleBytes = reply;
            m_trickle.start(trickleIntervalMs);
            trickleOneByte();
            return false;
        default:
            break;
        }
        out->write(reply);
        ++m_gateway->m_preloginsAnswered;
        return true;
    }

    void closeSoon(QIODevice *out)
    {
        if (auto *socket = qobject_cast<QAbstractSocket *>(out))
            socket->disconnectFromHost();
    }

    void answerPrelogin(Tds::Encryption clientEncryption)
    {
        if (!sendPreloginReply(m_socket)) {
            m_phase = Phase::Done;
            return;
        }
        // TLS follows unless neither side wants it (client OFF or NOT_SUP and the server not REQ).
        const auto server = Tds::Encryption(m_settings.encryption & 0x03);
        const bool clientWants
            = clientEncryption == Tds::Encryption::On || clientEncryption == Tds::Encryption::Required;
        const bool tls
            = server != Tds::Encryption::NotSupported && (clientWants || server == Tds::Encryption::Required);
        m_phase = tls ? Phase::AwaitTls : Phase::Done;
    }

    void trickleOneByte()
    {
        if (m_trickleBytes.isEmpty()) {
            m_trickle.stop();
            return;
        }
        if (m_trickleOut)
            m_trickleOut->write(m_trickleBytes.left(1));
        m_trickleBytes.remove(0, 1);
    }

    bool stageTlsFault(bool wrapInTds)
    {
        if (m_settings.tlsFault == TlsFault::None)
            return false;
        const QByteArray alert = m_settings.tlsFault == TlsFault::OldVersionOnly
            ? alertRecord(0x0301, 70) // protocol_version
            : alertRecord(0x0303, 40); // handshake_failure
        m_socket->write(wrapInTds ? Tds::makePackets(Tds::packetPrelogin, alert) : alert);
        m_socket->disconnectFromHost();
        m_phase = Phase::Done;
        return true;
    }

    void startTdsTls(const QByteArray &alreadyReceived)
    {
        if (stageTlsFault(true))
            return;
        startRelay(TlsRelay::Framing::TdsPrelogin, alreadyReceived, false);
    }

    void startStrict(const QByteArray &clientHello)
    {
        if (!m_settings.strictSupported) {
            m_socket->disconnectFromHost(); // a server without TDS 8 cannot read a ClientHello
            m_phase = Phase::Done;
            return;
        }
        if (stageTlsFault(false))
            return;
        startRelay(TlsRelay::Framing::None, clientHello, true);
    }

    void startRelay(TlsRelay::Framing framing, const QByteArray &alreadyReceived, bool strict)
    {
        m_phase = Phase::Relayed;
        m_socket->disconnect(this);
        connect(m_socket, &QTcpSocket::disconnected, this, &GatewaySession::deleteLater);
        auto *relay = new TlsRelay(m_socket, framing, this);
        m_relay = relay;
        connect(relay, &TlsRelay::failed, this, [this] { m_socket->abort(); });
        connect(relay, &TlsRelay::ready, this, [this, strict](qintptr descriptor) {
            auto *tls = new QSslSocket(this);
            m_tls = tls;
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setProtocol(QSsl::TlsV1_2OrLater);
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            configuration.setLocalCertificateChain(QList<QSslCertificate> { m_settings.certificate }
                                                   + m_settings.chain);
            configuration.setPrivateKey(m_settings.privateKey);
            if (strict)
                configuration.setAllowedNextProtocols({ QByteArrayLiteral("tds/8.0") });
            tls->setSslConfiguration(configuration);
            connect(tls, &QSslSocket::encrypted, this, [this] { ++m_gateway->m_tlsEstablished; });
            connect(tls, &QSslSocket::readyRead, this, [this, strict] { onTlsData(strict); });
            connect(tls, &QSslSocket::errorOccurred, this, [this] { m_socket->abort(); });
            if (!tls->setSocketDescriptor(descriptor)) {
                m_socket->abort();
                return;
            }
            tls->startServerEncryption();
        });
        relay->start(alreadyReceived);
    }

    // Inside TLS: strict mode's PRELOGIN first, then LOGIN7, answered as the settings say.
    void onTlsData(bool strict)
    {
        QByteArray bytes = m_tls->readAll();
        while (!bytes.isEmpty() && m_tls) {
            const auto state = m_tlsReader.feed(bytes);
            if (state == Tds::MessageReader::State::NeedMore)
                return;
            if (state == Tds::MessageReader::State::Malformed) {
                m_tls->disconnectFromHost();
                return;
            }
            bytes = m_tlsReader.leftover();
            const quint8 type = m_tlsReader.type();
            const QByteArray payload = m_tlsReader.payload();
            m_tlsReader = Tds::MessageReader {};
            if (strict && !m_strictAnswered && type == Tds::packetPrelogin) {
                m_strictAnswered = true;
                if (!sendPreloginReply(m_tls))
                    return;
                continue;
            }
            if (type == Tds::packetLogin7 && !m_loginAnswered) {
                m_loginAnswered = true;
                answerLogin(payload);
                continue;
            }
            m_tls->disconnectFromHost(); // anything else is beyond what the simulator speaks
            return;
        }
    }

    static QString withoutPortAndInstance(QString name)
    {
        if (name.startsWith(QLatin1String("tcp:"), Qt::CaseInsensitive))
            name = name.mid(4);
        name = name.section(QLatin1Char(','), 0, 0).section(QLatin1Char('\\'), 0, 0);
        return name.trimmed();
    }

    Tds::ServerMessage engineError(qint32 number, quint8 severityClass, const QString &text) const
    {
        Tds::ServerMessage message;
        message.number = number;
        message.state = 1;
        message.severityClass = severityClass;
        message.text = text;
        message.serverName = m_settings.serverName;
        message.lineNumber = 1;
        return message;
    }

    void answerLogin(const QByteArray &payload)
    {
        const Tds::Login7Parse login = Tds::parseLogin7Payload(payload);
        if (!login.login) {
            m_tls->disconnectFromHost(); // SQL Server drops a login it cannot read
            return;
        }
        ++m_gateway->m_loginsAnswered;
        m_gateway->m_lastLoginUser = login.login->userName;
        m_gateway->m_lastLoginHadPassword = login.hasPassword;
        const QString serverName = withoutPortAndInstance(login.login->serverName);
        QByteArray tokens;
        bool served = m_settings.servedNames.isEmpty();
        for (const QString &name : m_settings.servedNames)
            served = served || name.compare(serverName, Qt::CaseInsensitive) == 0;
        // The gateway's own refusals come before any routing or authentication.
        const qint32 refusal = !served                           ? 40532
            : m_settings.loginAnswer == LoginAnswer::ServerError ? m_settings.loginError
                                                                 : 0;
        if (refusal != 0) {
            tokens += Tds::buildErrorToken(loginErrorMessage(refusal, login.login->userName, serverName));
            tokens += Tds::buildDoneToken(0x02);
        } else if (m_settings.loginAnswer == LoginAnswer::Route) {
            // Redirect happens before authentication: the node checks the login, not the gateway.
            // The routing token follows a LOGINACK (MS-TDS 2.2.7.9): without one, drivers such as
            // tedious count the login as failed and never follow the route.
            tokens += Tds::buildLoginAckToken(loginAck());
            tokens += Tds::buildRoutingToken(m_settings.route);
            tokens += Tds::buildDoneToken(0x00);
        } else if (!m_settings.acceptedUser.isEmpty() && login.login->userName == m_settings.acceptedUser) {
            tokens += Tds::buildEnvChangeToken(Tds::EnvChangeType::database, QStringLiteral("master"), QString());
            tokens += Tds::buildLoginAckToken(loginAck());
            tokens += Tds::buildEnvChangeToken(Tds::EnvChangeType::packetSize, QStringLiteral("4096"),
                                               QStringLiteral("4096"));
            tokens += Tds::buildDoneToken(0x00);
        } else {
            tokens += Tds::buildErrorToken(loginErrorMessage(18456, login.login->userName, serverName));
            tokens += Tds::buildDoneToken(0x02);
        }
        m_tls->write(Tds::makePackets(Tds::packetReply, tokens));
    }

    Tds::LoginAck loginAck() const
    {
        Tds::LoginAck ack;
        ack.tdsVersion = Tds::tds74;
        ack.programName = QStringLiteral("Microsoft SQL Server");
        ack.programVersion = m_settings.version;
        return ack;
    }

    // The engine's own words for the login errors the simulator stages.
    Tds::ServerMessage loginErrorMessage(qint32 number, const QString &userName, const QString &serverName) const
    {
        switch (number) {
        case 18456:
            return engineError(number, 14, QStringLiteral("Login failed for user '%1'.").arg(userName));
        case 47072:
            return engineError(number, 14,
                               QStringLiteral("Login failed due to client TLS version being less than minimal TLS "
                                              "version allowed by the server."));
        case 40532:
            return engineError(
                number, 20,
                QStringLiteral("Cannot open server \"%1\" requested by the login. The login failed.").arg(serverName));
        default:
            return engineError(number, 16, QStringLiteral("Simulated error %1.").arg(number));
        }
    }

    SimulatedGateway *m_gateway;
    GatewaySettings m_settings;
    QTcpSocket *m_socket;
    QPointer<QSslSocket> m_tls;
    QPointer<TlsRelay> m_relay;
    Phase m_phase = Phase::First;
    Tds::MessageReader m_reader;
    Tds::MessageReader m_tlsReader;
    bool m_strictAnswered = false;
    bool m_loginAnswered = false;
    QTimer m_trickle;
    QByteArray m_trickleBytes;
    QPointer<QIODevice> m_trickleOut;
};

SimulatedGateway::SimulatedGateway(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_accepted;
            new GatewaySession(this, socket);
        }
    });
}

SimulatedGateway::~SimulatedGateway() = default;

bool SimulatedGateway::listen(const QHostAddress &address, quint16 port, const GatewaySettings &settings,
                              QString *error)
{
    m_settings = settings;
    if (!m_server.listen(address, port)) {
        if (error)
            *error = QStringLiteral("bind: %1 (%2 port %3)").arg(m_server.errorString(), address.toString()).arg(port);
        return false;
    }
    return true;
}

#include "simulatedgateway.moc"

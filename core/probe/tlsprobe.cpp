#include "tlsprobe.h"

#include "tlsrelay.h"

#include <QCryptographicHash>
#include <QMetaObject>
#include <QSslCipher>
#include <QSslConfiguration>

namespace {

QString firstOf(const QStringList &values)
{
    return values.isEmpty() ? QString() : values.constFirst();
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS (older than 1.2)");
    }
}

bool isNameError(const QSslError &error)
{
    return error.error() == QSslError::HostNameMismatch;
}

} // namespace

CertificateInfo describeCertificate(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = firstOf(certificate.subjectInfo(QSslCertificate::CommonName));
    if (info.subject.isEmpty())
        info.subject = certificate.subjectDisplayName();
    info.issuer = firstOf(certificate.issuerInfo(QSslCertificate::CommonName));
    if (info.issuer.isEmpty())
        info.issuer = certificate.issuerDisplayName();
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        info.subjectAltNames.append(it.value());
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.selfSigned = certificate.isSelfSigned();
    info.sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    return info;
}

bool TlsResult::versionTooOld() const
{
    if (alert && alert->description == 70) // protocol_version: the server wants an older one
        return true;
    if (serverRecordVersion && *serverRecordVersion < 0x0303)
        return true;
    return outcome == Outcome::Established && protocol != QLatin1String("TLS 1.2")
        && protocol != QLatin1String("TLS 1.3");
}

QString tlsModeId(TlsResult::Mode mode)
{
    return mode == TlsResult::Mode::Strict ? QStringLiteral("strict") : QStringLiteral("tds7");
}

QString tlsOutcomeId(TlsResult::Outcome outcome)
{
    switch (outcome) {
    case TlsResult::Outcome::Established:
        return QStringLiteral("established");
    case TlsResult::Outcome::HandshakeFailed:
        return QStringLiteral("handshake-failed");
    case TlsResult::Outcome::NotOffered:
        return QStringLiteral("not-offered");
    case TlsResult::Outcome::PreloginFailed:
        return QStringLiteral("prelogin-failed");
    case TlsResult::Outcome::ConnectFailed:
        return QStringLiteral("connect-failed");
    case TlsResult::Outcome::TimedOut:
        return QStringLiteral("timed-out");
    case TlsResult::Outcome::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

TlsSession::TlsSession(QTcpSocket *peer, TlsRelay *relay, QSslSocket *tls)
    : m_peer(peer)
    , m_relay(relay)
    , m_tls(tls)
{
    for (QObject *part : { static_cast<QObject *>(peer), static_cast<QObject *>(relay), static_cast<QObject *>(tls) })
        part->setParent(this);
}

TlsSession::~TlsSession()
{
    // In the order the bytes flow, not the order of the children: the TLS socket writes through the
    // relay, and the relay listens to the peer connection, which must not announce its own end to
    // a relay half torn down.
    if (m_tls)
        m_tls->abort();
    delete m_tls.data();
    delete m_relay.data();
    if (m_peer) {
        m_peer->disconnect();
        m_peer->abort();
    }
    delete m_peer.data();
}

TlsProbe::TlsProbe(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_peer || m_peer->state() != QAbstractSocket::ConnectedState)
            finish(TlsResult::Outcome::ConnectFailed, tr("no TCP connection within the timeout"));
        else
            finish(TlsResult::Outcome::TimedOut, tr("the exchange did not finish within the timeout"));
    });
}

TlsProbe::~TlsProbe()
{
    teardown();
    delete m_session;
}

void TlsProbe::start(const TlsProbeRequest &request)
{
    cancel();
    if (m_session)
        m_session->deleteLater();
    m_request = request;
    m_result = TlsResult {};
    m_result.mode = request.mode;
    m_preloginReader = PreloginReplyReader {};
    m_sslErrors.clear();
    m_awaitingPrelogin = false;
    m_running = true;
    m_clock.start();
    m_deadline.start(request.timeout);

    if (!QSslSocket::supportsSsl()) {
        finish(TlsResult::Outcome::HandshakeFailed, tr("this machine's Qt has no TLS backend"));
        return;
    }
    auto *peer = new QTcpSocket(this);
    m_peer = peer;
    connect(peer, &QTcpSocket::connected, this, &TlsProbe::onConnected);
    connect(peer, &QTcpSocket::errorOccurred, this, [this, peer](QAbstractSocket::SocketError) {
        if (m_relay)
            return; // the relay owns the connection now; the TLS socket reports what matters
        if (peer->state() != QAbstractSocket::ConnectedState && !m_awaitingPrelogin)
            finish(TlsResult::Outcome::ConnectFailed, peer->errorString());
        else
            finish(TlsResult::Outcome::PreloginFailed, peer->errorString());
    });
    peer->connectToHost(request.address, request.port);
}

void TlsProbe::onConnected()
{
    if (m_request.mode == TlsResult::Mode::Strict) {
        startTls({});
        return;
    }
    // TDS 7.x: PRELOGIN first, in the clear; the server's answer says whether TLS follows.
    m_awaitingPrelogin = true;
    connect(m_peer, &QTcpSocket::readyRead, this, [this] {
        if (!m_awaitingPrelogin)
            return;
        const auto outcome = m_preloginReader.feed(m_peer->readAll());
        if (!outcome)
            return;
        m_awaitingPrelogin = false;
        PreloginResult prelogin;
        prelogin.outcome = *outcome;
        m_preloginReader.fill(prelogin);
        m_result.prelogin = prelogin;
        if (*outcome != PreloginResult::Outcome::SqlServer) {
            finish(TlsResult::Outcome::PreloginFailed, prelogin.evidence);
            return;
        }
        if (prelogin.reply->encryptionMode() == Tds::Encryption::NotSupported) {
            finish(TlsResult::Outcome::NotOffered, tr("the server's PRELOGIN answer says encryption is not supported"));
            return;
        }
        m_peer->disconnect(this);
        startTls({});
    });
    m_peer->write(Tds::makePackets(Tds::packetPrelogin, Tds::buildPreloginPayload(clientPrelogin())));
}

void TlsProbe::startTls(const QByteArray &alreadyReceived)
{
    const bool strict = m_request.mode == TlsResult::Mode::Strict;
    m_peer->disconnect(this);
    m_relay = new TlsRelay(m_peer, strict ? TlsRelay::Framing::None : TlsRelay::Framing::TdsPrelogin, this);
    connect(m_relay, &TlsRelay::failed, this,
            [this](const QString &why) { finish(TlsResult::Outcome::HandshakeFailed, why); });
    connect(m_relay, &TlsRelay::ready, this, [this, strict](qintptr descriptor) {
        auto *tls = new QSslSocket(this);
        m_tls = tls;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        // TDS 7.x carries the handshake in TDS packets only up to TLS 1.2; TLS 1.3 is strict-only.
        configuration.setProtocol(strict ? QSsl::TlsV1_2OrLater : QSsl::TlsV1_2);
        if (strict)
            configuration.setAllowedNextProtocols({ QByteArrayLiteral("tds/8.0") });
        if (!m_request.extraCaCertificates.isEmpty())
            configuration.addCaCertificates(m_request.extraCaCertificates);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls->setSslConfiguration(configuration);
        tls->setPeerVerifyName(m_request.hostName); // SNI and the name the certificate must carry
        connect(tls, &QSslSocket::sslErrors, this, [this, tls](const QList<QSslError> &errors) {
            m_sslErrors = errors;
            tls->ignoreSslErrors(); // finish the handshake to see the whole chain; judged later
        });
        connect(tls, &QSslSocket::encrypted, this, &TlsProbe::onEncrypted);
        connect(tls, &QSslSocket::errorOccurred, this, [this, tls](QAbstractSocket::SocketError) {
            if (m_awaitingPrelogin) {
                if (const auto outcome = m_preloginReader.feed(tls->readAll())) {
                    m_awaitingPrelogin = false;
                    PreloginResult prelogin;
                    prelogin.outcome = *outcome;
                    m_preloginReader.fill(prelogin);
                    m_result.prelogin = prelogin;
                    finish(*outcome == PreloginResult::Outcome::SqlServer ? TlsResult::Outcome::Established
                                                                          : TlsResult::Outcome::PreloginFailed);
                    return;
                }
                PreloginResult prelogin;
                prelogin.outcome = m_preloginReader.undecided(true);
                m_preloginReader.fill(prelogin);
                m_result.prelogin = prelogin;
                finish(TlsResult::Outcome::PreloginFailed, tls->errorString());
                return;
            }
            finish(TlsResult::Outcome::HandshakeFailed, tls->errorString());
        });
        if (!tls->setSocketDescriptor(descriptor)) {
            finish(TlsResult::Outcome::HandshakeFailed, tls->errorString());
            return;
        }
        m_handshakeStartNs = m_clock.nsecsElapsed();
        tls->startClientEncryption();
    });
    m_relay->start(alreadyReceived);
}

void TlsProbe::onEncrypted()
{
    QSslSocket *tls = m_tls;
    m_result.handshakeMs = double(m_clock.nsecsElapsed() - m_handshakeStartNs) / 1e6;
    m_result.protocol = protocolName(tls->sessionProtocol());
    m_result.cipher = tls->sessionCipher().name();
    m_result.alpn = QString::fromLatin1(tls->sslConfiguration().nextNegotiatedProtocol());
    for (const QSslCertificate &certificate : tls->peerCertificateChain())
        m_result.chain.append(describeCertificate(certificate));
    m_result.hostNameMatches = true;
    m_result.chainTrusted = true;
    for (const QSslError &error : std::as_const(m_sslErrors)) {
        m_result.verificationErrors.append(error.errorString());
        if (isNameError(error))
            m_result.hostNameMatches = false;
        else
            m_result.chainTrusted = false;
    }

    if (m_request.mode == TlsResult::Mode::Tds7) {
        finish(TlsResult::Outcome::Established);
        return;
    }
    // Strict: PRELOGIN travels inside the TLS session.
    m_awaitingPrelogin = true;
    connect(tls, &QSslSocket::readyRead, this, [this, tls] {
        if (!m_awaitingPrelogin)
            return;
        const auto outcome = m_preloginReader.feed(tls->readAll());
        if (!outcome)
            return;
        m_awaitingPrelogin = false;
        PreloginResult prelogin;
        prelogin.outcome = *outcome;
        m_preloginReader.fill(prelogin);
        m_result.prelogin = prelogin;
        finish(*outcome == PreloginResult::Outcome::SqlServer ? TlsResult::Outcome::Established
                                                              : TlsResult::Outcome::PreloginFailed,
               *outcome == PreloginResult::Outcome::SqlServer ? QString() : prelogin.evidence);
    });
    tls->write(Tds::makePackets(Tds::packetPrelogin, Tds::buildPreloginPayload(clientPrelogin())));
}

void TlsProbe::cancel()
{
    ++m_generation;
    if (m_session)
        m_session->deleteLater();
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    teardown();
}

void TlsProbe::finish(TlsResult::Outcome outcome, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_result.outcome = outcome;
    if (m_result.error.isEmpty())
        m_result.error = error;
    if (m_relay) {
        m_result.alert = m_relay->peerAlert();
        m_result.serverRecordVersion = m_relay->peerRecordVersion();
        if (m_result.error.isEmpty() && outcome == TlsResult::Outcome::HandshakeFailed && m_result.alert)
            m_result.error = tr("the server sent the alert %1").arg(m_result.alert->name());
    }
    if (m_awaitingPrelogin && (outcome == TlsResult::Outcome::TimedOut)) {
        PreloginResult prelogin;
        prelogin.outcome = m_preloginReader.undecided(false);
        m_preloginReader.fill(prelogin);
        m_result.prelogin = prelogin;
    }
    if (outcome == TlsResult::Outcome::Established && m_request.keepSessionOpen && m_tls && m_relay && m_peer) {
        m_tls->disconnect(this);
        m_relay->disconnect(this);
        m_peer->disconnect(this);
        m_session = new TlsSession(m_peer, m_relay, m_tls);
        m_tls = nullptr;
        m_relay = nullptr;
        m_peer = nullptr;
    }
    teardown();
    const TlsResult result = m_result;
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, result, generation] {
            if (generation == m_generation)
                emit finished(result);
        },
        Qt::QueuedConnection);
}

TlsSession *TlsProbe::takeSession()
{
    TlsSession *session = m_session;
    m_session = nullptr;
    return session;
}

void TlsProbe::teardown()
{
    m_awaitingPrelogin = false;
    if (m_tls) {
        m_tls->disconnect(this);
        m_tls->abort();
        m_tls->deleteLater();
        m_tls = nullptr;
    }
    if (m_relay) {
        m_relay->disconnect(this);
        m_relay->deleteLater();
        m_relay = nullptr;
    }
    if (m_peer) {
        m_peer->disconnect(this);
        m_peer->abort();
        m_peer->deleteLater();
        m_peer = nullptr;
    }
}

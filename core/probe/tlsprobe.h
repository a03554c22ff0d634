#pragma once

#include "tdspreloginprobe.h"
#include "tlsrecords.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>

class TlsRelay;

struct CertificateInfo {
    QString subject; // common name, else the whole subject
    QString issuer;
    QStringList subjectAltNames; // DNS names and addresses
    QDateTime notBefore;
    QDateTime notAfter;
    bool selfSigned = false;
    QString sha256; // hex fingerprint
};

CertificateInfo describeCertificate(const QSslCertificate &certificate);

struct TlsResult {
    enum class Mode {
        Tds7, // PRELOGIN, then the handshake inside TDS packets (Encrypt=True)
        Strict, // TDS 8: the handshake first with ALPN tds/8.0, PRELOGIN inside (Encrypt=Strict)
    };
    enum class Outcome {
        Established, // handshake completed (verification problems are listed, not fatal here)
        HandshakeFailed, // the handshake did not complete
        NotOffered, // TDS 7.x: the server's PRELOGIN says it does not support encryption
        PreloginFailed, // TDS 7.x: no usable PRELOGIN answer before TLS; strict: none inside TLS
        ConnectFailed,
        TimedOut,
        Cancelled,
    };

    Mode mode = Mode::Tds7;
    Outcome outcome = Outcome::Cancelled;
    QString protocol; // "TLS 1.2"
    QString cipher;
    QString alpn; // negotiated application protocol (strict)
    double handshakeMs = 0.0;
    QList<CertificateInfo> chain; // the server's certificate first
    bool hostNameMatches = false;
    bool chainTrusted = false;
    QStringList verificationErrors;
    std::optional<TlsRecords::Alert> alert; // the server's plaintext alert, if it sent one
    std::optional<quint16> serverRecordVersion; // version in the ServerHello, when it could be seen
    std::optional<PreloginResult> prelogin; // TDS 7.x: before TLS; strict: inside TLS
    QString error;

    bool versionTooOld() const;
    // Untrusted chain whose issuer is no CA this machine trusts: someone may be re-signing the traffic.
    bool possibleInspection() const { return outcome == Outcome::Established && !chainTrusted; }
};

QString tlsModeId(TlsResult::Mode mode);
QString tlsOutcomeId(TlsResult::Outcome outcome);

struct TlsProbeRequest {
    QHostAddress address;
    quint16 port = 1433;
    QString hostName; // for SNI and certificate verification
    TlsResult::Mode mode = TlsResult::Mode::Tds7;
    std::chrono::milliseconds timeout { 3000 };
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's
    // Hand the established session over (TlsProbe::takeSession) instead of closing it: the login
    // probe goes on talking TDS through it.
    bool keepSessionOpen = false;
};

// An established TLS session to a SQL Server, handed over by a TlsProbe: the TCP connection, the
// relay that frames TDS 7.x's handshake, and the TLS socket to read and write TDS through. Deleting
// it closes the connection.
class TlsSession : public QObject {
    Q_OBJECT

public:
    explicit TlsSession(QTcpSocket *peer, TlsRelay *relay, QSslSocket *tls);
    ~TlsSession() override;

    QSslSocket *socket() const { return m_tls; }

private:
    QPointer<QTcpSocket> m_peer;
    QPointer<TlsRelay> m_relay;
    QPointer<QSslSocket> m_tls;
};

// The TLS a driver would get: TDS 7.x (handshake inside PRELOGIN packets, TLS 1.2 as that mode
// allows) or TDS 8 strict (TLS first, SNI = host name, ALPN tds/8.0, then PRELOGIN inside TLS).
// Certificate problems are recorded and the handshake completed anyway, so the whole chain can be
// reported; the verdict is the findings engine's.
class TlsProbe : public QObject {
    Q_OBJECT

public:
    explicit TlsProbe(QObject *parent = nullptr);
    ~TlsProbe() override;

    void start(const TlsProbeRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }
    // After finished() with Established, when the request asked to keep the session: the session,
    // now the caller's. Otherwise, or when taken already, nullptr. An untaken session is closed by
    // the next start(), cancel() or the probe's end.
    TlsSession *takeSession();

signals:
    void finished(const TlsResult &result);

private:
    void onConnected();
    void startTls(const QByteArray &alreadyReceived);
    void onEncrypted();
    void finish(TlsResult::Outcome outcome, const QString &error = QString());
    void teardown();

    TlsProbeRequest m_request;
    TlsResult m_result;
    QPointer<QTcpSocket> m_peer;
    QPointer<TlsRelay> m_relay;
    QPointer<QSslSocket> m_tls;
    QPointer<TlsSession> m_session; // established and kept for the caller, not taken yet
    QTimer m_deadline;
    QElapsedTimer m_clock;
    qint64 m_handshakeStartNs = 0;
    PreloginReplyReader m_preloginReader;
    QList<QSslError> m_sslErrors;
    bool m_awaitingPrelogin = false;
    bool m_running = false;
    quint64 m_generation = 0;
};

Q_DECLARE_METATYPE(TlsResult)

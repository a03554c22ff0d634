#pragma once

#include "tdslogin.h"
#include "tlsprobe.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QTimer>

#include <chrono>

// One LOGIN7 exchange with one server: what came back and what it means for the path.
struct LoginAttempt {
    enum class Outcome {
        LoggedIn, // LOGINACK: the credentials were accepted
        Refused, // an ERROR ended the login (18456, 40532, 47072 …): the server read the login
        Routed, // ENVCHANGE routing: the gateway sends the client to another server (redirect)
        NoAnswer, // TLS up and LOGIN7 sent, but no complete answer within the timeout
        Closed, // the server closed the connection after LOGIN7 without a complete answer
        Malformed, // the answer breaks the protocol
        TlsFailed, // no TLS session to send the login through
        ConnectFailed, // no TCP connection
        Cancelled,
    };

    Outcome outcome = Outcome::Cancelled;
    QHostAddress address;
    quint16 port = 0;
    QString tlsName; // the name TLS was asked for (SNI, certificate check)
    TlsResult tls; // the session the login went through
    Tds::LoginResponse response;
    QString userName; // as sent; the password is never kept
    bool madeUpLogin = true;
    double loginMs = 0.0; // LOGIN7 sent → answer complete
    double totalMs = 0.0; // connect → answer complete
    QString error; // why there is no answer, for people

    // The first ERROR's number, 0 when there is none.
    qint32 errorNumber() const { return response.errors.isEmpty() ? 0 : response.errors.constFirst().number; }
};

QString loginOutcomeId(LoginAttempt::Outcome outcome);

// Overwrites a secret's characters, then empties it, so it does not linger in freed memory. (A copy
// still shared elsewhere is that holder's to wipe: fill() writes to this string's own buffer.)
void wipeSecret(QString &secret);

struct LoginProbeRequest {
    QHostAddress address;
    quint16 port = 1433;
    QString tlsName; // SNI and the certificate's expected name
    QString serverName; // LOGIN7's ServerName: the gateway routes by it, so it is the name the user gave
    TlsResult::Mode mode = TlsResult::Mode::Tds7;
    std::chrono::milliseconds timeout { 3000 };
    QList<QSslCertificate> extraCaCertificates;
    QString userName; // empty: a made-up login
    QString database;
    QString clientHostName;
};

// TCP → PRELOGIN → TLS (TDS 7.x inside PRELOGIN packets, or TDS 8 strict) → LOGIN7 → the token stream,
// under one timeout. By default it logs in as a made-up user with a made-up password: a server that
// answers "login failed" (18456) has read the login, which proves the whole path to the engine
// without any secret. A real password, when given, is used for this one LOGIN7 and forgotten.
class TdsLoginProbe : public QObject {
    Q_OBJECT

public:
    explicit TdsLoginProbe(QObject *parent = nullptr);
    ~TdsLoginProbe() override;

    // `password` is used for this attempt only; empty with an empty user name: a made-up one.
    void start(const LoginProbeRequest &request, const QString &password = QString());
    void cancel();
    bool isRunning() const { return m_running; }

    // The user name a made-up login uses: recognisable in the server's log as this tool's probe.
    static QString madeUpUserName();

signals:
    void finished(const LoginAttempt &attempt);

private:
    void onTlsFinished(const TlsResult &result);
    void onAnswerBytes();
    void finish(LoginAttempt::Outcome outcome, const QString &error = QString());
    void teardown();

    LoginProbeRequest m_request;
    QString m_password; // held from start() until LOGIN7 is built, then cleared
    LoginAttempt m_attempt;
    TlsProbe m_tls;
    QPointer<TlsSession> m_session;
    Tds::MessageReader m_answer;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    qint64 m_loginSentNs = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

Q_DECLARE_METATYPE(LoginAttempt)

#include "tdsloginprobe.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QRandomGenerator>
#include <QSysInfo>

namespace {

// A password nobody has: 24 random letters and digits, new for every attempt.
QString madeUpPassword()
{
    static const QLatin1String alphabet("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString password;
    for (int i = 0; i < 24; ++i)
        password.append(QChar(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())))));
    return password;
}

} // namespace

void wipeSecret(QString &secret)
{
    secret.fill(QChar(u'\0'));
    secret.clear();
}

QString loginOutcomeId(LoginAttempt::Outcome outcome)
{
    switch (outcome) {
    case LoginAttempt::Outcome::LoggedIn:
        return QStringLiteral("logged-in");
    case LoginAttempt::Outcome::Refused:
        return QStringLiteral("refused");
    case LoginAttempt::Outcome::Routed:
        return QStringLiteral("routed");
    case LoginAttempt::Outcome::NoAnswer:
        return QStringLiteral("no-answer");
    case LoginAttempt::Outcome::Closed:
        return QStringLiteral("closed");
    case LoginAttempt::Outcome::Malformed:
        return QStringLiteral("malformed");
    case LoginAttempt::Outcome::TlsFailed:
        return QStringLiteral("tls-failed");
    case LoginAttempt::Outcome::ConnectFailed:
        return QStringLiteral("connect-failed");
    case LoginAttempt::Outcome::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

QString TdsLoginProbe::madeUpUserName()
{
    return QStringLiteral("miconnect-probe");
}

TdsLoginProbe::TdsLoginProbe(QObject *parent)
    : QObject(parent)
    , m_tls(this)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { finish(LoginAttempt::Outcome::NoAnswer, tr("no answer to the login within the timeout")); });
    connect(&m_tls, &TlsProbe::finished, this, &TdsLoginProbe::onTlsFinished);
}

TdsLoginProbe::~TdsLoginProbe()
{
    wipeSecret(m_password);
    teardown();
}

void TdsLoginProbe::start(const LoginProbeRequest &request, const QString &password)
{
    cancel();
    m_request = request;
    m_attempt = LoginAttempt {};
    m_attempt.address = request.address;
    m_attempt.port = request.port;
    m_attempt.tlsName = request.tlsName;
    m_attempt.madeUpLogin = request.userName.isEmpty();
    m_attempt.userName = m_attempt.madeUpLogin ? madeUpUserName() : request.userName;
    m_password = m_attempt.madeUpLogin ? madeUpPassword() : password;
    m_answer = Tds::MessageReader {};
    m_running = true;
    m_clock.start();

    TlsProbeRequest tls;
    tls.address = request.address;
    tls.port = request.port;
    tls.hostName = request.tlsName;
    tls.mode = request.mode;
    tls.timeout = request.timeout;
    tls.extraCaCertificates = request.extraCaCertificates;
    tls.keepSessionOpen = true;
    m_tls.start(tls);
}

void TdsLoginProbe::onTlsFinished(const TlsResult &result)
{
    if (!m_running)
        return;
    m_attempt.tls = result;
    if (result.outcome != TlsResult::Outcome::Established) {
        wipeSecret(m_password);
        finish(result.outcome == TlsResult::Outcome::ConnectFailed ? LoginAttempt::Outcome::ConnectFailed
                                                                   : LoginAttempt::Outcome::TlsFailed,
               result.error);
        return;
    }
    m_session = m_tls.takeSession();
    if (!m_session || !m_session->socket()) {
        wipeSecret(m_password);
        finish(LoginAttempt::Outcome::TlsFailed, tr("the TLS session ended before the login"));
        return;
    }
    m_session->setParent(this);
    QSslSocket *socket = m_session->socket();
    connect(socket, &QSslSocket::readyRead, this, &TdsLoginProbe::onAnswerBytes);
    connect(socket, &QSslSocket::disconnected, this, [this] {
        onAnswerBytes(); // whatever arrived with the close still counts
        finish(LoginAttempt::Outcome::Closed,
               tr("the server closed the connection after the login without a complete answer"));
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
        onAnswerBytes();
        finish(LoginAttempt::Outcome::Closed, socket->errorString());
    });

    Tds::Login7 login;
    login.userName = m_attempt.userName;
    login.serverName = m_request.serverName;
    login.database = m_request.database;
    login.hostName = m_request.clientHostName.isEmpty() ? QSysInfo::machineHostName() : m_request.clientHostName;
    login.appName = QStringLiteral("MI Connect Wizard");
    login.libraryName = QStringLiteral("miconnect");
    login.clientProcessId = quint32(QCoreApplication::applicationPid());
    const QByteArray payload = Tds::buildLogin7Payload(login, m_password);
    wipeSecret(m_password);
    m_loginSentNs = m_clock.nsecsElapsed();
    m_deadline.start(m_request.timeout);
    socket->write(Tds::makePackets(Tds::packetLogin7, payload));
}

void TdsLoginProbe::onAnswerBytes()
{
    if (!m_running || !m_session || !m_session->socket())
        return;
    const QByteArray bytes = m_session->socket()->readAll();
    if (bytes.isEmpty() || m_answer.state() != Tds::MessageReader::State::NeedMore)
        return;
    const auto state = m_answer.feed(bytes);
    if (state == Tds::MessageReader::State::NeedMore)
        return;
    m_attempt.loginMs = double(m_clock.nsecsElapsed() - m_loginSentNs) / 1e6;
    if (state == Tds::MessageReader::State::Malformed) {
        finish(LoginAttempt::Outcome::Malformed, m_answer.error());
        return;
    }
    if (m_answer.type() != Tds::packetReply) {
        finish(LoginAttempt::Outcome::Malformed,
               tr("the answer to the login is a TDS message of type 0x%1, not a tabular response")
                   .arg(m_answer.type(), 2, 16, QLatin1Char('0')));
        return;
    }
    const Tds::LoginResponseParse parsed = Tds::parseLoginResponse(m_answer.payload());
    m_attempt.response = parsed.response;
    const Tds::LoginResponse &response = parsed.response;
    // What the client acts on decides: a routing token after a LOGINACK sends it on (MS-TDS 2.2.7.9),
    // an error ends the login, a LOGINACK without either is a session.
    if (response.routing && response.loginAck)
        finish(LoginAttempt::Outcome::Routed);
    else if (response.routing)
        finish(LoginAttempt::Outcome::Malformed,
               tr("a routing token without a login acknowledgement: drivers count that as a failed login and do not "
                  "follow it"));
    else if (!response.errors.isEmpty())
        finish(LoginAttempt::Outcome::Refused);
    else if (response.loginAck && parsed.error.isEmpty())
        finish(LoginAttempt::Outcome::LoggedIn);
    else
        finish(LoginAttempt::Outcome::Malformed,
               parsed.error.isEmpty() ? tr("the answer to the login has neither an acknowledgement nor an error")
                                      : parsed.error);
}

void TdsLoginProbe::cancel()
{
    ++m_generation;
    wipeSecret(m_password);
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_tls.cancel();
    teardown();
}

void TdsLoginProbe::finish(LoginAttempt::Outcome outcome, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_tls.cancel();
    m_attempt.outcome = outcome;
    m_attempt.error = error;
    m_attempt.totalMs = double(m_clock.nsecsElapsed()) / 1e6;
    teardown();
    const LoginAttempt attempt = m_attempt;
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, attempt, generation] {
            if (generation == m_generation)
                emit finished(attempt);
        },
        Qt::QueuedConnection);
}

void TdsLoginProbe::teardown()
{
    if (m_session) {
        if (QSslSocket *socket = m_session->socket())
            socket->disconnect(this);
        m_session->deleteLater();
        m_session = nullptr;
    }
}

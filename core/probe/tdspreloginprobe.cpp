#include "tdspreloginprobe.h"

#include <QCoreApplication>
#include <QMetaObject>

QString preloginOutcomeId(PreloginResult::Outcome outcome)
{
    switch (outcome) {
    case PreloginResult::Outcome::SqlServer:
        return QStringLiteral("sql-server");
    case PreloginResult::Outcome::NotSqlServer:
        return QStringLiteral("not-sql-server");
    case PreloginResult::Outcome::NoResponse:
        return QStringLiteral("no-response");
    case PreloginResult::Outcome::ClosedDuringReply:
        return QStringLiteral("closed-during-reply");
    case PreloginResult::Outcome::Malformed:
        return QStringLiteral("malformed");
    case PreloginResult::Outcome::ConnectFailed:
        return QStringLiteral("connect-failed");
    case PreloginResult::Outcome::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

Tds::Prelogin clientPrelogin()
{
    Tds::Prelogin prelogin;
    prelogin.encryption = quint8(Tds::Encryption::On);
    prelogin.threadId = 0;
    prelogin.mars = 0;
    return prelogin;
}

std::optional<PreloginResult::Outcome> PreloginReplyReader::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return std::nullopt;
    m_bytes += bytes.size();
    if (m_head.size() < 64)
        m_head.append(bytes.first(std::min<qsizetype>(bytes.size(), 64 - m_head.size())));
    // Judge what answered from a whole packet header's worth of bytes: a trickling server sends one
    // byte at a time, and a lone 0x04 could start anything.
    if (!m_kindKnown && m_head.size() >= Tds::headerSize) {
        m_kindKnown = true;
        m_kind = Tds::classifyPeerBytes(m_head);
        if (m_kind != Tds::PeerKind::Tds) {
            m_evidence = Tds::describeBytes(m_head);
            return PreloginResult::Outcome::NotSqlServer;
        }
    }
    switch (m_reader.feed(bytes)) {
    case Tds::MessageReader::State::NeedMore:
        return std::nullopt;
    case Tds::MessageReader::State::Malformed:
        m_evidence = m_reader.error();
        return PreloginResult::Outcome::Malformed;
    case Tds::MessageReader::State::Complete:
        break;
    }
    if (m_reader.type() != Tds::packetReply) {
        m_evidence = QCoreApplication::translate("PreloginReplyReader",
                                                 "the answer is a TDS packet of type 0x%1, not a reply (0x04)")
                         .arg(m_reader.type(), 2, 16, QLatin1Char('0'));
        return PreloginResult::Outcome::Malformed;
    }
    const Tds::PreloginParse parsed = Tds::parsePreloginPayload(m_reader.payload());
    if (!parsed.prelogin) {
        m_evidence = parsed.error;
        return PreloginResult::Outcome::Malformed;
    }
    m_reply = parsed.prelogin;
    return PreloginResult::Outcome::SqlServer;
}

PreloginResult::Outcome PreloginReplyReader::undecided(bool closed)
{
    // A few bytes that clearly are not TDS still say what answered.
    if (!m_kindKnown && !m_head.isEmpty()) {
        m_kindKnown = true;
        m_kind = Tds::classifyPeerBytes(m_head);
        const bool couldBeTds = quint8(m_head.at(0)) == Tds::packetReply;
        if (m_kind != Tds::PeerKind::Tds && !couldBeTds) {
            m_evidence = Tds::describeBytes(m_head);
            return PreloginResult::Outcome::NotSqlServer;
        }
        m_kind = Tds::PeerKind::Tds;
    }
    if (closed)
        return m_bytes == 0 ? PreloginResult::Outcome::NoResponse : PreloginResult::Outcome::ClosedDuringReply;
    return PreloginResult::Outcome::NoResponse;
}

void PreloginReplyReader::fill(PreloginResult &result) const
{
    result.reply = m_reply;
    result.replyPacketType = m_reader.type();
    result.peerKind = m_kind;
    result.bytesReceived = m_bytes;
    if (result.evidence.isEmpty())
        result.evidence = m_evidence;
}

TdsPreloginProbe::TdsPreloginProbe(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
            finish(PreloginResult::Outcome::ConnectFailed, tr("no TCP connection within the timeout"));
            return;
        }
        finish(m_replyReader.undecided(false));
    });
}

TdsPreloginProbe::~TdsPreloginProbe()
{
    dropSocket();
}

void TdsPreloginProbe::start(const QHostAddress &address, quint16 port, std::chrono::milliseconds timeout)
{
    cancel();
    m_result = PreloginResult {};
    m_replyReader = PreloginReplyReader {};
    m_running = true;
    m_clock.start();
    m_deadline.start(timeout);

    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        m_result.connectMs = double(m_clock.nsecsElapsed()) / 1e6;
        m_sentNs = m_clock.nsecsElapsed();
        socket->write(Tds::makePackets(Tds::packetPrelogin, Tds::buildPreloginPayload(clientPrelogin())));
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        const QByteArray bytes = socket->readAll();
        if (const auto outcome = m_replyReader.feed(bytes))
            finish(*outcome);
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (!m_running)
            return;
        if (error == QAbstractSocket::RemoteHostClosedError) {
            // Whatever arrived with the close was read first; then the stream simply ended.
            if (const auto outcome = m_replyReader.feed(socket->readAll())) {
                finish(*outcome);
                return;
            }
            finish(m_replyReader.undecided(true));
            return;
        }
        if (m_result.connectMs == 0.0)
            finish(PreloginResult::Outcome::ConnectFailed, socket->errorString());
        else
            finish(m_replyReader.undecided(true), socket->errorString());
    });
    socket->connectToHost(address, port);
}

void TdsPreloginProbe::cancel()
{
    ++m_generation; // a result already queued is not delivered
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    dropSocket();
}

void TdsPreloginProbe::finish(PreloginResult::Outcome outcome, const QString &evidence)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_result.outcome = outcome;
    m_result.evidence = evidence;
    m_replyReader.fill(m_result);
    if (m_result.evidence.isEmpty()
        && (outcome == PreloginResult::Outcome::NoResponse || outcome == PreloginResult::Outcome::ClosedDuringReply)) {
        m_result.evidence = m_result.bytesReceived == 0
            ? tr("nothing arrived after the PRELOGIN")
            : tr("%1 bytes arrived; the answer was not complete").arg(m_result.bytesReceived);
    }
    if (outcome == PreloginResult::Outcome::SqlServer)
        m_result.replyMs = double(m_clock.nsecsElapsed() - m_sentNs) / 1e6;
    dropSocket();
    // Reported from the event loop, never from inside a socket signal the receiver might re-enter.
    const PreloginResult result = m_result;
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, result, generation] {
            if (generation == m_generation)
                emit finished(result);
        },
        Qt::QueuedConnection);
}

void TdsPreloginProbe::dropSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

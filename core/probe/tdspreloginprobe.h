#pragma once

#include "tdsprotocol.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <optional>

struct PreloginResult {
    enum class Outcome {
        SqlServer, // a well-formed PRELOGIN answer
        NotSqlServer, // something else answered: HTTP, TLS, SSH, a banner, binary
        NoResponse, // connected, but no complete answer before the timeout
        ClosedDuringReply, // the connection ended before the answer was complete
        Malformed, // TDS-shaped bytes that break the protocol's rules
        ConnectFailed, // no TCP connection at all
        Cancelled,
    };

    Outcome outcome = Outcome::Cancelled;
    std::optional<Tds::Prelogin> reply;
    quint8 replyPacketType = 0;
    Tds::PeerKind peerKind = Tds::PeerKind::Binary;
    qsizetype bytesReceived = 0;
    double connectMs = 0.0;
    double replyMs = 0.0; // PRELOGIN sent → answer complete
    QString evidence; // the first bytes, or why they are not a PRELOGIN answer
};

QString preloginOutcomeId(PreloginResult::Outcome outcome);

// The PRELOGIN a current driver sends: VERSION, ENCRYPTION (on), an empty INSTOPT, THREADID, MARS off.
Tds::Prelogin clientPrelogin();

// Reads the answer to a PRELOGIN from a byte stream and classifies it; shared by the plain probe and
// by the strict TLS probe, which sends its PRELOGIN inside TLS.
class PreloginReplyReader {
public:
    // Feeds bytes; returns the outcome once it is decided (SqlServer, NotSqlServer, Malformed).
    std::optional<PreloginResult::Outcome> feed(QByteArrayView bytes);
    // What to report when the stream ended (closed) or ran out of time (timedOut) undecided.
    PreloginResult::Outcome undecided(bool closed);
    void fill(PreloginResult &result) const;

private:
    Tds::MessageReader m_reader;
    QByteArray m_head; // the first bytes, kept for evidence
    std::optional<Tds::Prelogin> m_reply;
    Tds::PeerKind m_kind = Tds::PeerKind::Binary;
    bool m_kindKnown = false;
    QString m_evidence;
    qsizetype m_bytes = 0;
};

// TCP connect, send PRELOGIN, read and classify the answer — all within one timeout.
class TdsPreloginProbe : public QObject {
    Q_OBJECT

public:
    explicit TdsPreloginProbe(QObject *parent = nullptr);
    ~TdsPreloginProbe() override;

    void start(const QHostAddress &address, quint16 port, std::chrono::milliseconds timeout);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(const PreloginResult &result);

private:
    void finish(PreloginResult::Outcome outcome, const QString &evidence = QString());
    void dropSocket();

    QPointer<QTcpSocket> m_socket;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    PreloginReplyReader m_replyReader;
    PreloginResult m_result;
    qint64 m_sentNs = 0;
    quint64 m_generation = 0;
    bool m_running = false;
};

Q_DECLARE_METATYPE(PreloginResult)

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// MS-TDS framing and the PRELOGIN message (MS-TDS 2.2.6.5), as pure functions over bytes. Every byte
// a server sends is hostile input here: each length and offset is checked before it is used.
namespace Tds {

constexpr quint8 packetPrelogin = 0x12; // client PRELOGIN, and TLS handshake records in TDS 7.x
constexpr quint8 packetReply = 0x04; // tabular result: the server's answer
constexpr quint8 packetLogin7 = 0x10;
constexpr quint8 statusEndOfMessage = 0x01;
constexpr int headerSize = 8;
// The largest packet TDS allows; a header claiming more is not TDS.
constexpr int maxPacketSize = 32767;
// The packet size used for what we send (the protocol's default).
constexpr int defaultPacketSize = 4096;

struct PacketHeader {
    quint8 type = 0;
    quint8 status = 0;
    quint16 length = 0; // header included, big-endian on the wire
    quint16 spid = 0;
    quint8 packetId = 0;
    quint8 window = 0;

    bool endOfMessage() const { return status & statusEndOfMessage; }
};

// Reads a header from the first 8 bytes; nullopt when fewer are there.
std::optional<PacketHeader> readHeader(QByteArrayView bytes);

// One message as packets of at most `packetSize` bytes, the last one marked end-of-message.
QByteArray makePackets(quint8 type, QByteArrayView payload, int packetSize = defaultPacketSize);

enum class Encryption : quint8 {
    Off = 0,
    On = 1,
    NotSupported = 2,
    Required = 3,
};
QString encryptionId(quint8 value); // "off", "on", "not-supported", "required", or "unknown(N)"

struct Version {
    quint8 major = 0;
    quint8 minor = 0;
    quint16 build = 0;
    quint16 subBuild = 0;

    QString toString() const; // "16.0.1000.0"
    // The SQL Server release this version belongs to, e.g. "SQL Server 2022"; empty when unknown.
    QString productName() const;
};

namespace Option {
constexpr quint8 version = 0x00;
constexpr quint8 encryption = 0x01;
constexpr quint8 instance = 0x02;
constexpr quint8 threadId = 0x03;
constexpr quint8 mars = 0x04;
constexpr quint8 traceId = 0x05;
constexpr quint8 fedAuthRequired = 0x06;
constexpr quint8 nonce = 0x07;
constexpr quint8 terminator = 0xFF;
} // namespace Option

// A PRELOGIN message's options, as a client sends or a server answers them.
struct Prelogin {
    Version version;
    quint8 encryption = quint8(Encryption::Off); // raw byte: the 0x80 bit flags a client certificate
    QString instance; // INSTOPT, NUL-terminated on the wire
    std::optional<quint32> threadId;
    std::optional<quint8> mars;
    std::optional<quint8> fedAuthRequired;
    bool hasNonce = false;
    QList<quint8> tokens; // the option tokens in the order they came

    Encryption encryptionMode() const { return Encryption(encryption & 0x03); }
};

// The payload (no packet header) of a PRELOGIN message with these options.
QByteArray buildPreloginPayload(const Prelogin &prelogin);

struct PreloginParse {
    std::optional<Prelogin> prelogin;
    QString error; // why the bytes are not a PRELOGIN payload, for people
};
PreloginParse parsePreloginPayload(QByteArrayView payload);

// Collects one TDS message from a byte stream that may arrive in any chunks.
class MessageReader {
public:
    enum class State {
        NeedMore,
        Complete,
        Malformed,
    };

    explicit MessageReader(qsizetype maxMessageSize = 64 * 1024);

    // Appends bytes and says where the message stands. After Complete or Malformed more bytes are ignored.
    State feed(QByteArrayView bytes);
    State state() const { return m_state; }
    quint8 type() const { return m_type; }
    const QByteArray &payload() const { return m_payload; }
    QString error() const { return m_error; }
    qsizetype bytesSeen() const { return m_bytesSeen; }
    // Bytes that arrived after the message's end (a well-behaved server sends none here).
    const QByteArray &leftover() const { return m_buffer; }

private:
    State fail(const QString &error);

    qsizetype m_maxMessageSize;
    QByteArray m_buffer;
    QByteArray m_payload;
    quint8 m_type = 0;
    bool m_typeKnown = false;
    qsizetype m_bytesSeen = 0;
    State m_state = State::NeedMore;
    QString m_error;
};

// Takes TLS records out of the PRELOGIN packets that carry a TDS 7.x handshake, until the peer
// switches to bare TLS records (after the handshake). Chunks may split packets anywhere.
class TlsUnwrapper {
public:
    enum class State {
        Wrapped, // still reading PRELOGIN packets
        Raw, // the peer sends bare TLS records now; bytes pass unchanged
        Malformed,
    };

    // Appends bytes and returns the TLS bytes now available.
    QByteArray feed(QByteArrayView bytes);
    State state() const { return m_state; }
    QString error() const { return m_error; }

private:
    QByteArray m_buffer;
    State m_state = State::Wrapped;
    QString m_error;
};

// What the first bytes a server sent look like, when they are not what was expected.
enum class PeerKind {
    Tds, // a TDS packet header of a known type
    Tls, // a TLS record (handshake or alert): a TLS-only server
    Http, // "HTTP/"
    Ssh, // "SSH-"
    Text, // another printable banner (SMTP, FTP, …)
    Binary, // anything else
};
PeerKind classifyPeerBytes(QByteArrayView bytes);
QString peerKindId(PeerKind kind);

// A printable excerpt of the first bytes, for evidence: text up to the first line break, else hex.
QString describeBytes(QByteArrayView bytes, int maxLength = 48);

} // namespace Tds

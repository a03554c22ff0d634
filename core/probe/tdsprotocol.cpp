#include "tdsprotocol.h"

#include <QCoreApplication>
#include <QtEndian>

namespace Tds {

namespace {

class TdsText {
    Q_DECLARE_TR_FUNCTIONS(TdsText)
};

// Option data is tiny in every real PRELOGIN; a longer INSTOPT is someone else's bytes.
constexpr qsizetype maxInstanceLength = 255;

quint16 readU16(QByteArrayView bytes, qsizetype at)
{
    return quint16((quint8(bytes[at]) << 8) | quint8(bytes[at + 1]));
}

} // namespace

std::optional<PacketHeader> readHeader(QByteArrayView bytes)
{
    if (bytes.size() < headerSize)
        return std::nullopt;
    PacketHeader header;
    header.type = quint8(bytes[0]);
    header.status = quint8(bytes[1]);
    header.length = readU16(bytes, 2);
    header.spid = readU16(bytes, 4);
    header.packetId = quint8(bytes[6]);
    header.window = quint8(bytes[7]);
    return header;
}

QByteArray makePackets(quint8 type, QByteArrayView payload, int packetSize)
{
    const qsizetype chunk = qsizetype(std::clamp(packetSize, headerSize + 1, maxPacketSize)) - headerSize;
    QByteArray packets;
    qsizetype offset = 0;
    quint8 packetId = 1;
    do {
        const qsizetype size = std::min(chunk, payload.size() - offset);
        const bool last = offset + size >= payload.size();
        const quint16 length = quint16(headerSize + size);
        packets.append(char(type));
        packets.append(char(last ? statusEndOfMessage : 0));
        packets.append(char(length >> 8));
        packets.append(char(length & 0xff));
        packets.append('\0');
        packets.append('\0');
        packets.append(char(packetId++));
        packets.append('\0');
        packets.append(payload.sliced(offset, size));
        offset += size;
    } while (offset < payload.size());
    return packets;
}

QString encryptionId(quint8 value)
{
    switch (value & 0x03) {
    case 0:
        return QStringLiteral("off");
    case 1:
        return QStringLiteral("on");
    case 2:
        return QStringLiteral("not-supported");
    default:
        return QStringLiteral("required");
    }
}

QString Version::toString() const
{
    return QStringLiteral("%1.%2.%3.%4").arg(major).arg(minor).arg(build).arg(subBuild);
}

QString Version::productName() const
{
    switch (major) {
    case 17:
        return QStringLiteral("SQL Server 2025");
    case 16:
        return QStringLiteral("SQL Server 2022");
    case 15:
        return QStringLiteral("SQL Server 2019");
    case 14:
        return QStringLiteral("SQL Server 2017");
    case 13:
        return QStringLiteral("SQL Server 2016");
    case 12:
        return QStringLiteral("SQL Server 2014");
    default:
        return {};
    }
}

QByteArray buildPreloginPayload(const Prelogin &prelogin)
{
    struct Entry {
        quint8 token;
        QByteArray data;
    };
    QList<Entry> entries;
    QByteArray version(6, '\0');
    version[0] = char(prelogin.version.major);
    version[1] = char(prelogin.version.minor);
    version[2] = char(prelogin.version.build >> 8);
    version[3] = char(prelogin.version.build & 0xff);
    version[4] = char(prelogin.version.subBuild >> 8);
    version[5] = char(prelogin.version.subBuild & 0xff);
    entries.append({ Option::version, version }); // VERSION must come first
    entries.append({ Option::encryption, QByteArray(1, char(prelogin.encryption)) });
    entries.append({ Option::instance, prelogin.instance.toLatin1().left(maxInstanceLength) + '\0' });
    if (prelogin.threadId) {
        QByteArray thread(4, '\0');
        qToBigEndian(*prelogin.threadId, thread.data());
        entries.append({ Option::threadId, thread });
    }
    if (prelogin.mars)
        entries.append({ Option::mars, QByteArray(1, char(*prelogin.mars)) });
    if (prelogin.fedAuthRequired)
        entries.append({ Option::fedAuthRequired, QByteArray(1, char(*prelogin.fedAuthRequired)) });

    const qsizetype tableSize = entries.size() * 5 + 1;
    QByteArray table;
    QByteArray data;
    for (const Entry &entry : entries) {
        const quint16 offset = quint16(tableSize + data.size());
        table.append(char(entry.token));
        table.append(char(offset >> 8));
        table.append(char(offset & 0xff));
        table.append(char(entry.data.size() >> 8));
        table.append(char(entry.data.size() & 0xff));
        data.append(entry.data);
    }
    table.append(char(Option::terminator));
    return table + data;
}

PreloginParse parsePreloginPayload(QByteArrayView payload)
{
    PreloginParse result;
    Prelogin prelogin;
    bool sawVersion = false;
    bool sawEncryption = false;
    qsizetype position = 0;
    for (;;) {
        if (position >= payload.size()) {
            result.error = TdsText::tr("the option table has no terminator");
            return result;
        }
        const quint8 token = quint8(payload[position]);
        if (token == Option::terminator)
            break;
        if (position + 5 > payload.size()) {
            result.error = TdsText::tr("the option table is cut short");
            return result;
        }
        const quint16 offset = readU16(payload, position + 1);
        const quint16 length = readU16(payload, position + 3);
        position += 5;
        if (qsizetype(offset) + qsizetype(length) > payload.size()) {
            result.error
                = TdsText::tr("option 0x%1 points past the end of the message (offset %2, length %3, message %4 bytes)")
                      .arg(token, 2, 16, QLatin1Char('0'))
                      .arg(offset)
                      .arg(length)
                      .arg(payload.size());
            return result;
        }
        if (prelogin.tokens.contains(token)) {
            result.error = TdsText::tr("option 0x%1 appears twice").arg(token, 2, 16, QLatin1Char('0'));
            return result;
        }
        if (prelogin.tokens.isEmpty() && token != Option::version) {
            result.error = TdsText::tr("the first option is not VERSION");
            return result;
        }
        prelogin.tokens.append(token);
        const QByteArrayView data = payload.sliced(offset, length);
        switch (token) {
        case Option::version:
            if (length < 6) {
                result.error = TdsText::tr("VERSION has %1 bytes instead of 6").arg(length);
                return result;
            }
            prelogin.version.major = quint8(data[0]);
            prelogin.version.minor = quint8(data[1]);
            prelogin.version.build = readU16(data, 2);
            prelogin.version.subBuild = readU16(data, 4);
            sawVersion = true;
            break;
        case Option::encryption:
            if (length != 1) {
                result.error = TdsText::tr("ENCRYPTION has %1 bytes instead of 1").arg(length);
                return result;
            }
            prelogin.encryption = quint8(data[0]);
            sawEncryption = true;
            break;
        case Option::instance: {
            if (length > maxInstanceLength) {
                result.error = TdsText::tr("INSTOPT is %1 bytes long").arg(length);
                return result;
            }
            const qsizetype end = data.indexOf('\0');
            prelogin.instance = QString::fromLatin1(end < 0 ? data : data.first(end));
            break;
        }
        case Option::threadId:
            if (length == 4)
                prelogin.threadId = qFromBigEndian<quint32>(data.data());
            else if (length != 0) {
                result.error = TdsText::tr("THREADID has %1 bytes").arg(length);
                return result;
            }
            break;
        case Option::mars:
            if (length != 1) {
                result.error = TdsText::tr("MARS has %1 bytes instead of 1").arg(length);
                return result;
            }
            prelogin.mars = quint8(data[0]);
            break;
        case Option::fedAuthRequired:
            if (length >= 1)
                prelogin.fedAuthRequired = quint8(data[0]);
            break;
        case Option::nonce:
            prelogin.hasNonce = length == 32;
            break;
        default:
            break; // TRACEID and options newer than this code: skipped, as the protocol allows
        }
    }
    if (!sawVersion || !sawEncryption) {
        result.error = TdsText::tr("VERSION or ENCRYPTION is missing");
        return result;
    }
    result.prelogin = prelogin;
    return result;
}

MessageReader::MessageReader(qsizetype maxMessageSize)
    : m_maxMessageSize(maxMessageSize)
{
}

MessageReader::State MessageReader::fail(const QString &error)
{
    m_error = error;
    m_state = State::Malformed;
    return m_state;
}

MessageReader::State MessageReader::feed(QByteArrayView bytes)
{
    if (m_state != State::NeedMore)
        return m_state;
    m_bytesSeen += bytes.size();
    m_buffer.append(bytes);
    for (;;) {
        const auto header = readHeader(m_buffer);
        if (!header)
            return m_state;
        if (header->length < headerSize || header->length > maxPacketSize) {
            return fail(TdsText::tr("a packet header claims %1 bytes (TDS allows %2 to %3)")
                            .arg(header->length)
                            .arg(headerSize)
                            .arg(maxPacketSize));
        }
        if (m_typeKnown && header->type != m_type)
            return fail(TdsText::tr("packet type changes from 0x%1 to 0x%2 inside one message")
                            .arg(m_type, 2, 16, QLatin1Char('0'))
                            .arg(header->type, 2, 16, QLatin1Char('0')));
        if (m_payload.size() + header->length - headerSize > m_maxMessageSize)
            return fail(TdsText::tr("the message grows past %1 bytes").arg(m_maxMessageSize));
        if (m_buffer.size() < header->length)
            return m_state;
        m_type = header->type;
        m_typeKnown = true;
        m_payload.append(m_buffer.constData() + headerSize, header->length - headerSize);
        m_buffer.remove(0, header->length);
        if (header->endOfMessage()) {
            m_state = State::Complete;
            return m_state;
        }
    }
}

QByteArray TlsUnwrapper::feed(QByteArrayView bytes)
{
    if (m_state == State::Malformed)
        return {};
    if (m_state == State::Raw)
        return bytes.toByteArray();
    m_buffer.append(bytes);
    QByteArray plain;
    while (!m_buffer.isEmpty()) {
        const quint8 first = quint8(m_buffer.at(0));
        if (first >= 0x14 && first <= 0x17) {
            // A bare TLS record (content types 20..23): the peer is past the wrapped handshake.
            m_state = State::Raw;
            plain.append(m_buffer);
            m_buffer.clear();
            break;
        }
        if (first != packetPrelogin && first != packetReply) {
            m_state = State::Malformed;
            m_error
                = TdsText::tr("expected a TDS packet carrying TLS, got byte 0x%1").arg(first, 2, 16, QLatin1Char('0'));
            return plain;
        }
        const auto header = readHeader(m_buffer);
        if (!header)
            break;
        if (header->length < headerSize || header->length > maxPacketSize) {
            m_state = State::Malformed;
            m_error = TdsText::tr("a TDS packet carrying TLS claims %1 bytes").arg(header->length);
            return plain;
        }
        if (m_buffer.size() < header->length)
            break;
        plain.append(m_buffer.constData() + headerSize, header->length - headerSize);
        m_buffer.remove(0, header->length);
    }
    return plain;
}

PeerKind classifyPeerBytes(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return PeerKind::Binary;
    const quint8 first = quint8(bytes[0]);
    if (bytes.size() >= 2 && (first == packetReply || first == packetPrelogin) && quint8(bytes[1]) <= 0x1f)
        return PeerKind::Tds;
    // TLS record: content type 20..23, then version 3.x.
    if (first >= 0x14 && first <= 0x17 && bytes.size() >= 2 && quint8(bytes[1]) == 0x03)
        return PeerKind::Tls;
    if (bytes.startsWith("HTTP/"))
        return PeerKind::Http;
    if (bytes.startsWith("SSH-"))
        return PeerKind::Ssh;
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 64);
    int printable = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const char c = bytes[i];
        if ((c >= 0x20 && c < 0x7f) || c == '\r' || c == '\n' || c == '\t')
            ++printable;
    }
    return printable == probe ? PeerKind::Text : PeerKind::Binary;
}

QString peerKindId(PeerKind kind)
{
    switch (kind) {
    case PeerKind::Tds:
        return QStringLiteral("tds");
    case PeerKind::Tls:
        return QStringLiteral("tls");
    case PeerKind::Http:
        return QStringLiteral("http");
    case PeerKind::Ssh:
        return QStringLiteral("ssh");
    case PeerKind::Text:
        return QStringLiteral("text");
    case PeerKind::Binary:
        break;
    }
    return QStringLiteral("binary");
}

QString describeBytes(QByteArrayView bytes, int maxLength)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), maxLength));
    const PeerKind kind = classifyPeerBytes(bytes);
    if (kind == PeerKind::Http || kind == PeerKind::Ssh || kind == PeerKind::Text) {
        qsizetype end = head.indexOf('\r');
        if (end < 0)
            end = head.indexOf('\n');
        return QString::fromLatin1(end < 0 ? head : head.first(end));
    }
    return QString::fromLatin1(head.toByteArray().toHex(' '));
}

} // namespace Tds

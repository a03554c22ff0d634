#include "tdslogin.h"

#include <QCoreApplication>
#include <QStringView>
#include <QtEndian>

namespace Tds {

namespace {

class TdsText {
    Q_DECLARE_TR_FUNCTIONS(TdsText)
};

// Where each LOGIN7 field sits in the fixed part (MS-TDS 2.2.6.4); the offset/length pairs are two
// USHORTs each, offsets counted from the start of the payload, lengths in characters unless noted.
namespace At {
constexpr qsizetype length = 0;
constexpr qsizetype tdsVersion = 4;
constexpr qsizetype packetSize = 8;
constexpr qsizetype clientProgramVersion = 12;
constexpr qsizetype clientProcessId = 16;
constexpr qsizetype connectionId = 20;
constexpr qsizetype optionFlags1 = 24;
constexpr qsizetype optionFlags2 = 25;
constexpr qsizetype typeFlags = 26;
constexpr qsizetype optionFlags3 = 27;
constexpr qsizetype clientTimeZone = 28;
constexpr qsizetype clientLcid = 32;
constexpr qsizetype hostName = 36;
constexpr qsizetype userName = 40;
constexpr qsizetype password = 44;
constexpr qsizetype appName = 48;
constexpr qsizetype serverName = 52;
constexpr qsizetype extension = 56; // length in bytes
constexpr qsizetype libraryName = 60;
constexpr qsizetype language = 64;
constexpr qsizetype database = 68;
constexpr qsizetype clientId = 72; // 6 bytes, no offset
constexpr qsizetype sspi = 78; // length in bytes; 0xFFFF defers to cbSSPILong
constexpr qsizetype attachDbFile = 82;
constexpr qsizetype changePassword = 86;
constexpr qsizetype sspiLong = 90;
} // namespace At

// fExtension in OptionFlags3: ibExtension points to a DWORD that points to the FeatureExt block.
constexpr quint8 optionFlags3Extension = 0x10;
// MS-TDS 2.2.6.4 allows a longer AtchDBFile (a path) than the other names.
constexpr qsizetype attachDbFileMaxLength = 260;
// B_VARCHAR counts characters in a BYTE.
constexpr qsizetype bVarCharMaxLength = 0xFF;
// TDS 7.2+ DONE, DONEPROC and DONEINPROC: status, curcmd, rowcount. Their token byte's length
// class says 8 bytes — the size before 7.2 — so they are read by their own rule.
constexpr qsizetype doneBodySize = 12;
// ENVCHANGE packet size: "MUST be greater than or equal to 512 and smaller than or equal to 32767".
constexpr quint32 minPacketSize = 512;
// The end of a FEATUREEXTACK token's feature list.
constexpr quint8 featureTerminator = 0xFF;

quint16 readLe16(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.data() + at);
}

quint32 readLe32(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.data() + at);
}

void putLe16(QByteArray &bytes, qsizetype at, quint16 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

void putLe32(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

void appendLe16(QByteArray &bytes, quint16 value)
{
    char raw[2];
    qToLittleEndian(value, raw);
    bytes.append(raw, 2);
}

void appendLe32(QByteArray &bytes, quint32 value)
{
    char raw[4];
    qToLittleEndian(value, raw);
    bytes.append(raw, 4);
}

void appendLe64(QByteArray &bytes, quint64 value)
{
    char raw[8];
    qToLittleEndian(value, raw);
    bytes.append(raw, 8);
}

// At most `limit` UTF-16 code units, never ending on the first half of a surrogate pair.
QStringView clamped(QStringView text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype size = limit;
    if (size > 0 && text[size - 1].isHighSurrogate())
        --size;
    return text.first(size);
}

// UTF-16LE one code unit at a time: the bytes need no alignment and the host no particular byte order.
void appendUtf16(QByteArray &bytes, QStringView text)
{
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        bytes.append(char(unit & 0xff));
        bytes.append(char(unit >> 8));
    }
}

QString readUtf16(QByteArrayView bytes)
{
    QString text(bytes.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        text[i] = QChar(char16_t(quint8(bytes[2 * i]) | (quint8(bytes[2 * i + 1]) << 8)));
    return text;
}

// MS-TDS 2.2.6.4: each byte of the UTF-16LE password has its two nibbles swapped, then is XORed with 0xA5.
char obfuscatedPasswordByte(quint8 byte)
{
    return char(quint8((byte << 4) | (byte >> 4)) ^ 0xA5);
}

void appendObfuscatedPassword(QByteArray &bytes, QStringView password)
{
    for (const QChar character : password) {
        const char16_t unit = character.unicode();
        bytes.append(obfuscatedPasswordByte(quint8(unit & 0xff)));
        bytes.append(obfuscatedPasswordByte(quint8(unit >> 8)));
    }
}

void appendBVarChar(QByteArray &bytes, QStringView text)
{
    const QStringView fitting = clamped(text, bVarCharMaxLength);
    bytes.append(char(fitting.size()));
    appendUtf16(bytes, fitting);
}

void appendUsVarChar(QByteArray &bytes, QStringView text, qsizetype limit)
{
    const QStringView fitting = clamped(text, limit);
    appendLe16(bytes, quint16(fitting.size()));
    appendUtf16(bytes, fitting);
}

// A token whose body follows a USHORT length.
QByteArray tokenWithLength(quint8 token, const QByteArray &body)
{
    QByteArray bytes;
    bytes.append(char(token));
    appendLe16(bytes, quint16(body.size()));
    bytes.append(body);
    return bytes;
}

// Reads one structure's fields in order. A read past the end yields zero or an empty value and marks
// the reader cut short, so a caller reads every field and checks once: no read ever leaves the bytes.
class FieldReader {
public:
    explicit FieldReader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    bool cutShort() const { return m_cutShort; }
    bool atEnd() const { return m_position == m_bytes.size(); }
    qsizetype remaining() const { return m_bytes.size() - m_position; }

    QByteArrayView take(qsizetype count)
    {
        if (m_cutShort || count < 0 || count > remaining()) {
            m_cutShort = true;
            return {};
        }
        const QByteArrayView taken = m_bytes.sliced(m_position, count);
        m_position += count;
        return taken;
    }

    quint8 u8()
    {
        const QByteArrayView bytes = take(1);
        return m_cutShort ? 0 : quint8(bytes[0]);
    }

    quint16 u16()
    {
        const QByteArrayView bytes = take(2);
        return m_cutShort ? 0 : qFromLittleEndian<quint16>(bytes.data());
    }

    quint32 u32()
    {
        const QByteArrayView bytes = take(4);
        return m_cutShort ? 0 : qFromLittleEndian<quint32>(bytes.data());
    }

    quint32 u32BigEndian()
    {
        const QByteArrayView bytes = take(4);
        return m_cutShort ? 0 : qFromBigEndian<quint32>(bytes.data());
    }

    quint64 u64()
    {
        const QByteArrayView bytes = take(8);
        return m_cutShort ? 0 : qFromLittleEndian<quint64>(bytes.data());
    }

    QString utf16(qsizetype characters)
    {
        const QByteArrayView bytes = take(2 * characters);
        return m_cutShort ? QString() : readUtf16(bytes);
    }

    QString bVarChar() { return utf16(u8()); } // BYTE character count, then UTF-16LE
    QString usVarChar() { return utf16(u16()); } // USHORT character count, then UTF-16LE

private:
    QByteArrayView m_bytes;
    qsizetype m_position = 0;
    bool m_cutShort = false;
};

QString hexByte(quint8 value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

// LOGIN7's names and passwords: an offset and a character count, inside the variable part.
bool readLogin7Text(QByteArrayView payload, qsizetype at, const QString &field, qsizetype maxLength, QString *text,
                    QString *error)
{
    const qsizetype offset = readLe16(payload, at);
    const qsizetype characters = readLe16(payload, at + 2);
    if (characters == 0)
        return true; // an unused field's offset means nothing
    if (characters > maxLength) {
        *error = TdsText::tr("%1 is %2 characters long; the protocol allows at most %3")
                     .arg(field)
                     .arg(characters)
                     .arg(maxLength);
        return false;
    }
    if (offset < login7FixedSize) {
        *error = TdsText::tr("%1 starts at byte %2, inside the %3-byte fixed part of the login")
                     .arg(field)
                     .arg(offset)
                     .arg(login7FixedSize);
        return false;
    }
    if (offset + 2 * characters > payload.size()) {
        *error = TdsText::tr("%1 runs past the end of the login (offset %2, %3 characters, login %4 bytes)")
                     .arg(field)
                     .arg(offset)
                     .arg(characters)
                     .arg(payload.size());
        return false;
    }
    if (text)
        *text = readUtf16(payload.sliced(offset, 2 * characters));
    return true;
}

// LOGIN7's binary fields (the extension pointer, SSPI data): an offset and a byte count.
bool checkLogin7Bytes(QByteArrayView payload, const QString &field, qsizetype offset, qint64 length, QString *error)
{
    if (length == 0)
        return true;
    if (offset < login7FixedSize) {
        *error = TdsText::tr("%1 starts at byte %2, inside the %3-byte fixed part of the login")
                     .arg(field)
                     .arg(offset)
                     .arg(login7FixedSize);
        return false;
    }
    if (qint64(offset) + length > qint64(payload.size())) {
        *error = TdsText::tr("%1 runs past the end of the login (offset %2, %3 bytes, login %4 bytes)")
                     .arg(field)
                     .arg(offset)
                     .arg(length)
                     .arg(payload.size());
        return false;
    }
    return true;
}

// The body of a token that carries its length in front: a USHORT, or a DWORD for the few that can be long.
std::optional<QByteArrayView> lengthPrefixedBody(FieldReader &stream, quint8 token, qsizetype lengthSize,
                                                 QString *error)
{
    if (stream.remaining() < lengthSize) {
        *error = TdsText::tr("the %1 token is cut short before its length").arg(tokenName(token));
        return std::nullopt;
    }
    const qint64 length = lengthSize == 2 ? qint64(stream.u16()) : qint64(stream.u32());
    if (length > qint64(stream.remaining())) {
        *error = TdsText::tr("the %1 token claims %2 bytes, but only %3 are left")
                     .arg(tokenName(token))
                     .arg(length)
                     .arg(stream.remaining());
        return std::nullopt;
    }
    return stream.take(qsizetype(length));
}

// A token's fields needed more bytes than its Length gave them.
QString fieldsOverrun(quint8 token, qsizetype length)
{
    return TdsText::tr(
               "the fields of the %1 token need more than its %2 bytes (a text claims more characters than are there)")
        .arg(tokenName(token))
        .arg(length);
}

// The Length field, not the fields, frames the stream: bytes a newer server appends to a token are skipped.
QString readLoginAck(QByteArrayView body, LoginResponse &response)
{
    FieldReader fields(body);
    LoginAck ack;
    ack.interfaceType = fields.u8();
    // LOGINACK carries the version most significant byte first (74 00 00 04), unlike LOGIN7.
    ack.tdsVersion = fields.u32BigEndian();
    ack.programName = fields.bVarChar();
    ack.programVersion.major = fields.u8();
    ack.programVersion.minor = fields.u8();
    const quint8 buildHigh = fields.u8();
    const quint8 buildLow = fields.u8();
    ack.programVersion.build = quint16((buildHigh << 8) | buildLow);
    if (fields.cutShort())
        return fieldsOverrun(Token::loginAck, body.size());
    response.loginAck = ack;
    return {};
}

QString readServerMessage(quint8 token, QByteArrayView body, LoginResponse &response)
{
    FieldReader fields(body);
    ServerMessage message;
    message.number = qint32(fields.u32());
    message.state = fields.u8();
    message.severityClass = fields.u8();
    message.text = fields.usVarChar();
    message.serverName = fields.bVarChar();
    message.procedureName = fields.bVarChar();
    message.lineNumber = qint32(fields.u32()); // a LONG since TDS 7.2
    if (fields.cutShort())
        return fieldsOverrun(token, body.size());
    (token == Token::error ? response.errors : response.infos).append(message);
    return {};
}

QString readRouting(FieldReader &fields, qsizetype tokenLength, LoginResponse &response)
{
    // NewValue: RoutingDataValueLength (USHORT), then Protocol, ProtocolProperty (the port) and
    // AlternateServer; OldValue: 00 00. The inner length must agree with the token's own.
    const quint16 valueLength = fields.u16();
    const QByteArrayView value = fields.take(valueLength);
    if (fields.cutShort())
        return TdsText::tr("the routing ENVCHANGE's value claims %1 bytes, more than its token's %2")
            .arg(valueLength)
            .arg(tokenLength);
    const quint16 oldValueLength = fields.u16();
    if (fields.cutShort() || oldValueLength != 0 || !fields.atEnd())
        return TdsText::tr("the routing ENVCHANGE does not end with the empty old value the protocol requires (token "
                           "%1 bytes, value %2)")
            .arg(tokenLength)
            .arg(valueLength);
    FieldReader routingFields(value);
    Routing routing;
    routing.protocol = routingFields.u8();
    routing.port = routingFields.u16();
    routing.server = routingFields.usVarChar();
    if (routingFields.cutShort() || !routingFields.atEnd())
        return TdsText::tr("the routing ENVCHANGE's server name does not fill its value length of %1 bytes")
            .arg(valueLength);
    if (routing.server.isEmpty())
        return TdsText::tr("the routing ENVCHANGE names no server");
    response.routing = routing;
    return {};
}

QString readEnvChange(QByteArrayView body, LoginResponse &response)
{
    FieldReader fields(body);
    const quint8 type = fields.u8();
    if (fields.cutShort())
        return TdsText::tr("an ENVCHANGE token is empty");
    switch (type) {
    case EnvChangeType::database:
    case EnvChangeType::language:
    case EnvChangeType::packetSize: {
        const QString newValue = fields.bVarChar();
        fields.bVarChar(); // the old value says nothing about this login
        if (fields.cutShort())
            return TdsText::tr("the values of ENVCHANGE type %1 need more than its %2 bytes")
                .arg(type)
                .arg(body.size());
        if (type == EnvChangeType::database) {
            response.database = newValue;
        } else if (type == EnvChangeType::language) {
            response.language = newValue;
        } else {
            bool number = false;
            const uint size = newValue.toUInt(&number);
            if (!number || size < minPacketSize || size > uint(maxPacketSize))
                return TdsText::tr("the packet size ENVCHANGE says '%1', not a number from %2 to %3")
                    .arg(newValue.left(16))
                    .arg(minPacketSize)
                    .arg(maxPacketSize);
            response.packetSize = size;
        }
        return {};
    }
    case EnvChangeType::routing:
        return readRouting(fields, body.size(), response);
    default:
        return {}; // collation, transactions and the rest: none of them says how a login went
    }
}

void readDone(quint8 token, QByteArrayView body, LoginResponse &response)
{
    FieldReader fields(body);
    const quint16 status = fields.u16();
    if (status & DoneStatus::error)
        response.doneWithError = true;
    // CurCmd and DoneRowCount say nothing about a login. DONEPROC and DONEINPROC never end one.
    if (token == Token::done && !(status & DoneStatus::more))
        response.done = true;
}

// FEATUREEXTACK has no length of its own: FeatureId (BYTE), FeatureAckDataLen (DWORD), data, repeated
// until the terminator 0xFF.
bool skipFeatureExtAck(FieldReader &stream, QString *error)
{
    for (;;) {
        if (stream.remaining() < 1) {
            *error = TdsText::tr("the FEATUREEXTACK token ends without its terminator");
            return false;
        }
        const quint8 feature = stream.u8();
        if (feature == featureTerminator)
            return true;
        if (stream.remaining() < 4) {
            *error = TdsText::tr("feature 0x%1 in the FEATUREEXTACK token is cut short before its length")
                         .arg(hexByte(feature));
            return false;
        }
        const quint32 length = stream.u32();
        if (qint64(length) > qint64(stream.remaining())) {
            *error = TdsText::tr("feature 0x%1 in the FEATUREEXTACK token claims %2 bytes, but only %3 are left")
                         .arg(hexByte(feature))
                         .arg(length)
                         .arg(stream.remaining());
            return false;
        }
        stream.take(qsizetype(length));
    }
}

// A token the parser has no reader for, skipped by its length class (MS-TDS 2.2.4.2): bits 5-4 of
// the token byte say zero-length (01), fixed-length (11, bits 3-2 give 1/2/4/8 bytes), variable-length
// (10, a length follows) or variable-count (00, only walking the columns tells).
bool skipUnknownToken(FieldReader &stream, quint8 token, QString *error)
{
    switch (token) {
    case 0xD1: // ROW, NBCROW, ALTROW: zero-length by class, but data follows whose size COLMETADATA gives
    case 0xD2:
    case 0xD3:
    case 0xAC: // RETURNVALUE and DATACLASSIFICATION: variable-length by class, yet no length in front
    case 0xA3:
        *error = TdsText::tr("the answer holds a %1 token (0x%2), whose length only column descriptions can tell; a "
                             "login answer has none")
                     .arg(tokenName(token), hexByte(token));
        return false;
    case 0xE4: // SESSIONSTATE and FEDAUTHINFO: the variable-length tokens whose length is a DWORD
    case 0xEE:
        return bool(lengthPrefixedBody(stream, token, 4, error));
    default:
        break;
    }
    switch (token & 0x30) {
    case 0x10:
        return true;
    case 0x30: {
        const qsizetype size = qsizetype(1) << ((token >> 2) & 0x03);
        if (stream.remaining() < size) {
            *error = TdsText::tr("the %1 token needs %2 bytes, but only %3 are left")
                         .arg(tokenName(token))
                         .arg(size)
                         .arg(stream.remaining());
            return false;
        }
        stream.take(size);
        return true;
    }
    case 0x20:
        return bool(lengthPrefixedBody(stream, token, 2, error));
    default:
        *error = TdsText::tr("the answer holds a %1 token (0x%2), whose length only column descriptions can tell; a "
                             "login answer has none")
                     .arg(tokenName(token), hexByte(token));
        return false;
    }
}

QByteArray buildServerMessageToken(quint8 token, const ServerMessage &message)
{
    const QStringView serverName = clamped(message.serverName, bVarCharMaxLength);
    const QStringView procedureName = clamped(message.procedureName, bVarCharMaxLength);
    // Everything but the text, so the text can take what the USHORT token length leaves.
    const qsizetype fixed = 4 + 1 + 1 + 2 + (1 + 2 * serverName.size()) + (1 + 2 * procedureName.size()) + 4;
    QByteArray body;
    appendLe32(body, quint32(message.number));
    body.append(char(message.state));
    body.append(char(message.severityClass));
    appendUsVarChar(body, message.text, (0xFFFF - fixed) / 2);
    appendBVarChar(body, serverName);
    appendBVarChar(body, procedureName);
    appendLe32(body, quint32(message.lineNumber));
    return tokenWithLength(token, body);
}

} // namespace

bool Login7::operator==(const Login7 &other) const
{
    return tdsVersion == other.tdsVersion && packetSize == other.packetSize
        && clientProgramVersion == other.clientProgramVersion && clientProcessId == other.clientProcessId
        && connectionId == other.connectionId && optionFlags1 == other.optionFlags1
        && optionFlags2 == other.optionFlags2 && typeFlags == other.typeFlags && optionFlags3 == other.optionFlags3
        && clientTimeZone == other.clientTimeZone && clientLcid == other.clientLcid && hostName == other.hostName
        && userName == other.userName && appName == other.appName && serverName == other.serverName
        && libraryName == other.libraryName && language == other.language && database == other.database
        && clientId == other.clientId;
}

QByteArray buildLogin7Payload(const Login7 &login, const QString &password)
{
    struct Field {
        qsizetype at;
        QStringView text;
        bool secret;
    };
    // The order of the variable part follows the fixed part, as in the spec's example (MS-TDS 4.2).
    const Field fields[] = {
        { At::hostName, clamped(login.hostName, login7MaxNameLength), false },
        { At::userName, clamped(login.userName, login7MaxNameLength), false },
        { At::password, clamped(password, login7MaxNameLength), true },
        { At::appName, clamped(login.appName, login7MaxNameLength), false },
        { At::serverName, clamped(login.serverName, login7MaxNameLength), false },
        { At::extension, {}, false },
        { At::libraryName, clamped(login.libraryName, login7MaxNameLength), false },
        { At::language, clamped(login.language, login7MaxNameLength), false },
        { At::database, clamped(login.database, login7MaxNameLength), false },
        { At::sspi, {}, false },
        { At::attachDbFile, {}, false },
        { At::changePassword, {}, false },
    };
    qsizetype size = login7FixedSize;
    for (const Field &field : fields)
        size += 2 * field.text.size();

    // The obfuscation is undone by anyone who reads it, so the buffer is sized once: no reallocation
    // leaves a copy of the password bytes behind in freed memory.
    QByteArray payload(login7FixedSize, '\0');
    payload.reserve(size);
    putLe32(payload, At::length, quint32(size));
    putLe32(payload, At::tdsVersion, login.tdsVersion);
    putLe32(payload, At::packetSize, login.packetSize);
    putLe32(payload, At::clientProgramVersion, login.clientProgramVersion);
    putLe32(payload, At::clientProcessId, login.clientProcessId);
    putLe32(payload, At::connectionId, login.connectionId);
    payload[At::optionFlags1] = char(login.optionFlags1);
    payload[At::optionFlags2] = char(login.optionFlags2);
    payload[At::typeFlags] = char(login.typeFlags);
    payload[At::optionFlags3] = char(login.optionFlags3);
    putLe32(payload, At::clientTimeZone, quint32(login.clientTimeZone));
    putLe32(payload, At::clientLcid, login.clientLcid);
    for (qsizetype i = 0; i < qsizetype(login.clientId.size()); ++i)
        payload[At::clientId + i] = char(login.clientId[size_t(i)]);
    for (const Field &field : fields) {
        // Unused fields point at where their data would be, with length 0, as the spec's example does.
        putLe16(payload, field.at, quint16(payload.size()));
        putLe16(payload, field.at + 2, quint16(field.text.size()));
        if (field.secret)
            appendObfuscatedPassword(payload, field.text);
        else
            appendUtf16(payload, field.text);
    }
    putLe32(payload, At::sspiLong, 0);
    Q_ASSERT(payload.size() == size);
    return payload;
}

Login7Parse parseLogin7Payload(QByteArrayView payload)
{
    Login7Parse result;
    if (payload.size() > login7MaxSize) {
        result.error = TdsText::tr("the login is %1 bytes long; the protocol allows at most %2")
                           .arg(payload.size())
                           .arg(login7MaxSize);
        return result;
    }
    if (payload.size() < login7FixedSize) {
        result.error = TdsText::tr("the login has %1 bytes, fewer than the %2 of its fixed part")
                           .arg(payload.size())
                           .arg(login7FixedSize);
        return result;
    }
    const quint32 declaredLength = readLe32(payload, At::length);
    if (declaredLength != quint32(payload.size())) {
        result.error
            = TdsText::tr("the login says it is %1 bytes long but carries %2").arg(declaredLength).arg(payload.size());
        return result;
    }
    // "ibHostName … MUST NOT be 0": it marks where the variable part starts.
    if (readLe16(payload, At::hostName) == 0) {
        result.error = TdsText::tr(
            "the login's first offset (ibHostName) is 0, so it does not say where its variable part starts");
        return result;
    }

    Login7 login;
    login.tdsVersion = readLe32(payload, At::tdsVersion);
    login.packetSize = readLe32(payload, At::packetSize);
    login.clientProgramVersion = readLe32(payload, At::clientProgramVersion);
    login.clientProcessId = readLe32(payload, At::clientProcessId);
    login.connectionId = readLe32(payload, At::connectionId);
    login.optionFlags1 = quint8(payload[At::optionFlags1]);
    login.optionFlags2 = quint8(payload[At::optionFlags2]);
    login.typeFlags = quint8(payload[At::typeFlags]);
    login.optionFlags3 = quint8(payload[At::optionFlags3]);
    login.clientTimeZone = qint32(readLe32(payload, At::clientTimeZone));
    login.clientLcid = readLe32(payload, At::clientLcid);
    for (qsizetype i = 0; i < qsizetype(login.clientId.size()); ++i)
        login.clientId[size_t(i)] = quint8(payload[At::clientId + i]);

    struct Text {
        qsizetype at;
        QString name; // as the spec calls the field
        qsizetype maxLength;
        QString *value;
    };
    const Text texts[] = {
        { At::hostName, QStringLiteral("HostName"), login7MaxNameLength, &login.hostName },
        { At::userName, QStringLiteral("UserName"), login7MaxNameLength, &login.userName },
        { At::password, QStringLiteral("Password"), login7MaxNameLength, nullptr }, // checked, never decoded
        { At::appName, QStringLiteral("AppName"), login7MaxNameLength, &login.appName },
        { At::serverName, QStringLiteral("ServerName"), login7MaxNameLength, &login.serverName },
        { At::libraryName, QStringLiteral("CltIntName"), login7MaxNameLength, &login.libraryName },
        { At::language, QStringLiteral("Language"), login7MaxNameLength, &login.language },
        { At::database, QStringLiteral("Database"), login7MaxNameLength, &login.database },
        { At::attachDbFile, QStringLiteral("AtchDBFile"), attachDbFileMaxLength, nullptr },
        { At::changePassword, QStringLiteral("ChangePassword"), login7MaxNameLength, nullptr },
    };
    for (const Text &text : texts) {
        if (!readLogin7Text(payload, text.at, text.name, text.maxLength, text.value, &result.error))
            return result;
    }

    const qsizetype extensionOffset = readLe16(payload, At::extension);
    const qsizetype extensionLength = readLe16(payload, At::extension + 2);
    if (!checkLogin7Bytes(payload, QStringLiteral("Extension"), extensionOffset, extensionLength, &result.error))
        return result;
    if ((login.optionFlags3 & optionFlags3Extension) && extensionLength >= 4) {
        const quint32 featureExtOffset = readLe32(payload, extensionOffset);
        if (featureExtOffset < quint32(login7FixedSize) || featureExtOffset >= quint32(payload.size())) {
            result.error = TdsText::tr("the login's feature extension block is said to start at byte %1, outside its "
                                       "variable part (login %2 bytes)")
                               .arg(featureExtOffset)
                               .arg(payload.size());
            return result;
        }
    }

    const qsizetype sspiOffset = readLe16(payload, At::sspi);
    const quint16 sspiShortLength = readLe16(payload, At::sspi + 2);
    const qint64 sspiLength
        = sspiShortLength == 0xFFFF ? qint64(readLe32(payload, At::sspiLong)) : qint64(sspiShortLength);
    if (!checkLogin7Bytes(payload, QStringLiteral("SSPI"), sspiOffset, sspiLength, &result.error))
        return result;

    result.hasPassword = readLe16(payload, At::password + 2) != 0;
    result.hasSspi = sspiLength != 0;
    result.login = login;
    return result;
}

QString tokenName(quint8 token)
{
    switch (token) {
    case 0x78:
        return QStringLiteral("OFFSET");
    case 0x79:
        return QStringLiteral("RETURNSTATUS");
    case 0x81:
        return QStringLiteral("COLMETADATA");
    case 0x88:
        return QStringLiteral("ALTMETADATA");
    case 0xA3:
        return QStringLiteral("DATACLASSIFICATION");
    case 0xA4:
        return QStringLiteral("TABNAME");
    case 0xA5:
        return QStringLiteral("COLINFO");
    case 0xA9:
        return QStringLiteral("ORDER");
    case Token::error:
        return QStringLiteral("ERROR");
    case Token::info:
        return QStringLiteral("INFO");
    case 0xAC:
        return QStringLiteral("RETURNVALUE");
    case Token::loginAck:
        return QStringLiteral("LOGINACK");
    case Token::featureExtAck:
        return QStringLiteral("FEATUREEXTACK");
    case 0xD1:
        return QStringLiteral("ROW");
    case 0xD2:
        return QStringLiteral("NBCROW");
    case 0xD3:
        return QStringLiteral("ALTROW");
    case Token::envChange:
        return QStringLiteral("ENVCHANGE");
    case 0xE4:
        return QStringLiteral("SESSIONSTATE");
    case 0xED:
        return QStringLiteral("SSPI");
    case 0xEE:
        return QStringLiteral("FEDAUTHINFO");
    case Token::done:
        return QStringLiteral("DONE");
    case Token::doneProc:
        return QStringLiteral("DONEPROC");
    case Token::doneInProc:
        return QStringLiteral("DONEINPROC");
    default:
        return QStringLiteral("0x") + hexByte(token);
    }
}

QString LoginAck::tdsVersionText() const
{
    // The values servers send in LOGINACK (MS-TDS 2.2.7.14); 7.0 and 7.1 predate the 0xMm00000n form.
    switch (tdsVersion) {
    case 0x07000000:
        return QStringLiteral("7.0");
    case 0x07010000:
    case 0x71000001:
        return QStringLiteral("7.1");
    case 0x72090002:
        return QStringLiteral("7.2");
    case 0x730A0003:
        return QStringLiteral("7.3A");
    case 0x730B0003:
        return QStringLiteral("7.3B");
    case 0x74000004:
        return QStringLiteral("7.4");
    case 0x08000000:
        return QStringLiteral("8.0");
    default:
        return QStringLiteral("0x%1").arg(tdsVersion, 8, 16, QLatin1Char('0'));
    }
}

LoginResponseParse parseLoginResponse(QByteArrayView payload)
{
    LoginResponseParse result;
    LoginResponse &response = result.response;
    if (payload.isEmpty()) {
        result.error = TdsText::tr("the answer to the login is empty");
        return result;
    }
    FieldReader stream(payload);
    while (!stream.atEnd()) {
        // "A DONE token data stream is the last thing sent in response to a server login request."
        if (response.done) {
            result.error = TdsText::tr("%1 bytes follow the final DONE token").arg(stream.remaining());
            return result;
        }
        const quint8 token = stream.u8();
        response.tokens.append(token);
        QString error;
        switch (token) {
        case Token::loginAck:
        case Token::error:
        case Token::info:
        case Token::envChange: {
            const auto body = lengthPrefixedBody(stream, token, 2, &error);
            if (!body)
                break;
            if (token == Token::loginAck)
                error = readLoginAck(*body, response);
            else if (token == Token::envChange)
                error = readEnvChange(*body, response);
            else
                error = readServerMessage(token, *body, response);
            break;
        }
        case Token::done:
        case Token::doneProc:
        case Token::doneInProc:
            if (stream.remaining() < doneBodySize) {
                error = TdsText::tr("the %1 token has %2 of its %3 bytes")
                            .arg(tokenName(token))
                            .arg(stream.remaining())
                            .arg(doneBodySize);
                break;
            }
            readDone(token, stream.take(doneBodySize), response);
            break;
        case Token::featureExtAck:
            skipFeatureExtAck(stream, &error);
            break;
        default:
            skipUnknownToken(stream, token, &error);
            break;
        }
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
    }
    if (!response.done)
        result.error = TdsText::tr("the answer ends without a final DONE token");
    return result;
}

QByteArray buildLoginAckToken(const LoginAck &ack)
{
    QByteArray body;
    body.append(char(ack.interfaceType));
    char version[4];
    qToBigEndian(ack.tdsVersion, version);
    body.append(version, 4);
    appendBVarChar(body, ack.programName);
    body.append(char(ack.programVersion.major));
    body.append(char(ack.programVersion.minor));
    body.append(char(ack.programVersion.build >> 8));
    body.append(char(ack.programVersion.build & 0xff));
    return tokenWithLength(Token::loginAck, body);
}

QByteArray buildErrorToken(const ServerMessage &message)
{
    return buildServerMessageToken(Token::error, message);
}

QByteArray buildInfoToken(const ServerMessage &message)
{
    return buildServerMessageToken(Token::info, message);
}

QByteArray buildRoutingToken(const Routing &routing)
{
    // Type, value length, protocol, port, server count and old value around the server's characters.
    const qsizetype overhead = 1 + 2 + 1 + 2 + 2 + 2;
    QByteArray value;
    value.append(char(routing.protocol));
    appendLe16(value, routing.port);
    appendUsVarChar(value, routing.server, (0xFFFF - overhead) / 2);
    QByteArray body;
    body.append(char(EnvChangeType::routing));
    appendLe16(body, quint16(value.size()));
    body.append(value);
    appendLe16(body, 0); // the old value: empty
    return tokenWithLength(Token::envChange, body);
}

QByteArray buildEnvChangeToken(quint8 type, const QString &newValue, const QString &oldValue)
{
    QByteArray body;
    body.append(char(type));
    appendBVarChar(body, newValue);
    appendBVarChar(body, oldValue);
    return tokenWithLength(Token::envChange, body);
}

QByteArray buildDoneToken(quint16 status, quint64 rowCount)
{
    QByteArray bytes;
    bytes.append(char(Token::done));
    appendLe16(bytes, status);
    appendLe16(bytes, 0); // CurCmd: no statement ran
    appendLe64(bytes, rowCount);
    return bytes;
}

} // namespace Tds

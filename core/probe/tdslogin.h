#pragma once

#include "tdsprotocol.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// The LOGIN7 message (MS-TDS 2.2.6.4) and the token stream a server answers it with (MS-TDS 2.2.7),
// as pure functions over bytes. Both directions are read as hostile input: a client's LOGIN7 in the
// simulator, a server's answer in the probe. Every count and offset is checked against what is there.
namespace Tds {

constexpr quint32 tds74 = 0x74000004; // TDS 7.4 as LOGIN7 sends it (little-endian on the wire)

// MS-TDS 2.2.6.4: a LOGIN7 message MUST NOT be longer than 128K-1 bytes.
constexpr qsizetype login7MaxSize = 128 * 1024 - 1;
// The fixed part of a TDS 7.2+ LOGIN7, up to and including cbSSPILong; the variable part follows.
constexpr qsizetype login7FixedSize = 94;
// The spec limits each name (host, user, password, application, server, library, language, database).
constexpr qsizetype login7MaxNameLength = 128;

// LOGIN7 (MS-TDS 2.2.6.4). The password is held only while the payload is built.
struct Login7 {
    quint32 tdsVersion = tds74;
    quint32 packetSize = 4096;
    quint32 clientProgramVersion = 0;
    quint32 clientProcessId = 0;
    quint32 connectionId = 0; // 0 for a new connection
    quint8 optionFlags1 = 0xE0; // USE_DB_ON | INIT_DB_FATAL | SET_LANG_ON
    quint8 optionFlags2 = 0x03; // INIT_LANG_FATAL | ODBC_ON
    quint8 typeFlags = 0;
    quint8 optionFlags3 = 0;
    qint32 clientTimeZone = 0; // unused by servers; the spec's example sends 0
    quint32 clientLcid = 0x0409;
    QString hostName; // the client machine
    QString userName;
    QString appName;
    QString serverName; // the name the client connected to — the gateway routes by it
    QString libraryName;
    QString language;
    QString database;
    std::array<quint8, 6> clientId {}; // traditionally the client's MAC address; any 6 bytes

    // Every field, compared as the parser sees them (the password is not part of a Login7).
    bool operator==(const Login7 &other) const;
    bool operator!=(const Login7 &other) const { return !(*this == other); }
};

// The payload (no packet header). `password` is obfuscated as the spec requires (swap nibbles, XOR 0xA5)
// and exists nowhere else afterwards (the caller's QString is its own business). Each name, and the
// password, is cut to login7MaxNameLength characters.
QByteArray buildLogin7Payload(const Login7 &login, const QString &password);

struct Login7Parse {
    std::optional<Login7> login; // every field except the password, which is never decoded
    bool hasPassword = false; // the password field is non-empty
    bool hasSspi = false; // the client offers integrated authentication (SSPI data)
    QString error; // why the bytes are not a LOGIN7 payload, for people
};
// For the simulator: reads a client's LOGIN7 payload as hostile input.
Login7Parse parseLogin7Payload(QByteArrayView payload);

// Token stream of the server's answer to LOGIN7 (MS-TDS 2.2.7).
namespace Token {
constexpr quint8 error = 0xAA;
constexpr quint8 info = 0xAB;
constexpr quint8 loginAck = 0xAD;
constexpr quint8 featureExtAck = 0xAE;
constexpr quint8 envChange = 0xE3;
constexpr quint8 done = 0xFD;
constexpr quint8 doneProc = 0xFE;
constexpr quint8 doneInProc = 0xFF;
constexpr quint8 colMetadata = 0x81;
} // namespace Token

// "LOGINACK", "ENVCHANGE", … for the tokens the spec names; "0xNN" for others. For evidence.
QString tokenName(quint8 token);

namespace EnvChangeType {
constexpr quint8 database = 1;
constexpr quint8 language = 2;
constexpr quint8 packetSize = 4;
constexpr quint8 collation = 7;
constexpr quint8 routing = 20;
} // namespace EnvChangeType

// DONE status bits (MS-TDS 2.2.7.6).
namespace DoneStatus {
constexpr quint16 more = 0x01; // more results follow in this answer
constexpr quint16 error = 0x02; // the statement (here: the login) failed
constexpr quint16 serverError = 0x100;
} // namespace DoneStatus

struct LoginAck {
    quint8 interfaceType = 1; // 1 = SQL_TSQL
    quint32 tdsVersion = 0; // as on the wire (big-endian there, unlike LOGIN7), e.g. 0x74000004
    QString programName; // "Microsoft SQL Server"
    Version programVersion; // major, minor, build (the 4 bytes: major, minor, buildHi, buildLo; subBuild 0)
    QString tdsVersionText() const; // "7.4", "7.3A", "7.3B", "7.2", "7.1", "7.0", "8.0", else hex
};

struct ServerMessage // ERROR or INFO
{
    qint32 number = 0;
    quint8 state = 0;
    quint8 severityClass = 0;
    QString text;
    QString serverName;
    QString procedureName;
    qint32 lineNumber = 0;
};

struct Routing // ENVCHANGE type 20
{
    quint8 protocol = 0; // 0 = TCP
    quint16 port = 0;
    QString server; // the alternate server, possibly "host\instance"
};

struct LoginResponse {
    std::optional<LoginAck> loginAck;
    QList<ServerMessage> errors;
    QList<ServerMessage> infos;
    std::optional<Routing> routing;
    QString database; // ENVCHANGE database new value, if any
    QString language; // ENVCHANGE language new value, if any
    std::optional<quint32> packetSize; // ENVCHANGE packet size (sent as text), if any
    bool done = false; // a final DONE (no DONE_MORE bit 0x01) was read
    bool doneWithError = false; // a DONE status has DONE_ERROR (0x02)
    QList<quint8> tokens; // token types in the order they came, for evidence
};

struct LoginResponseParse {
    LoginResponse response; // what could be read before any error
    QString error; // empty when the stream was well-formed and ended with a final DONE
};

// Reads a whole tabular-response payload (the concatenated payload of the 0x04 message). Unknown
// tokens are skipped by their length class (2.2.4.2: zero-length, fixed 1/2/4/8, USHORT- or
// DWORD-length variable — and FEATUREEXTACK's own layout); a token whose length cannot be known
// (COLMETADATA, ROW and the like) ends parsing with an error naming it. Strings are UTF-16LE
// (B_VARCHAR = byte char count, US_VARCHAR = ushort char count). Bytes after the final DONE are an error.
LoginResponseParse parseLoginResponse(QByteArrayView payload);

// Server side, for the simulator (and for tests): each returns one token's bytes. Strings longer than
// their length field allows are cut to fit.
QByteArray buildLoginAckToken(const LoginAck &ack);
QByteArray buildErrorToken(const ServerMessage &message);
QByteArray buildInfoToken(const ServerMessage &message);
QByteArray buildRoutingToken(const Routing &routing); // ENVCHANGE type 20, old value 00 00
// B_VARCHAR types (database 1, language 2, packet size 4 — its value as decimal text).
QByteArray buildEnvChangeToken(quint8 type, const QString &newValue, const QString &oldValue);
// TDS 7.2+: status USHORT, curcmd USHORT, rowcount ULONGLONG.
QByteArray buildDoneToken(quint16 status, quint64 rowCount = 0);

} // namespace Tds

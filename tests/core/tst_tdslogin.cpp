#include "probe/tdslogin.h"

#include <QTest>
#include <QtEndian>

// LOGIN7 and the token stream that answers it, against the protocol document's own bytes and
// against hostile input: every length and count a peer sends is checked before it is used.
class tst_TdsLogin : public QObject {
    Q_OBJECT

private slots:
    void login7MatchesTheSpecExample();
    void parsesTheSpecExample();
    void login7RoundTrip();
    void passwordIsObfuscatedAsTheSpecSays();
    void namesAreCutTo128Characters();
    void login7ParseErrors_data();
    void login7ParseErrors();

    void loginFailed18456();
    void routing();
    void routingLengthsMustAgree_data();
    void routingLengthsMustAgree();
    void successfulLogin();
    void tdsVersionText_data();
    void tdsVersionText();
    void skipsTokensByTheirLengthClass();
    void tokensWhoseLengthCannotBeKnown_data();
    void tokensWhoseLengthCannotBeKnown();
    void streamErrors_data();
    void streamErrors();
    void everyTruncationIsAnError();
    void corruptedBytesNeverCrash();
    void buildersCutStringsToFit();
};

namespace {

void putLe16(QByteArray &bytes, qsizetype at, quint16 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

void putLe32(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

Tds::Login7 everyField()
{
    Tds::Login7 login;
    login.tdsVersion = Tds::tds74;
    login.packetSize = 8000;
    login.clientProgramVersion = 0x01020304;
    login.clientProcessId = 4242;
    login.connectionId = 7;
    login.optionFlags1 = 0xE0;
    login.optionFlags2 = 0x03;
    login.typeFlags = 0x20; // read-only intent
    login.optionFlags3 = 0x08;
    login.clientTimeZone = -60;
    login.clientLcid = 0x0407;
    login.hostName = "WORKSTATION-7";
    login.userName = "probe_user";
    login.appName = "MI Connect Wizard";
    login.serverName = "contoso-mi.1a2b3c4d5e6f.database.windows.net";
    login.libraryName = "miconnect";
    login.language = "us_english";
    login.database = QString::fromUtf8("Bücher-€-\xF0\x9F\x93\x9A"); // ü, €, and a surrogate pair
    login.clientId = { 0x00, 0x50, 0x8B, 0xE2, 0xB7, 0x8F };
    return login;
}

// The answer a gateway gives a made-up login: ERROR 18456, then DONE with DONE_ERROR.
QByteArray loginFailedAnswer()
{
    Tds::ServerMessage message;
    message.number = 18456;
    message.state = 1;
    message.severityClass = 14;
    message.text = "Login failed for user 'probe'.";
    message.serverName = "contoso-mi";
    message.lineNumber = 1;
    return Tds::buildErrorToken(message) + Tds::buildDoneToken(Tds::DoneStatus::error);
}

QByteArray routedAnswer()
{
    Tds::LoginAck ack;
    ack.tdsVersion = 0x74000004;
    ack.programName = "Microsoft SQL Server";
    ack.programVersion = { 12, 0, 2000, 0 };
    return Tds::buildLoginAckToken(ack)
        + Tds::buildRoutingToken({ 0, 11002, "vm3.tr5.westeurope1-a.worker.database.windows.net\\abc" })
        + Tds::buildDoneToken(0);
}

QByteArray loggedInAnswer()
{
    Tds::LoginAck ack;
    ack.tdsVersion = 0x74000004;
    ack.programName = "Microsoft SQL Server";
    ack.programVersion = { 16, 0, 4165, 0 };
    Tds::ServerMessage info;
    info.number = 5701;
    info.state = 2;
    info.severityClass = 0;
    info.text = "Changed database context to 'master'.";
    info.serverName = "contoso-mi";
    info.lineNumber = 1;
    return Tds::buildEnvChangeToken(Tds::EnvChangeType::database, "master", "") + Tds::buildInfoToken(info)
        + Tds::buildLoginAckToken(ack) + Tds::buildEnvChangeToken(Tds::EnvChangeType::packetSize, "8000", "4096")
        + Tds::buildDoneToken(0);
}

} // namespace

void tst_TdsLogin::login7MatchesTheSpecExample()
{
    // MS-TDS 4.2 "Login Request": TDS 7.2, host "skostov1", user "sa", no password, app "OSQL-32",
    // library "ODBC", client ID 00 50 8B E2 B7 8F — the whole packet, byte for byte.
    const QByteArray published = QByteArray::fromHex("10 01 00 90 00 00 01 00 88 00 00 00 02 00 09 72"
                                                     "00 10 00 00 00 00 00 07 00 01 00 00 00 00 00 00"
                                                     "E0 03 00 00 00 00 00 00 09 04 00 00 5E 00 08 00"
                                                     "6E 00 02 00 72 00 00 00 72 00 07 00 80 00 00 00"
                                                     "80 00 00 00 80 00 04 00 88 00 00 00 88 00 00 00"
                                                     "00 50 8B E2 B7 8F 88 00 00 00 88 00 00 00 88 00"
                                                     "00 00 00 00 00 00 73 00 6B 00 6F 00 73 00 74 00"
                                                     "6F 00 76 00 31 00 73 00 61 00 4F 00 53 00 51 00"
                                                     "4C 00 2D 00 33 00 32 00 4F 00 44 00 42 00 43 00");
    QCOMPARE(published.size(), qsizetype(0x90));

    Tds::Login7 login;
    login.tdsVersion = 0x72090002;
    login.packetSize = 4096;
    login.clientProgramVersion = 0x07000000;
    login.clientProcessId = 0x100;
    login.hostName = "skostov1";
    login.userName = "sa";
    login.appName = "OSQL-32";
    login.libraryName = "ODBC";
    login.clientId = { 0x00, 0x50, 0x8B, 0xE2, 0xB7, 0x8F };
    const QByteArray payload = Tds::buildLogin7Payload(login, QString());
    QCOMPARE(Tds::makePackets(Tds::packetLogin7, payload).toHex(' '), published.toHex(' '));
}

void tst_TdsLogin::parsesTheSpecExample()
{
    const QByteArray payload
        = QByteArray::fromHex("88 00 00 00 02 00 09 72 00 10 00 00 00 00 00 07 00 01 00 00 00 00 00 00"
                              "E0 03 00 00 00 00 00 00 09 04 00 00 5E 00 08 00"
                              "6E 00 02 00 72 00 00 00 72 00 07 00 80 00 00 00"
                              "80 00 00 00 80 00 04 00 88 00 00 00 88 00 00 00"
                              "00 50 8B E2 B7 8F 88 00 00 00 88 00 00 00 88 00"
                              "00 00 00 00 00 00 73 00 6B 00 6F 00 73 00 74 00"
                              "6F 00 76 00 31 00 73 00 61 00 4F 00 53 00 51 00"
                              "4C 00 2D 00 33 00 32 00 4F 00 44 00 42 00 43 00");
    const Tds::Login7Parse parsed = Tds::parseLogin7Payload(payload);
    QVERIFY2(parsed.login, qPrintable(parsed.error));
    QCOMPARE(parsed.login->tdsVersion, quint32(0x72090002));
    QCOMPARE(parsed.login->packetSize, quint32(4096));
    QCOMPARE(parsed.login->clientProcessId, quint32(0x100));
    QCOMPARE(parsed.login->optionFlags1, quint8(0xE0));
    QCOMPARE(parsed.login->optionFlags2, quint8(0x03));
    QCOMPARE(parsed.login->clientLcid, quint32(0x0409));
    QCOMPARE(parsed.login->hostName, QString("skostov1"));
    QCOMPARE(parsed.login->userName, QString("sa"));
    QCOMPARE(parsed.login->appName, QString("OSQL-32"));
    QCOMPARE(parsed.login->serverName, QString());
    QCOMPARE(parsed.login->libraryName, QString("ODBC"));
    QCOMPARE(parsed.login->database, QString());
    QVERIFY(!parsed.hasPassword);
    QVERIFY(!parsed.hasSspi);
}

void tst_TdsLogin::login7RoundTrip()
{
    const Tds::Login7 login = everyField();
    const QByteArray payload = Tds::buildLogin7Payload(login, "S3cret!");
    QCOMPARE(qFromLittleEndian<quint32>(payload.constData()), quint32(payload.size()));
    QCOMPARE(payload.sliced(4, 4).toHex(), QByteArray("04000074")); // TDS 7.4, little-endian in LOGIN7
    const Tds::Login7Parse parsed = Tds::parseLogin7Payload(payload);
    QVERIFY2(parsed.login, qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QVERIFY(parsed.hasPassword);
    QVERIFY(!parsed.hasSspi);
    const Tds::Login7 &back = *parsed.login;
    QCOMPARE(back.tdsVersion, login.tdsVersion);
    QCOMPARE(back.packetSize, login.packetSize);
    QCOMPARE(back.clientProgramVersion, login.clientProgramVersion);
    QCOMPARE(back.clientProcessId, login.clientProcessId);
    QCOMPARE(back.connectionId, login.connectionId);
    QCOMPARE(back.optionFlags1, login.optionFlags1);
    QCOMPARE(back.optionFlags2, login.optionFlags2);
    QCOMPARE(back.typeFlags, login.typeFlags);
    QCOMPARE(back.optionFlags3, login.optionFlags3);
    QCOMPARE(back.clientTimeZone, login.clientTimeZone);
    QCOMPARE(back.clientLcid, login.clientLcid);
    QCOMPARE(back.hostName, login.hostName);
    QCOMPARE(back.userName, login.userName);
    QCOMPARE(back.appName, login.appName);
    QCOMPARE(back.serverName, login.serverName);
    QCOMPARE(back.libraryName, login.libraryName);
    QCOMPARE(back.language, login.language);
    QCOMPARE(back.database, login.database);
    QVERIFY(back.clientId == login.clientId);
    QVERIFY(back == login);

    Tds::Login7 other = login;
    other.clientId[5] = 0;
    QVERIFY(other != login);

    const Tds::Login7Parse withoutPassword = Tds::parseLogin7Payload(Tds::buildLogin7Payload(login, QString()));
    QVERIFY(withoutPassword.login);
    QVERIFY(!withoutPassword.hasPassword);
}

void tst_TdsLogin::passwordIsObfuscatedAsTheSpecSays()
{
    // MS-TDS 2.2.6.4: swap the nibbles of every byte of the UTF-16LE password, then XOR with 0xA5.
    // Worked by hand: 'P' 0x50 -> 0x05 -> 0xA0; the high byte 0x00 -> 0xA5; 'a' 0x61 -> 0x16 -> 0xB3;
    // '$' 0x24 -> 0x42 -> 0xE7; 'w' 0x77 -> 0xD2; '0' 0x30 -> 0x03 -> 0xA6; 'r' 0x72 -> 0x27 -> 0x82;
    // 'd' 0x64 -> 0x46 -> 0xE3; U+20AC '€': 0xAC -> 0xCA -> 0x6F, 0x20 -> 0x02 -> 0xA7.
    const QString password = QString::fromUtf8("Pa$$w0rd€");
    const QByteArray expected = QByteArray::fromHex("A0A5 B3A5 E7A5 E7A5 D2A5 A6A5 82A5 E3A5 6FA7");

    Tds::Login7 login;
    login.userName = "sa";
    const QByteArray payload = Tds::buildLogin7Payload(login, password);
    const quint16 offset = qFromLittleEndian<quint16>(payload.constData() + 44);
    const quint16 characters = qFromLittleEndian<quint16>(payload.constData() + 46);
    QCOMPARE(characters, quint16(password.size()));
    QCOMPARE(payload.sliced(offset, 2 * characters).toHex(' '), expected.toHex(' '));

    // The plaintext appears nowhere: not as UTF-16LE, not as UTF-8.
    QVERIFY(!payload.contains(utf16le(password)));
    QVERIFY(!payload.contains(utf16le("Pa$$")));
    QVERIFY(!payload.contains(password.toUtf8()));
}

void tst_TdsLogin::namesAreCutTo128Characters()
{
    Tds::Login7 login;
    login.hostName = QString(200, QLatin1Char('h'));
    login.database = QString(127, QLatin1Char('d')) + QString::fromUtf8("\xF0\x9F\x93\x9A"); // pair at 127..128
    const QByteArray payload = Tds::buildLogin7Payload(login, QString(300, QLatin1Char('p')));
    const Tds::Login7Parse parsed = Tds::parseLogin7Payload(payload);
    QVERIFY2(parsed.login, qPrintable(parsed.error));
    QCOMPARE(parsed.login->hostName, QString(128, QLatin1Char('h')));
    QCOMPARE(parsed.login->database, QString(127, QLatin1Char('d'))); // never half a surrogate pair
    QCOMPARE(qFromLittleEndian<quint16>(payload.constData() + 46), quint16(128));
}

void tst_TdsLogin::login7ParseErrors_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("mentions");
    Tds::Login7 login;
    login.hostName = "host";
    login.userName = "user";
    login.appName = "app";
    const QByteArray valid = Tds::buildLogin7Payload(login, "pw");
    QVERIFY(Tds::parseLogin7Payload(valid).login);

    QTest::newRow("empty") << QByteArray() << "fixed part";
    QTest::newRow("shorter than the fixed part") << valid.first(93) << "fixed part";
    QByteArray huge(Tds::login7MaxSize + 1, '\0');
    putLe32(huge, 0, quint32(huge.size()));
    QTest::newRow("longer than 128K-1") << huge << "at most";

    QByteArray lengthTooSmall = valid;
    putLe32(lengthTooSmall, 0, quint32(valid.size() - 1));
    QTest::newRow("length field too small") << lengthTooSmall << "says it is";
    QByteArray lengthOdd = valid + QByteArray(1, 'x');
    QTest::newRow("a byte more than the length field") << lengthOdd << "says it is";

    QByteArray hostPastEnd = valid;
    putLe16(hostPastEnd, 36, quint16(valid.size() - 2)); // 4 characters from 2 bytes before the end
    QTest::newRow("offset runs past the end") << hostPastEnd << "HostName runs past the end";
    QByteArray userFarAway = valid;
    putLe16(userFarAway, 40, 0xFFF0);
    QTest::newRow("offset far past the end") << userFarAway << "UserName runs past the end";
    QByteArray appTooLong = valid;
    putLe16(appTooLong, 50, 0x7FFF);
    QTest::newRow("length far past the end") << appTooLong << "AppName";
    QByteArray passwordInFixedPart = valid;
    putLe16(passwordInFixedPart, 44, 20);
    QTest::newRow("offset inside the fixed part") << passwordInFixedPart << "Password starts at byte 20";
    QByteArray noStart = valid;
    putLe16(noStart, 36, 0);
    QTest::newRow("ibHostName 0") << noStart << "ibHostName";

    Tds::Login7 longName;
    longName.hostName = "h";
    QByteArray overLong = Tds::buildLogin7Payload(longName, QString()) + utf16le(QString(129, QLatin1Char('u')));
    putLe32(overLong, 0, quint32(overLong.size()));
    putLe16(overLong, 40, quint16(overLong.size() - 258));
    putLe16(overLong, 42, 129);
    QTest::newRow("name over 128 characters") << overLong << "UserName is 129 characters long";

    QByteArray sspiPastEnd = valid;
    putLe16(sspiPastEnd, 78, 94);
    putLe16(sspiPastEnd, 80, 0xFFFF);
    putLe32(sspiPastEnd, 90, 0x7FFFFFFF); // cbSSPILong takes over at 0xFFFF
    QTest::newRow("SSPI past the end") << sspiPastEnd << "SSPI runs past the end";

    QByteArray extension = valid + QByteArray::fromHex("FFFF0000");
    putLe32(extension, 0, quint32(extension.size()));
    putLe16(extension, 56, quint16(valid.size()));
    putLe16(extension, 58, 4);
    extension[27] = char(0x10); // fExtension
    QTest::newRow("feature extension outside") << extension << "feature extension";
}

void tst_TdsLogin::login7ParseErrors()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, mentions);
    const Tds::Login7Parse parsed = Tds::parseLogin7Payload(payload);
    QVERIFY(!parsed.login);
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
}

void tst_TdsLogin::loginFailed18456()
{
    // Hand-assembled: ERROR 18456 (0x4818), state 1, class 14, text "x", no server or procedure,
    // line 1; then DONE with DONE_ERROR.
    const QByteArray bytes = QByteArray::fromHex("AA 1000 18480000 01 0E 0100 7800 00 00 01000000"
                                                 "FD 0200 0000 0000000000000000");
    Tds::ServerMessage small;
    small.number = 18456;
    small.state = 1;
    small.severityClass = 14;
    small.text = "x";
    small.lineNumber = 1;
    QCOMPARE((Tds::buildErrorToken(small) + Tds::buildDoneToken(Tds::DoneStatus::error)).toHex(' '), bytes.toHex(' '));

    for (const QByteArray &answer : { bytes, loginFailedAnswer() }) {
        const Tds::LoginResponseParse parsed = Tds::parseLoginResponse(answer);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        const Tds::LoginResponse &response = parsed.response;
        QCOMPARE(response.errors.size(), 1);
        QCOMPARE(response.errors[0].number, 18456);
        QCOMPARE(response.errors[0].state, quint8(1));
        QCOMPARE(response.errors[0].severityClass, quint8(14));
        QCOMPARE(response.errors[0].lineNumber, 1);
        QVERIFY(response.infos.isEmpty());
        QVERIFY(!response.loginAck);
        QVERIFY(!response.routing);
        QVERIFY(response.done);
        QVERIFY(response.doneWithError);
        QCOMPARE(response.tokens, (QList<quint8> { Tds::Token::error, Tds::Token::done }));
    }
    const auto realistic = Tds::parseLoginResponse(loginFailedAnswer()).response;
    QCOMPARE(realistic.errors[0].text, QString("Login failed for user 'probe'."));
    QCOMPARE(realistic.errors[0].serverName, QString("contoso-mi"));
    QCOMPARE(realistic.errors[0].procedureName, QString());
}

void tst_TdsLogin::routing()
{
    // Hand-assembled ENVCHANGE type 20: value length 13 = protocol (1) + port (2) + count (2) + 4
    // characters; port 11000 (0x2AF8); server "gw.x"; old value 00 00. Then a final DONE.
    const QByteArray bytes = QByteArray::fromHex("E3 1200 14 0D00 00 F82A 0400 6700 7700 2E00 7800 0000"
                                                 "FD 0000 0000 0000000000000000");
    QCOMPARE((Tds::buildRoutingToken({ 0, 11000, "gw.x" }) + Tds::buildDoneToken(0)).toHex(' '), bytes.toHex(' '));
    const Tds::LoginResponseParse parsed = Tds::parseLoginResponse(bytes);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(parsed.response.routing);
    QCOMPARE(parsed.response.routing->protocol, quint8(0));
    QCOMPARE(parsed.response.routing->port, quint16(11000));
    QCOMPARE(parsed.response.routing->server, QString("gw.x"));
    QVERIFY(parsed.response.done);
    QVERIFY(!parsed.response.doneWithError);

    const Tds::LoginResponseParse routed = Tds::parseLoginResponse(routedAnswer());
    QVERIFY2(routed.error.isEmpty(), qPrintable(routed.error));
    QCOMPARE(routed.response.routing->port, quint16(11002));
    QCOMPARE(routed.response.routing->server, QString("vm3.tr5.westeurope1-a.worker.database.windows.net\\abc"));
    QCOMPARE(routed.response.tokens, (QList<quint8> { Tds::Token::loginAck, Tds::Token::envChange, Tds::Token::done }));
}

void tst_TdsLogin::routingLengthsMustAgree_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("mentions");
    // The good one: E3 1200 14 0D00 00 F82A 0400 "gw.x" 0000.
    QTest::newRow("value longer than the token")
        << QByteArray::fromHex("E3 1200 14 2000 00 F82A 0400 6700 7700 2E00 7800 0000") << "more than its token";
    QTest::newRow("value shorter than its fields")
        << QByteArray::fromHex("E3 1200 14 0B00 00 F82A 0400 6700 7700 2E00 7800 0000") << "old value";
    QTest::newRow("server count too big")
        << QByteArray::fromHex("E3 1200 14 0D00 00 F82A 0900 6700 7700 2E00 7800 0000") << "does not fill";
    QTest::newRow("server count too small")
        << QByteArray::fromHex("E3 1200 14 0D00 00 F82A 0300 6700 7700 2E00 7800 0000") << "does not fill";
    QTest::newRow("old value not empty") << QByteArray::fromHex(
        "E3 1400 14 0D00 00 F82A 0400 6700 7700 2E00 7800 0200 4100")
                                         << "old value";
    QTest::newRow("no old value") << QByteArray::fromHex("E3 1000 14 0D00 00 F82A 0400 6700 7700 2E00 7800")
                                  << "old value";
    QTest::newRow("bytes after the old value")
        << QByteArray::fromHex("E3 1300 14 0D00 00 F82A 0400 6700 7700 2E00 7800 0000 00") << "old value";
    QTest::newRow("no server") << QByteArray::fromHex("E3 0A00 14 0500 00 F82A 0000 0000") << "names no server";
    QTest::newRow("outer length past the end")
        << QByteArray::fromHex("E3 FF00 14 0D00 00 F82A 0400 6700") << "claims 255 bytes";
}

void tst_TdsLogin::routingLengthsMustAgree()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, mentions);
    const Tds::LoginResponseParse parsed = Tds::parseLoginResponse(token + Tds::buildDoneToken(0));
    QVERIFY(!parsed.response.routing);
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
}

void tst_TdsLogin::successfulLogin()
{
    const QByteArray answer = loggedInAnswer();
    // LOGINACK sends its TDS version most significant byte first.
    QVERIFY(answer.contains(QByteArray::fromHex("0174000004")));
    const Tds::LoginResponseParse parsed = Tds::parseLoginResponse(answer);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    const Tds::LoginResponse &response = parsed.response;
    QVERIFY(response.loginAck);
    QCOMPARE(response.loginAck->interfaceType, quint8(1));
    QCOMPARE(response.loginAck->tdsVersion, quint32(0x74000004));
    QCOMPARE(response.loginAck->tdsVersionText(), QString("7.4"));
    QCOMPARE(response.loginAck->programName, QString("Microsoft SQL Server"));
    QCOMPARE(response.loginAck->programVersion.toString(), QString("16.0.4165.0"));
    QCOMPARE(response.loginAck->programVersion.productName(), QString("SQL Server 2022"));
    QCOMPARE(response.database, QString("master"));
    QCOMPARE(response.packetSize.value_or(0), quint32(8000));
    QCOMPARE(response.infos.size(), 1);
    QCOMPARE(response.infos[0].number, 5701);
    QCOMPARE(response.infos[0].state, quint8(2));
    QCOMPARE(response.infos[0].text, QString("Changed database context to 'master'."));
    QCOMPARE(response.infos[0].serverName, QString("contoso-mi"));
    QVERIFY(response.errors.isEmpty());
    QVERIFY(!response.routing);
    QVERIFY(response.done);
    QVERIFY(!response.doneWithError);
    QCOMPARE(response.tokens,
             (QList<quint8> { Tds::Token::envChange, Tds::Token::info, Tds::Token::loginAck, Tds::Token::envChange,
                              Tds::Token::done }));

    // Hand-assembled LOGINACK: interface 1, 74 00 00 04, "ab", version 15.0.2000 (0x07D0).
    const QByteArray ack = QByteArray::fromHex("AD 0E00 01 74000004 02 6100 6200 0F 00 07 D0");
    const auto handmade = Tds::parseLoginResponse(ack + Tds::buildDoneToken(0));
    QVERIFY2(handmade.error.isEmpty(), qPrintable(handmade.error));
    QCOMPARE(handmade.response.loginAck->programName, QString("ab"));
    QCOMPARE(handmade.response.loginAck->programVersion.toString(), QString("15.0.2000.0"));
    QCOMPARE(Tds::buildLoginAckToken(*handmade.response.loginAck).toHex(' '), ack.toHex(' '));
}

void tst_TdsLogin::tdsVersionText_data()
{
    QTest::addColumn<quint32>("version");
    QTest::addColumn<QString>("text");
    QTest::newRow("7.0") << quint32(0x07000000) << "7.0";
    QTest::newRow("7.1") << quint32(0x07010000) << "7.1";
    QTest::newRow("7.1 rev 1") << quint32(0x71000001) << "7.1";
    QTest::newRow("7.2") << quint32(0x72090002) << "7.2";
    QTest::newRow("7.3A") << quint32(0x730A0003) << "7.3A";
    QTest::newRow("7.3B") << quint32(0x730B0003) << "7.3B";
    QTest::newRow("7.4") << quint32(0x74000004) << "7.4";
    QTest::newRow("8.0") << quint32(0x08000000) << "8.0";
    QTest::newRow("unknown") << quint32(0x04000000) << "0x04000000";
}

void tst_TdsLogin::tdsVersionText()
{
    QFETCH(quint32, version);
    QFETCH(QString, text);
    Tds::LoginAck ack;
    ack.tdsVersion = version;
    QCOMPARE(ack.tdsVersionText(), text);
}

void tst_TdsLogin::skipsTokensByTheirLengthClass()
{
    const QByteArray stream = QByteArray::fromHex("79 00000000" // RETURNSTATUS: fixed, 4 bytes
                                                  "3C 01020304050607 08" // 0x3C: fixed, 8 bytes
                                                  "30 AA" // 0x30: fixed, 1 byte
                                                  "14" // 0x14: zero-length
                                                  "A4 0300 010203" // TABNAME: USHORT length
                                                  "E4 05000000 0102030405" // SESSIONSTATE: DWORD length
                                                  "AE 04 01000000 01 0A 00000000 FF" // FEATUREEXTACK
                                                  "FF 0100 0000 0000000000000000" // DONEINPROC (more)
                                                  "FD 0100 0000 0000000000000000") // DONE_MORE: not final
        + Tds::buildLoginAckToken({}) + Tds::buildDoneToken(0);
    const Tds::LoginResponseParse parsed = Tds::parseLoginResponse(stream);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(parsed.response.loginAck);
    QVERIFY(parsed.response.done);
    QCOMPARE(parsed.response.tokens,
             (QList<quint8> { 0x79, 0x3C, 0x30, 0x14, 0xA4, 0xE4, 0xAE, 0xFF, 0xFD, 0xAD, 0xFD }));

    const auto notFinal = Tds::parseLoginResponse(QByteArray::fromHex("FD 0100 0000 0000000000000000"));
    QVERIFY(!notFinal.response.done);
    QVERIFY2(notFinal.error.contains("final DONE"), qPrintable(notFinal.error));
}

void tst_TdsLogin::tokensWhoseLengthCannotBeKnown_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("COLMETADATA") << QByteArray::fromHex("81 0100 00000000 0800 38 0000") << "COLMETADATA";
    QTest::newRow("ALTMETADATA") << QByteArray::fromHex("88 0100") << "ALTMETADATA";
    QTest::newRow("ROW") << QByteArray::fromHex("D1 01000000") << "ROW";
    QTest::newRow("NBCROW") << QByteArray::fromHex("D2 00") << "NBCROW";
    QTest::newRow("RETURNVALUE") << QByteArray::fromHex("AC 0000") << "RETURNVALUE";
    QTest::newRow("unnamed variable-count") << QByteArray::fromHex("02 0000") << "0x02";
}

void tst_TdsLogin::tokensWhoseLengthCannotBeKnown()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, mentions);
    const Tds::LoginResponseParse parsed
        = Tds::parseLoginResponse(Tds::buildEnvChangeToken(1, "db", "") + stream + Tds::buildDoneToken(0));
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    QCOMPARE(parsed.response.database, QString("db")); // what came before is kept
    QVERIFY(!parsed.response.done);
    QCOMPARE(parsed.response.tokens.size(), 2);
}

void tst_TdsLogin::streamErrors_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("mentions");
    const QByteArray done = Tds::buildDoneToken(0);
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("no DONE") << Tds::buildLoginAckToken({}) << "without a final DONE";
    QTest::newRow("bytes after the final DONE") << done + QByteArray::fromHex("AB") << "follow the final DONE";
    QTest::newRow("DONE cut short") << QByteArray::fromHex("FD 0000 0000 00") << "has 5 of its 12";
    QTest::newRow("length cut short") << QByteArray::fromHex("AA 10") << "before its length";
    QTest::newRow("US_VARCHAR count past the token")
        << QByteArray::fromHex("AA 1000 18480000 01 0E FFFF 7800 00 00 01000000") + done
        << "need more than its 16 bytes";
    QTest::newRow("B_VARCHAR count past the token")
        << QByteArray::fromHex("AA 1000 18480000 01 0E 0100 7800 09 00 01000000") + done << "ERROR";
    QTest::newRow("LOGINACK name past the token")
        << QByteArray::fromHex("AD 0E00 01 74000004 09 6100 6200 0F 00 07 D0") + done << "LOGINACK";
    QTest::newRow("INFO with no room") << QByteArray::fromHex("AB 0300 000000") + done << "INFO";
    QTest::newRow("ENVCHANGE empty") << QByteArray::fromHex("E3 0000") + done << "empty";
    QTest::newRow("ENVCHANGE value past the token") << QByteArray::fromHex("E3 0400 01 05 6100 00") + done << "type 1";
    QTest::newRow("packet size not a number") << Tds::buildEnvChangeToken(4, "lots", "4096") + done << "'lots'";
    QTest::newRow("packet size too small") << Tds::buildEnvChangeToken(4, "100", "4096") + done << "512";
    QTest::newRow("FEATUREEXTACK unterminated") << QByteArray::fromHex("AE 04 01000000 01") << "terminator";
    QTest::newRow("FEATUREEXTACK length past the end") << QByteArray::fromHex("AE 04 FFFFFFFF 01 FF") << "4294967295";
    QTest::newRow("SESSIONSTATE length past the end") << QByteArray::fromHex("E4 FFFFFF7F 00") << "SESSIONSTATE";
    QTest::newRow("fixed-length cut short") << QByteArray::fromHex("79 0000") << "RETURNSTATUS";
}

void tst_TdsLogin::streamErrors()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, mentions);
    const Tds::LoginResponseParse parsed = Tds::parseLoginResponse(stream);
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
}

void tst_TdsLogin::everyTruncationIsAnError()
{
    for (const QByteArray &answer : { loginFailedAnswer(), routedAnswer(), loggedInAnswer() }) {
        const Tds::LoginResponse whole = Tds::parseLoginResponse(answer).response;
        for (qsizetype size = 0; size < answer.size(); ++size) {
            // A copy of exactly `size` bytes, so a read past it is a heap overflow under ASan.
            const QByteArray prefix = answer.first(size);
            const Tds::LoginResponseParse parsed = Tds::parseLoginResponse(prefix);
            QVERIFY2(!parsed.error.isEmpty(), qPrintable(QString("prefix of %1 bytes").arg(size)));
            QVERIFY(!parsed.response.done);
            QVERIFY(parsed.response.errors.size() <= whole.errors.size());
            QVERIFY(parsed.response.infos.size() <= whole.infos.size());
            QVERIFY(parsed.response.tokens.size() <= whole.tokens.size());
        }
    }
    const QByteArray login = Tds::buildLogin7Payload(everyField(), "pw");
    for (qsizetype size = 0; size < login.size(); ++size)
        QVERIFY(!Tds::parseLogin7Payload(login.first(size)).login);
}

void tst_TdsLogin::corruptedBytesNeverCrash()
{
    // Every byte of every sample, replaced by a few telling values: the parsers answer, never crash.
    const QByteArray login = Tds::buildLogin7Payload(everyField(), "pw");
    for (const QByteArray &sample : { loginFailedAnswer(), routedAnswer(), loggedInAnswer(), login }) {
        for (qsizetype i = 0; i < sample.size(); ++i) {
            for (const char value : { '\x00', '\x01', '\x7f', '\x80', '\xfe', '\xff' }) {
                QByteArray corrupted = sample;
                corrupted[i] = value;
                const Tds::LoginResponseParse response = Tds::parseLoginResponse(corrupted);
                if (response.error.isEmpty())
                    QVERIFY(response.response.done);
                const Tds::Login7Parse parsed = Tds::parseLogin7Payload(corrupted);
                QVERIFY(parsed.login.has_value() == parsed.error.isEmpty());
            }
        }
    }
}

void tst_TdsLogin::buildersCutStringsToFit()
{
    Tds::ServerMessage message;
    message.number = 40532;
    message.text = QString(40000, QLatin1Char('t'));
    message.serverName = QString(300, QLatin1Char('s'));
    message.procedureName = QString(300, QLatin1Char('p'));
    const QByteArray token = Tds::buildErrorToken(message);
    QVERIFY(token.size() <= 3 + 0xFFFF);
    const auto parsed = Tds::parseLoginResponse(token + Tds::buildDoneToken(Tds::DoneStatus::error));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.response.errors[0].serverName.size(), 255);
    QCOMPARE(parsed.response.errors[0].procedureName.size(), 255);
    QVERIFY(parsed.response.errors[0].text.size() > 30000);
    QVERIFY(message.text.startsWith(parsed.response.errors[0].text));

    const QByteArray routing = Tds::buildRoutingToken({ 0, 1433, QString(40000, QLatin1Char('r')) });
    QVERIFY(routing.size() <= 3 + 0xFFFF);
    const auto routed = Tds::parseLoginResponse(routing + Tds::buildDoneToken(0));
    QVERIFY2(routed.error.isEmpty(), qPrintable(routed.error));
    QVERIFY(routed.response.routing->server.size() > 30000);

    const auto env = Tds::parseLoginResponse(Tds::buildEnvChangeToken(1, QString(300, QLatin1Char('d')), "")
                                             + Tds::buildDoneToken(0));
    QCOMPARE(env.response.database.size(), 255);
}

QTEST_APPLESS_MAIN(tst_TdsLogin)
#include "tst_tdslogin.moc"

#include "probe/tdsprotocol.h"
#include "probe/tlsrecords.h"

#include <QTest>

// The TDS and TLS framing code, against the protocol documents' own bytes.
class tst_TdsProtocol : public QObject {
    Q_OBJECT

private slots:
    void minimalClientPreloginMatchesTheDocumentedBytes();
    void parsesTheMsTdsExamplePayload();
    void serverVersion();
    void roundTrip();
    void parseErrors_data();
    void parseErrors();
    void readerByteByByte();
    void readerJoinsPackets();
    void readerRejects_data();
    void readerRejects();
    void classifiesWhatAnswered_data();
    void classifiesWhatAnswered();
    void unwrapsTlsFromPrelogin();
    void unwrapperRejectsForeignBytes();
    void tlsRecords();
    void tlsRecordSplitter();
};

void tst_TdsProtocol::minimalClientPreloginMatchesTheDocumentedBytes()
{
    // docs/PROBING.md (MS-TDS 2.2.6.5): VERSION 0.0.0, ENCRYPT_OFF, empty INSTOPT, THREADID 0, MARS off.
    Tds::Prelogin prelogin;
    prelogin.encryption = quint8(Tds::Encryption::Off);
    prelogin.threadId = 0;
    prelogin.mars = 0;
    const QByteArray expected = QByteArray::fromHex("1201002F00000100"
                                                    "00001A0006"
                                                    "0100200001"
                                                    "0200210001"
                                                    "0300220004"
                                                    "0400260001"
                                                    "FF"
                                                    "000000000000"
                                                    "00"
                                                    "00"
                                                    "00000000"
                                                    "00");
    QCOMPARE(Tds::makePackets(Tds::packetPrelogin, Tds::buildPreloginPayload(prelogin)).toHex(), expected.toHex());
}

void tst_TdsProtocol::parsesTheMsTdsExamplePayload()
{
    // MS-TDS 4.1: a client PRELOGIN for VERSION 9.0.0, ENCRYPT_ON, MARS on.
    const QByteArray payload = QByteArray::fromHex("00001A0006"
                                                   "0100200001"
                                                   "0200210001"
                                                   "0300220004"
                                                   "0400260001"
                                                   "FF"
                                                   "090000000000"
                                                   "01"
                                                   "00"
                                                   "B80D0000"
                                                   "01");
    const Tds::PreloginParse parsed = Tds::parsePreloginPayload(payload);
    QVERIFY2(parsed.prelogin, qPrintable(parsed.error));
    QCOMPARE(parsed.prelogin->version.toString(), QStringLiteral("9.0.0.0"));
    QCOMPARE(parsed.prelogin->encryptionMode(), Tds::Encryption::On);
    QCOMPARE(parsed.prelogin->instance, QString());
    QCOMPARE(parsed.prelogin->threadId.value_or(0), quint32(0xB80D0000));
    QCOMPARE(parsed.prelogin->mars.value_or(0), quint8(1));
    QCOMPARE(parsed.prelogin->tokens, (QList<quint8> { 0, 1, 2, 3, 4 }));
}

void tst_TdsProtocol::serverVersion()
{
    // "Server VERSION 10 00 03 E8 00 00 reads 16.0.1000."
    Tds::Prelogin reply;
    reply.version = { 0x10, 0x00, 0x03E8, 0x0000 };
    reply.encryption = quint8(Tds::Encryption::Required);
    const QByteArray payload = Tds::buildPreloginPayload(reply);
    QVERIFY(payload.contains(QByteArray::fromHex("100003E80000")));
    const auto parsed = Tds::parsePreloginPayload(payload);
    QCOMPARE(parsed.prelogin->version.toString(), QStringLiteral("16.0.1000.0"));
    QCOMPARE(parsed.prelogin->version.productName(), QStringLiteral("SQL Server 2022"));
    QCOMPARE(Tds::encryptionId(parsed.prelogin->encryption), QStringLiteral("required"));
    QCOMPARE(Tds::encryptionId(0x81), QStringLiteral("on")); // 0x80 flags a client certificate
}

void tst_TdsProtocol::roundTrip()
{
    Tds::Prelogin prelogin;
    prelogin.version = { 15, 0, 2000, 5 };
    prelogin.encryption = quint8(Tds::Encryption::NotSupported);
    prelogin.instance = QStringLiteral("MSSQLSERVER");
    prelogin.threadId = 0x01020304;
    prelogin.mars = 1;
    prelogin.fedAuthRequired = 1;
    const auto parsed = Tds::parsePreloginPayload(Tds::buildPreloginPayload(prelogin));
    QVERIFY2(parsed.prelogin, qPrintable(parsed.error));
    QCOMPARE(parsed.prelogin->version.toString(), QStringLiteral("15.0.2000.5"));
    QCOMPARE(parsed.prelogin->encryptionMode(), Tds::Encryption::NotSupported);
    QCOMPARE(parsed.prelogin->instance, QStringLiteral("MSSQLSERVER"));
    QCOMPARE(*parsed.prelogin->threadId, quint32(0x01020304));
    QCOMPARE(*parsed.prelogin->mars, quint8(1));
    QCOMPARE(*parsed.prelogin->fedAuthRequired, quint8(1));
}

void tst_TdsProtocol::parseErrors_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << "terminator";
    QTest::newRow("no terminator") << QByteArray::fromHex("0000000006"
                                                          "0500000000")
                                   << "terminator";
    QTest::newRow("table cut short") << QByteArray::fromHex("000005") << "cut short";
    QTest::newRow("offset past end") << QByteArray::fromHex("0000FF0006FF") << "past the end";
    QTest::newRow("length past end") << QByteArray::fromHex("00000B00FFFF000000000000") << "past the end";
    QTest::newRow("version not first") << QByteArray::fromHex("01000600 01FF00") << "not VERSION";
    QTest::newRow("short version") << QByteArray::fromHex("0000060002"
                                                          "FF"
                                                          "0000")
                                   << "instead of 6";
    QTest::newRow("two versions") << QByteArray::fromHex("00000B0006"
                                                         "00000B0006"
                                                         "FF"
                                                         "000000000000")
                                  << "twice";
    QTest::newRow("bad encryption length") << QByteArray::fromHex("00000B0006"
                                                                  "0100110002"
                                                                  "FF"
                                                                  "000000000000"
                                                                  "0000")
                                           << "instead of 1";
    QTest::newRow("no encryption") << QByteArray::fromHex("0000060006"
                                                          "FF"
                                                          "000000000000")
                                   << "missing";
    QTest::newRow("huge instance") << QByteArray::fromHex("00000B0006"
                                                          "0100110001"
                                                          "0200120200"
                                                          "FF")
            + QByteArray(600, 'a') << "INSTOPT";
}

void tst_TdsProtocol::parseErrors()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, mentions);
    const Tds::PreloginParse parsed = Tds::parsePreloginPayload(payload);
    QVERIFY(!parsed.prelogin);
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
}

void tst_TdsProtocol::readerByteByByte()
{
    Tds::Prelogin reply;
    reply.version = { 16, 0, 4165, 4 };
    reply.encryption = quint8(Tds::Encryption::Required);
    const QByteArray packets = Tds::makePackets(Tds::packetReply, Tds::buildPreloginPayload(reply));
    Tds::MessageReader reader;
    for (qsizetype i = 0; i < packets.size(); ++i) {
        const auto state = reader.feed(packets.sliced(i, 1));
        QCOMPARE(state,
                 i + 1 == packets.size() ? Tds::MessageReader::State::Complete : Tds::MessageReader::State::NeedMore);
    }
    QCOMPARE(reader.type(), Tds::packetReply);
    QCOMPARE(Tds::parsePreloginPayload(reader.payload()).prelogin->version.toString(), QStringLiteral("16.0.4165.4"));
}

void tst_TdsProtocol::readerJoinsPackets()
{
    const QByteArray payload(10000, '\x42');
    const QByteArray packets = Tds::makePackets(Tds::packetPrelogin, payload, 4096);
    QCOMPARE(packets.size(), 10000 + 3 * Tds::headerSize); // three packets
    QVERIFY(!Tds::readHeader(packets)->endOfMessage());
    Tds::MessageReader reader;
    QCOMPARE(reader.feed(packets + "extra"), Tds::MessageReader::State::Complete);
    QCOMPARE(reader.payload(), payload);
    QCOMPARE(reader.leftover(), QByteArray("extra"));
}

void tst_TdsProtocol::readerRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("absurd length") << QByteArray::fromHex("0401FFFF00000100") << "65535";
    QTest::newRow("length below header") << QByteArray::fromHex("0401000400000100") << "claims 4";
    QTest::newRow("type changes") << QByteArray::fromHex("0400000900000100AA"
                                                         "1201000900000100BB")
                                  << "type changes";
}

void tst_TdsProtocol::readerRejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    Tds::MessageReader reader;
    QCOMPARE(reader.feed(bytes), Tds::MessageReader::State::Malformed);
    QVERIFY2(reader.error().contains(mentions), qPrintable(reader.error()));
    // Once malformed, more bytes change nothing.
    QCOMPARE(reader.feed(QByteArray(100, '\0')), Tds::MessageReader::State::Malformed);

    Tds::MessageReader small(16);
    QCOMPARE(small.feed(Tds::makePackets(Tds::packetReply, QByteArray(100, 'x'))),
             Tds::MessageReader::State::Malformed);
}

void tst_TdsProtocol::classifiesWhatAnswered_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind");
    QTest::newRow("tds reply") << QByteArray::fromHex("0401002500000100") << "tds";
    QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << "http";
    QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << "ssh";
    QTest::newRow("tls alert") << QByteArray::fromHex("15030300020232") << "tls";
    QTest::newRow("smtp banner") << QByteArray("220 mail.contoso.com ESMTP\r\n") << "text";
    QTest::newRow("noise") << QByteArray::fromHex("29 72 bb 04 4d 96 df 28") << "binary";
}

void tst_TdsProtocol::classifiesWhatAnswered()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    QCOMPARE(Tds::peerKindId(Tds::classifyPeerBytes(bytes)), kind);
    QVERIFY(!Tds::describeBytes(bytes).isEmpty());
    QVERIFY(!Tds::describeBytes(bytes).contains(QLatin1Char('\r')));
}

void tst_TdsProtocol::unwrapsTlsFromPrelogin()
{
    // Two handshake records wrapped in PRELOGIN packets, then the peer's first bare record.
    const QByteArray records = QByteArray::fromHex("160303000401020304"
                                                   "140303000101");
    const QByteArray bare = QByteArray::fromHex("1703030002AABB");
    const QByteArray stream = Tds::makePackets(Tds::packetPrelogin, records, 12) + bare;
    for (qsizetype chunk : { qsizetype(1), qsizetype(3), qsizetype(7), stream.size() }) {
        Tds::TlsUnwrapper unwrapper;
        QByteArray plain;
        for (qsizetype i = 0; i < stream.size(); i += chunk)
            plain += unwrapper.feed(QByteArrayView(stream).sliced(i, std::min(chunk, stream.size() - i)));
        QCOMPARE(plain.toHex(), (records + bare).toHex());
        QCOMPARE(unwrapper.state(), Tds::TlsUnwrapper::State::Raw);
    }
}

void tst_TdsProtocol::unwrapperRejectsForeignBytes()
{
    Tds::TlsUnwrapper unwrapper;
    QVERIFY(unwrapper.feed(QByteArray("HTTP/1.1 400")).isEmpty());
    QCOMPARE(unwrapper.state(), Tds::TlsUnwrapper::State::Malformed);
    Tds::TlsUnwrapper absurd;
    absurd.feed(QByteArray::fromHex("1201FFFF00000100"));
    QCOMPARE(absurd.state(), Tds::TlsUnwrapper::State::Malformed);
}

void tst_TdsProtocol::tlsRecords()
{
    bool valid = false;
    QVERIFY(!TlsRecords::readHeader(QByteArray::fromHex("1603"), &valid));
    auto header = TlsRecords::readHeader(QByteArray::fromHex("1603010200"), &valid);
    QVERIFY(header && valid);
    QCOMPARE(header->length, quint16(0x200));
    TlsRecords::readHeader(QByteArray::fromHex("1803030001"), &valid);
    QVERIFY(!valid); // no such content type
    TlsRecords::readHeader(QByteArray::fromHex("160203FFFF"), &valid);
    QVERIFY(!valid); // version 2.x, and too long
    const auto alert = TlsRecords::readAlert(QByteArray::fromHex("15030100020246"));
    QVERIFY(alert);
    QCOMPARE(alert->level, quint8(2));
    QCOMPARE(alert->name(), QStringLiteral("protocol_version"));
    QCOMPARE((TlsRecords::Alert { 2, 40 }.name()), QStringLiteral("handshake_failure"));
    QCOMPARE((TlsRecords::Alert { 2, 200 }.name()), QStringLiteral("alert 200"));
    QVERIFY(!TlsRecords::readAlert(QByteArray::fromHex("16030100020246")));
    QCOMPARE(TlsRecords::versionName(0x0301), QStringLiteral("TLS 1.0"));
    QCOMPARE(TlsRecords::versionName(0x0304), QStringLiteral("TLS 1.3"));
}

void tst_TdsProtocol::tlsRecordSplitter()
{
    const QByteArray stream = QByteArray::fromHex("16030300020102"
                                                  "15030300020246"
                                                  "170303000100");
    TlsRecords::RecordSplitter splitter;
    QList<QByteArray> records;
    for (const char byte : stream)
        records += splitter.feed(QByteArray(1, byte));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).toHex(), QByteArray("15030300020246"));
    QVERIFY(splitter.pending().isEmpty());
    TlsRecords::RecordSplitter broken;
    QVERIFY(broken.feed(QByteArray("GET / HTTP/1.1\r\n")).isEmpty());
    QVERIFY(broken.malformed());
}

QTEST_APPLESS_MAIN(tst_TdsProtocol)
#include "tst_tdsprotocol.moc"

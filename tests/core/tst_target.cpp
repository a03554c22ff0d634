#include "target/target.h"

#include <QTest>

class tst_Target : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void zoneAndLabel();
};

void tst_Target::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("effectivePort");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("instance");

    const QString mi = QStringLiteral("mi1.a1b2c3d4e5f6.database.windows.net");
    QTest::newRow("bare") << mi << mi << 0 << 1433 << "vnet-local" << "";
    QTest::newRow("tcp comma port") << "tcp:" + mi + ",1433" << mi << 1433 << 1433 << "vnet-local" << "";
    QTest::newRow("comma port") << mi + ",3342" << mi << 3342 << 3342 << "vnet-local" << "";
    QTest::newRow("colon port") << mi + ":1433" << mi << 1433 << 1433 << "vnet-local" << "";
    QTest::newRow("public") << "mi1.public.a1b2c3d4e5f6.database.windows.net" << "mi1.public.a1b2c3d4e5f6.database.windows.net"
                            << 0 << 3342 << "public" << "";
    QTest::newRow("upper-case public") << "MI1.PUBLIC.A1B2C3D4E5F6.DATABASE.WINDOWS.NET,3342"
                                       << "MI1.PUBLIC.A1B2C3D4E5F6.DATABASE.WINDOWS.NET" << 3342 << 3342 << "public" << "";
    QTest::newRow("trailing dot") << mi + "." << mi << 0 << 1433 << "vnet-local" << "";
    QTest::newRow("china cloud") << "mi1.abc.database.chinacloudapi.cn" << "mi1.abc.database.chinacloudapi.cn" << 0 << 1433
                                 << "vnet-local" << "";
    QTest::newRow("alias") << "sql.contoso.com" << "sql.contoso.com" << 0 << 1433 << "custom" << "";
    QTest::newRow("ipv4") << "10.0.0.4" << "10.0.0.4" << 0 << 1433 << "ip" << "";
    QTest::newRow("ipv4 port") << "10.0.0.4,1433" << "10.0.0.4" << 1433 << 1433 << "ip" << "";
    QTest::newRow("ipv6") << "fd00::4" << "fd00::4" << 0 << 1433 << "ip" << "";
    QTest::newRow("ipv6 bracket port") << "[fd00::4]:1433" << "fd00::4" << 1433 << 1433 << "ip" << "";
    QTest::newRow("ipv6 comma port") << "fd00::4,1433" << "fd00::4" << 1433 << 1433 << "ip" << "";
    QTest::newRow("named instance") << mi + "\\SQLEXPRESS" << mi << 0 << 1433 << "vnet-local" << "SQLEXPRESS";
    QTest::newRow("named instance port") << mi + "\\INST,1433" << mi << 1433 << 1433 << "vnet-local" << "INST";
    QTest::newRow("spaces") << "  " + mi + "  " << mi << 0 << 1433 << "vnet-local" << "";
}

void tst_Target::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, effectivePort);
    QFETCH(QString, kind);
    QFETCH(QString, instance);
    const TargetParseResult parsed = parseTarget(input);
    QVERIFY2(parsed.target, qPrintable(parsed.error));
    QCOMPARE(parsed.target->host, host);
    QCOMPARE(int(parsed.target->port), port);
    QCOMPARE(int(parsed.target->effectivePort()), effectivePort);
    QCOMPARE(endpointKindId(parsed.target->kind), kind);
    QCOMPARE(parsed.target->instanceName, instance);
}

void tst_Target::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("space inside") << "my host.database.windows.net";
    QTest::newRow("port zero") << "host.example,0";
    QTest::newRow("port too big") << "host.example,70000";
    QTest::newRow("port words") << "host.example:sql";
    QTest::newRow("empty label") << "host..example";
    QTest::newRow("leading hyphen") << "-host.example";
    QTest::newRow("label too long") << QString(64, QLatin1Char('a')) + QStringLiteral(".example");
    QTest::newRow("name too long") << QString(300, QLatin1Char('a'));
    QTest::newRow("unclosed bracket") << "[fd00::4:1433";
    QTest::newRow("scheme") << "https://mi.database.windows.net";
    QTest::newRow("control char") << QStringLiteral("host\x01.example");
    QTest::newRow("huge") << QString(100000, QLatin1Char('x'));
}

void tst_Target::invalid()
{
    QFETCH(QString, input);
    const TargetParseResult parsed = parseTarget(input);
    QVERIFY(!parsed.target);
    QVERIFY(!parsed.error.isEmpty());
}

void tst_Target::zoneAndLabel()
{
    const Target target = *parseTarget(QStringLiteral("mi1.public.a1b2c3d4e5f6.database.windows.net")).target;
    QCOMPARE(target.dnsZone(), QStringLiteral("a1b2c3d4e5f6"));
    QCOMPARE(target.instanceLabel(), QStringLiteral("mi1"));
    QCOMPARE(parseTarget(QStringLiteral("sql.contoso.com")).target->dnsZone(), QString());
    QCOMPARE(parseTarget(QStringLiteral("10.0.0.4")).target->instanceLabel(), QString());
}

QTEST_APPLESS_MAIN(tst_Target)
#include "tst_target.moc"

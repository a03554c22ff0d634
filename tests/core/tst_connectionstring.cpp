#include "target/addressclass.h"
#include "target/connectionlint.h"
#include "target/connectionstring.h"

#include <QTest>

// Everything users paste, in every form, and the promise that a password goes nowhere.
class tst_ConnectionString : public QObject {
    Q_OBJECT

private slots:
    void forms_data();
    void forms();
    void passwordNeverSurvives_data();
    void passwordNeverSurvives();
    void errors_data();
    void errors();
    void lint_data();
    void lint();
    void addressClasses_data();
    void addressClasses();
};

namespace {
const QString mi = QStringLiteral("mi1.a1b2c3d4e5f6.database.windows.net");
// Every password in these tests contains this marker; it must never appear in any output.
const QString secret = QStringLiteral("SECRET123");
} // namespace

void tst_ConnectionString::forms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("encrypt");
    QTest::addColumn<bool>("trust");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("instance");

    QTest::newRow("host") << mi << "host" << mi << 0 << "" << false << -1 << ""
                          << "";
    QTest::newRow("tcp host,port") << "tcp:" + mi + ",1433"
                                   << "host" << mi << 1433 << "" << false << -1 << ""
                                   << "";
    QTest::newRow("azure portal ado.net")
        << "Server=tcp:" + mi + ",1433;Initial Catalog=db;Persist Security Info=False;User ID=app;Password=" + secret
            + ";MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
        << "ado.net" << mi << 1433 << "true" << false << 30 << "db"
        << "";
    QTest::newRow("data source synonym") << "Data Source=" + mi + ";Database=db"
                                         << "ado.net" << mi << 0 << "" << false << -1 << "db"
                                         << "";
    QTest::newRow("address synonym") << "Address=" + mi + ",1433"
                                     << "ado.net" << mi << 1433 << "" << false << -1 << ""
                                     << "";
    QTest::newRow("addr synonym") << "addr=" + mi << "ado.net" << mi << 0 << "" << false << -1 << ""
                                  << "";
    QTest::newRow("network address synonym") << "Network Address = " + mi + " ; Encrypt = Strict"
                                             << "ado.net" << mi << 0 << "strict" << false << -1 << ""
                                             << "";
    QTest::newRow("upper-case keys") << "SERVER=" + mi + ";ENCRYPT=FALSE;TRUSTSERVERCERTIFICATE=TRUE;CONNECT TIMEOUT=5"
                                     << "ado.net" << mi << 0 << "false" << true << 5 << ""
                                     << "";
    QTest::newRow("quoted values") << "Server=\"" + mi + "\";Password=\"a;b=c" + secret + "\";Database='it''s'"
                                   << "ado.net" << mi << 0 << "" << false << -1 << "it's"
                                   << "";
    QTest::newRow("named instance") << "Server=" + mi + "\\SQLEXPRESS;Database=db"
                                    << "ado.net" << mi << 0 << "" << false << -1 << "db"
                                    << "SQLEXPRESS";
    QTest::newRow("odbc 18") << "Driver={ODBC Driver 18 for SQL Server};Server=tcp:" + mi + ",1433;Uid=app;Pwd={p;}}"
            + secret + "};Database=db;Encrypt=yes;TrustServerCertificate=no;Connection Timeout=30;"
                             << "odbc" << mi << 1433 << "true" << false << 30 << "db"
                             << "";
    QTest::newRow("jdbc") << "jdbc:sqlserver://" + mi + ":1433;database=db;user=app@mi1;password=" + secret
            + ";encrypt=true;trustServerCertificate=false;hostNameInCertificate=*.a1b2c3d4e5f6.database.windows.net;"
              "loginTimeout=30;"
                          << "jdbc" << mi << 1433 << "true" << false << 30 << "db"
                          << "";
    QTest::newRow("jdbc instance") << "jdbc:sqlserver://" + mi + "\\INST:1433;databaseName=db"
                                   << "jdbc" << mi << 1433 << "" << false << -1 << "db"
                                   << "INST";
    QTest::newRow("jdbc properties only") << "jdbc:sqlserver://;serverName=" + mi + ";portNumber=3342"
                                          << "jdbc" << mi << 3342 << "" << false << -1 << ""
                                          << "";
    QTest::newRow("url") << "sqlserver://app:" + secret + "@" + mi
            + ":1433?database=db&encrypt=true&connection+timeout=30"
                         << "url" << mi << 1433 << "true" << false << 30 << "db"
                         << "";
    QTest::newRow("url instance and query password")
        << "sqlserver://" + mi + "/INST?password=" + secret + "&TrustServerCertificate=true"
        << "url" << mi << 0 << "" << true << -1 << ""
        << "INST";
    QTest::newRow("ipv6 ado.net") << "Server=tcp:[fd00::4],1433"
                                  << "ado.net"
                                  << "fd00::4" << 1433 << "" << false << -1 << ""
                                  << "";
    QTest::newRow("escaped equals in key") << "Server=" + mi + ";My==Key=1"
                                           << "ado.net" << mi << 0 << "" << false << -1 << ""
                                           << "";
}

void tst_ConnectionString::forms()
{
    QFETCH(QString, input);
    QFETCH(QString, form);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, encrypt);
    QFETCH(bool, trust);
    QFETCH(int, timeout);
    QFETCH(QString, database);
    QFETCH(QString, instance);
    const ConnectionParse parsed = parseConnectionInput(input);
    QVERIFY2(parsed.settings, qPrintable(parsed.error));
    const ConnectionSettings &settings = *parsed.settings;
    QCOMPARE(connectionFormId(settings.form), form);
    QCOMPARE(settings.target.host, host);
    QCOMPARE(int(settings.target.port), port);
    QCOMPARE(settings.encryptMode(), encrypt);
    QCOMPARE(settings.trustsServerCertificate(), trust);
    QCOMPARE(settings.connectTimeoutSeconds().value_or(-1), timeout);
    QCOMPARE(settings.database, database);
    QCOMPARE(settings.target.instanceName, instance);
    QCOMPARE(settings.passwordPresent, input.contains(secret));
    QVERIFY(!settings.serverFragment.isEmpty());
}

void tst_ConnectionString::passwordNeverSurvives_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("ado.net") << "Server=" + mi + ";Password=" + secret;
    QTest::newRow("ado.net pwd first") << "pwd=" + secret + ";Server=" + mi;
    QTest::newRow("quoted with separators") << "Server=" + mi + ";Password=\"x;Server=evil;" + secret + "\"";
    QTest::newRow("odbc braces") << "Driver={ODBC Driver 18 for SQL Server};Server=" + mi + ";PWD={" + secret + "}";
    QTest::newRow("jdbc") << "jdbc:sqlserver://" + mi + ";password=" + secret;
    QTest::newRow("url userinfo") << "sqlserver://u:" + secret + "@" + mi;
    QTest::newRow("url query") << "sqlserver://" + mi + "?password=" + secret;
    QTest::newRow("unterminated quote") << "Server=" + mi + ";Password=\"" + secret;
    QTest::newRow("unterminated brace") << "Server=" + mi + ";PWD={" + secret;
    QTest::newRow("no server") << "Password=" + secret + ";Database=db";
    QTest::newRow("bad url") << "sqlserver://u:" + secret + "@@host name with spaces";
    QTest::newRow("bare value") << "Server=" + mi + ";" + secret + ";Database=db";
}

void tst_ConnectionString::passwordNeverSurvives()
{
    QFETCH(QString, input);
    const ConnectionParse parsed = parseConnectionInput(input);
    QVERIFY(!parsed.sanitized.contains(secret));
    QVERIFY2(!parsed.error.contains(secret), qPrintable(parsed.error));
    QVERIFY(!withoutPassword(input).contains(secret));
    if (parsed.settings) {
        const ConnectionSettings &settings = *parsed.settings;
        QVERIFY(settings.passwordPresent);
        QVERIFY(!settings.target.input.contains(secret));
        QVERIFY(!settings.serverFragment.contains(secret));
        QVERIFY(!settings.unknownKeys.join(QLatin1Char(' ')).contains(secret));
        for (const LintFinding &finding : lintConnection(settings, QStringLiteral("same-vnet"))) {
            QVERIFY(!finding.evidence.contains(secret));
            QVERIFY(!finding.fragment.contains(secret));
        }
    }
}

void tst_ConnectionString::errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << ""
                           << "host name";
    QTest::newRow("no server") << "Database=db;Encrypt=True"
                               << "no server";
    QTest::newRow("bad server") << "Server=not a host;Database=db"
                                << "not a valid host name";
    QTest::newRow("named pipe") << "Server=np:\\\\host\\pipe\\sql\\query"
                                << "Named pipes";
    QTest::newRow("key without value") << "Server=" + mi + ";Encrypt"
                                       << "no value";
    QTest::newRow("unterminated quote") << "Server=\"" + mi << "never ends";
    QTest::newRow("text after quote") << "Server=\"" + mi + "\"x;"
                                      << "unexpected text";
    QTest::newRow("bad port") << "Server=" + mi + ",99999"
                              << "valid port";
    QTest::newRow("too long") << "Server=" + QString(40000, QLatin1Char('a')) << "too long";
}

void tst_ConnectionString::errors()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const ConnectionParse parsed = parseConnectionInput(input);
    QVERIFY(!parsed.settings);
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
}

void tst_ConnectionString::lint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("fragment"); // the fragment of the first finding
    const QString pub = QStringLiteral("mi1.public.a1b2c3d4e5f6.database.windows.net");
    QTest::newRow("clean") << "Server=tcp:" + mi + ",1433;Encrypt=True;Connect Timeout=30"
                           << "same-vnet" << QStringList {} << "";
    QTest::newRow("ip literal") << "Server=tcp:10.0.0.4,1433"
                                << "" << QStringList { "input.ip-literal" } << "Server=tcp:10.0.0.4,1433";
    QTest::newRow("named instance") << "Server=" + mi + "\\INST"
                                    << "" << QStringList { "input.named-instance" } << "Server=" + mi + "\\INST";
    QTest::newRow("public with 1433") << "Server=tcp:" + pub + ",1433"
                                      << "public-endpoint" << QStringList { "input.public-port-mismatch" }
                                      << "Server=tcp:" + pub + ",1433";
    QTest::newRow("vnet-local with 3342")
        << "tcp:" + mi + ",3342"
        << "" << QStringList { "input.private-port-mismatch" } << "tcp:" + mi + ",3342";
    QTest::newRow("public host, vnet scenario")
        << pub << "same-vnet" << QStringList { "input.endpoint-not-for-scenario" } << pub;
    QTest::newRow("vnet host, public scenario")
        << mi << "public-endpoint" << QStringList { "input.endpoint-not-for-scenario" } << mi;
    QTest::newRow("alias") << "Server=sql.contoso.com"
                           << "" << QStringList { "input.not-mi-hostname" } << "Server=sql.contoso.com";
    QTest::newRow("encrypt off") << "Server=" + mi + ";Encrypt=False"
                                 << "" << QStringList { "conn.encrypt-disabled" } << "Encrypt=False";
    QTest::newRow("encrypt optional") << "Server=" + mi + ";Encrypt=Optional"
                                      << "" << QStringList { "conn.encrypt-disabled" } << "Encrypt=Optional";
    QTest::newRow("trust") << "Driver={ODBC Driver 18 for SQL Server};Server=" + mi + ";TrustServerCertificate=yes"
                           << "" << QStringList { "conn.trust-server-certificate" } << "TrustServerCertificate=yes";
    QTest::newRow("short timeout") << "jdbc:sqlserver://" + mi + ";loginTimeout=10"
                                   << "" << QStringList { "conn.timeout-too-low" } << "loginTimeout=10";
    QTest::newRow("zero timeout is infinite") << "Server=" + mi + ";Connect Timeout=0"
                                              << "" << QStringList {} << "";
    QTest::newRow("several, input first")
        << "Server=10.0.0.4;TrustServerCertificate=True;Encrypt=False"
        << "" << QStringList { "input.ip-literal", "conn.encrypt-disabled", "conn.trust-server-certificate" }
        << "Server=10.0.0.4";
}

void tst_ConnectionString::lint()
{
    QFETCH(QString, input);
    QFETCH(QString, scenario);
    QFETCH(QStringList, ids);
    QFETCH(QString, fragment);
    const ConnectionParse parsed = parseConnectionInput(input);
    QVERIFY2(parsed.settings, qPrintable(parsed.error));
    const QList<LintFinding> findings = lintConnection(*parsed.settings, scenario);
    QStringList actual;
    for (const LintFinding &finding : findings) {
        actual.append(finding.id);
        QVERIFY(!finding.evidence.isEmpty());
    }
    QCOMPARE(actual, ids);
    if (!findings.isEmpty())
        QCOMPARE(findings.first().fragment, fragment);
}

void tst_ConnectionString::addressClasses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("kind");
    QTest::newRow("rfc1918 10") << "10.1.2.3"
                                << "private";
    QTest::newRow("rfc1918 172") << "172.31.255.1"
                                 << "private";
    QTest::newRow("not rfc1918 172.32") << "172.32.0.1"
                                        << "public";
    QTest::newRow("rfc1918 192.168") << "192.168.0.10"
                                     << "private";
    QTest::newRow("cgnat") << "100.64.1.1"
                           << "cgnat";
    QTest::newRow("public") << "20.50.0.4"
                            << "public";
    QTest::newRow("loopback") << "127.77.0.4"
                              << "loopback";
    QTest::newRow("link-local") << "169.254.169.254"
                                << "link-local";
    QTest::newRow("azure dns") << "168.63.129.16"
                               << "azure-platform";
    QTest::newRow("documentation") << "203.0.113.9"
                                   << "documentation";
    QTest::newRow("multicast") << "239.1.1.1"
                               << "multicast";
    QTest::newRow("ula") << "fd12:3456::1"
                         << "unique-local";
    QTest::newRow("ipv6 link-local") << "fe80::1"
                                     << "link-local";
    QTest::newRow("ipv6 loopback") << "::1"
                                   << "loopback";
    QTest::newRow("ipv6 public") << "2603:1030::1"
                                 << "public";
    QTest::newRow("v4-mapped private") << "::ffff:10.0.0.4"
                                       << "private";
    QTest::newRow("unspecified") << "0.0.0.0"
                                 << "unspecified";
}

void tst_ConnectionString::addressClasses()
{
    QFETCH(QString, address);
    QFETCH(QString, kind);
    const AddressClass found = classifyAddress(QHostAddress(address));
    QCOMPARE(addressClassId(found), kind);
    QCOMPARE(isPrivateClass(found),
             kind == QLatin1String("private") || kind == QLatin1String("cgnat") || kind == QLatin1String("unique-local")
                 || kind == QLatin1String("loopback"));
}

QTEST_APPLESS_MAIN(tst_ConnectionString)
#include "tst_connectionstring.moc"

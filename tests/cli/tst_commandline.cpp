#include "cli/commandline.h"
#include "i18n/translations.h"

#include <QTest>

class tst_CommandLine : public QObject {
    Q_OBJECT

private slots:
    void checkWithEveryOption();
    void defaults();
    void demoAndSimulate();
    void scanTargets();
    void errors_data();
    void errors();
    void help();
    void languageArgument_data();
    void languageArgument();
    void reportLanguage();
};

void tst_CommandLine::checkWithEveryOption()
{
    const CliParseResult parsed = parseCommandLine({ QStringLiteral("check"),
                                                     QStringLiteral("mi.zone.database.windows.net"),
                                                     QStringLiteral("--port"),
                                                     QStringLiteral("3342"),
                                                     QStringLiteral("--scenario"),
                                                     QStringLiteral("on-premises"),
                                                     QStringLiteral("--subnet"),
                                                     QStringLiteral("10.0.0.0/27"),
                                                     QStringLiteral("--redirect-range"),
                                                     QStringLiteral("11000-11099"),
                                                     QStringLiteral("--samples"),
                                                     QStringLiteral("4"),
                                                     QStringLiteral("--timeout"),
                                                     QStringLiteral("1500"),
                                                     QStringLiteral("--concurrency"),
                                                     QStringLiteral("64"),
                                                     QStringLiteral("--resolve"),
                                                     QStringLiteral("mi.zone.database.windows.net=10.0.0.4"),
                                                     QStringLiteral("--resolve"),
                                                     QStringLiteral("other=10.0.0.5"),
                                                     QStringLiteral("--dns-server"),
                                                     QStringLiteral("127.0.0.53"),
                                                     QStringLiteral("--json"),
                                                     QStringLiteral("-"),
                                                     QStringLiteral("--report"),
                                                     QStringLiteral("out.json"),
                                                     QStringLiteral("--quiet") });
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    const CliRequest &request = *parsed.request;
    QCOMPARE(request.command, CliRequest::Command::Check);
    QCOMPARE(request.target, QStringLiteral("mi.zone.database.windows.net"));
    QCOMPARE(request.check.port.value_or(0), quint16(3342));
    QCOMPARE(request.check.scenarioId, QStringLiteral("on-premises"));
    QCOMPARE(request.check.subnet->toString(), QStringLiteral("10.0.0.0/27"));
    QCOMPARE(request.check.redirectFirst, quint16(11000));
    QCOMPARE(request.check.redirectLast, quint16(11099));
    QCOMPARE(request.check.samples, 4);
    QCOMPARE(request.check.timeout.count(), 1500);
    QCOMPARE(request.check.concurrency, 64);
    QCOMPARE(request.check.overrides.lookup(QStringLiteral("other")).size(), 1);
    QCOMPARE(request.check.nameserver, QHostAddress(QStringLiteral("127.0.0.53")));
    QCOMPARE(request.jsonPath, QStringLiteral("-"));
    QCOMPARE(request.reportPath, QStringLiteral("out.json"));
    QVERIFY(request.quiet);
}

void tst_CommandLine::defaults()
{
    const CliParseResult parsed = parseCommandLine({ QStringLiteral("check"), QStringLiteral("host.example") });
    QVERIFY(parsed.request);
    QCOMPARE(parsed.request->check.samples, 10);
    QCOMPARE(parsed.request->check.timeout.count(), 3000);
    QCOMPARE(parsed.request->check.concurrency, 1024);
    QVERIFY(parsed.request->check.redirectRange);
    QVERIFY(!parsed.request->check.subnet);
    QVERIFY(!parsed.request->check.port);
}

void tst_CommandLine::demoAndSimulate()
{
    CliParseResult parsed
        = parseCommandLine({ QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("nodes-filtered") });
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    QCOMPARE(parsed.request->profile, QStringLiteral("nodes-filtered"));
    QCOMPARE(parsed.request->check.timeout.count(), 1000); // loopback: a shorter default

    parsed = parseCommandLine({ "demo", "--sql-version", "15.0.2000.5", "--encryption", "not-supported" });
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    QCOMPARE(parsed.request->simulatedVersion->toString(), QStringLiteral("15.0.2000.5"));
    QCOMPARE(*parsed.request->simulatedEncryption, Tds::Encryption::NotSupported);

    parsed
        = parseCommandLine({ QStringLiteral("simulate"), QStringLiteral("--subnet"), QStringLiteral("127.77.0.0/27") });
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    QCOMPARE(parsed.request->profile, QStringLiteral("healthy"));
    QCOMPARE(parsed.request->simulatedSubnet->toString(), QStringLiteral("127.77.0.0/27"));
}

void tst_CommandLine::scanTargets()
{
    const CliParseResult parsed
        = parseCommandLine({ QStringLiteral("scan"), QStringLiteral("10.0.0.0/30,host.example,::1"),
                             QStringLiteral("--ports"), QStringLiteral("1433,11000-11002") });
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    QCOMPARE(parsed.request->scanTargets, (QStringList { "10.0.0.0/30", "host.example", "::1" }));
    QCOMPARE(parsed.request->ports, (QList<quint16> { 1433, 11000, 11001, 11002 }));
}

void tst_CommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("nothing") << QStringList {} << "command";
    QTest::newRow("unknown command") << QStringList { "fix-it" } << "fix-it";
    QTest::newRow("check without target") << QStringList { "check" } << "TARGET";
    QTest::newRow("two targets") << QStringList { "check", "a", "b" } << "one TARGET";
    QTest::newRow("bad port") << QStringList { "check", "h", "--port", "70000" } << "--port";
    QTest::newRow("unknown option") << QStringList { "check", "h", "--frobnicate" } << "frobnicate";
    QTest::newRow("unknown scenario") << QStringList { "check", "h", "--scenario", "mars" } << "mars";
    QTest::newRow("bad subnet") << QStringList { "check", "h", "--subnet", "10.0.0.0" } << "CIDR";
    QTest::newRow("ipv6 subnet") << QStringList { "check", "h", "--subnet", "fd00::/64" } << "IPv4";
    QTest::newRow("subnet too small") << QStringList { "check", "h", "--subnet", "10.0.0.0/30" } << "/28";
    QTest::newRow("bad resolve") << QStringList { "check", "h", "--resolve", "h=nowhere" } << "--resolve";
    QTest::newRow("bad dns server") << QStringList { "check", "h", "--dns-server", "dns.example" } << "--dns-server";
    QTest::newRow("zero samples") << QStringList { "check", "h", "--samples", "0" } << "--samples";
    QTest::newRow("bad timeout") << QStringList { "check", "h", "--timeout", "soon" } << "--timeout";
    QTest::newRow("bad range") << QStringList { "check", "h", "--redirect-range", "12000-11000" } << "backwards";
    QTest::newRow("report format") << QStringList { "check", "h", "--report", "out.docx" } << ".json";
    QTest::newRow("unknown profile") << QStringList { "demo", "--profile", "on-fire" } << "healthy";
    QTest::newRow("scan without ports") << QStringList { "scan", "10.0.0.1" } << "--ports";
    QTest::newRow("scan bad ports") << QStringList { "scan", "10.0.0.1", "--ports", "0-5" } << "--ports";
    QTest::newRow("scan huge cidr") << QStringList { "scan", "10.0.0.0/8", "--ports", "1433" } << "16777216";
    QTest::newRow("scan too many addresses")
        << QStringList { "scan", "10.0.0.0/20,10.1.0.0/24", "--ports", "1433" } << "4096";
    QTest::newRow("scan too many probes") << QStringList { "scan", "10.0.0.0/21", "--ports", "1-1000" } << "probes";
    QTest::newRow("scan bad target") << QStringList { "scan", "not a host", "--ports", "1433" } << "not a host";
    QTest::newRow("explain two ids") << QStringList { "explain", "a", "b" } << "one";
    QTest::newRow("bad sql version") << QStringList { "demo", "--sql-version", "16.0.99999" } << "--sql-version";
    QTest::newRow("bad encryption") << QStringList { "simulate", "--encryption", "sometimes" } << "--encryption";
}

void tst_CommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliParseResult parsed = parseCommandLine(arguments);
    QVERIFY(!parsed.request);
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    QVERIFY(!parsed.error.contains(QLatin1Char('\n')));
}

void tst_CommandLine::help()
{
    for (const char *command : { "check", "scan", "demo", "simulate", "scenarios", "explain" }) {
        const CliParseResult parsed = parseCommandLine({ QString::fromLatin1(command), QStringLiteral("--help") });
        QVERIFY(parsed.request);
        QCOMPARE(parsed.request->command, CliRequest::Command::Help);
        QVERIFY2(parsed.request->helpText.contains(QStringLiteral("miconnect-cli ") + QString::fromLatin1(command)),
                 qPrintable(parsed.request->helpText));
    }
    const CliParseResult general = parseCommandLine({ QStringLiteral("--help") });
    QVERIFY(general.request->helpText.contains(QStringLiteral("simulate")));
}

void tst_CommandLine::languageArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("rest");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << QStringList { "demo", "--quiet" } << QString() << QStringList { "demo", "--quiet" }
                          << true;
    QTest::newRow("first") << QStringList { "--lang", "de", "demo" } << "de" << QStringList { "demo" } << true;
    QTest::newRow("after the command") << QStringList { "demo", "--lang", "ja", "--quiet" } << "ja"
                                       << QStringList { "demo", "--quiet" } << true;
    QTest::newRow("attached") << QStringList { "scan", "--lang=en", "x" } << "en" << QStringList { "scan", "x" }
                              << true;
    QTest::newRow("last wins") << QStringList { "--lang", "de", "--lang=ja", "--help" } << "ja"
                               << QStringList { "--help" } << true;
    // After "--" it is an operand, whatever it looks like.
    QTest::newRow("after --") << QStringList { "check", "--", "--lang", "de" } << QString()
                              << QStringList { "check", "--", "--lang", "de" } << true;
    QTest::newRow("unknown") << QStringList { "--lang", "fr", "demo" } << QString() << QStringList {} << false;
    QTest::newRow("empty") << QStringList { "--lang=", "demo" } << QString() << QStringList {} << false;
    QTest::newRow("missing value") << QStringList { "demo", "--lang" } << QString() << QStringList {} << false;
}

void tst_CommandLine::languageArgument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(QStringList, rest);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(takeLanguageArgument(&arguments, &error), language);
    QCOMPARE(error.isEmpty(), valid);
    if (valid)
        QCOMPARE(arguments, rest);
    else
        QVERIFY2(error.contains("--lang"), qPrintable(error));
}

void tst_CommandLine::reportLanguage()
{
    CliParseResult parsed = parseCommandLine({ "demo", "--report-lang", "en" });
    QVERIFY(parsed.request);
    QCOMPARE(parsed.request->reportLanguage, QString("en"));
    parsed = parseCommandLine({ "check", "mi.zone.database.windows.net", "--report-lang=ja" });
    QVERIFY(parsed.request);
    QCOMPARE(parsed.request->reportLanguage, QString("ja"));
    parsed = parseCommandLine({ "demo" });
    QVERIFY(parsed.request->reportLanguage.isEmpty());
    parsed = parseCommandLine({ "demo", "--report-lang", "EN" });
    QVERIFY(!parsed.request);
    QVERIFY2(parsed.error.contains("--report-lang"), qPrintable(parsed.error));
    // Every command lists --lang in its help, though main() takes it out before parsing.
    for (const char *command : { "check", "scan", "demo", "simulate", "scenarios", "explain", "compare", "drivers" }) {
        parsed = parseCommandLine({ QString::fromLatin1(command), "--help" });
        QVERIFY2(parsed.request->helpText.contains("--lang"), command);
    }
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"

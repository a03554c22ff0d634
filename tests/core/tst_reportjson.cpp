// The report's JSON both ways: what the writer produces, the reader takes back unchanged; what the
// reader refuses (another schema, a newer version, a damaged or hostile file) it names clearly.
#include "report/reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

Report sampleReport()
{
    Report report;
    report.toolVersion = QStringLiteral("0.1.0");
    report.created = QDateTime(QDate(2026, 11, 26), QTime(8, 30, 1, 250), Qt::UTC);
    report.environment
        = { QStringLiteral("build-agent-7"), QStringLiteral("Debian GNU/Linux 12 (bookworm)"), QStringLiteral("de") };
    report.input.text = QStringLiteral("Server=tcp:mi-one.abc123.database.windows.net,1433;User ID=app");
    report.input.form = QStringLiteral("ado.net");
    report.input.passwordPresent = true;
    report.input.host = QStringLiteral("mi-one.abc123.database.windows.net");
    report.input.port = 1433;
    report.input.scenarioId = QStringLiteral("on-premises");
    report.input.pathId = QStringLiteral("expressroute");
    report.input.checklist = { { QStringLiteral("vpn-connected"), true }, { QStringLiteral("nsg-allows"), false } };
    report.input.subnet = QStringLiteral("10.0.1.0/27");
    report.input.endpointKind = EndpointKind::VnetLocal;
    report.checks.append(CheckResult { QStringLiteral("tcp.gateway"), QStringLiteral("Connect to the gateway"),
                                       CheckStatus::Fail, 3001.5, QStringLiteral("no answer"),
                                       QJsonObject { { QStringLiteral("succeeded"), 0 } } });
    report.checks.append(CheckResult { QStringLiteral("tds.prelogin"),
                                       QStringLiteral("Ask SQL Server"),
                                       CheckStatus::Skip,
                                       0.0,
                                       QStringLiteral("needs the gateway"),
                                       {} });
    report.findings.append(Finding { QStringLiteral("tcp.gateway-filtered"),
                                     Severity::Error,
                                     QStringLiteral("Filtered"),
                                     QStringLiteral("Nothing answered."),
                                     QStringLiteral("1433 on 10.0.1.4: silent"),
                                     { QStringLiteral("Open 1433."), QStringLiteral("Check the NSG.") },
                                     { QStringLiteral("https://learn.microsoft.com/azure/azure-sql/") } });
    report.cancelled = true;
    report.redacted = true;
    return report;
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QJsonObject sampleJson()
{
    return reportToJson(sampleReport());
}

} // namespace

class tst_ReportJson : public QObject {
    Q_OBJECT

private slots:
    void roundTrip();
    void readsAReportWithoutTheOptionalParts();
    void refusals_data();
    void refusals();
    void readsFiles();
    void dropsControlCharacters();
};

void tst_ReportJson::roundTrip()
{
    const Report original = sampleReport();
    const ReportReadResult read = reportFromJson(bytesOf(reportToJson(original)));
    QVERIFY2(read.report, qPrintable(read.error));
    const Report &back = *read.report;
    QCOMPARE(back.toolVersion, original.toolVersion);
    QCOMPARE(back.created, original.created);
    QCOMPARE(back.environment.machine, original.environment.machine);
    QCOMPARE(back.environment.os, original.environment.os);
    QCOMPARE(back.environment.language, original.environment.language);
    QCOMPARE(back.input.text, original.input.text);
    QCOMPARE(back.input.form, original.input.form);
    QCOMPARE(back.input.passwordPresent, true);
    QCOMPARE(back.input.host, original.input.host);
    QCOMPARE(back.input.port, original.input.port);
    QCOMPARE(back.input.scenarioId, original.input.scenarioId);
    QCOMPARE(back.input.pathId, original.input.pathId);
    QCOMPARE(back.input.checklist, original.input.checklist);
    QCOMPARE(back.input.subnet, original.input.subnet);
    QCOMPARE(back.input.endpointKind, EndpointKind::VnetLocal);
    QCOMPARE(back.cancelled, true);
    QCOMPARE(back.redacted, true);
    QCOMPARE(back.checks.size(), 2);
    QCOMPARE(back.checks.at(0).id, QStringLiteral("tcp.gateway"));
    QCOMPARE(back.checks.at(0).status, CheckStatus::Fail);
    QCOMPARE(back.checks.at(0).elapsedMs, 3001.5);
    QCOMPARE(back.checks.at(0).data.value(QStringLiteral("succeeded")).toInt(), 0);
    QCOMPARE(back.checks.at(1).status, CheckStatus::Skip);
    QCOMPARE(back.findings.size(), 1);
    QCOMPARE(back.findings.at(0).severity, Severity::Error);
    QCOMPARE(back.findings.at(0).explanation, original.findings.at(0).explanation);
    QCOMPARE(back.findings.at(0).evidence, original.findings.at(0).evidence);
    QCOMPARE(back.findings.at(0).remedy, original.findings.at(0).remedy);
    QCOMPARE(back.findings.at(0).sources, original.findings.at(0).sources);
    // Written again, the same document.
    QCOMPARE(reportToJson(back), reportToJson(original));
}

void tst_ReportJson::readsAReportWithoutTheOptionalParts()
{
    // The first reports of schema 1 had no environment, path, checklist, subnet or redacted flag.
    QJsonObject json = sampleJson();
    json.remove(QStringLiteral("environment"));
    json.remove(QStringLiteral("redacted"));
    QJsonObject input = json.value(QStringLiteral("input")).toObject();
    for (const char *key : { "path", "checklist", "subnet", "text", "form", "password_present" })
        input.remove(QLatin1String(key));
    input.insert(QStringLiteral("scenario"), QJsonValue::Null);
    json.insert(QStringLiteral("input"), input);
    const ReportReadResult read = reportFromJson(bytesOf(json));
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY(read.report->environment.machine.isEmpty());
    QVERIFY(read.report->input.scenarioId.isEmpty());
    QVERIFY(read.report->input.checklist.isEmpty());
    QCOMPARE(read.report->redacted, false);
}

void tst_ReportJson::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a part of the message

    const auto edited = [](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject json = sampleJson();
        edit(json);
        return bytesOf(json);
    };
    const auto editedCheck = [&edited](const char *key, const QJsonValue &value) {
        return edited([key, value](QJsonObject &json) {
            QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
            QJsonObject check = checks.at(0).toObject();
            check.insert(QLatin1String(key), value);
            checks.replace(0, check);
            json.insert(QStringLiteral("checks"), checks);
        });
    };

    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("not json") << QByteArray("MZ\x90\x00 a binary") << "not valid JSON";
    QTest::newRow("cut short") << bytesOf(sampleJson()).left(700) << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "not an object";
    QTest::newRow("another program's json")
        << QByteArray(R"({"name": "package.json"})") << "not a MI Connect Wizard report";
    QTest::newRow("scan") << QByteArray(R"({"schema": "miconnect.scan/1", "targets": []})") << "port scan";
    QTest::newRow("newer") << edited([](QJsonObject &json) {
        json.insert(QStringLiteral("schema"), QStringLiteral("miconnect.report/2"));
    }) << "newer version";
    QTest::newRow("no input") << edited([](QJsonObject &json) { json.remove(QStringLiteral("input")); })
                              << "report.input";
    QTest::newRow("host a number") << edited([](QJsonObject &json) {
        QJsonObject input = json.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("host"), 42);
        json.insert(QStringLiteral("input"), input);
    }) << "report.input.host is not text";
    QTest::newRow("port out of range") << edited([](QJsonObject &json) {
        QJsonObject input = json.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("port"), 70000);
        json.insert(QStringLiteral("input"), input);
    }) << "report.input.port";
    QTest::newRow("unknown endpoint kind") << edited([](QJsonObject &json) {
        QJsonObject input = json.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("endpoint_kind"), QStringLiteral("warp"));
        json.insert(QStringLiteral("input"), input);
    }) << "endpoint_kind";
    QTest::newRow("bad date") << edited([](QJsonObject &json) {
        json.insert(QStringLiteral("created"), QStringLiteral("yesterday"));
    }) << "report.created";
    QTest::newRow("unknown status") << editedCheck("status", QStringLiteral("maybe")) << "report.checks[0].status";
    QTest::newRow("check without id") << editedCheck("id", QJsonValue::Null) << "report.checks[0].id is missing";
    QTest::newRow("data not an object") << editedCheck("data", QStringLiteral("x")) << "report.checks[0].data";
    QTest::newRow("check not an object") << edited([](QJsonObject &json) {
        json.insert(QStringLiteral("checks"), QJsonArray { QStringLiteral("tcp.gateway") });
    }) << "report.checks[0] is not an object";
    QTest::newRow("unknown severity") << edited([](QJsonObject &json) {
        QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QJsonObject finding = findings.at(0).toObject();
        finding.insert(QStringLiteral("severity"), QStringLiteral("catastrophe"));
        findings.replace(0, finding);
        json.insert(QStringLiteral("findings"), findings);
    }) << "report.findings[0].severity";
    QTest::newRow("remedy not text") << edited([](QJsonObject &json) {
        QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QJsonObject finding = findings.at(0).toObject();
        finding.insert(QStringLiteral("remedy"), QJsonArray { 1, 2 });
        findings.replace(0, finding);
        json.insert(QStringLiteral("findings"), findings);
    }) << "report.findings[0].remedy";
}

void tst_ReportJson::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const ReportReadResult read = reportFromJson(bytes);
    QVERIFY(!read.report);
    QVERIFY2(read.error.contains(expected), qPrintable(read.error));
}

void tst_ReportJson::readsFiles()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString good = folder.filePath(QStringLiteral("report.json"));
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytesOf(sampleJson()));
    file.close();
    ReportReadResult read = readReportFile(good);
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(read.report->input.host, QStringLiteral("mi-one.abc123.database.windows.net"));

    read = readReportFile(folder.filePath(QStringLiteral("missing.json")));
    QVERIFY(!read.report);
    QVERIFY2(read.error.contains(QStringLiteral("missing.json")), qPrintable(read.error));

    // A file past the size limit is refused without reading it in.
    const QString huge = folder.filePath(QStringLiteral("huge.json"));
    QFile big(huge);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(maxReportBytes + 1));
    big.close();
    read = readReportFile(huge);
    QVERIFY(!read.report);
    QVERIFY2(read.error.contains(QStringLiteral("too large")), qPrintable(read.error));
}

void tst_ReportJson::dropsControlCharacters()
{
    // A customer's report is printed to terminals: an escape sequence in it must not reach one.
    Report report = sampleReport();
    const QString escape = QStringLiteral("\x1b]0;owned\x07\x1b[2J");
    report.input.host = QStringLiteral("mi%1.example").arg(escape);
    report.checks[0].summary = QStringLiteral("line one\nline two\t%1").arg(escape);
    report.checks[0].data.insert(QStringLiteral("chain"),
                                 QJsonArray { QJsonObject { { QStringLiteral("subject"), escape } } });
    report.findings[0].remedy = { escape + QStringLiteral("step") };
    const ReportReadResult read = reportFromJson(bytesOf(reportToJson(report)));
    QVERIFY2(read.report, qPrintable(read.error));
    const QByteArray written = bytesOf(reportToJson(*read.report));
    QVERIFY(!written.contains("\\u001b"));
    QVERIFY(!written.contains("\\u0007"));
    QCOMPARE(read.report->input.host, QStringLiteral("mi]0;owned[2J.example"));
    QCOMPARE(read.report->checks.at(0).summary, QStringLiteral("line one\nline two\t]0;owned[2J"));
    QCOMPARE(read.report->findings.at(0).remedy.constFirst(), QStringLiteral("]0;owned[2Jstep"));
}

QTEST_GUILESS_MAIN(tst_ReportJson)
#include "tst_reportjson.moc"

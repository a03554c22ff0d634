// Every JSON document the CLI produces validates against the JSON Schema in docs/schema/, checked by
// an independent validator (python3-jsonschema), and a document that breaks the contract fails it.
#include "sim/simprofile.h"
#include "support/clirunner.h"
#include "support/loopback.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr auto python = "/usr/bin/python3";

QString sourcePath(const QString &relative)
{
    return qEnvironmentVariable("MICONNECT_SOURCE_DIR") + QLatin1Char('/') + relative;
}

struct Validation {
    int exitCode = -1;
    QString output;
};

Validation validate(const QString &schema, const QStringList &files)
{
    QProcess validator;
    validator.setProcessChannelMode(QProcess::MergedChannels);
    validator.start(QString::fromLatin1(python),
                    QStringList { sourcePath(QStringLiteral("tests/schema/validate_json.py")), sourcePath(schema) }
                        + files);
    if (!validator.waitForFinished(120000))
        return {};
    return { validator.exitCode(), QString::fromUtf8(validator.readAll()) };
}

const QString reportSchema = QStringLiteral("docs/schema/report-1.schema.json");
const QString scanSchema = QStringLiteral("docs/schema/scan-1.schema.json");

void writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class tst_ReportSchema : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyDemoProfileValidates();
    void checksWithEveryOptionValidate();
    void scanValidates();
    void comparisonValidates();
    void brokenDocumentsFail_data();
    void brokenDocumentsFail();

private:
    QTemporaryDir m_folder;
    QString m_healthy;
};

void tst_ReportSchema::initTestCase()
{
    QProcess probe;
    probe.start(QString::fromLatin1(python), { QStringLiteral("-c"), QStringLiteral("import jsonschema") });
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("python3-jsonschema is not installed (scripts/test installs it)");
    QVERIFY(m_folder.isValid());
}

void tst_ReportSchema::everyDemoProfileValidates()
{
    QStringList files;
    for (const QString &profile : simProfileNames()) {
        const QString path = m_folder.filePath(QStringLiteral("demo-%1.json").arg(profile));
        const CliRun run
            = runCli({ QStringLiteral("demo"), QStringLiteral("--quiet"), QStringLiteral("--profile"), profile,
                       QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--json"), path });
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1,
                 qPrintable(profile + QLatin1String(": ") + QString::fromUtf8(run.err)));
        files << path;
    }
    m_healthy = m_folder.filePath(QStringLiteral("demo-healthy.json"));
    const Validation validation = validate(reportSchema, files);
    QVERIFY2(validation.exitCode == 0, qPrintable(validation.output));
    QVERIFY(validation.output.contains(QStringLiteral("%1 document(s) valid").arg(files.size())));
}

void tst_ReportSchema::checksWithEveryOptionValidate()
{
    // An IP literal with a port nothing listens on (no DNS is asked), a scenario, a path, a checklist,
    // a subnet and a connection string with a password: the report's optional members all present.
    QTcpServer closed;
    QVERIFY(closed.listen(uniqueLoopbackAddress()));
    const QString address = closed.serverAddress().toString();
    const quint16 port = closed.serverPort();
    closed.close();

    const QString withOptions = m_folder.filePath(QStringLiteral("check-options.json"));
    CliRun run
        = runCli({ QStringLiteral("check"),
                   QStringLiteral("Server=tcp:%1,%2;User ID=app;Password=Sup3r;Encrypt=True").arg(address).arg(port),
                   QStringLiteral("--quiet"), QStringLiteral("--scenario"), QStringLiteral("on-premises"),
                   QStringLiteral("--checklist"), QStringLiteral("vpn-connected=yes"), QStringLiteral("--subnet"),
                   address + QStringLiteral("/28"), QStringLiteral("--timeout"), QStringLiteral("300"),
                   QStringLiteral("--samples"), QStringLiteral("2"), QStringLiteral("--json"), withOptions });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject input = readJson(withOptions).value(QStringLiteral("input")).toObject();
    QCOMPARE(input.value(QStringLiteral("scenario")).toString(), QStringLiteral("on-premises"));
    QCOMPARE(input.value(QStringLiteral("password_present")).toBool(), true);
    QVERIFY(!input.value(QStringLiteral("subnet")).toString().isEmpty());

    const QString cancelledWatch = m_folder.filePath(QStringLiteral("check-host.json"));
    run = runCli({ QStringLiteral("check"), QStringLiteral("mi.a1b2c3d4e5f6.database.windows.net"),
                   QStringLiteral("--resolve"), QStringLiteral("mi.a1b2c3d4e5f6.database.windows.net=%1").arg(address),
                   QStringLiteral("--port"), QString::number(port), QStringLiteral("--quiet"),
                   QStringLiteral("--samples"), QStringLiteral("1"), QStringLiteral("--timeout"), QStringLiteral("300"),
                   QStringLiteral("--json"), cancelledWatch });
    QCOMPARE(run.exitCode, 1);

    const Validation validation = validate(reportSchema, { withOptions, cancelledWatch });
    QVERIFY2(validation.exitCode == 0, qPrintable(validation.output));
}

void tst_ReportSchema::scanValidates()
{
    QTcpServer open;
    QVERIFY(open.listen(uniqueLoopbackAddress()));
    const QString path = m_folder.filePath(QStringLiteral("scan.json"));
    const CliRun run = runCli({ QStringLiteral("scan"), open.serverAddress().toString(), QStringLiteral("--ports"),
                                QStringLiteral("%1,1-3").arg(open.serverPort()), QStringLiteral("--quiet"),
                                QStringLiteral("--json"), path });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readJson(path).value(QStringLiteral("summary")).toObject().value(QStringLiteral("open")).toInt(), 1);
    const Validation validation = validate(scanSchema, { path });
    QVERIFY2(validation.exitCode == 0, qPrintable(validation.output));
}

void tst_ReportSchema::comparisonValidates()
{
    // Both ways between a fault and the healthy demo, and a report against itself.
    QVERIFY2(!m_healthy.isEmpty(), "everyDemoProfileValidates makes the reports");
    const QString filtered = m_folder.filePath(QStringLiteral("demo-gateway-filtered.json"));
    QStringList files;
    const QList<QPair<QString, QString>> pairs { { filtered, m_healthy },
                                                 { m_healthy, filtered },
                                                 { m_healthy, m_healthy } };
    for (const auto &[before, after] : pairs) {
        const QString path = m_folder.filePath(QStringLiteral("comparison-%1.json").arg(files.size()));
        const CliRun run = runCli({ QStringLiteral("compare"), before, after, QStringLiteral("--json"), path });
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        files << path;
    }
    const Validation validation = validate(QStringLiteral("docs/schema/comparison-1.schema.json"), files);
    QVERIFY2(validation.exitCode == 0, qPrintable(validation.output));
}

void tst_ReportSchema::brokenDocumentsFail_data()
{
    QTest::addColumn<QString>("member"); // top-level member to change
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("newer schema") << "schema" << QJsonValue(QStringLiteral("miconnect.report/2"))
                                  << "miconnect.report/1";
    QTest::newRow("unknown member") << "surprise" << QJsonValue(true) << "Additional properties";
    QTest::newRow("bad date") << "created" << QJsonValue(QStringLiteral("yesterday")) << "created";
    QTest::newRow("checks not a list") << "checks" << QJsonValue(QStringLiteral("none")) << "checks";
    QTest::newRow("unknown status") << "checks"
                                    << QJsonValue(QJsonArray {
                                           QJsonObject { { QStringLiteral("id"), QStringLiteral("tcp.gateway") },
                                                         { QStringLiteral("title"), QString() },
                                                         { QStringLiteral("status"), QStringLiteral("maybe") },
                                                         { QStringLiteral("elapsed_ms"), 1 },
                                                         { QStringLiteral("summary"), QString() },
                                                         { QStringLiteral("data"), QJsonObject {} } } })
                                    << "maybe";
    QTest::newRow("gateway data without samples")
        << "checks"
        << QJsonValue(QJsonArray {
               QJsonObject { { QStringLiteral("id"), QStringLiteral("tcp.gateway") },
                             { QStringLiteral("title"), QString() },
                             { QStringLiteral("status"), QStringLiteral("pass") },
                             { QStringLiteral("elapsed_ms"), 1 },
                             { QStringLiteral("summary"), QString() },
                             { QStringLiteral("data"),
                               QJsonObject { { QStringLiteral("address"), QStringLiteral("10.0.0.4") } } } } })
        << "samples";
}

void tst_ReportSchema::brokenDocumentsFail()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, complaint);
    QVERIFY2(!m_healthy.isEmpty(), "everyDemoProfileValidates makes the healthy report");
    QJsonObject report = readJson(m_healthy);
    QVERIFY(!report.isEmpty());
    report.insert(member, value);
    const QString path = m_folder.filePath(QStringLiteral("broken.json"));
    writeJson(path, report);
    const Validation validation = validate(reportSchema, { path });
    QCOMPARE(validation.exitCode, 1);
    QVERIFY2(validation.output.contains(complaint), qPrintable(validation.output));
}

QTEST_GUILESS_MAIN(tst_ReportSchema)
#include "tst_reportschema.moc"

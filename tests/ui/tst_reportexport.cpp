// The report's pictures and files: renderReportImages draws what the wizard shows, in a light palette;
// exportReport writes every format from real demo runs, atomically; the PDF is read back with
// poppler-utils (pdfinfo, pdftotext, pdftoppm, pdffonts) where they are installed.
//
// MICONNECT_REPORT_REVIEW_DIR=DIR keeps what the tests made there (pictures, reports, PDF pages) for a
// person to look at.
#include "i18n/translations.h"
#include "report/markdownreport.h"
#include "report/reportexport.h"
#include "report/reportjson.h"
#include "support/clirunner.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

const QStringList demoProfiles = { "healthy", "gateway-filtered", "redirect-partial" };

struct Tool {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Tool tool;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return tool;
    }
    tool.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    tool.out = process.readAllStandardOutput();
    tool.err = process.readAllStandardError();
    return tool;
}

bool hasPoppler()
{
    for (const char *tool : { "pdfinfo", "pdftotext", "pdftoppm", "pdffonts" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    }
    return true;
}

// How many distinct colours an image has, up to `enough`.
int colourCount(const QImage &image, int enough = 16)
{
    QSet<QRgb> colours;
    const QImage pixels = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < pixels.height() && colours.size() < enough; y += 2) {
        for (int x = 0; x < pixels.width() && colours.size() < enough; x += 2)
            colours.insert(pixels.pixel(x, y));
    }
    return int(colours.size());
}

// The share of pixels darker than mid-grey: text and lines on a light page.
double darkShare(const QImage &image)
{
    const QImage pixels = image.convertToFormat(QImage::Format_RGB32);
    qint64 dark = 0;
    for (int y = 0; y < pixels.height(); ++y) {
        for (int x = 0; x < pixels.width(); ++x)
            dark += qGray(pixels.pixel(x, y)) < 128;
    }
    return double(dark) / double(qMax<qint64>(1, qint64(pixels.width()) * pixels.height()));
}

// pdftotext's words with every run of white space made one space, and compatibility characters folded
// (CJK fonts map some ideographs to their Kangxi radical code points, which NFKC folds back).
QString normalised(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString reviewDir()
{
    const QString dir = qEnvironmentVariable("MICONNECT_REPORT_REVIEW_DIR");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    return dir;
}

void keepForReview(const QString &name, const QByteArray &bytes)
{
    const QString dir = reviewDir();
    if (dir.isEmpty())
        return;
    QFile file(QDir(dir).filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

// The PDF and its pages as pictures.
void keepPdfForReview(const QString &path, const QString &name)
{
    const QString dir = reviewDir();
    if (dir.isEmpty())
        return;
    QFile::remove(QDir(dir).filePath(name + ".pdf"));
    QFile::copy(path, QDir(dir).filePath(name + ".pdf"));
    runTool("pdftoppm", { "-r", "70", "-png", path, QDir(dir).filePath(name + "-pdf-page") });
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

Report japaneseReport()
{
    Report report;
    report.toolVersion = "0.1.0";
    report.created = QDateTime(QDate(2026, 5, 4), QTime(13, 37, 0), Qt::UTC);
    report.environment = { "開発用パソコン", "Debian GNU/Linux 12 (bookworm)", "ja" };
    report.input.host = "mi-one.abc123.database.windows.net";
    report.input.port = 1433;
    report.input.scenarioId = "on-premises";
    report.input.endpointKind = EndpointKind::VnetLocal;
    report.checks = {
        { "dns.resolve", "ホスト名を解決する", CheckStatus::Pass, 3.25, "mi-one → 10.0.1.4", {} },
        { "tcp.gateway",
          "ゲートウェイに接続する",
          CheckStatus::Fail,
          2003.0,
          "10.0.1.4:1433: すべての試行で応答なし",
          {} },
    };
    report.findings = {
        { "tcp.gateway-filtered",
          Severity::Error,
          "ゲートウェイのポートに何も応答しません",
          "タイムアウトまでに応答がありませんでした。",
          "10.0.1.4:1433: 応答なし",
          { "ファイアウォールで送信方向の TCP を許可してください。" },
          { "https://learn.microsoft.com/azure/azure-sql/managed-instance/connectivity-architecture-overview" } },
    };
    return report;
}

// Resets RLIMIT_FSIZE and SIGXFSZ however the test leaves.
struct FileSizeLimit {
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool active() const { return m_active; }

private:
    rlimit m_saved {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_active = false;
};

} // namespace

class tst_ReportExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void renderImages_data();
    void renderImages();
    void renderImagesLeavesOutChartsWithoutData();
    void renderImagesIgnoresTheDesktopTheme();

    void exportEachFormat_data();
    void exportEachFormat();
    void exportReplacesAnOldFile();
    void pdfReadsBack_data();
    void pdfReadsBack();
    void pdfKeepsLongReportsPaged();

    void exportErrors_data();
    void exportErrors();
    void exportFailsCleanlyWhenTheDiskIsFull_data();
    void exportFailsCleanlyWhenTheDiskIsFull();
    void exportFailsCleanlyOnAFullFileSystem_data();
    void exportFailsCleanlyOnAFullFileSystem();

    void pdfInJapanese(); // last: it installs the Japanese translation

private:
    Report demo(const QString &profile) const { return m_demos.value(profile); }

    QTemporaryDir m_folder;
    QHash<QString, Report> m_demos;
};

// Set in the copy of this test that runs in a private mount namespace (exportFailsCleanlyOnAFullFileSystem).
constexpr auto fullFileSystemVariable = "MICONNECT_TEST_FULL_TMPFS";

void tst_ReportExport::initTestCase()
{
    QVERIFY(m_folder.isValid());
    if (qEnvironmentVariableIsSet(fullFileSystemVariable))
        return; // that copy needs no demo reports
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), "MICONNECT_CLI must name the built miconnect-cli");
    for (const QString &profile : demoProfiles) {
        const QString path = m_folder.filePath(profile + ".json");
        const CliRun run = runCli({ "demo", "--quiet", "--json", path, "--profile", profile });
        QVERIFY2(!run.crashed && (run.exitCode == 0 || run.exitCode == 1), run.err.constData());
        const ReportReadResult read = readReportFile(path);
        QVERIFY2(read.report, qPrintable(read.error));
        m_demos.insert(profile, *read.report);
    }
    if (!hasPoppler())
        qWarning(
            "poppler-utils is not installed: the PDF is written but not read back (apt-get install poppler-utils)");
}

void tst_ReportExport::renderImages_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("ratio");
    QTest::addColumn<bool>("latency");
    QTest::addColumn<bool>("ports");
    QTest::newRow("healthy") << "healthy" << reportImageSize << 1.0 << true << true;
    QTest::newRow("healthy, print resolution") << "healthy" << reportImageSize << 2.0 << true << true;
    QTest::newRow("gateway-filtered") << "gateway-filtered" << QSize(640, 300) << 1.0 << true << true;
    QTest::newRow("redirect-partial") << "redirect-partial" << QSize(700, 320) << 1.5 << true << true;
}

void tst_ReportExport::renderImages()
{
    QFETCH(QString, profile);
    QFETCH(QSize, size);
    QFETCH(qreal, ratio);
    QFETCH(bool, latency);
    QFETCH(bool, ports);
    const ReportImages images = renderReportImages(demo(profile), size, ratio);
    const QSize pixels = (QSizeF(size) * ratio).toSize();
    const struct {
        const char *name;
        QByteArray png;
        bool expected;
    } pictures[] = { { "diagram", images.diagramPng, true },
                     { "latency", images.latencyPng, latency },
                     { "ports", images.portsPng, ports } };
    for (const auto &picture : pictures) {
        QCOMPARE(!picture.png.isEmpty(), picture.expected);
        if (picture.png.isEmpty())
            continue;
        QVERIFY(picture.png.startsWith("\x89PNG"));
        const QImage image = QImage::fromData(picture.png, "PNG");
        QVERIFY2(!image.isNull(), picture.name);
        QCOMPARE(image.size(), pixels);
        QVERIFY2(colourCount(image) > 4, picture.name);
        // Drawn on white: a light picture with something dark on it.
        QCOMPARE(QColor(image.pixel(1, 1)), QColor(Qt::white));
        const double dark = darkShare(image);
        QVERIFY2(dark > 0.002 && dark < 0.5, qPrintable(QStringLiteral("%1: %2").arg(picture.name).arg(dark)));
        keepForReview(QStringLiteral("%1-%2-%3x%4@%5.png")
                          .arg(profile, picture.name)
                          .arg(size.width())
                          .arg(size.height())
                          .arg(ratio),
                      picture.png);
    }
}

void tst_ReportExport::renderImagesLeavesOutChartsWithoutData()
{
    Report report = demo("gateway-filtered");
    for (CheckResult &check : report.checks) {
        if (check.id == CheckIds::tcpGateway)
            check.status = CheckStatus::Skip;
        if (check.id == CheckIds::redirectSubnet || check.id == CheckIds::redirectRange)
            check.data = {};
    }
    ReportImages images = renderReportImages(report);
    QVERIFY(!images.diagramPng.isEmpty());
    QVERIFY(images.latencyPng.isEmpty());
    QVERIFY(images.portsPng.isEmpty());

    // The sweep alone is enough for the port chart; no checks at all still draw the (untested) path.
    report = demo("redirect-partial");
    report.checks.removeIf([](const CheckResult &check) { return check.id == CheckIds::redirectRange; });
    images = renderReportImages(report);
    QVERIFY(!images.portsPng.isEmpty());
    report.checks.clear();
    images = renderReportImages(report);
    QVERIFY(!images.diagramPng.isEmpty());
    QVERIFY(images.latencyPng.isEmpty() && images.portsPng.isEmpty());
}

void tst_ReportExport::renderImagesIgnoresTheDesktopTheme()
{
    const QPalette saved = QApplication::palette();
    QPalette dark(QColor(0xe6, 0xe6, 0xe6), QColor(0x30, 0x30, 0x30), QColor(0x50, 0x50, 0x50),
                  QColor(0x10, 0x10, 0x10), QColor(0x28, 0x28, 0x28), QColor(0xe6, 0xe6, 0xe6), Qt::white,
                  QColor(0x1e, 0x1e, 0x1e), QColor(0x24, 0x24, 0x24));
    QApplication::setPalette(dark);
    const ReportImages images = renderReportImages(demo("redirect-partial"));
    QApplication::setPalette(saved);
    for (const QByteArray &png : { images.diagramPng, images.latencyPng, images.portsPng }) {
        const QImage image = QImage::fromData(png, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(QColor(image.pixel(1, 1)), QColor(Qt::white));
        QVERIFY(darkShare(image) < 0.5);
    }
}

void tst_ReportExport::exportEachFormat_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("extension");
    for (const char *profile : { "healthy", "gateway-filtered" }) {
        for (const QString &extension : reportExportExtensions())
            QTest::addRow("%s %s", profile, qPrintable(extension)) << QString::fromLatin1(profile) << extension;
    }
    QTest::newRow("upper-case extension") << "healthy"
                                          << ".PDF";
}

void tst_ReportExport::exportEachFormat()
{
    QFETCH(QString, profile);
    QFETCH(QString, extension);
    const Report report = demo(profile);
    QTemporaryDir dir;
    const QString path = dir.filePath("report" + extension);
    QString error;
    QVERIFY2(exportReport(report, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    // Only the file: QSaveFile's temporary is gone.
    QCOMPARE(entriesOf(dir.path()), QStringList { "report" + extension });
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 200);
    const QString text = QString::fromUtf8(bytes);
    const QString lower = extension.toLower();
    if (lower == ".json") {
        const ReportReadResult read = reportFromJson(bytes);
        QVERIFY2(read.report, qPrintable(read.error));
        QCOMPARE(read.report->checks.size(), report.checks.size());
        QCOMPARE(read.report->findings.size(), report.findings.size());
    } else if (lower == ".md") {
        QVERIFY(text.startsWith("# MI Connect Wizard report — " + report.input.host));
        QCOMPARE(text, reportToMarkdown(report));
    } else if (lower == ".html") {
        QVERIFY(text.startsWith("<!DOCTYPE html>"));
        // The diagram and both charts, drawn and embedded.
        QCOMPARE(int(text.count("src=\"data:image/png;base64,")), 3);
        QVERIFY(!text.contains("src=\"http"));
    } else if (lower == ".pdf") {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    } else {
        QVERIFY(text.startsWith("MI Connect Wizard " + report.toolVersion + " — " + report.input.host));
    }
    keepForReview(profile + extension.toLower(), bytes);
}

void tst_ReportExport::exportReplacesAnOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("report.md");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older report that is much longer than nothing at all\n");
    }
    QString error;
    QVERIFY2(exportReport(demo("healthy"), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), reportToMarkdown(demo("healthy")));
    QCOMPARE(entriesOf(dir.path()), QStringList { "report.md" });
}

void tst_ReportExport::pdfReadsBack_data()
{
    QTest::addColumn<QString>("profile");
    for (const QString &profile : demoProfiles)
        QTest::newRow(qPrintable(profile)) << profile;
}

void tst_ReportExport::pdfReadsBack()
{
    QFETCH(QString, profile);
    if (!hasPoppler())
        QSKIP("poppler-utils is not installed (apt-get install poppler-utils)");
    const Report report = demo(profile);
    QTemporaryDir dir;
    const QString path = dir.filePath(profile + ".pdf");
    QString error;
    QVERIFY2(exportReport(report, path, &error), qPrintable(error));
    keepPdfForReview(path, profile);

    const Tool info = runTool("pdfinfo", { path });
    QCOMPARE(info.exitCode, 0);
    static const QRegularExpression pagesLine("^Pages:\\s+(\\d+)$", QRegularExpression::MultilineOption);
    const QRegularExpressionMatch pagesMatch = pagesLine.match(QString::fromUtf8(info.out));
    QVERIFY2(pagesMatch.hasMatch(), info.out.constData());
    const int pages = pagesMatch.captured(1).toInt();
    QVERIFY(pages >= 1);
    QVERIFY2(info.out.contains("Page size:      595.276 x 841.89 pts (A4)") || info.out.contains("(A4)"),
             info.out.constData());
    QVERIFY2(QRegularExpression("^Title:\\s+" + QRegularExpression::escape(reportTitle(report)) + "$",
                                QRegularExpression::MultilineOption)
                 .match(QString::fromUtf8(info.out))
                 .hasMatch(),
             info.out.constData());

    const Tool text = runTool("pdftotext", { "-enc", "UTF-8", path, "-" });
    QCOMPARE(text.exitCode, 0);
    const QString words = normalised(QString::fromUtf8(text.out));
    QVERIFY2(words.contains(report.input.host), qPrintable(words));
    for (const CheckResult &check : report.checks) {
        QVERIFY2(words.contains(normalised(check.title)), qPrintable(check.title));
        QVERIFY2(words.contains(check.id), qPrintable(check.id));
    }
    for (const Finding &finding : report.findings) {
        QVERIFY2(words.contains(normalised(finding.title)), qPrintable(finding.title));
        for (const QString &step : finding.remedy)
            QVERIFY2(words.contains(normalised(step)), qPrintable(step));
    }
    // The running header and the page numbers, on every page.
    const QString header = "MI Connect Wizard " + report.toolVersion + " · " + reportTimeUtc(report);
    QCOMPARE(int(words.count(header)), pages);
    QCOMPARE(int(words.count("Machine: " + report.environment.machine + " · Scenario: none")), pages);
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(words.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(words));

    // Real text (pdftotext found it above) in fonts the file carries: every font embedded.
    const Tool fonts = runTool("pdffonts", { path });
    QCOMPARE(fonts.exitCode, 0);
    const QStringList fontRows = QString::fromUtf8(fonts.out).split('\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!fontRows.isEmpty(), fonts.out.constData());
    for (const QString &row : fontRows) {
        const QStringList columns = row.split(' ', Qt::SkipEmptyParts); // … emb sub uni object ID
        QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == "yes", qPrintable(row));
    }

    // Page 1 drawn: a white page with text on it.
    const QString prefix = dir.filePath("page");
    const Tool render = runTool("pdftoppm", { "-r", "50", "-png", "-f", "1", "-l", "1", path, prefix });
    QCOMPARE(render.exitCode, 0);
    const QStringList rendered = QDir(dir.path()).entryList({ "page*.png" });
    QCOMPARE(rendered.size(), 1);
    const QImage page1(dir.filePath(rendered.first()));
    QVERIFY(!page1.isNull());
    QVERIFY(colourCount(page1) > 4);
    QCOMPARE(QColor(page1.pixel(2, 2)), QColor(Qt::white));
    const double dark = darkShare(page1);
    QVERIFY2(dark > 0.005 && dark < 0.3, qPrintable(QString::number(dark)));
}

void tst_ReportExport::pdfKeepsLongReportsPaged()
{
    if (!hasPoppler())
        QSKIP("poppler-utils is not installed (apt-get install poppler-utils)");
    // Many findings: several pages, a header and a page number on each, every finding's title whole;
    // the notes and the checklist as well.
    Report report = demo("gateway-filtered");
    report.redacted = true;
    report.cancelled = true;
    report.input.scenarioId = "on-premises";
    report.input.checklist = { { "mi-nsg-inbound", true }, { "client-nsg-outbound", false } };
    const Finding model = report.findings.constFirst();
    for (int i = 2; i <= 14; ++i) {
        Finding finding = model;
        finding.id = QStringLiteral("test.finding-%1").arg(i);
        finding.title
            = QStringLiteral("Finding number %1 with a title long enough to wrap onto a second line on an A4 page")
                  .arg(i);
        report.findings.append(finding);
    }
    const QByteArray pdf = reportToPdf(report, renderReportImages(report, reportImageSize, 2.0));
    QVERIFY(pdf.startsWith("%PDF-"));
    QTemporaryDir dir;
    const QString path = dir.filePath("long.pdf");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    keepPdfForReview(path, "long");
    const Tool info = runTool("pdfinfo", { path });
    static const QRegularExpression pagesLine("^Pages:\\s+(\\d+)$", QRegularExpression::MultilineOption);
    const int pages = pagesLine.match(QString::fromUtf8(info.out)).captured(1).toInt();
    QVERIFY2(pages >= 3, info.out.constData());
    for (int page = 1; page <= pages; ++page) {
        const Tool text = runTool(
            "pdftotext", { "-enc", "UTF-8", "-f", QString::number(page), "-l", QString::number(page), path, "-" });
        const QString words = normalised(QString::fromUtf8(text.out));
        QVERIFY2(words.contains("MI Connect Wizard " + report.toolVersion + " · "), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(words));
    }
    const QString all = normalised(QString::fromUtf8(runTool("pdftotext", { "-enc", "UTF-8", path, "-" }).out));
    for (const Finding &finding : std::as_const(report.findings))
        QVERIFY2(all.contains(finding.title), qPrintable(finding.title));
    for (const QString &note : reportNotes(report))
        QVERIFY2(all.contains(note), qPrintable(note));
    QVERIFY(all.contains("Checklist answers"));
    QVERIFY(all.contains("Scenario: On-premises"));
}

void tst_ReportExport::exportErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("extension");
    for (const char *extension : { ".md", ".pdf" }) {
        QTest::addRow("folder missing %s", extension) << "missing-folder" << extension;
        QTest::addRow("parent is a file %s", extension) << "parent-is-file" << extension;
        QTest::addRow("target is a folder %s", extension) << "target-is-folder" << extension;
        QTest::addRow("read-only folder %s", extension) << "read-only" << extension;
    }
    QTest::newRow("unknown extension") << "unknown"
                                       << ".docx";
    QTest::newRow("no extension") << "unknown"
                                  << "";
}

void tst_ReportExport::exportErrors()
{
    QFETCH(QString, kind);
    QFETCH(QString, extension);
    QTemporaryDir dir;
    QString path;
    QString reason; // the OS's words the message should carry, when known
    if (kind == "missing-folder") {
        path = dir.filePath("no/such/folder/report" + extension);
    } else if (kind == "parent-is-file") {
        QFile file(dir.filePath("plain"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        path = dir.filePath("plain/report" + extension);
    } else if (kind == "target-is-folder") {
        QVERIFY(QDir(dir.path()).mkdir("report" + extension));
        path = dir.filePath("report" + extension);
    } else if (kind == "read-only") {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders; the other rows cover the failure");
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        path = dir.filePath("report" + extension);
    } else {
        path = dir.filePath("report" + extension);
    }
    const QStringList before = entriesOf(dir.path());

    QString error;
    QVERIFY(!exportReport(demo("gateway-filtered"), path, &error));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY2(error.startsWith("Cannot save the report to " + QDir::toNativeSeparators(path) + ": "), qPrintable(error));
    const QString why = error.section(": ", 1).trimmed();
    QVERIFY2(why.size() > 3, qPrintable(error));
    if (kind == "unknown")
        QVERIFY2(error.endsWith("the file name must end in one of .json, .md, .html, .pdf, .txt."), qPrintable(error));
    // Nothing left behind: no file, no temporary, no folder made on the way.
    QCOMPARE(entriesOf(dir.path()), before);
    if (kind == "target-is-folder")
        QVERIFY(QFileInfo(path).isDir() && entriesOf(path).isEmpty());
    if (kind == "parent-is-file")
        QCOMPARE(QFileInfo(dir.filePath("plain")).size(), 0);
    QVERIFY(!QFileInfo::exists(dir.filePath("no")));
}

void tst_ReportExport::exportFailsCleanlyWhenTheDiskIsFull_data()
{
    QTest::addColumn<QString>("extension");
    for (const QString &extension : reportExportExtensions())
        QTest::newRow(qPrintable(extension)) << extension;
}

// A full disk, without root or a tiny file system: the file-size limit makes write() fail the same way
// part-way through (EFBIG instead of ENOSPC). The old file must survive and no temporary may stay.
void tst_ReportExport::exportFailsCleanlyWhenTheDiskIsFull()
{
    QFETCH(QString, extension);
    QTemporaryDir dir;
    const QString path = dir.filePath("report" + extension);
    const QByteArray old = "the report from yesterday\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old);
    }
    const Report report = demo("redirect-partial");
    QString error;
    bool written = false;
    {
        const FileSizeLimit limit(64);
        QVERIFY(limit.active());
        written = exportReport(report, path, &error);
    }
    QVERIFY(!written);
    // The OS's own words for it.
    QCOMPARE(error,
             "Cannot save the report to " + QDir::toNativeSeparators(path) + ": "
                 + QString::fromLocal8Bit(std::strerror(EFBIG)));
    QCOMPARE(entriesOf(dir.path()), QStringList { "report" + extension });
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), old);
}

void tst_ReportExport::exportFailsCleanlyOnAFullFileSystem_data()
{
    QTest::addColumn<QString>("extension");
    for (const QString &extension : reportExportExtensions())
        QTest::newRow(qPrintable(extension)) << extension;
}

// The real thing, where root may: a full tmpfs, mounted in a private mount namespace that dies with the
// process. The test runs a copy of itself under unshare(1); that copy mounts, fills and exports.
void tst_ReportExport::exportFailsCleanlyOnAFullFileSystem()
{
    QFETCH(QString, extension);
    const QString mountPoint = qEnvironmentVariable(fullFileSystemVariable);
    if (mountPoint.isEmpty()) {
        if (::geteuid() != 0)
            QSKIP("needs root: a tiny tmpfs in a private mount namespace");
        const QString unshare = QStandardPaths::findExecutable("unshare");
        if (unshare.isEmpty())
            QSKIP("unshare(1) (util-linux) is not installed");
        QTemporaryDir dir;
        QProcess copy;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(fullFileSystemVariable), dir.path());
        copy.setProcessEnvironment(environment);
        copy.start(unshare,
                   { "--mount", "--propagation", "private", QCoreApplication::applicationFilePath(),
                     "exportFailsCleanlyOnAFullFileSystem:" + extension });
        QVERIFY(copy.waitForFinished(120000));
        const QByteArray output = copy.readAllStandardOutput() + copy.readAllStandardError();
        // No private mount namespace here (a container without CAP_SYS_ADMIN), or no tmpfs in it.
        if (!output.contains("Start testing of tst_ReportExport") || output.contains("SKIP   :"))
            QSKIP(qPrintable("no tiny tmpfs here: " + QString::fromLocal8Bit(output).simplified().left(300)));
        QVERIFY2(copy.exitStatus() == QProcess::NormalExit && copy.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : tst_ReportExport::exportFailsCleanlyOnAFullFileSystem("),
                 output.constData());
        QVERIFY(entriesOf(dir.path()).isEmpty()); // the mount was the copy's own
        return;
    }

    // In the copy, in its own mount namespace.
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=64k") != 0)
        QSKIP(qPrintable(
            QStringLiteral("cannot mount a tmpfs here: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))));
    const QString path = QDir(mountPoint).filePath("report" + extension);
    const QByteArray old = "the report from yesterday\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(old), qint64(old.size()));
    }
    {
        // Every block taken.
        QFile filler(QDir(mountPoint).filePath("filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) > 0) { }
        QCOMPARE(filler.error(), QFileDevice::ResourceError); // ENOSPC
    }
    QString error;
    QVERIFY(!exportReport(japaneseReport(), path, &error));
    QCOMPARE(error,
             "Cannot save the report to " + QDir::toNativeSeparators(path) + ": "
                 + QString::fromLocal8Bit(std::strerror(ENOSPC)));
    QCOMPARE(entriesOf(mountPoint), (QStringList { "filler", "report" + extension }));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), old);
}

void tst_ReportExport::pdfInJapanese()
{
    if (!hasPoppler())
        QSKIP("poppler-utils is not installed (apt-get install poppler-utils)");
    QCOMPARE(installTranslations("ja"), QString("ja"));
    const Report report = japaneseReport();
    QTemporaryDir dir;
    const QString path = dir.filePath("ja.pdf");
    QString error;
    QVERIFY2(exportReport(report, path, &error), qPrintable(error));
    keepPdfForReview(path, "ja");

    const Tool fonts = runTool("pdffonts", { path });
    QCOMPARE(fonts.exitCode, 0);
    QVERIFY2(fonts.out.contains("CJK"), fonts.out.constData());
    const Tool text = runTool("pdftotext", { "-enc", "UTF-8", path, "-" });
    QCOMPARE(text.exitCode, 0);
    // Japanese has no spaces: a line break inside a phrase must not count, so compare without any.
    const auto squeezed = [](const QString &value) { return normalised(value).remove(QLatin1Char(' ')); };
    const QString words = squeezed(QString::fromUtf8(text.out));
    for (const QString &expected : { report.environment.machine, report.checks.at(1).title, report.checks.at(1).summary,
                                     report.findings.at(0).title, report.findings.at(0).remedy.at(0), report.input.host,
                                     checkStatusLabel(CheckStatus::Fail), severityLabel(Severity::Error) }) {
        QVERIFY2(words.contains(squeezed(expected)), qPrintable(expected + " in\n" + words));
    }
    QVERIFY(checkStatusLabel(CheckStatus::Fail) != QLatin1String("Failed")); // translated, so the check means something
}

QTEST_MAIN(tst_ReportExport)
#include "tst_reportexport.moc"

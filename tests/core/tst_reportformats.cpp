// The Markdown and HTML reports: from hand-made reports (every status and severity, hostile text)
// and from real demo runs of miconnect-cli. Everything the report holds shows up, nothing the report
// holds turns into markup, and the standalone HTML refers to nothing outside itself.
#include "report/htmlreport.h"
#include "report/markdownreport.h"
#include "report/reportjson.h"
#include "support/clirunner.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A PNG signature and a few bytes: the HTML writer embeds bytes, it does not decode them.
const QByteArray fakePng = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray("not really an image");

Report handMadeReport()
{
    Report report;
    report.toolVersion = "0.1.0";
    report.created = QDateTime(QDate(2026, 5, 4), QTime(13, 37, 0), Qt::UTC);
    report.environment = { "build-agent-7", "Debian GNU/Linux 12 (bookworm)", "en" };
    report.input.text = "Server=tcp:mi-one.abc123.database.windows.net,1433;User ID=app";
    report.input.form = "ado.net";
    report.input.host = "mi-one.abc123.database.windows.net";
    report.input.port = 1433;
    report.input.scenarioId = "on-premises";
    report.input.pathId = "site-to-site-vpn";
    report.input.subnet = "10.0.1.0/27";
    report.input.endpointKind = EndpointKind::VnetLocal;
    report.checks = {
        { "dns.resolve", "Resolve the host name", CheckStatus::Pass, 3.25, "mi-one → 10.0.1.4", {} },
        { "tcp.gateway", "Connect to the gateway", CheckStatus::Warn, 312.0, "10.0.1.4:1433: median 300 ms", {} },
        { "tds.prelogin", "Ask for SQL Server (PRELOGIN)", CheckStatus::Fail, 1000.0, "no answer", {} },
        { "tls.tds7", "TLS as Encrypt=True gets it", CheckStatus::Skip, 0.0, "needs PRELOGIN", {} },
        { "tls.strict", "TLS as Encrypt=Strict gets it (TDS 8)", CheckStatus::Error, 1.5, "the probe failed", {} },
    };
    report.findings = {
        { "tds.no-response",
          Severity::Error,
          "SQL Server does not answer PRELOGIN",
          "The port accepts but nothing answers.",
          "10.0.1.4:1433: no PRELOGIN answer within 1000 ms",
          { "Check the gateway.", "Check the NVA." },
          { "https://learn.microsoft.com/azure/azure-sql/managed-instance/connectivity-architecture-overview" } },
        { "tcp.latency-high",
          Severity::Warning,
          "The gateway is slow to answer",
          "Handshakes take long.",
          "median 300 ms",
          { "Look at the route." },
          { "https://learn.microsoft.com/azure/azure-sql/" } },
        { "conn.timeout-too-low",
          Severity::Info,
          "The connect timeout is short",
          "A short timeout fails early.",
          QString(),
          {},
          {} },
    };
    return report;
}

// Strings a report read from someone else's file might carry.
Report hostileReport()
{
    Report report = handMadeReport();
    report.input.host = "<script>alert('host')</script>.database.windows.net";
    report.input.text = report.input.host;
    report.environment.machine = "<b onmouseover=alert(1)>pc</b>";
    report.environment.os = "OS & \"friends\"";
    report.environment.language = "en\" onload=\"alert(1)";
    report.checks[0].title = "Resolve | the *host* _name_";
    report.checks[0].summary = "a | b `c` [link](javascript:alert(1)) <script>alert('evidence')</script>\nsecond line";
    report.checks[0].id = "dns|resolve";
    report.findings[0].title = "<img src=x onerror=alert(1)> & more";
    report.findings[0].evidence = "\"><script>alert('evidence')</script>";
    report.findings[0].explanation = "- not a list item";
    report.findings[0].remedy = { "1. not a nested list", "# not a heading" };
    report.findings[0].sources = { "javascript:alert(1)", "https://example.com/a b<c>" };
    return report;
}

// Pipes not escaped by a backslash: the cell separators of a Markdown table row.
int cellSeparators(const QString &row)
{
    int count = 0;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (row.at(i) == QLatin1Char('|'))
            ++count;
    }
    return count;
}

QString lineContaining(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(needle))
            return line;
    }
    return QString();
}

// Reports of real runs, one per simulator profile, made once per test run.
Report demoReport(const QString &profile)
{
    static QHash<QString, Report> made;
    static QTemporaryDir folder;
    if (const auto it = made.constFind(profile); it != made.cend())
        return it.value();
    const QString path = folder.filePath(profile + ".json");
    const CliRun run = runCli({ "demo", "--quiet", "--json", path, "--profile", profile });
    if (run.crashed || (run.exitCode != 0 && run.exitCode != 1))
        qWarning("miconnect-cli demo --profile %s: exit %d\n%s", qPrintable(profile), run.exitCode,
                 run.err.constData());
    const ReportReadResult read = readReportFile(path);
    if (!read.report) {
        qWarning("%s: %s", qPrintable(path), qPrintable(read.error));
        return {};
    }
    made.insert(profile, *read.report);
    return *read.report;
}

QString markdownCodeSpan(const QString &id)
{
    return "`" + id + "`";
}

} // namespace

class tst_ReportFormats : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void markdownHasEverything_data();
    void markdownHasEverything();
    void markdownHeader();
    void markdownNotes_data();
    void markdownNotes();
    void markdownStatusAndSeverityInWords();
    void markdownEscapesTableCells();
    void markdownEscapesLineStarts();
    void markdownLinksOnlyWebSources();
    void placeholdersInTextStayText();

    void htmlHasEverything_data();
    void htmlHasEverything();
    void htmlEscapesHostileText_data();
    void htmlEscapesHostileText();
    void htmlIsSelfContained();
    void htmlEmbedsPictures_data();
    void htmlEmbedsPictures();
    void htmlLanguage_data();
    void htmlLanguage();
    void htmlWordsAndColours();
    void htmlNotesAndChecklist();
    void htmlParses_data();
    void htmlParses();
};

void tst_ReportFormats::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), "MICONNECT_CLI must name the built miconnect-cli");
}

void tst_ReportFormats::markdownHasEverything_data()
{
    QTest::addColumn<QString>("profile"); // empty: the hand-made report
    QTest::newRow("hand-made") << QString();
    QTest::newRow("demo healthy") << "healthy";
    QTest::newRow("demo gateway-filtered") << "gateway-filtered";
    QTest::newRow("demo redirect-partial") << "redirect-partial";
}

void tst_ReportFormats::markdownHasEverything()
{
    QFETCH(QString, profile);
    const Report report = profile.isEmpty() ? handMadeReport() : demoReport(profile);
    QVERIFY(!report.checks.isEmpty());
    QVERIFY(!report.findings.isEmpty());
    const QString markdown = reportToMarkdown(report);

    QVERIFY(markdown.startsWith("# MI Connect Wizard report — "));
    const QString title = markdown.section('\n', 0, 0);
    QVERIFY2(title.contains(report.input.host), qPrintable(title));
    QVERIFY2(title.contains(QString::number(report.input.port)), qPrintable(title));
    QVERIFY(markdown.contains("- **Tool:** MI Connect Wizard " + report.toolVersion));
    QVERIFY(markdown.contains("- **Time:** " + report.created.toUTC().toString("yyyy-MM-dd HH:mm:ss") + " UTC"));
    QVERIFY(markdown.contains("- **Machine:** " + report.environment.machine));
    QVERIFY(markdown.contains("- **Operating system:** " + report.environment.os));
    QVERIFY(markdown.contains("- **Endpoint:** "));
    QVERIFY(markdown.contains("(`" + endpointKindId(report.input.endpointKind) + "`)"));

    QVERIFY(markdown.contains("| Status | ID | Check | Time | Evidence |\n| --- | --- | --- | ---: | --- |\n"));
    for (const CheckResult &check : report.checks) {
        const QString row = lineContaining(markdown, markdownCodeSpan(check.id));
        QVERIFY2(!row.isEmpty(), qPrintable(check.id));
        QVERIFY2(row.startsWith("| ") && row.endsWith(" |"), qPrintable(row));
        QCOMPARE(cellSeparators(row), 6);
        QVERIFY2(row.contains(checkStatusLabel(check.status)), qPrintable(row));
        QVERIFY2(row.contains("| " + check.title + " |"), qPrintable(row));
    }
    int number = 0;
    for (const Finding &finding : report.findings) {
        const QString heading = lineContaining(markdown, QStringLiteral("### %1. ").arg(++number));
        QVERIFY2(heading.contains(finding.title), qPrintable(heading));
        QVERIFY2(heading.contains(severityLabel(finding.severity)), qPrintable(heading));
        QVERIFY(markdown.contains("\n" + markdownCodeSpan(finding.id) + "\n"));
        if (!finding.evidence.isEmpty())
            QVERIFY(markdown.contains("**Seen here:** "));
        for (qsizetype step = 0; step < finding.remedy.size(); ++step)
            QVERIFY2(markdown.contains(QStringLiteral("\n%1. ").arg(step + 1)), qPrintable(finding.id));
        for (const QString &source : finding.sources)
            QVERIFY2(markdown.contains("- <" + source + ">"), qPrintable(source));
    }
    // Most likely first: the findings in the report's order.
    qsizetype previous = -1;
    for (const Finding &finding : report.findings) {
        const qsizetype at = markdown.indexOf(markdownCodeSpan(finding.id) + "\n");
        QVERIFY(at > previous);
        previous = at;
    }
    QVERIFY(!markdown.contains("\n\n\n"));
    QVERIFY(markdown.endsWith('\n'));
}

void tst_ReportFormats::markdownHeader()
{
    Report report = handMadeReport();
    QString markdown = reportToMarkdown(report);
    // Titles from the catalog beside the stable ids.
    QVERIFY2(markdown.contains("- **Scenario:** On-premises (`on-premises`)"), qPrintable(markdown));
    QVERIFY2(markdown.contains("- **Connection path:** Site-to-Site VPN (`site-to-site-vpn`)"), qPrintable(markdown));
    QVERIFY(markdown.contains("- **Endpoint:** the VNet-local endpoint (`vnet-local`)"));
    QVERIFY(
        markdown.contains("- **Input:** Server=tcp:mi-one.abc123.database.windows.net,1433;User ID=app (`ado.net`)"));
    QVERIFY(markdown.contains("- **Instance subnet:** 10.0.1.0/27"));
    QVERIFY(markdown.contains("- **Verdict:** problems found — 1 error(s), 1 warning(s)\n"));

    // An id the catalog does not know is shown as it is; no scenario says so.
    report.input.scenarioId = "from-a-newer-version";
    report.input.pathId.clear();
    markdown = reportToMarkdown(report);
    QVERIFY2(markdown.contains("- **Scenario:** `from-a-newer-version`\n"), qPrintable(markdown));
    report.input.scenarioId.clear();
    markdown = reportToMarkdown(report);
    QVERIFY(markdown.contains("- **Scenario:** none\n"));
    QVERIFY(markdown.contains("- **Connection path:** Directly inside the VNet (`direct`)"));

    report.findings = { { "ok.all-checks-passed", Severity::Info, "Every check passed", "Fine.", QString(), {}, {} } };
    markdown = reportToMarkdown(report);
    QVERIFY(markdown.contains("- **Verdict:** no problems found — 0 error(s), 0 warning(s)\n"));
}

void tst_ReportFormats::markdownNotes_data()
{
    QTest::addColumn<bool>("redacted");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<bool>("password");
    QTest::newRow("none") << false << false << false;
    QTest::newRow("redacted") << true << false << false;
    QTest::newRow("cancelled") << false << true << false;
    QTest::newRow("password removed") << false << false << true;
    QTest::newRow("all") << true << true << true;
}

void tst_ReportFormats::markdownNotes()
{
    QFETCH(bool, redacted);
    QFETCH(bool, cancelled);
    QFETCH(bool, password);
    Report report = handMadeReport();
    report.redacted = redacted;
    report.cancelled = cancelled;
    report.input.passwordPresent = password;
    const QString markdown = reportToMarkdown(report);
    QCOMPARE(markdown.contains("> **Note:** Redacted: "), redacted);
    QCOMPARE(markdown.contains("> **Note:** Cancelled before every check finished"), cancelled);
    QCOMPARE(markdown.contains("> **Note:** The input held a password."), password);
    // Several notes stay one quote, a paragraph each.
    if (redacted && cancelled)
        QVERIFY(markdown.contains("placeholders.\n>\n> **Note:** Cancelled"));
    // Notes come before the header list.
    if (redacted || cancelled || password)
        QVERIFY(markdown.indexOf("> **Note:**") < markdown.indexOf("- **Tool:**"));
}

void tst_ReportFormats::markdownStatusAndSeverityInWords()
{
    const QString markdown = reportToMarkdown(handMadeReport());
    const struct {
        const char *id;
        const char *word;
    } rows[] = { { "dns.resolve", "| ✅ Passed |" },
                 { "tcp.gateway", "| ⚠️ Warning |" },
                 { "tds.prelogin", "| ❌ Failed |" },
                 { "tls.tds7", "| ⏭️ Skipped |" },
                 { "tls.strict", "| ⛔ Error |" } };
    for (const auto &row : rows)
        QVERIFY2(lineContaining(markdown, markdownCodeSpan(row.id)).startsWith(row.word), row.id);
    QVERIFY(lineContaining(markdown, "`tls.tds7`").contains("| — |")); // no time for a skipped check
    QVERIFY(lineContaining(markdown, "`dns.resolve`").contains("| 3.25 ms |"));
    QVERIFY(lineContaining(markdown, "`tds.prelogin`").contains("| 1000 ms |"));
    QVERIFY(markdown.contains("### 1. 🔴 Error: SQL Server does not answer PRELOGIN\n"));
    QVERIFY(markdown.contains("### 2. 🟠 Warning: The gateway is slow to answer\n"));
    QVERIFY(markdown.contains("### 3. 🔵 Info: The connect timeout is short\n"));
    QVERIFY(markdown.contains("**What to do:**\n\n1. Check the gateway.\n2. Check the NVA.\n"));
}

void tst_ReportFormats::markdownEscapesTableCells()
{
    const Report report = hostileReport();
    const QString markdown = reportToMarkdown(report);
    const QString row = lineContaining(markdown, "Resolve \\| the");
    QVERIFY2(!row.isEmpty(), qPrintable(markdown));
    // Five cells, whatever the text held: the line break is gone, the pipes are escaped.
    QCOMPARE(cellSeparators(row), 6);
    QVERIFY2(row.contains("`dns\\|resolve`"), qPrintable(row));
    QVERIFY2(row.contains("Resolve \\| the \\*host\\* \\_name\\_"), qPrintable(row));
    QVERIFY2(
        row.contains(
            "a \\| b \\`c\\` \\[link\\](javascript:alert(1)) \\<script\\>alert('evidence')\\</script\\> second line"),
        qPrintable(row));
    // No raw HTML anywhere: a renderer that allows HTML in Markdown shows it as text.
    static const QRegularExpression rawAngle("(?<!\\\\)<(?!https?://)");
    QVERIFY2(!rawAngle.match(markdown).hasMatch(),
             qPrintable(markdown.mid(rawAngle.match(markdown).capturedStart() - 20, 60)));
    QVERIFY(markdown.contains("\\<b onmouseover=alert(1)\\>pc\\</b\\>"));
    QVERIFY(markdown.contains("\\<script\\>alert('host')\\</script\\>.database.windows.net"));
}

void tst_ReportFormats::markdownEscapesLineStarts()
{
    const QString markdown = reportToMarkdown(hostileReport());
    QVERIFY2(markdown.contains("\n\\- not a list item\n"), qPrintable(markdown));
    QVERIFY(markdown.contains("\n1. 1\\. not a nested list\n"));
    QVERIFY(markdown.contains("\n2. \\# not a heading\n"));
    QVERIFY(markdown.contains("\\<img src=x onerror=alert(1)\\> & more"));
}

void tst_ReportFormats::markdownLinksOnlyWebSources()
{
    const QString markdown = reportToMarkdown(hostileReport());
    QVERIFY2(markdown.contains("\n- javascript:alert(1)\n"), qPrintable(markdown));
    QVERIFY(!markdown.contains("<javascript:"));
    QVERIFY(!markdown.contains("](javascript:") || markdown.contains("\\](javascript:"));
    QCOMPARE(markdown.count("](javascript:"), markdown.count("\\](javascript:"));
    // Encoded, so the autolink holds no space or angle bracket.
    QVERIFY2(markdown.contains("\n- <https://example.com/a%20b%3Cc%3E>\n"), qPrintable(markdown));
}

void tst_ReportFormats::placeholdersInTextStayText()
{
    // A host holding "%2" must not take the port's place, or the other way round.
    Report report = handMadeReport();
    report.input.host = "db%2x%1.example";
    report.input.port = 4242;
    QVERIFY(reportToMarkdown(report).startsWith("# MI Connect Wizard report — db%2x%1.example, port 4242\n"));
    const QString html = reportToHtml(report);
    QVERIFY(html.contains("<h1>MI Connect Wizard report — db%2x%1.example, port 4242</h1>"));
    report.checks[0].summary = "%1 %2 %3 %4 %5";
    QVERIFY(reportToHtml(report).contains("<td class=\"evidence\">%1 %2 %3 %4 %5</td>"));
    QVERIFY(reportToHtml(report, {}, HtmlFlavor::TextDocument)
                .contains("<td width=\"38%\" style=\"font-size: 8.5pt\">%1 %2 %3 %4 %5</td>"));
}

void tst_ReportFormats::htmlHasEverything_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("textDocument");
    for (const char *profile : { "", "healthy", "gateway-filtered", "redirect-partial" }) {
        const QByteArray name = *profile ? QByteArray("demo ") + profile : QByteArray("hand-made");
        QTest::newRow((name + ", standalone").constData()) << QString::fromLatin1(profile) << false;
        QTest::newRow((name + ", text document").constData()) << QString::fromLatin1(profile) << true;
    }
}

void tst_ReportFormats::htmlHasEverything()
{
    QFETCH(QString, profile);
    QFETCH(bool, textDocument);
    const Report report = profile.isEmpty() ? handMadeReport() : demoReport(profile);
    QVERIFY(!report.checks.isEmpty());
    const QString html = reportToHtml(report, {}, textDocument ? HtmlFlavor::TextDocument : HtmlFlavor::Standalone);
    const auto has = [&html](const QString &text) { return html.contains(text.toHtmlEscaped()); };

    QVERIFY(html.startsWith("<!DOCTYPE html>\n<html lang=\""));
    QVERIFY(html.contains("<meta charset=\"utf-8\">"));
    QVERIFY(html.contains("<title>MI Connect Wizard report — " + report.input.host.toHtmlEscaped()));
    QVERIFY(html.contains("<h1>MI Connect Wizard report — " + report.input.host.toHtmlEscaped()));
    QVERIFY(has("MI Connect Wizard " + report.toolVersion));
    QVERIFY(has(report.created.toUTC().toString("yyyy-MM-dd HH:mm:ss") + " UTC"));
    QVERIFY(has(report.environment.machine));
    QVERIFY(has(report.environment.os));
    QVERIFY(html.contains("<code>" + endpointKindId(report.input.endpointKind) + "</code>"));
    for (const CheckResult &check : report.checks) {
        QVERIFY2(html.contains("<code>" + check.id.toHtmlEscaped() + "</code>"), qPrintable(check.id));
        QVERIFY2(has(check.title), qPrintable(check.title));
        QVERIFY2(has(check.summary), qPrintable(check.summary));
        QVERIFY2(has(checkStatusLabel(check.status)), qPrintable(check.id));
    }
    int number = 0;
    for (const Finding &finding : report.findings) {
        QVERIFY2(html.contains(finding.id.toHtmlEscaped() + "</code>"), qPrintable(finding.id));
        QVERIFY2(html.contains(QStringLiteral("%1. %2").arg(++number).arg(finding.title.toHtmlEscaped())),
                 qPrintable(finding.title));
        QVERIFY(has(finding.explanation));
        if (!finding.evidence.isEmpty())
            QVERIFY(html.contains("<b>Seen here:</b> " + finding.evidence.toHtmlEscaped()));
        for (const QString &step : finding.remedy)
            QVERIFY(html.contains("<li>" + step.toHtmlEscaped() + "</li>"));
        for (const QString &source : finding.sources)
            QVERIFY(html.contains("<a href=\"" + source.toHtmlEscaped() + "\" rel=\"noreferrer\">"));
    }
    QVERIFY(html.trimmed().endsWith("</html>"));
    if (textDocument) {
        // The anchors the PDF writer paginates by.
        QVERIFY(html.contains("<a name=\"miconnect-keep-1\">"));
        QVERIFY(!html.contains("<footer>"));
        // A table per check row (and one for the header), so the PDF can move a row whole to the next page.
        QCOMPARE(int(html.count("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\"")),
                 int(report.checks.size()) + 1);
        QCOMPARE(int(html.count("<td width=\"38%\" style=\"font-size: 8.5pt\">")), int(report.checks.size()));
        if (!report.findings.isEmpty())
            QVERIFY(html.contains("<a name=\"miconnect-finding-1\">"));
    }
}

void tst_ReportFormats::htmlEscapesHostileText_data()
{
    QTest::addColumn<bool>("textDocument");
    QTest::newRow("standalone") << false;
    QTest::newRow("text document") << true;
}

void tst_ReportFormats::htmlEscapesHostileText()
{
    QFETCH(bool, textDocument);
    const QString html = reportToHtml(hostileReport(), { fakePng, fakePng, fakePng },
                                      textDocument ? HtmlFlavor::TextDocument : HtmlFlavor::Standalone);
    QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
    QVERIFY(!html.contains("<img src=x"));
    QVERIFY(!html.contains("<b onmouseover"));
    QVERIFY(!html.contains("onload=\"alert"));
    QVERIFY(!html.contains("href=\"javascript:", Qt::CaseInsensitive));
    QVERIFY(html.contains("&lt;script&gt;alert('host')&lt;/script&gt;.database.windows.net"));
    QVERIFY(html.contains("&lt;b onmouseover=alert(1)&gt;pc&lt;/b&gt;"));
    QVERIFY(html.contains("OS &amp; &quot;friends&quot;"));
    QVERIFY(html.contains("&quot;&gt;&lt;script&gt;alert('evidence')&lt;/script&gt;"));
    QVERIFY(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; more"));
    QVERIFY(html.contains("<code>dns|resolve</code>"));
    // The unusable source is text; the other one a link, encoded.
    QVERIFY(html.contains("<li>javascript:alert(1)</li>"));
    QVERIFY(html.contains(
        "<a href=\"https://example.com/a%20b%3Cc%3E\" rel=\"noreferrer\">https://example.com/a b&lt;c&gt;</a>"));
    // Every tag in the page is one the writer made: the only '<' that are not ours are escaped.
    static const QRegularExpression tag("<(/?)([A-Za-z0-9!]+)");
    const QSet<QString> ours
        = { "!DOCTYPE", "html",  "head",  "meta",  "title", "style", "body",   "h1",         "h2",      "h3",
            "p",        "table", "thead", "tbody", "tr",    "th",    "td",     "code",       "span",    "b",
            "strong",   "ul",    "ol",    "li",    "a",     "img",   "figure", "figcaption", "section", "footer" };
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QString name = it.next().captured(2);
        QVERIFY2(ours.contains(name), qPrintable(name));
    }
}

void tst_ReportFormats::htmlIsSelfContained()
{
    const QString html = reportToHtml(demoReport("redirect-partial"), { fakePng, fakePng, fakePng });
    QVERIFY(html.contains("<style>"));
    QVERIFY(!html.contains("src=\"http", Qt::CaseInsensitive));
    QVERIFY(!html.contains("<link", Qt::CaseInsensitive));
    QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
    QVERIFY(!html.contains("@import", Qt::CaseInsensitive));
    QVERIFY(!html.contains("url(", Qt::CaseInsensitive));
    QVERIFY(!html.contains("@font-face", Qt::CaseInsensitive));
    // Every picture is in the file.
    static const QRegularExpression source("src=\"([^\"]*)\"");
    int pictures = 0;
    for (auto it = source.globalMatch(html); it.hasNext(); ++pictures)
        QVERIFY(it.next().captured(1).startsWith("data:image/png;base64,"));
    QCOMPARE(pictures, 3);
    // And the browser is told so.
    QVERIFY(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"));
    // Readable on paper: a print style that keeps a finding on one page.
    QVERIFY(html.contains("@media print"));
    QVERIFY(html.contains(".finding, figure, tr, .note { page-break-inside: avoid;"));
}

void tst_ReportFormats::htmlEmbedsPictures_data()
{
    QTest::addColumn<bool>("diagram");
    QTest::addColumn<bool>("latency");
    QTest::addColumn<bool>("ports");
    QTest::newRow("none") << false << false << false;
    QTest::newRow("diagram only") << true << false << false;
    QTest::newRow("charts only") << false << true << true;
    QTest::newRow("all") << true << true << true;
}

void tst_ReportFormats::htmlEmbedsPictures()
{
    QFETCH(bool, diagram);
    QFETCH(bool, latency);
    QFETCH(bool, ports);
    const Report report = handMadeReport();
    const ReportImages images { diagram ? fakePng : QByteArray(), latency ? fakePng : QByteArray(),
                                ports ? fakePng : QByteArray() };
    const int expected = int(diagram) + int(latency) + int(ports);

    const QString standalone = reportToHtml(report, images);
    QCOMPARE(int(standalone.count("<img ")), expected);
    QCOMPARE(int(standalone.count("src=\"data:image/png;base64," + QString::fromLatin1(fakePng.toBase64()) + "\"")),
             expected);
    QCOMPARE(standalone.contains("<h2 id=\"path\">Connection path</h2>"), diagram);
    QCOMPARE(standalone.contains("<h2 id=\"measurements\">"), latency || ports);

    const QString document = reportToHtml(report, images, HtmlFlavor::TextDocument);
    QCOMPARE(int(document.count("<img ")), expected);
    QCOMPARE(document.contains("src=\"miconnect:diagram.png\""), diagram);
    QCOMPARE(document.contains("src=\"miconnect:latency.png\""), latency);
    QCOMPARE(document.contains("src=\"miconnect:ports.png\""), ports);
    QVERIFY(!document.contains("data:"));

    // Bytes that are not a PNG are left out rather than embedded as one.
    QVERIFY(!reportToHtml(report, { QByteArray("GIF89a"), {}, {} }).contains("<img"));
    // The diagram's text alternative says what it shows.
    if (diagram)
        QVERIFY(standalone.contains("alt=\"Connection path: Site-to-Site VPN. ")
                && standalone.contains("<figcaption>Site-to-Site VPN</figcaption>"));
}

void tst_ReportFormats::htmlLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en"
                        << "en";
    QTest::newRow("de") << "de"
                        << "de";
    QTest::newRow("ja") << "ja"
                        << "ja";
    QTest::newRow("region") << "pt-BR"
                            << "pt-BR";
    QTest::newRow("empty: the source language") << ""
                                                << "en";
    QTest::newRow("hostile") << "ja\"><script>"
                             << "en";
}

void tst_ReportFormats::htmlLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    Report report = handMadeReport();
    report.environment.language = language;
    QVERIFY(reportToHtml(report).startsWith("<!DOCTYPE html>\n<html lang=\"" + expected + "\">\n"));
    QVERIFY(reportToHtml(report, {}, HtmlFlavor::TextDocument)
                .startsWith("<!DOCTYPE html>\n<html lang=\"" + expected + "\">\n"));
}

void tst_ReportFormats::htmlWordsAndColours()
{
    const Report report = handMadeReport();
    const QString html = reportToHtml(report);
    QVERIFY(html.contains("<td class=\"status pass\">✔ Passed</td>"));
    QVERIFY(html.contains("<td class=\"status warn\">▲ Warning</td>"));
    QVERIFY(html.contains("<td class=\"status fail\">✖ Failed</td>"));
    QVERIFY(html.contains("<td class=\"status skip\">○ Skipped</td>"));
    QVERIFY(html.contains("<td class=\"status error\">! Error</td>"));
    QVERIFY(html.contains(".status.pass { color: #1a7f37; }"));
    QVERIFY(html.contains(
        "<section class=\"finding error\" id=\"finding-1\">\n<h3><span class=\"badge error\">✖ Error</span> 1. "));
    QVERIFY(html.contains("<section class=\"finding warning\" id=\"finding-2\">\n<h3><span class=\"badge warning\">▲ "
                          "Warning</span> 2. "));
    QVERIFY(html.contains(
        "<section class=\"finding info\" id=\"finding-3\">\n<h3><span class=\"badge info\">ℹ Info</span> 3. "));
    QVERIFY(html.contains("<span class=\"badge problems\">problems found — 1 error(s), 1 warning(s)</span>"));
    Report warningsOnly = report;
    warningsOnly.findings.removeFirst();
    QVERIFY(reportToHtml(warningsOnly)
                .contains("<span class=\"badge warning\">problems found — 0 error(s), 1 warning(s)</span>"));
    warningsOnly.findings.removeFirst();
    QVERIFY(reportToHtml(warningsOnly)
                .contains("<span class=\"badge ok\">no problems found — 0 error(s), 0 warning(s)</span>"));

    const QString document = reportToHtml(report, {}, HtmlFlavor::TextDocument);
    QVERIFY(document.contains("<span style=\"color: #1a7f37; font-weight: bold\">✔ Passed</span>"));
    QVERIFY(document.contains("<span style=\"color: #c62828; font-weight: bold\">✖ Failed</span>"));
    QVERIFY(document.contains("background-color: #c62828; font-weight: bold\">&nbsp;✖ Error&nbsp;</span>"));
}

void tst_ReportFormats::htmlNotesAndChecklist()
{
    Report report = handMadeReport();
    report.redacted = true;
    report.cancelled = true;
    report.input.checklist = { { "mi-nsg-inbound", true }, { "client-nsg-outbound", false }, { "unknown-item", true } };
    const QString html = reportToHtml(report);
    QVERIFY(html.contains("<p class=\"note\"><strong>Note:</strong> Redacted: "));
    QVERIFY(html.contains("<p class=\"note\"><strong>Note:</strong> Cancelled before every check finished"));
    QVERIFY(html.contains("<h2 id=\"checklist\">Checklist answers</h2>"));
    QVERIFY(html.contains("<span class=\"no\">✖ No</span> — The application subnet's NSG"));
    QVERIFY(html.contains("<code>unknown-item</code>"));
    const QString markdown = reportToMarkdown(report);
    QVERIFY(markdown.contains("- ✅ Yes — The Managed Instance subnet's NSG allows inbound"));
    QVERIFY(markdown.contains("- ✅ Yes — unknown-item (`unknown-item`)"));
    // The scenario's own order, unknown items last.
    QVERIFY(markdown.indexOf("(`unknown-item`)") > markdown.indexOf("(`mi-nsg-inbound`)"));
}

void tst_ReportFormats::htmlParses_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("hostile");
    QTest::newRow("hostile hand-made") << QString() << true;
    QTest::newRow("demo redirect-partial") << "redirect-partial" << false;
}

// Python's html.parser (in Debian's python3) as an independent reader: every element closed in order,
// nothing but the writer's own elements, no script. Optional: skipped where there is no python3.
void tst_ReportFormats::htmlParses()
{
    QFETCH(QString, profile);
    QFETCH(bool, hostile);
    const QString python = QStandardPaths::findExecutable("python3");
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const Report report = hostile ? hostileReport() : demoReport(profile);
    const char checker[] = R"py(
import sys
from html.parser import HTMLParser
VOID = {"meta", "img", "br", "hr", "link", "input"}
class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.text = [], [], []
    def handle_starttag(self, tag, attrs):
        if tag == "script" or any(name.startswith("on") for name, _ in attrs):
            self.problems.append("active content: " + tag)
        if tag not in VOID:
            self.stack.append(tag)
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append("unbalanced </%s> in %s" % (tag, self.stack))
        else:
            self.stack.pop()
    def handle_data(self, data):
        self.text.append(data)
checker = Checker()
checker.feed(sys.stdin.read())
checker.close()
if checker.stack:
    checker.problems.append("unclosed: %s" % checker.stack)
print("\n".join(checker.problems))
sys.stdout.write("TEXT:" + " ".join(checker.text))
)py";
    for (const HtmlFlavor flavor : { HtmlFlavor::Standalone, HtmlFlavor::TextDocument }) {
        QProcess process;
        process.start(python, { "-c", checker });
        QVERIFY(process.waitForStarted());
        process.write(reportToHtml(report, { fakePng, fakePng, fakePng }, flavor).toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString problems = out.section("TEXT:", 0, 0).trimmed();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // The parser reads back the text as written, hostile parts included.
        const QString text = out.section("TEXT:", 1);
        QVERIFY2(text.contains(report.input.host), qPrintable(report.input.host));
        for (const Finding &finding : report.findings)
            QVERIFY(text.contains(finding.title));
    }
}

QTEST_GUILESS_MAIN(tst_ReportFormats)
#include "tst_reportformats.moc"

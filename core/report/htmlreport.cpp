#include "htmlreport.h"

#include "diagnosis/pathview.h"
#include "knowledge/scenariocatalog.h"
#include "markdownreport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace {

class HtmlReport {
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The light colours of the path diagram (PathDiagramView::stateColor), so words, table and picture
// agree; each is readable on white (WCAG AA for normal text).
constexpr auto colourPass = "#1a7f37";
constexpr auto colourWarn = "#9a6700";
constexpr auto colourFail = "#c62828";
constexpr auto colourSkip = "#57606a";
constexpr auto colourError = "#8250df";
constexpr auto colourInfo = "#0969da";
constexpr auto colourShade = "#f6f8fa";

struct Look {
    const char *cssClass;
    const char *colour;
    QString symbol;
};

Look lookOf(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return { "pass", colourPass, QStringLiteral("✔") };
    case CheckStatus::Warn:
        return { "warn", colourWarn, QStringLiteral("▲") };
    case CheckStatus::Fail:
        return { "fail", colourFail, QStringLiteral("✖") };
    case CheckStatus::Skip:
        return { "skip", colourSkip, QStringLiteral("○") };
    case CheckStatus::Error:
        break;
    }
    return { "error", colourError, QStringLiteral("!") };
}

Look lookOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return { "error", colourFail, QStringLiteral("✖") };
    case Severity::Warning:
        return { "warning", colourWarn, QStringLiteral("▲") };
    case Severity::Info:
        break;
    }
    return { "info", colourInfo, QStringLiteral("ℹ") };
}

// The language the report's text is in, as an HTML lang value; anything that is not a language tag
// (a damaged or hostile report) falls back to English, the source language.
QString languageTag(const QString &language)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    return tag.match(language).hasMatch() ? language : QStringLiteral("en");
}

// Only web addresses become links: a report read from a file may carry anything, and a "javascript:"
// source must never become clickable.
QString sourceHtml(const QString &source)
{
    const QUrl url(source.trimmed(), QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http"))) {
        const QString href = QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));
        return QStringLiteral("<a href=\"%1\" rel=\"noreferrer\">%2</a>").arg(esc(href), esc(source.trimmed()));
    }
    return esc(source);
}

bool isPng(const QByteArray &bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n");
}

const char *standaloneStyle()
{
    return R"css(
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 960px; padding: 24px; background: #fff; color: #1f2328; line-height: 1.45;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Helvetica Neue", Arial,
  "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif; }
h1 { font-size: 1.6em; margin: 0 0 .6em; overflow-wrap: anywhere; }
h2 { font-size: 1.25em; margin: 1.6em 0 .6em; padding-bottom: .2em; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.05em; margin: 0 0 .5em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border: 1px solid #d0d7de; }
thead th, table.meta th { background: #f6f8fa; }
table.meta th { width: 11em; font-weight: 600; }
td.time { text-align: right; white-space: nowrap; }
td.evidence, table.meta td { overflow-wrap: anywhere; }
code { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88em;
  background: #f6f8fa; border-radius: 4px; padding: 0 .25em; overflow-wrap: anywhere; }
.status { font-weight: 600; white-space: nowrap; }
.status.pass { color: #1a7f37; } .status.warn { color: #9a6700; } .status.fail { color: #c62828; }
.status.skip { color: #57606a; } .status.error { color: #8250df; }
.badge { display: inline-block; padding: 1px 9px; border-radius: 10px; color: #fff; font-weight: 600; font-size: .85em;
  vertical-align: 1px; }
.badge.error { background: #c62828; } .badge.warning { background: #9a6700; } .badge.info { background: #0969da; }
.badge.ok { background: #1a7f37; } .badge.problems { background: #c62828; }
.note { margin: .6em 0; padding: 8px 12px; border-left: 4px solid #9a6700; background: #fff8c5; }
.finding { margin: 12px 0; padding: 12px 16px; border: 1px solid #d0d7de; border-left: 6px solid #57606a; border-radius: 6px; }
.finding.error { border-left-color: #c62828; } .finding.warning { border-left-color: #9a6700; }
.finding.info { border-left-color: #0969da; }
.finding p, .finding ol, .finding ul { margin: .4em 0; }
.finding .id { margin-left: .4em; }
.evidence-line { background: #f6f8fa; padding: 4px 8px; border-radius: 4px; }
.sources { font-size: .9em; } .sources a { overflow-wrap: anywhere; }
.checklist .yes { color: #1a7f37; font-weight: 600; } .checklist .no { color: #c62828; font-weight: 600; }
figure { margin: 12px 0; }
figure img { display: block; width: 100%; max-width: 900px; height: auto; border: 1px solid #d0d7de; border-radius: 6px; }
figcaption { color: #57606a; font-size: .9em; margin-top: 4px; }
footer { margin-top: 2em; padding-top: .5em; border-top: 1px solid #d0d7de; color: #57606a; font-size: .85em; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .finding, figure, tr, .note { page-break-inside: avoid; break-inside: avoid; }
  h2, h3 { page-break-after: avoid; break-after: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  figure img { max-width: 100%; }
}
)css";
}

// QTextDocument knows a subset of CSS 2.1: simple selectors, colours, fonts, margins and padding.
const char *textDocumentStyle()
{
    return R"css(
body { color: #1f2328; }
h1 { font-size: 16pt; margin-bottom: 6px; }
h2 { font-size: 12.5pt; margin-top: 16px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 3px; margin-bottom: 3px; }
th { background-color: #f6f8fa; text-align: left; font-weight: bold; }
td, th { vertical-align: top; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
.muted { color: #57606a; }
.note { background-color: #fff8c5; }
)css";
}

class Writer {
public:
    Writer(const Report &report, const ReportImages &images, HtmlFlavor flavor)
        : m_report(report)
        , m_images(images)
        , m_document(flavor == HtmlFlavor::TextDocument)
    {
    }

    QString html()
    {
        head();
        header();
        diagram();
        checks();
        charts();
        checklist();
        findings();
        footer();
        m_html += QStringLiteral("</body>\n</html>\n");
        return m_html;
    }

private:
    void head()
    {
        m_html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                      .arg(esc(languageTag(m_report.environment.language)));
        if (!m_document) {
            // Nothing outside the file may load: pictures are data: URIs, the style is inline.
            m_html += QStringLiteral(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                "style-src 'unsafe-inline'\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            m_html += QStringLiteral("<meta name=\"generator\" content=\"%1\">\n").arg(esc(reportToolName(m_report)));
        }
        m_html += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                      .arg(esc(reportTitle(m_report)),
                           QString::fromLatin1(m_document ? textDocumentStyle() : standaloneStyle()));
    }

    void header()
    {
        m_html += QStringLiteral("<h1>%1</h1>\n").arg(esc(reportTitle(m_report)));
        for (const QString &note : reportNotes(m_report)) {
            if (m_document) {
                m_html += QStringLiteral(
                              "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-bottom: 6px\">"
                              "<tr><td class=\"note\"><b>%1</b> %2</td></tr></table>\n")
                              .arg(esc(m_labels.note), esc(note));
            } else {
                m_html += QStringLiteral("<p class=\"note\"><strong>%1</strong> %2</p>\n")
                              .arg(esc(m_labels.note), esc(note));
            }
        }

        m_html += m_document
            ? QStringLiteral("<table class=\"meta\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n")
            : QStringLiteral("<table class=\"meta\">\n");
        const QList<ReportHeaderField> fields = reportHeaderFields(m_report);
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const ReportHeaderField &field = fields.at(i);
            QString value;
            // The verdict is the last field: a badge with its words, red for errors, amber for warnings only.
            if (i == fields.size() - 1) {
                if (m_report.hasErrors())
                    value = badge("problems", colourFail, field.value);
                else if (m_report.verdict() != QLatin1String("ok"))
                    value = badge("warning", colourWarn, field.value);
                else
                    value = badge("ok", colourPass, field.value);
            } else {
                value = esc(field.value);
                if (!field.id.isEmpty())
                    value += (field.value.isEmpty() ? QString() : QStringLiteral(" ")) + code(field.id);
                if (value.isEmpty())
                    value = esc(m_labels.none);
            }
            if (m_document) {
                m_html += QStringLiteral("<tr><td width=\"22%\" class=\"muted\"><b>%1</b></td><td>%2</td></tr>\n")
                              .arg(esc(field.label), value);
            } else {
                m_html
                    += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(esc(field.label), value);
            }
        }
        m_html += QStringLiteral("</table>\n");
    }

    void diagram()
    {
        if (!hasPicture(m_images.diagramPng))
            return;
        const PathView view = buildPathView(ScenarioCatalog::builtIn(), m_report.input.scenarioId,
                                            m_report.input.pathId, m_report.checks);
        sectionHeading(HtmlReport::tr("Connection path"), QStringLiteral("path"));
        picture(m_images.diagramPng, QLatin1String(htmlDiagramResource), view.describe(), view.title);
    }

    void checks()
    {
        sectionHeading(m_labels.checks, QStringLiteral("checks"));
        if (m_report.checks.isEmpty()) {
            m_html += QStringLiteral("<p>%1</p>\n").arg(esc(m_labels.noChecks));
            return;
        }
        if (m_document) {
            documentChecks();
            return;
        }
        // Arguments go into the fragment, never into the whole page: report text may hold "%1".
        m_html
            += QStringLiteral("<table class=\"checks\">\n<thead><tr><th scope=\"col\">%1</th><th scope=\"col\">%2</th>"
                              "<th scope=\"col\">%3</th><th scope=\"col\">%4</th><th "
                              "scope=\"col\">%5</th></tr></thead>\n<tbody>\n")
                   .arg(esc(m_labels.status), esc(m_labels.id), esc(m_labels.check), esc(m_labels.time),
                        esc(m_labels.evidence));
        for (const CheckResult &check : m_report.checks) {
            const Look look = lookOf(check.status);
            m_html
                += QStringLiteral("<tr><td class=\"status %1\">%2</td><td>%3</td><td>%4</td><td class=\"time\">%5</td>"
                                  "<td class=\"evidence\">%6</td></tr>\n")
                       .arg(QLatin1String(look.cssClass),
                            esc(look.symbol + QLatin1Char(' ') + checkStatusLabel(check.status)), code(check.id),
                            esc(check.title), esc(elapsedOrDash(check)), esc(check.summary));
        }
        m_html += QStringLiteral("</tbody>\n</table>\n");
    }

    // QTextDocument splits a table row across pages and has no "page-break-inside: avoid": each row is
    // a table of its own, so the PDF writer can move a row whole to the next page. Same column widths
    // in every one, rows told apart by shading rather than borders (two tables' borders would double).
    void documentChecks()
    {
        static const char *const widths[] = { "14%", "18%", "20%", "10%", "38%" };
        const auto row = [](const QString &background, const QStringList &cells, const char *cellTag) {
            QString html
                = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" bgcolor=\"%1\"><tr>")
                      .arg(background);
            for (qsizetype i = 0; i < cells.size(); ++i) {
                // A little smaller than the text: a host name fits the evidence column in one line.
                html += QStringLiteral("<%1 width=\"%2\" style=\"font-size: 8.5pt\"%3>%4</%1>")
                            .arg(QLatin1String(cellTag), QLatin1String(widths[i]),
                                 i == 3 ? QStringLiteral(" align=\"right\"") : QString(), cells.at(i));
            }
            return html + QStringLiteral("</tr></table>\n");
        };
        // The header row stays with the first check: the anchor marks it for the PDF writer.
        m_html += row(QStringLiteral("#eaeef2"),
                      { QStringLiteral("<a name=\"%1%2\">%3</a>")
                            .arg(QLatin1String(htmlKeepWithNextAnchorPrefix))
                            .arg(++m_sections)
                            .arg(esc(m_labels.status)),
                        esc(m_labels.id), esc(m_labels.check), esc(m_labels.time), esc(m_labels.evidence) },
                      "th");
        bool shaded = false;
        for (const CheckResult &check : m_report.checks) {
            const Look look = lookOf(check.status);
            const QString status = QStringLiteral("<span style=\"color: %1; font-weight: bold\">%2</span>")
                                       .arg(QLatin1String(look.colour),
                                            esc(look.symbol + QLatin1Char(' ') + checkStatusLabel(check.status)));
            m_html += row(QLatin1String(shaded ? colourShade : "#ffffff"),
                          { status, code(check.id), esc(check.title), esc(elapsedOrDash(check)), esc(check.summary) },
                          "td");
            shaded = !shaded;
        }
    }

    static QString elapsedOrDash(const CheckResult &check)
    {
        const QString elapsed = reportElapsedText(check);
        return elapsed.isEmpty() ? QStringLiteral("—") : elapsed;
    }

    void charts()
    {
        const bool latency = hasPicture(m_images.latencyPng);
        const bool ports = hasPicture(m_images.portsPng);
        if (!latency && !ports)
            return;
        sectionHeading(HtmlReport::tr("Measurements"), QStringLiteral("measurements"));
        if (latency) {
            const QString caption = HtmlReport::tr("Handshake times to the gateway");
            picture(m_images.latencyPng, QLatin1String(htmlLatencyResource),
                    withSummary(caption, { CheckIds::tcpGateway }), caption);
        }
        if (ports) {
            const QString caption = HtmlReport::tr("Port states in the instance subnet and the redirect range");
            picture(m_images.portsPng, QLatin1String(htmlPortsResource),
                    withSummary(caption, { CheckIds::redirectSubnet, CheckIds::redirectRange }), caption);
        }
    }

    void checklist()
    {
        const QList<ReportChecklistItem> items = reportChecklist(m_report);
        if (items.isEmpty())
            return;
        sectionHeading(m_labels.checklist, QStringLiteral("checklist"));
        m_html += m_document ? QStringLiteral("<ul>\n") : QStringLiteral("<ul class=\"checklist\">\n");
        for (const ReportChecklistItem &item : items) {
            const QString answer = item.met ? QStringLiteral("✔ ") + m_labels.yes : QStringLiteral("✖ ") + m_labels.no;
            const QString styled = m_document ? QStringLiteral("<span style=\"color: %1; font-weight: bold\">%2</span>")
                                                    .arg(QLatin1String(item.met ? colourPass : colourFail), esc(answer))
                                              : QStringLiteral("<span class=\"%1\">%2</span>")
                                                    .arg(QLatin1String(item.met ? "yes" : "no"), esc(answer));
            m_html += QStringLiteral("<li>%1 — %2 %3</li>\n").arg(styled, esc(item.text), code(item.id));
        }
        m_html += QStringLiteral("</ul>\n");
    }

    void findings()
    {
        sectionHeading(m_labels.findings, QStringLiteral("findings"));
        if (m_report.findings.isEmpty())
            m_html += QStringLiteral("<p>%1</p>\n").arg(esc(m_labels.noFindings));
        int number = 0;
        for (const Finding &finding : m_report.findings) {
            ++number;
            const Look look = lookOf(finding.severity);
            const QString label
                = badge(look.cssClass, look.colour, look.symbol + QLatin1Char(' ') + severityLabel(finding.severity));
            if (m_document) {
                m_html += QStringLiteral("<h3><a name=\"%1%2\">%3 &nbsp;%2. %4</a></h3>\n")
                              .arg(QLatin1String(htmlFindingAnchorPrefix))
                              .arg(number)
                              .arg(label, esc(finding.title));
                m_html += QStringLiteral("<p>%1</p>\n").arg(code(finding.id));
            } else {
                m_html += QStringLiteral("<section class=\"finding %1\" id=\"finding-%2\">\n"
                                         "<h3>%3 %2. %4 <code class=\"id\">%5</code></h3>\n")
                              .arg(QLatin1String(look.cssClass))
                              .arg(number)
                              .arg(label, esc(finding.title), esc(finding.id));
            }
            if (!finding.evidence.isEmpty()) {
                m_html += QStringLiteral("<p%1><b>%2</b> %3</p>\n")
                              .arg(m_document ? QString() : QStringLiteral(" class=\"evidence-line\""),
                                   esc(m_labels.seenHere), esc(finding.evidence));
            }
            if (!finding.explanation.isEmpty())
                m_html += QStringLiteral("<p>%1</p>\n").arg(esc(finding.explanation));
            if (!finding.remedy.isEmpty()) {
                m_html += QStringLiteral("<p><b>%1</b></p>\n<ol>\n").arg(esc(m_labels.whatToDo));
                for (const QString &step : finding.remedy)
                    m_html += QStringLiteral("<li>%1</li>\n").arg(esc(step));
                m_html += QStringLiteral("</ol>\n");
            }
            if (!finding.sources.isEmpty()) {
                m_html += (m_document ? QStringLiteral("<p><b>%1</b></p>\n<ul>\n")
                                      : QStringLiteral("<p class=\"sources\"><b>%1</b></p>\n<ul class=\"sources\">\n"))
                              .arg(esc(m_labels.sources));
                for (const QString &source : finding.sources)
                    m_html += QStringLiteral("<li>%1</li>\n").arg(sourceHtml(source));
                m_html += QStringLiteral("</ul>\n");
            }
            if (!m_document)
                m_html += QStringLiteral("</section>\n");
        }
    }

    // The PDF says this in its running header on every page.
    void footer()
    {
        if (m_document)
            return;
        m_html += QStringLiteral("<footer>%1</footer>\n")
                      .arg(esc(HtmlReport::tr("Made with %1 on %2, %3.")
                                   .arg(reportToolName(m_report), orUnknown(m_report.environment.machine),
                                        reportTimeUtc(m_report))));
    }

    // Helpers.

    QString orUnknown(const QString &text) const { return text.isEmpty() ? m_labels.unknown : text; }

    QString code(const QString &text) const
    {
        return text.isEmpty() ? QString() : QStringLiteral("<code>%1</code>").arg(esc(text));
    }

    QString badge(const char *cssClass, const char *colour, const QString &text) const
    {
        if (m_document) {
            return QStringLiteral(
                       "<span style=\"color: #ffffff; background-color: %1; font-weight: bold\">&nbsp;%2&nbsp;</span>")
                .arg(QLatin1String(colour), esc(text));
        }
        return QStringLiteral("<span class=\"badge %1\">%2</span>").arg(QLatin1String(cssClass), esc(text));
    }

    void sectionHeading(const QString &title, const QString &id)
    {
        if (m_document) {
            m_html += QStringLiteral("<h2><a name=\"%1%2\">%3</a></h2>\n")
                          .arg(QLatin1String(htmlKeepWithNextAnchorPrefix))
                          .arg(++m_sections)
                          .arg(esc(title));
        } else {
            m_html += QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(id, esc(title));
        }
    }

    bool hasPicture(const QByteArray &png) const { return isPng(png); }

    void picture(const QByteArray &png, const QString &resource, const QString &alt, const QString &caption)
    {
        if (m_document) {
            m_html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" alt=\"%3\"></p>\n")
                          .arg(esc(resource))
                          .arg(htmlTextDocumentImageWidth)
                          .arg(esc(alt));
            return;
        }
        m_html += QStringLiteral(
                      "<figure><img src=\"data:image/png;base64,%1\" alt=\"%2\"><figcaption>%3</figcaption></figure>\n")
                      .arg(QString::fromLatin1(png.toBase64()), esc(alt), esc(caption));
    }

    // A chart's text alternative: what it shows and the checks' own summaries.
    QString withSummary(const QString &caption, const QList<QLatin1String> &checkIds) const
    {
        QStringList parts { caption };
        for (const QLatin1String &id : checkIds) {
            for (const CheckResult &check : m_report.checks) {
                if (check.id == id && !check.summary.isEmpty())
                    parts << QStringLiteral("%1: %2").arg(check.title, check.summary);
            }
        }
        return parts.join(QStringLiteral(". "));
    }

    const Report &m_report;
    const ReportLabels m_labels = reportLabels();
    const ReportImages &m_images;
    const bool m_document;
    int m_sections = 0;
    QString m_html;
};

} // namespace

QString reportToHtml(const Report &report, const ReportImages &images, HtmlFlavor flavor)
{
    return Writer(report, images, flavor).html();
}

#include "markdownreport.h"

#include "diagnosis/pathview.h"
#include "knowledge/scenariocatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace {

class MarkdownReport {
    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)
};

// Everything the report carries is one line of text: a line break inside a table cell would end the
// row, and one inside a paragraph could start a list or a heading.
QString oneLine(const QString &text)
{
    return text.simplified();
}

// Backslash-escapes what starts inline Markdown (emphasis, code, links, HTML, strikethrough) and the
// pipe that ends a table cell. Dots, dashes and parentheses stay as they are: they mean something
// only at the start of a line or after a ']', and escaping them would make host names unreadable in a
// ticket that shows the Markdown as plain text.
QString escapeInline(const QString &text)
{
    static const QString specials = QStringLiteral("\\`*_[]<>|~#");
    // "&amp;" would show as "&": only an '&' that starts an entity needs the backslash.
    static const QRegularExpression entity(QStringLiteral("&#?[A-Za-z0-9]+;"));
    const QString line = oneLine(text);
    QString escaped;
    escaped.reserve(line.size() + 8);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (specials.contains(c)
            || (c == QLatin1Char('&')
                && entity.match(line, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                       .hasMatch()))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

// As escapeInline, for text that starts a line (a paragraph, a list item): a leading '-', '+', '=',
// '>' or "1." would otherwise make it a list, a heading underline or a quote.
QString escapeBlock(const QString &text)
{
    QString escaped = escapeInline(text);
    static const QRegularExpression ordered(QStringLiteral("^(\\d{1,9})([.)])"));
    if (const QRegularExpressionMatch match = ordered.match(escaped); match.hasMatch())
        return escaped.insert(match.capturedLength(1), QLatin1Char('\\'));
    if (!escaped.isEmpty() && QStringLiteral("-+=").contains(escaped.front()))
        escaped.prepend(QLatin1Char('\\'));
    return escaped;
}

// A code span that shows `text` as written: the fence is longer than any run of backticks inside.
// In a table a pipe must still be escaped, even inside code (GitHub splits the row first).
QString codeSpan(const QString &text, bool inTable)
{
    QString content = oneLine(text);
    if (content.isEmpty())
        return QString();
    int longest = 0;
    int run = 0;
    for (const QChar c : std::as_const(content)) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    if (inTable)
        content.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = content.startsWith(QLatin1Char('`')) || content.endsWith(QLatin1Char('`'));
    return pad ? fence + QLatin1Char(' ') + content + QLatin1Char(' ') + fence : fence + content + fence;
}

// A source as an autolink when it is a web address, else as plain text: a report read from a file
// may carry anything, and a "javascript:" link must never become clickable.
QString sourceLink(const QString &source)
{
    const QUrl url(oneLine(source), QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http"))) {
        // Fully encoded, an address holds no space, '<' or '>' that would end the autolink.
        return QLatin1Char('<') + QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded)) + QLatin1Char('>');
    }
    return escapeBlock(source);
}

// Colour is not an option in Markdown; a symbol helps the eye, the word carries the meaning.
QString statusSymbol(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("✅");
    case CheckStatus::Warn:
        return QStringLiteral("⚠️");
    case CheckStatus::Fail:
        return QStringLiteral("❌");
    case CheckStatus::Skip:
        return QStringLiteral("⏭️");
    case CheckStatus::Error:
        break;
    }
    return QStringLiteral("⛔");
}

QString severitySymbol(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("🔴");
    case Severity::Warning:
        return QStringLiteral("🟠");
    case Severity::Info:
        break;
    }
    return QStringLiteral("🔵");
}

QString orUnknown(const QString &text)
{
    return text.trimmed().isEmpty() ? MarkdownReport::tr("unknown") : text;
}

} // namespace

ReportLabels reportLabels()
{
    ReportLabels labels;
    labels.checks = MarkdownReport::tr("Checks");
    labels.status = MarkdownReport::tr("Status");
    labels.id = MarkdownReport::tr("ID");
    labels.check = MarkdownReport::tr("Check");
    labels.time = MarkdownReport::tr("Time");
    labels.evidence = MarkdownReport::tr("Evidence");
    labels.noChecks = MarkdownReport::tr("No check ran.");
    labels.checklist = MarkdownReport::tr("Checklist answers");
    labels.yes = MarkdownReport::tr("Yes");
    labels.no = MarkdownReport::tr("No");
    labels.findings = MarkdownReport::tr("Findings — most likely cause first");
    labels.noFindings = MarkdownReport::tr("No findings: the checks did not get far enough to judge.");
    labels.seenHere = MarkdownReport::tr("Seen here:");
    labels.whatToDo = MarkdownReport::tr("What to do:");
    labels.sources = MarkdownReport::tr("Sources:");
    labels.note = MarkdownReport::tr("Note:");
    labels.none = MarkdownReport::tr("none");
    labels.unknown = MarkdownReport::tr("unknown");
    return labels;
}

QString reportToolName(const Report &report)
{
    return MarkdownReport::tr("MI Connect Wizard %1").arg(orUnknown(report.toolVersion));
}

QString reportTitle(const Report &report)
{
    // One arg() call: a host holding "%2" must not swallow the port.
    return MarkdownReport::tr("MI Connect Wizard report — %1, port %2")
        .arg(orUnknown(report.input.host), QString::number(report.input.port));
}

QString reportTimeUtc(const Report &report)
{
    if (!report.created.isValid())
        return MarkdownReport::tr("unknown");
    return report.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString reportScenarioText(const Report &report)
{
    if (report.input.scenarioId.isEmpty())
        return MarkdownReport::tr("none");
    const ScenarioDefinition *scenario = ScenarioCatalog::builtIn().find(report.input.scenarioId);
    return scenario ? scenario->title : report.input.scenarioId;
}

QList<ReportHeaderField> reportHeaderFields(const Report &report)
{
    QList<ReportHeaderField> fields;
    fields.append({ MarkdownReport::tr("Tool"), reportToolName(report), {} });
    fields.append({ MarkdownReport::tr("Time"), reportTimeUtc(report), {} });
    fields.append({ MarkdownReport::tr("Machine"), orUnknown(report.environment.machine), {} });
    fields.append({ MarkdownReport::tr("Operating system"), orUnknown(report.environment.os), {} });
    const QString scenarioId = report.input.scenarioId;
    const QString scenario = reportScenarioText(report);
    fields.append({ MarkdownReport::tr("Scenario"), scenario == scenarioId ? QString() : scenario, scenarioId });
    // The path the diagram draws and the findings were judged by: the same choice buildPathView makes.
    const PathView path = buildPathView(ScenarioCatalog::builtIn(), scenarioId, report.input.pathId, {});
    fields.append(
        { MarkdownReport::tr("Connection path"), path.title == path.pathId ? QString() : path.title, path.pathId });
    fields.append({ MarkdownReport::tr("Endpoint"), endpointKindLabel(report.input.endpointKind),
                    endpointKindId(report.input.endpointKind) });
    if (!report.input.text.isEmpty() && report.input.text != report.input.host)
        fields.append({ MarkdownReport::tr("Input"), report.input.text, report.input.form });
    if (!report.input.subnet.isEmpty())
        fields.append({ MarkdownReport::tr("Instance subnet"), report.input.subnet, {} });
    const QString verdict = report.verdict() == QLatin1String("ok") ? MarkdownReport::tr("no problems found")
                                                                    : MarkdownReport::tr("problems found");
    fields.append({ MarkdownReport::tr("Verdict"),
                    MarkdownReport::tr("%1 — %2, %3")
                        .arg(verdict, MarkdownReport::tr("%n error(s)", nullptr, report.count(Severity::Error)),
                             MarkdownReport::tr("%n warning(s)", nullptr, report.count(Severity::Warning))),
                    {} });
    return fields;
}

QStringList reportNotes(const Report &report)
{
    QStringList notes;
    if (report.redacted)
        notes << MarkdownReport::tr(
            "Redacted: host names, addresses, user names and the machine name are replaced by placeholders.");
    if (report.cancelled)
        notes << MarkdownReport::tr("Cancelled before every check finished: the results are incomplete.");
    if (report.input.passwordPresent)
        notes << MarkdownReport::tr(
            "The input held a password. It was removed before the checks ran and appears nowhere in this report.");
    return notes;
}

QList<ReportChecklistItem> reportChecklist(const Report &report)
{
    const ScenarioCatalog &catalog = ScenarioCatalog::builtIn();
    QList<ReportChecklistItem> items;
    QSet<QString> listed;
    for (const Prerequisite &prerequisite : catalog.checklist(report.input.scenarioId)) {
        const auto answer = report.input.checklist.constFind(prerequisite.id);
        if (answer == report.input.checklist.cend())
            continue;
        items.append({ prerequisite.id, prerequisite.text, answer.value() });
        listed.insert(prerequisite.id);
    }
    // Answers to items outside the scenario's checklist (another path's, or a newer catalog's), by id.
    QStringList others;
    for (auto it = report.input.checklist.cbegin(); it != report.input.checklist.cend(); ++it) {
        if (!listed.contains(it.key()))
            others.append(it.key());
    }
    std::sort(others.begin(), others.end());
    for (const QString &id : std::as_const(others)) {
        const Prerequisite *prerequisite = catalog.prerequisite(id);
        items.append({ id, prerequisite ? prerequisite->text : id, report.input.checklist.value(id) });
    }
    return items;
}

QString reportElapsedText(const CheckResult &check)
{
    if (check.status == CheckStatus::Skip)
        return QString();
    return MarkdownReport::tr("%1 ms").arg(check.elapsedMs, 0, 'f', check.elapsedMs < 10 ? 2 : 0);
}

QString reportToMarkdown(const Report &report)
{
    QString markdown;
    QTextStream out(&markdown);
    const ReportLabels labels = reportLabels();
    out << "# " << escapeInline(reportTitle(report)) << "\n\n";

    // One quote, a paragraph per note: it stands out in every renderer.
    QStringList notes;
    for (const QString &note : reportNotes(report))
        notes << QStringLiteral("> **%1** %2").arg(labels.note, escapeInline(note));
    if (!notes.isEmpty())
        out << notes.join(QStringLiteral("\n>\n")) << "\n\n";

    for (const ReportHeaderField &field : reportHeaderFields(report)) {
        out << "- **" << escapeInline(field.label) << ":** ";
        if (!field.value.isEmpty())
            out << escapeInline(field.value);
        if (!field.id.isEmpty())
            out << (field.value.isEmpty() ? QString() : QStringLiteral(" (")) << codeSpan(field.id, false)
                << (field.value.isEmpty() ? QString() : QStringLiteral(")"));
        if (field.value.isEmpty() && field.id.isEmpty())
            out << labels.none;
        out << '\n';
    }

    out << "\n## " << labels.checks << "\n\n";
    if (report.checks.isEmpty()) {
        out << labels.noChecks << '\n';
    } else {
        out << "| " << labels.status << " | " << labels.id << " | " << labels.check << " | " << labels.time << " | "
            << labels.evidence << " |\n";
        out << "| --- | --- | --- | ---: | --- |\n";
        for (const CheckResult &check : report.checks) {
            const QString elapsed = reportElapsedText(check);
            out << "| " << statusSymbol(check.status) << ' ' << escapeInline(checkStatusLabel(check.status)) << " | "
                << codeSpan(check.id, true) << " | " << escapeInline(check.title) << " | "
                << (elapsed.isEmpty() ? QStringLiteral("—") : escapeInline(elapsed)) << " | "
                << escapeInline(check.summary) << " |\n";
        }
    }

    const QList<ReportChecklistItem> checklist = reportChecklist(report);
    if (!checklist.isEmpty()) {
        out << "\n## " << labels.checklist << "\n\n";
        for (const ReportChecklistItem &item : checklist) {
            out << "- " << (item.met ? QStringLiteral("✅ ") + labels.yes : QStringLiteral("❌ ") + labels.no) << " — "
                << escapeInline(item.text) << " (" << codeSpan(item.id, false) << ")\n";
        }
    }

    out << "\n## " << labels.findings << "\n\n";
    if (report.findings.isEmpty())
        out << labels.noFindings << '\n';
    int number = 0;
    for (const Finding &finding : report.findings) {
        out << "### " << ++number << ". " << severitySymbol(finding.severity) << ' '
            << escapeInline(severityLabel(finding.severity)) << ": " << escapeInline(finding.title) << "\n\n";
        out << codeSpan(finding.id, false) << "\n\n";
        if (!finding.evidence.isEmpty())
            out << "**" << labels.seenHere << "** " << escapeInline(finding.evidence) << "\n\n";
        if (!finding.explanation.isEmpty())
            out << escapeBlock(finding.explanation) << "\n\n";
        if (!finding.remedy.isEmpty()) {
            out << "**" << labels.whatToDo << "**\n\n";
            int step = 0;
            for (const QString &remedy : finding.remedy)
                out << ++step << ". " << escapeBlock(remedy) << '\n';
            out << '\n';
        }
        if (!finding.sources.isEmpty()) {
            out << "**" << labels.sources << "**\n\n";
            for (const QString &source : finding.sources)
                out << "- " << sourceLink(source) << '\n';
            out << '\n';
        }
    }
    out.flush();
    while (markdown.endsWith(QStringLiteral("\n\n")))
        markdown.chop(1);
    return markdown;
}

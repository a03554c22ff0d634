#include "reportcomparison.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <utility>

namespace {

class ReportComparisonText {
    Q_DECLARE_TR_FUNCTIONS(ReportComparisonText)
};

constexpr auto comparisonSchemaId = "miconnect.comparison/1";

// Higher is better. A skip ranks nowhere: the check did not run, so its status says nothing about the
// path. Error ranks with fail: in both the check got nothing it needed.
std::optional<int> statusRank(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return 2;
    case CheckStatus::Warn:
        return 1;
    case CheckStatus::Fail:
    case CheckStatus::Error:
        return 0;
    case CheckStatus::Skip:
        break;
    }
    return std::nullopt;
}

// Higher is milder.
int severityRank(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Info:
        break;
    }
    return 2;
}

ReportChange rankChange(int before, int after)
{
    if (after > before)
        return ReportChange::Better;
    if (after < before)
        return ReportChange::Worse;
    return ReportChange::Same;
}

// The rules the header spells out, in one place.
ReportChange checkChange(std::optional<CheckStatus> before, std::optional<CheckStatus> after, bool beforeCancelled,
                         bool afterCancelled)
{
    if (!before)
        return ReportChange::Added;
    if (!after)
        return ReportChange::Removed;
    const std::optional<int> beforeRank = statusRank(*before);
    const std::optional<int> afterRank = statusRank(*after);
    if (beforeRank && afterRank)
        return rankChange(*beforeRank, *afterRank);
    if (!beforeRank && !afterRank)
        return ReportChange::Same;
    // One side skipped. A pass on the other side is evidence on its own — unless the skip came from a
    // cancelled run, which says nothing about why the check did not run.
    if (!beforeRank)
        return *after == CheckStatus::Pass && !beforeCancelled ? ReportChange::Better : ReportChange::Added;
    return *before == CheckStatus::Pass && !afterCancelled ? ReportChange::Worse : ReportChange::Removed;
}

// ok.all-checks-passed and its kind: appearing is the point of the exercise.
bool isGoodNews(const QString &findingId)
{
    return findingId.startsWith(QLatin1String("ok."));
}

bool isProblem(std::optional<Severity> severity)
{
    return severity && *severity != Severity::Info;
}

// Check and finding ids share their first part (docs/ARCHITECTURE.md): tcp.gateway finds
// tcp.gateway-filtered and tcp.latency-high, tls.tds7 and tls.strict find tls.*.
QString idFamily(const QString &id)
{
    return id.section(QLatin1Char('.'), 0, 0);
}

bool hasCheckOfFamily(const Report &report, const QString &family)
{
    return std::any_of(report.checks.cbegin(), report.checks.cend(),
                       [&family](const CheckResult &check) { return idFamily(check.id) == family; });
}

bool ranCheckOfFamily(const Report &report, const QString &family)
{
    return std::any_of(report.checks.cbegin(), report.checks.cend(), [&family](const CheckResult &check) {
        return check.status != CheckStatus::Skip && idFamily(check.id) == family;
    });
}

// A trailing dot makes a DNS name absolute; it names the same host.
QString comparableHost(const QString &host)
{
    return host.endsWith(QLatin1Char('.')) ? host.chopped(1) : host;
}

bool sameTarget(const Report &before, const Report &after)
{
    return before.input.port == after.input.port
        && comparableHost(before.input.host).compare(comparableHost(after.input.host), Qt::CaseInsensitive) == 0;
}

// A hand-edited report may name one check or finding twice; the first one counts, and no row is doubled.
template<typename Item> QHash<QString, const Item *> firstById(const QList<Item> &items)
{
    QHash<QString, const Item *> byId;
    for (const Item &item : items) {
        if (!byId.contains(item.id))
            byId.insert(item.id, &item);
    }
    return byId;
}

// The later report's ids in its order, then those only the earlier one has.
template<typename Item> QStringList idsInOrder(const QList<Item> &later, const QList<Item> &earlier)
{
    QStringList ids;
    QSet<QString> seen;
    for (const QList<Item> *items : { &later, &earlier }) {
        for (const Item &item : *items) {
            if (!seen.contains(item.id)) {
                seen.insert(item.id);
                ids.append(item.id);
            }
        }
    }
    return ids;
}

} // namespace

QString reportChangeId(ReportChange change)
{
    switch (change) {
    case ReportChange::Better:
        return QStringLiteral("better");
    case ReportChange::Worse:
        return QStringLiteral("worse");
    case ReportChange::Same:
        return QStringLiteral("same");
    case ReportChange::Added:
        return QStringLiteral("added");
    case ReportChange::Removed:
        break;
    }
    return QStringLiteral("removed");
}

bool FindingComparison::improvement() const
{
    switch (change) {
    case ReportChange::Better:
        return true;
    case ReportChange::Worse:
    case ReportChange::Same:
        return false;
    case ReportChange::Added:
        return !outOfSight && isGoodNews(id);
    case ReportChange::Removed:
        break;
    }
    return !outOfSight && !isGoodNews(id) && isProblem(before);
}

bool FindingComparison::regression() const
{
    switch (change) {
    case ReportChange::Worse:
        return true;
    case ReportChange::Better:
    case ReportChange::Same:
        return false;
    case ReportChange::Added:
        return !outOfSight && !isGoodNews(id) && isProblem(after);
    case ReportChange::Removed:
        break;
    }
    return !outOfSight && isGoodNews(id);
}

int ReportComparison::better() const
{
    const auto improved = [](const auto &entry) { return entry.improvement(); };
    return int(std::count_if(checks.cbegin(), checks.cend(), improved)
               + std::count_if(findings.cbegin(), findings.cend(), improved));
}

int ReportComparison::worse() const
{
    const auto regressed = [](const auto &entry) { return entry.regression(); };
    return int(std::count_if(checks.cbegin(), checks.cend(), regressed)
               + std::count_if(findings.cbegin(), findings.cend(), regressed));
}

QString ReportComparison::verdict() const
{
    const bool anyBetter = better() > 0;
    const bool anyWorse = worse() > 0;
    if (anyBetter && anyWorse)
        return QStringLiteral("mixed");
    if (anyBetter)
        return QStringLiteral("better");
    if (anyWorse)
        return QStringLiteral("worse");
    return QStringLiteral("same");
}

ReportComparison compareReports(const Report &before, const Report &after)
{
    ReportComparison comparison;
    comparison.before = before;
    comparison.after = after;
    comparison.sameTarget = sameTarget(before, after);

    const QHash<QString, const CheckResult *> checksBefore = firstById(before.checks);
    const QHash<QString, const CheckResult *> checksAfter = firstById(after.checks);
    for (const QString &id : idsInOrder(after.checks, before.checks)) {
        const CheckResult *earlier = checksBefore.value(id);
        const CheckResult *later = checksAfter.value(id);
        CheckComparison entry;
        entry.id = id;
        entry.title = later && !later->title.isEmpty() ? later->title : earlier ? earlier->title : QString();
        if (earlier) {
            entry.before = earlier->status;
            entry.beforeSummary = earlier->summary;
        }
        if (later) {
            entry.after = later->status;
            entry.afterSummary = later->summary;
        }
        entry.change = checkChange(entry.before, entry.after, before.cancelled, after.cancelled);
        comparison.checks.append(entry);
    }

    const QHash<QString, const Finding *> findingsBefore = firstById(before.findings);
    const QHash<QString, const Finding *> findingsAfter = firstById(after.findings);
    for (const QString &id : idsInOrder(after.findings, before.findings)) {
        const Finding *earlier = findingsBefore.value(id);
        const Finding *later = findingsAfter.value(id);
        FindingComparison entry;
        entry.id = id;
        entry.title = later && !later->title.isEmpty() ? later->title : earlier ? earlier->title : QString();
        if (earlier)
            entry.before = earlier->severity;
        if (later)
            entry.after = later->severity;
        if (!earlier) {
            entry.change = ReportChange::Added;
        } else if (!later) {
            entry.change = ReportChange::Removed;
        } else {
            entry.change = rankChange(severityRank(*entry.before), severityRank(*entry.after));
        }
        if (entry.change == ReportChange::Added || entry.change == ReportChange::Removed) {
            const QString family = idFamily(id);
            const bool foundByChecks = hasCheckOfFamily(before, family) || hasCheckOfFamily(after, family);
            const bool ranBefore = ranCheckOfFamily(before, family);
            const bool ranAfter = ranCheckOfFamily(after, family);
            entry.outOfSight = foundByChecks
                && (entry.change == ReportChange::Added ? ranAfter && !ranBefore : ranBefore && !ranAfter);
        }
        comparison.findings.append(entry);
    }
    return comparison;
}

namespace {

// Greedy word wrap; every line after the first is indented like the first. The same as textreport.cpp's,
// which is private to that file.
QString wrapped(const QString &text, int indent, int width)
{
    const QString pad(indent, QLatin1Char(' '));
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            lines.append(pad + line);
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines.append(pad + line);
    return lines.join(QLatin1Char('\n'));
}

// A line that fits stays as it is (wrapping would fold its double spaces); a longer one is wrapped.
QString fitted(const QString &text, int indent, int width)
{
    if (indent + text.size() <= width && !text.contains(QLatin1Char('\n')))
        return QString(indent, QLatin1Char(' ')) + text;
    return wrapped(text, indent, width);
}

const QString &absentMark()
{
    static const QString mark = QStringLiteral("—");
    return mark;
}

QString statusTag(std::optional<CheckStatus> status)
{
    return status ? checkStatusId(*status).toUpper() : absentMark();
}

QString severityTag(std::optional<Severity> severity)
{
    return severity ? severityId(*severity).toUpper() : absentMark();
}

QString createdText(const Report &report)
{
    return report.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString scenarioText(const Report &report)
{
    return report.input.scenarioId.isEmpty() ? ReportComparisonText::tr("none") : report.input.scenarioId;
}

QString verdictLabel(const QString &verdict)
{
    if (verdict == QLatin1String("better"))
        return ReportComparisonText::tr("better");
    if (verdict == QLatin1String("worse"))
        return ReportComparisonText::tr("worse");
    if (verdict == QLatin1String("mixed"))
        return ReportComparisonText::tr("mixed");
    return ReportComparisonText::tr("same");
}

// The word for a check's change. Added and Removed say why: a check new in this version reads
// differently from one that runs again or no longer runs.
QString checkChangeLabel(const CheckComparison &check)
{
    switch (check.change) {
    case ReportChange::Better:
        return ReportComparisonText::tr("better");
    case ReportChange::Worse:
        return ReportComparisonText::tr("worse");
    case ReportChange::Same:
        return ReportComparisonText::tr("same");
    case ReportChange::Added:
        return check.before ? ReportComparisonText::tr("runs now") : ReportComparisonText::tr("new check");
    case ReportChange::Removed:
        break;
    }
    return check.after ? ReportComparisonText::tr("no longer runs")
                       : ReportComparisonText::tr("not in the later report");
}

QString findingChangeLabel(const FindingComparison &finding)
{
    switch (finding.change) {
    case ReportChange::Better:
        return ReportComparisonText::tr("milder");
    case ReportChange::Worse:
        return ReportComparisonText::tr("more severe");
    case ReportChange::Same:
        return ReportComparisonText::tr("still there");
    case ReportChange::Added:
        return finding.outOfSight ? ReportComparisonText::tr("new (its check did not run before)")
                                  : ReportComparisonText::tr("new");
    case ReportChange::Removed:
        break;
    }
    return finding.outOfSight ? ReportComparisonText::tr("not seen (its check did not run this time)")
                              : ReportComparisonText::tr("gone");
}

QString effectId(bool improvement, bool regression)
{
    return improvement ? QStringLiteral("better") : regression ? QStringLiteral("worse") : QStringLiteral("none");
}

QString findingArrow(const FindingComparison &finding)
{
    if (finding.improvement())
        return QStringLiteral("↑");
    return finding.regression() ? QStringLiteral("↓") : QStringLiteral("·");
}

// "ERROR" when the finding is in one report or unchanged, "WARNING → ERROR" when its severity moved.
QString severityChangeTag(const FindingComparison &finding)
{
    if (finding.before && finding.after && *finding.before != *finding.after)
        return QStringLiteral("%1 → %2").arg(severityTag(finding.before), severityTag(finding.after));
    return severityTag(finding.after ? finding.after : finding.before);
}

// What the check saw last: the later report's summary, or the earlier one's when it has none.
QString latestSummary(const CheckComparison &check)
{
    if (check.after)
        return check.afterSummary;
    return check.beforeSummary.isEmpty() ? QString() : ReportComparisonText::tr("Before: %1").arg(check.beforeSummary);
}

QString targetText(const Report &report)
{
    return ReportComparisonText::tr("%1, port %2").arg(report.input.host).arg(report.input.port);
}

QString differentTargetsWarning(const ReportComparison &comparison)
{
    return ReportComparisonText::tr("Different targets: the earlier report is about %1, the later one about %2. "
                                    "This compares two instances, not one instance before and after a change.")
        .arg(targetText(comparison.before), targetText(comparison.after));
}

// Sentences about either report that change how far the comparison can be trusted.
QStringList caveats(const ReportComparison &comparison)
{
    QStringList notes;
    if (comparison.before.cancelled)
        notes << ReportComparisonText::tr("The earlier run was cancelled before every check finished: what it "
                                          "skipped is neither better nor worse.");
    if (comparison.after.cancelled)
        notes << ReportComparisonText::tr("The later run was cancelled before every check finished: what it "
                                          "skipped is neither better nor worse.");
    if (comparison.before.redacted || comparison.after.redacted)
        notes << ReportComparisonText::tr("Names and addresses are placeholders in a redacted report, so whether both "
                                          "reports are about the same instance cannot be told from them.");
    return notes;
}

QString totalsSentence(const ReportComparison &comparison)
{
    return ReportComparisonText::tr("%1 better, %2 worse.").arg(comparison.better()).arg(comparison.worse());
}

QString laterReportSentence(const Report &after)
{
    return ReportComparisonText::tr("The later report: %n error(s)", nullptr, after.count(Severity::Error))
        + QStringLiteral(", ") + ReportComparisonText::tr("%n warning(s).", nullptr, after.count(Severity::Warning));
}

QString removeTrailingSpaces(QString line)
{
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

} // namespace

QString comparisonToText(const ReportComparison &comparison, int width)
{
    QString text;
    QTextStream out(&text);
    out << ReportComparisonText::tr("MI Connect Wizard — what changed between two reports") << '\n';
    if (!comparison.sameTarget)
        out << '\n' << wrapped(QStringLiteral("!! ") + differentTargetsWarning(comparison), 0, width) << "\n\n";
    const QString beforeLabel = ReportComparisonText::tr("Before:");
    const QString afterLabel = ReportComparisonText::tr("After:");
    const qsizetype labelWidth = std::max(beforeLabel.size(), afterLabel.size());
    for (const auto &[label, report] :
         { std::pair { beforeLabel, &comparison.before }, std::pair { afterLabel, &comparison.after } }) {
        QString line = ReportComparisonText::tr("%1 · Scenario: %2 · %3")
                           .arg(targetText(*report), scenarioText(*report), createdText(*report));
        if (!report->environment.machine.isEmpty())
            line += QStringLiteral(" · ") + ReportComparisonText::tr("on %1").arg(report->environment.machine);
        out << label.leftJustified(labelWidth) << ' ' << line << '\n';
    }
    for (const QString &note : caveats(comparison))
        out << wrapped(note, 0, width) << '\n';

    out << '\n' << ReportComparisonText::tr("Checks") << '\n';
    if (comparison.checks.isEmpty())
        out << "  " << ReportComparisonText::tr("none") << '\n';
    qsizetype idWidth = 0;
    qsizetype changeWidth = 0;
    for (const CheckComparison &check : comparison.checks) {
        idWidth = std::max(idWidth, check.id.size());
        changeWidth = std::max(changeWidth, checkChangeLabel(check).size());
    }
    const int statusWidth = 5; // "ERROR"
    const int summaryIndent = int(2 + idWidth + 3); // under the later status of "FAIL → PASS"
    for (const CheckComparison &check : comparison.checks) {
        // "FAIL → PASS", the arrows one under the other.
        const QString statuses = QStringLiteral("%1 → %2")
                                     .arg(statusTag(check.before).rightJustified(statusWidth), statusTag(check.after))
                                     .leftJustified(2 * statusWidth + 3);
        const QString line = QStringLiteral("  %1  %2  %3  %4")
                                 .arg(check.id.leftJustified(idWidth), statuses,
                                      checkChangeLabel(check).leftJustified(changeWidth), check.title);
        out << removeTrailingSpaces(line) << '\n';
        const QString summary = latestSummary(check);
        if (!summary.isEmpty())
            out << wrapped(summary, summaryIndent, width) << '\n';
    }

    out << '\n' << ReportComparisonText::tr("Findings") << '\n';
    if (comparison.findings.isEmpty())
        out << "  " << ReportComparisonText::tr("none") << '\n';
    for (const FindingComparison &finding : comparison.findings) {
        const QString line = ReportComparisonText::tr("%1: [%2] %3  (%4)")
                                 .arg(findingChangeLabel(finding), severityChangeTag(finding),
                                      finding.title.isEmpty() ? finding.id : finding.title, finding.id);
        out << "  " << findingArrow(finding) << ' ' << fitted(line, 4, width).mid(4) << '\n';
    }

    out << '\n'
        << ReportComparisonText::tr("Verdict: %1").arg(verdictLabel(comparison.verdict())) << " — "
        << totalsSentence(comparison) << ' ' << laterReportSentence(comparison.after);
    if (!comparison.sameTarget)
        out << ' ' << ReportComparisonText::tr("(Different targets.)");
    out << '\n';
    return text;
}

namespace {

// Text inside a Markdown table cell: pipes and line breaks would end the cell or the row, and
// emphasis, link and HTML characters from a report's text must not turn into markup in a ticket.
// Underscores stay: inside words (TLS_AES_256_GCM_SHA384) they are never emphasis.
QString markdownText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar character : text) {
        if (character == QLatin1Char('\n') || character == QLatin1Char('\r')) {
            escaped += QLatin1Char(' ');
            continue;
        }
        if (QStringLiteral("\\|*[]<>`#").contains(character))
            escaped += QLatin1Char('\\');
        escaped += character;
    }
    return escaped;
}

// An id as code; ids never hold a backtick, but a hand-edited report might.
QString markdownCode(const QString &id)
{
    if (id.contains(QLatin1Char('`')) || id.contains(QLatin1Char('|')) || id.contains(QLatin1Char('\n')))
        return markdownText(id);
    return QStringLiteral("`%1`").arg(id);
}

// "Title (`id`)", or the id alone when the report has no title for it.
QString markdownName(const QString &title, const QString &id)
{
    return title.isEmpty() ? markdownCode(id) : QStringLiteral("%1 (%2)").arg(markdownText(title), markdownCode(id));
}

QString markdownRow(const QStringList &cells)
{
    return QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
}

QString markdownRule(int columns)
{
    QStringList cells;
    for (int i = 0; i < columns; ++i)
        cells << QStringLiteral("---");
    return markdownRow(cells);
}

QString reportVerdictText(const Report &report)
{
    return ReportComparisonText::tr("%1: %n error(s)", nullptr, report.count(Severity::Error)).arg(report.verdict())
        + QStringLiteral(", ") + ReportComparisonText::tr("%n warning(s)", nullptr, report.count(Severity::Warning));
}

} // namespace

QString comparisonToMarkdown(const ReportComparison &comparison)
{
    const Report &before = comparison.before;
    const Report &after = comparison.after;
    QString text;
    QTextStream out(&text);
    out << "# " << ReportComparisonText::tr("MI Connect Wizard: what changed between two reports") << "\n\n";
    if (!comparison.sameTarget)
        out << "> **" << ReportComparisonText::tr("Warning:") << "** "
            << markdownText(differentTargetsWarning(comparison)) << "\n\n";

    out << markdownRow({ QString(), ReportComparisonText::tr("Before"), ReportComparisonText::tr("After") })
        << markdownRule(3);
    out << markdownRow(
        { ReportComparisonText::tr("Target"), markdownText(targetText(before)), markdownText(targetText(after)) });
    out << markdownRow({ ReportComparisonText::tr("Scenario"), markdownText(scenarioText(before)),
                         markdownText(scenarioText(after)) });
    out << markdownRow({ ReportComparisonText::tr("Created"), createdText(before), createdText(after) });
    if (!before.environment.machine.isEmpty() || !after.environment.machine.isEmpty())
        out << markdownRow({ ReportComparisonText::tr("Machine"), markdownText(before.environment.machine),
                             markdownText(after.environment.machine) });
    out << markdownRow({ ReportComparisonText::tr("Report verdict"), markdownText(reportVerdictText(before)),
                         markdownText(reportVerdictText(after)) });
    out << '\n';
    for (const QString &note : caveats(comparison))
        out << markdownText(note) << "\n\n";

    out << "**" << ReportComparisonText::tr("Verdict: %1").arg(verdictLabel(comparison.verdict())) << "** — "
        << markdownText(totalsSentence(comparison)) << "\n\n";

    out << "## " << ReportComparisonText::tr("Checks") << "\n\n";
    if (comparison.checks.isEmpty()) {
        out << ReportComparisonText::tr("none") << "\n\n";
    } else {
        out << markdownRow({ ReportComparisonText::tr("Check"), ReportComparisonText::tr("Before"),
                             ReportComparisonText::tr("After"), ReportComparisonText::tr("Change"),
                             ReportComparisonText::tr("Latest summary") })
            << markdownRule(5);
        for (const CheckComparison &check : comparison.checks) {
            out << markdownRow({ markdownName(check.title, check.id), statusTag(check.before), statusTag(check.after),
                                 markdownText(checkChangeLabel(check)), markdownText(latestSummary(check)) });
        }
        out << '\n';
    }

    out << "## " << ReportComparisonText::tr("Findings") << "\n\n";
    if (comparison.findings.isEmpty()) {
        out << ReportComparisonText::tr("none") << '\n';
    } else {
        out << markdownRow({ QString(), ReportComparisonText::tr("Finding"), ReportComparisonText::tr("Before"),
                             ReportComparisonText::tr("After"), ReportComparisonText::tr("Change") })
            << markdownRule(5);
        for (const FindingComparison &finding : comparison.findings) {
            out << markdownRow({ findingArrow(finding), markdownName(finding.title, finding.id),
                                 severityTag(finding.before), severityTag(finding.after),
                                 markdownText(findingChangeLabel(finding)) });
        }
    }
    return text;
}

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject reportSideToJson(const Report &report)
{
    return QJsonObject {
        { QStringLiteral("created"),
          report.created.isValid() ? stringOrNull(report.created.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue() },
        { QStringLiteral("host"), report.input.host },
        { QStringLiteral("port"), report.input.port },
        { QStringLiteral("scenario"), stringOrNull(report.input.scenarioId) },
    };
}

QJsonValue statusOrNull(std::optional<CheckStatus> status)
{
    return status ? QJsonValue(checkStatusId(*status)) : QJsonValue(QJsonValue::Null);
}

QJsonValue severityOrNull(std::optional<Severity> severity)
{
    return severity ? QJsonValue(severityId(*severity)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject comparisonToJson(const ReportComparison &comparison)
{
    QJsonArray checks;
    for (const CheckComparison &check : comparison.checks) {
        checks.append(QJsonObject {
            { QStringLiteral("id"), check.id },
            { QStringLiteral("title"), check.title },
            { QStringLiteral("before"), statusOrNull(check.before) },
            { QStringLiteral("after"), statusOrNull(check.after) },
            { QStringLiteral("change"), reportChangeId(check.change) },
            { QStringLiteral("effect"), effectId(check.improvement(), check.regression()) },
            { QStringLiteral("before_summary"), check.before ? QJsonValue(check.beforeSummary) : QJsonValue() },
            { QStringLiteral("after_summary"), check.after ? QJsonValue(check.afterSummary) : QJsonValue() },
        });
    }
    QJsonArray findings;
    for (const FindingComparison &finding : comparison.findings) {
        findings.append(QJsonObject {
            { QStringLiteral("id"), finding.id },
            { QStringLiteral("title"), finding.title },
            { QStringLiteral("before"), severityOrNull(finding.before) },
            { QStringLiteral("after"), severityOrNull(finding.after) },
            { QStringLiteral("change"), reportChangeId(finding.change) },
            { QStringLiteral("effect"), effectId(finding.improvement(), finding.regression()) },
        });
    }
    return QJsonObject {
        { QStringLiteral("schema"), QString::fromLatin1(comparisonSchemaId) },
        { QStringLiteral("before"), reportSideToJson(comparison.before) },
        { QStringLiteral("after"), reportSideToJson(comparison.after) },
        { QStringLiteral("same_target"), comparison.sameTarget },
        { QStringLiteral("verdict"), comparison.verdict() },
        { QStringLiteral("better"), comparison.better() },
        { QStringLiteral("worse"), comparison.worse() },
        { QStringLiteral("checks"), checks },
        { QStringLiteral("findings"), findings },
    };
}

#pragma once

#include "report.h"

#include <QJsonObject>

#include <optional>

// How one check or finding moved between two reports of the same target.
enum class ReportChange {
    Better,  // a check's status improved, or a finding's severity dropped
    Worse,   // the opposite
    Same,
    Added,   // only in the later report (a new check, or a new finding: a finding appearing is worse
             // unless it is ok.* info)
    Removed, // only in the earlier report (a finding that went away: better)
};

QString reportChangeId(ReportChange change); // "better", "worse", "same", "added", "removed"

struct CheckComparison
{
    QString id;
    QString title;
    std::optional<CheckStatus> before; // absent: the check was not in that report
    std::optional<CheckStatus> after;
    QString beforeSummary;
    QString afterSummary;
    ReportChange change = ReportChange::Same;
};

struct FindingComparison
{
    QString id;
    QString title;
    std::optional<Severity> before; // absent: not found in that report
    std::optional<Severity> after;
    ReportChange change = ReportChange::Same;
    bool improvement() const; // the change is for the better (a problem gone or milder)
};

// Before/after a change (an NSG rule, a route, a DNS zone): what got better and what got worse.
struct ReportComparison
{
    Report before;
    Report after;
    bool sameTarget = true; // host and port agree; comparing different instances is allowed but said
    QList<CheckComparison> checks;     // in the later report's order, then checks only the earlier had
    QList<FindingComparison> findings; // the later report's findings first, then those that went away
    int better() const;
    int worse() const;
    QString verdict() const; // "better", "worse", "mixed", "same"
};

// The earlier report first. Reports are ordered by what the caller says, never by their timestamps.
ReportComparison compareReports(const Report &before, const Report &after);

// Renderings: plain text (terminals), Markdown (tickets), JSON (schema "miconnect.comparison/1").
QString comparisonToText(const ReportComparison &comparison, int width = 100);
QString comparisonToMarkdown(const ReportComparison &comparison);
QJsonObject comparisonToJson(const ReportComparison &comparison);

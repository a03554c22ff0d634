#pragma once

#include "report.h"

#include <QJsonObject>

#include <optional>

// Two reports of one target, taken before and after a change (an NSG rule, a route, a DNS zone):
// what got better and what got worse, per check and per finding.
//
// Checks. A status that ran is ranked: pass (best) > warn > fail = error (worst: either way the
// check got nothing it needed, so fail ↔ error is Same). Between two ranked statuses the change is
// Better, Worse or Same. A skip ranks nowhere: the check did not run, usually because
// an earlier one failed, or because an option (the subnet) was missing. So:
//   skip → pass             Better: the check runs now and this part of the path works;
//   pass → skip             Worse: this part of the path is no longer shown to work (the earlier
//                           check that now stops it says why, and is Worse itself);
//   skip → warn/fail/error  Added, neither better nor worse: the problem it finds was out of sight
//                           behind the skip, not made by the change;
//   warn/fail/error → skip  Removed, neither better nor worse: the problem is out of sight, not fixed;
//   skip → skip             Same.
// A check in one report only (a version that has more checks) is Added or Removed, neither better
// nor worse. A cancelled report's skips say nothing at all: against one, a pass is Added or Removed too.
//
// Findings, matched by id. A problem is a warning or an error; ok.* findings (ok.all-checks-passed)
// are good news; other info findings are remarks.
//   only in the later report    Added: worse for a problem, better for good news, neither for a remark;
//   only in the earlier report  Removed: better for a problem, worse for good news, neither for a remark;
//   in both                     Better or Worse when the severity dropped or rose (error > warning >
//                               info), else Same.
// A finding ties to the checks that find it by the first part of their ids (tcp.gateway-filtered to
// tcp.gateway, tls.* to tls.tds7 and tls.strict). When those checks ran in only one of the reports,
// the finding's appearing or going away is out of sight (FindingComparison::outOfSight): neither
// better nor worse, for the same reason as a skipped check.
enum class ReportChange {
    Better, // a check's status improved, or a finding's severity dropped
    Worse, // the opposite
    Same,
    Added, // only in the later report: a new finding, a new check, or a check that now runs and
           // finds a problem. Better or worse: see improvement() and regression().
    Removed, // only in the earlier report: a finding that went away, a check no longer there, or one
             // that no longer runs where it found a problem
};

QString reportChangeId(ReportChange change); // "better", "worse", "same", "added", "removed"

struct CheckComparison {
    QString id;
    QString title;
    std::optional<CheckStatus> before; // absent: the check was not in that report
    std::optional<CheckStatus> after;
    QString beforeSummary;
    QString afterSummary;
    ReportChange change = ReportChange::Same;
    bool improvement() const { return change == ReportChange::Better; }
    bool regression() const { return change == ReportChange::Worse; }
};

struct FindingComparison {
    QString id;
    QString title;
    std::optional<Severity> before; // absent: not found in that report
    std::optional<Severity> after;
    ReportChange change = ReportChange::Same;
    bool outOfSight = false; // Added or Removed only because the checks that find it ran in one report
    bool improvement() const; // the change is for the better (a problem gone or milder, good news new)
    bool regression() const; // the change is for the worse (a problem new or graver, good news gone)
};

struct ReportComparison {
    Report before;
    Report after;
    bool sameTarget = true; // host (case-insensitive) and port agree; different targets are compared, and said
    QList<CheckComparison> checks; // in the later report's order, then checks only the earlier had
    QList<FindingComparison> findings; // the later report's findings first, then those that went away
    int better() const; // checks and findings whose change is an improvement
    int worse() const; // checks and findings whose change is a regression
    QString verdict() const; // "better", "worse", "mixed" (some of each), "same" (neither)
};

// The earlier report first. Reports are ordered by what the caller says, never by their timestamps.
ReportComparison compareReports(const Report &before, const Report &after);

// Renderings: plain text (terminals), Markdown (tickets), JSON (schema "miconnect.comparison/1").
// Each says first, and prominently, when the reports are about different targets.
QString comparisonToText(const ReportComparison &comparison, int width = 100);
QString comparisonToMarkdown(const ReportComparison &comparison);
// {schema, before: {created, host, port, scenario}, after: {…}, same_target, verdict, better, worse,
//  checks: [{id, title, before, after, change, effect, before_summary, after_summary}],
//  findings: [{id, title, before, after, change, effect}]}; an absent status or severity is null, an
// empty scenario null; effect is "better", "worse" or "none" (an Added or Removed entry can be any).
QJsonObject comparisonToJson(const ReportComparison &comparison);

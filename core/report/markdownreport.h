#pragma once

#include "report.h"

#include <QList>
#include <QStringList>

// Markdown that reads well pasted into a ticket (GitHub, Azure DevOps, Jira's Markdown): a header with
// tool version, time, machine and scenario; the checks as a table; the findings with remedy steps and
// sources. Translated like the text report. Every text from the report is escaped, so a host name or
// an evidence line shows as written and never turns into markup, a link or a broken table.
QString reportToMarkdown(const Report &report);

// The header the Markdown and HTML reports open with (and the PDF repeats in part on every page), so
// the formats say the same thing in the same words.
struct ReportHeaderField {
    QString label; // translated, e.g. "Machine"
    QString value; // for people; translated where it is ours, as measured where it is not
    QString id; // the stable id beside the value (scenario, path, endpoint kind, input form); may be empty
};

// The words every report format names its parts with, translated in one place.
struct ReportLabels {
    QString checks; // the section
    QString status; // the checks' columns …
    QString id;
    QString check;
    QString time;
    QString evidence; // … to here
    QString noChecks;
    QString checklist; // the section of checklist answers
    QString yes;
    QString no;
    QString findings; // the section, "most likely cause first"
    QString noFindings;
    QString seenHere; // a finding's parts, each ending in a colon
    QString whatToDo;
    QString sources;
    QString note; // before each of reportNotes()
    QString none;
    QString unknown;
};
ReportLabels reportLabels();

// "MI Connect Wizard report — <host>, port <port>"
QString reportTitle(const Report &report);
// "MI Connect Wizard <version>"
QString reportToolName(const Report &report);
// The report's time in UTC, "2026-05-04 13:37:00 UTC".
QString reportTimeUtc(const Report &report);
// The scenario's title as the catalog knows it, else its id; "none" when no scenario was chosen.
QString reportScenarioText(const Report &report);
// Tool, time, machine, OS, scenario, path, endpoint, input, subnet, verdict.
QList<ReportHeaderField> reportHeaderFields(const Report &report);
// Sentences the reader must not miss: redacted, cancelled, a password removed from the input.
QStringList reportNotes(const Report &report);
// The checklist the user answered, in the scenario's order: prerequisite text, id and answer.
struct ReportChecklistItem {
    QString id;
    QString text; // the catalog's sentence, or the id when the catalog does not know it
    bool met = false;
};
QList<ReportChecklistItem> reportChecklist(const Report &report);
// A check's elapsed time for people ("0.59 ms", "1002 ms"), empty for a skipped check.
QString reportElapsedText(const CheckResult &check);

#pragma once

#include "diagnosis/checkresult.h"
#include "diagnosis/finding.h"
#include "target/target.h"

#include <QDateTime>
#include <QHash>
#include <QList>

struct ReportInput {
    QString text; // what the user gave, without any password
    QString form; // host, ado.net, odbc, jdbc, url
    bool passwordPresent = false; // a password was in it, and was dropped
    QString host;
    quint16 port = 0;
    QString scenarioId; // empty: none chosen
    QString pathId; // the connection path it was judged by; empty: the scenario's best
    QHash<QString, bool> checklist; // prerequisite id → met; absent: not answered
    QString subnet; // the MI subnet given for the sweep, as CIDR; empty: none
    EndpointKind endpointKind = EndpointKind::Custom;
};

// Where the checks ran: the report's header says it, because the result holds only from there.
struct ReportEnvironment {
    QString machine; // this computer's host name
    QString os; // e.g. "Debian GNU/Linux 12 (bookworm)"
    QString language; // the language the report's text is in: en, de, ja
};

// A finished diagnosis as a plain value: what every writer and view renders.
struct Report {
    static constexpr auto schemaId = "miconnect.report/1";

    QString toolVersion;
    QDateTime created;
    ReportEnvironment environment;
    ReportInput input;
    QList<CheckResult> checks;
    QList<Finding> findings;
    bool cancelled = false;
    bool redacted = false; // names, addresses and user names replaced by placeholders

    int count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
    // "ok" when no finding is an error or a warning.
    QString verdict() const;
};

struct DiagnosisResults;

// Assembles the report of a diagnosis: checks described, findings from the engine.
Report buildReport(const DiagnosisResults &results);

QString toolVersion();
// This machine, for the report header.
ReportEnvironment currentEnvironment();

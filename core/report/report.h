#pragma once

#include "diagnosis/checkresult.h"
#include "diagnosis/finding.h"
#include "target/target.h"

#include <QDateTime>
#include <QList>

struct ReportInput
{
    QString text;             // what the user gave, without any password
    QString form;             // host, ado.net, odbc, jdbc, url
    bool passwordPresent = false; // a password was in it, and was dropped
    QString host;
    quint16 port = 0;
    QString scenarioId; // empty: none chosen
    EndpointKind endpointKind = EndpointKind::Custom;
};

// A finished diagnosis as a plain value: what every writer and view renders.
struct Report
{
    static constexpr auto schemaId = "miconnect.report/1";

    QString toolVersion;
    QDateTime created;
    ReportInput input;
    QList<CheckResult> checks;
    QList<Finding> findings;
    bool cancelled = false;

    int count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
    // "ok" when no finding is an error or a warning.
    QString verdict() const;
};

struct DiagnosisResults;

// Assembles the report of a diagnosis: checks described, findings from the engine.
Report buildReport(const DiagnosisResults &results);

QString toolVersion();

#pragma once

#include "report.h"

#include <QJsonObject>

#include <optional>

struct ScanResult;

// The machine-readable forms documented in docs/CLI.md and docs/report.schema.json.
QJsonObject reportToJson(const Report &report);
QJsonObject scanResultToJson(const ScanResult &scan);

struct ReportReadResult {
    std::optional<Report> report;
    QString error; // translated, one sentence, when there is no report
};

// Reads a report this or an older version wrote. Never trusts the bytes: anything that is not a
// miconnect.report/1 document of the documented shape gives a clear error, a newer schema says so.
ReportReadResult reportFromJson(const QByteArray &bytes);

// Reports larger than this are refused unread: a real one is a few hundred kilobytes at most.
inline constexpr qint64 maxReportBytes = 32 * 1024 * 1024;
// Opens and reads a report file.
ReportReadResult readReportFile(const QString &path);

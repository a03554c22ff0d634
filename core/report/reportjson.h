#pragma once

#include "report.h"

#include <QJsonObject>

struct ScanResult;

// The machine-readable forms documented in docs/CLI.md and docs/report.schema.json.
QJsonObject reportToJson(const Report &report);
QJsonObject scanResultToJson(const ScanResult &scan);

#pragma once

#include "report.h"

struct ScanResult;

// Plain text for terminals and tickets, translated, wrapped to `width` columns.
QString reportToText(const Report &report, int width = 100);
QString scanResultToText(const ScanResult &scan);

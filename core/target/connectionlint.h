#pragma once

#include "connectionstring.h"

// A problem the input itself shows, before anything is probed.
struct LintFinding {
    QString id; // input.* or conn.* (docs/ARCHITECTURE.md)
    QString evidence; // what in the input says so, translated
    QString fragment; // the part of the input that caused it, e.g. "TrustServerCertificate=True"
};

// Every input.* and conn.* finding the settings support, for the hosting scenario when one is known.
// Pure: no I/O. The order is input.* (what stops a connection) before conn.* (what weakens one).
QList<LintFinding> lintConnection(const ConnectionSettings &settings, const QString &scenarioId = QString());

// The shortest connect timeout that rides out a reconfiguration (docs/KNOWLEDGE.md §4).
constexpr int recommendedConnectTimeoutSeconds = 30;

#pragma once

#include "diagnosisresults.h"
#include "finding.h"
#include "knowledge/findingscatalog.h"

#include <QCoreApplication>

// From what was measured to what it means. A pure function: no I/O, no clock, same input → same
// findings. The order is the order of likely cause — a name that does not resolve explains a failed
// connect, a blocked gateway explains silent nodes — so the first finding is the one to fix first.
class FindingsEngine {
    Q_DECLARE_TR_FUNCTIONS(FindingsEngine)

public:
    // A median handshake above this is slow for any in-region path (same region: ~1–2 ms).
    static constexpr double highLatencyMs = 150.0;

    explicit FindingsEngine(const FindingsCatalog &catalog = FindingsCatalog::builtIn());

    QList<Finding> diagnose(const DiagnosisResults &results) const;

private:
    Finding makeFinding(const QString &id, const QString &evidence, const QString &scenarioId) const;

    const FindingsCatalog &m_catalog;
};

#include "report.h"

#include "diagnosis/diagnosisresults.h"
#include "diagnosis/findingsengine.h"

#include <algorithm>

int Report::count(Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &finding) { return finding.severity == severity; }));
}

QString Report::verdict() const
{
    return count(Severity::Error) + count(Severity::Warning) == 0 ? QStringLiteral("ok") : QStringLiteral("problems");
}

QString toolVersion()
{
    return QStringLiteral(MICONNECT_VERSION);
}

Report buildReport(const DiagnosisResults &results)
{
    Report report;
    report.toolVersion = toolVersion();
    report.created = results.started.isValid() ? results.started : QDateTime::currentDateTimeUtc();
    report.input.text = results.target.input;
    report.input.form = connectionFormId(results.connection.form);
    report.input.passwordPresent = results.connection.passwordPresent;
    report.input.host = results.target.host;
    report.input.port = results.port();
    report.input.scenarioId = results.options.scenarioId;
    report.input.endpointKind = results.endpointKind();
    report.checks = describeChecks(results);
    report.findings = FindingsEngine().diagnose(results);
    report.cancelled = results.cancelled;
    return report;
}

#include "report.h"

#include "diagnosis/diagnosisresults.h"
#include "diagnosis/findingsengine.h"

#include "i18n/translations.h"

#include <QSysInfo>

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

ReportEnvironment currentEnvironment()
{
    ReportEnvironment environment;
    environment.machine = QSysInfo::machineHostName();
    environment.os = QSysInfo::prettyProductName();
    environment.language = currentLanguage();
    return environment;
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
    report.environment = currentEnvironment();
    report.input.scenarioId = results.options.scenarioId;
    report.input.pathId = results.options.pathId;
    report.input.checklist = results.options.checklistAnswers;
    if (results.options.subnet)
        report.input.subnet = results.options.subnet->toString();
    report.input.endpointKind = results.endpointKind();
    report.checks = describeChecks(results);
    report.findings = FindingsEngine().diagnose(results);
    report.cancelled = results.cancelled;
    return report;
}

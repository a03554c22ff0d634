#include "icons.h"

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

QIcon checkStatusIcon(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return icon("status-ok");
    case CheckStatus::Warn:
        return icon("status-warning");
    case CheckStatus::Fail:
    case CheckStatus::Error:
        return icon("status-error");
    case CheckStatus::Skip:
        break;
    }
    return icon("status-untested");
}

QIcon runningIcon()
{
    return icon("status-running");
}

QIcon waitingIcon()
{
    return icon("status-untested");
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return icon("status-error");
    case Severity::Warning:
        return icon("status-warning");
    case Severity::Info:
        break;
    }
    return icon("status-info");
}

QIcon scenarioIcon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/scenario-%1.svg").arg(name));
}

QIcon applicationIcon()
{
    return icon("miconnect");
}

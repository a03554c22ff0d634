#include "severity.h"

#include <QCoreApplication>

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

std::optional<Severity> severityFromId(const QString &id)
{
    if (id == QLatin1String("error"))
        return Severity::Error;
    if (id == QLatin1String("warning"))
        return Severity::Warning;
    if (id == QLatin1String("info"))
        return Severity::Info;
    return std::nullopt;
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("Severity", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("Severity", "Warning");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("Severity", "Info");
}

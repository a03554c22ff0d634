#include "checkresult.h"

#include <QCoreApplication>

QString checkStatusId(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Skip:
        return QStringLiteral("skip");
    case CheckStatus::Error:
        break;
    }
    return QStringLiteral("error");
}

std::optional<CheckStatus> checkStatusFromId(const QString &id)
{
    for (CheckStatus status : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Skip,
                               CheckStatus::Error}) {
        if (checkStatusId(status) == id)
            return status;
    }
    return std::nullopt;
}

QString checkStatusLabel(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QCoreApplication::translate("CheckStatus", "Passed");
    case CheckStatus::Warn:
        return QCoreApplication::translate("CheckStatus", "Warning");
    case CheckStatus::Fail:
        return QCoreApplication::translate("CheckStatus", "Failed");
    case CheckStatus::Skip:
        return QCoreApplication::translate("CheckStatus", "Skipped");
    case CheckStatus::Error:
        break;
    }
    return QCoreApplication::translate("CheckStatus", "Error");
}

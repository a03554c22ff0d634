#include "reportcomparison.h"

QString reportChangeId(ReportChange change)
{
    switch (change) {
    case ReportChange::Better:
        return QStringLiteral("better");
    case ReportChange::Worse:
        return QStringLiteral("worse");
    case ReportChange::Same:
        return QStringLiteral("same");
    case ReportChange::Added:
        return QStringLiteral("added");
    case ReportChange::Removed:
        break;
    }
    return QStringLiteral("removed");
}

bool FindingComparison::improvement() const
{
    return false;
}

int ReportComparison::better() const
{
    return 0;
}

int ReportComparison::worse() const
{
    return 0;
}

QString ReportComparison::verdict() const
{
    return QStringLiteral("same");
}

ReportComparison compareReports(const Report &before, const Report &after)
{
    ReportComparison comparison;
    comparison.before = before;
    comparison.after = after;
    return comparison;
}

QString comparisonToText(const ReportComparison &, int)
{
    return {};
}

QString comparisonToMarkdown(const ReportComparison &)
{
    return {};
}

QJsonObject comparisonToJson(const ReportComparison &)
{
    return {};
}

#include "reportexport.h"

QStringList reportExportExtensions()
{
    return {QStringLiteral(".json"), QStringLiteral(".md"), QStringLiteral(".html"), QStringLiteral(".pdf"), QStringLiteral(".txt")};
}

ReportImages renderReportImages(const Report &)
{
    return {};
}

QByteArray reportToPdf(const Report &, const ReportImages &)
{
    return {};
}

bool exportReport(const Report &, const QString &, QString *error)
{
    *error = QStringLiteral("not yet");
    return false;
}

#include "redaction.h"

RedactedReport redactReport(const Report &report)
{
    RedactedReport redacted{report, {}};
    redacted.report.redacted = true;
    return redacted;
}

QString redactionLegendToText(const QList<RedactionEntry> &legend)
{
    QString text;
    for (const RedactionEntry &entry : legend)
        text += entry.placeholder + QStringLiteral(" = ") + entry.original + QLatin1Char('\n');
    return text;
}

#include "markdownreport.h"

QString reportToMarkdown(const Report &report)
{
    return QStringLiteral("# MI Connect Wizard report: %1\n").arg(report.input.host);
}

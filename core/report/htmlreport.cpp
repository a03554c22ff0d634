#include "htmlreport.h"

QString reportToHtml(const Report &report, const ReportImages &, HtmlFlavor)
{
    return QStringLiteral("<!DOCTYPE html><html><body><h1>%1</h1></body></html>").arg(report.input.host.toHtmlEscaped());
}

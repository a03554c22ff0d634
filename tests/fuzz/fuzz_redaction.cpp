// libFuzzer: redaction runs on reports opened from files. Whatever a report holds, redacting it must
// not crash, must mark the report redacted, and redacting again must change nothing.
#include "report/redaction.h"
#include "report/reportjson.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReportReadResult read = reportFromJson(bytes);
    if (!read.report)
        return 0;
    const RedactedReport once = redactReport(*read.report);
    if (!once.report.redacted)
        __builtin_trap();
    const QByteArray onceJson = QJsonDocument(reportToJson(once.report)).toJson(QJsonDocument::Compact);
    const RedactedReport twice = redactReport(once.report);
    if (QJsonDocument(reportToJson(twice.report)).toJson(QJsonDocument::Compact) != onceJson)
        __builtin_trap();
    (void)redactionLegendToText(once.legend);
    return 0;
}

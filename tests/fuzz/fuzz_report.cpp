// libFuzzer: a report file comes from a customer's machine; reading it must never crash, and what it
// accepts must write back out and read again the same.
#include "report/reportjson.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReportReadResult read = reportFromJson(bytes);
    if (!read.report) {
        if (read.error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    const QByteArray written = QJsonDocument(reportToJson(*read.report)).toJson(QJsonDocument::Compact);
    const ReportReadResult again = reportFromJson(written);
    if (!again.report || again.report->checks.size() != read.report->checks.size()
        || again.report->findings.size() != read.report->findings.size())
        __builtin_trap();
    return 0;
}

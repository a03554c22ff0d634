// libFuzzer: whatever a user pastes as a connection string must parse or be refused, never crash, and
// a refusal never repeats the input (it may hold a password).
#include "target/connectionlint.h"
#include "target/connectionstring.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ConnectionParse parsed = parseConnectionInput(text);
    if (parsed.settings) {
        if (parsed.settings->target.host.isEmpty())
            __builtin_trap();
        for (const LintFinding &finding : lintConnection(*parsed.settings, QStringLiteral("same-vnet")))
            (void)finding.evidence.size();
        (void)parsed.settings->encryptMode();
        (void)parsed.settings->connectTimeoutSeconds();
    } else if (parsed.error.isEmpty()) {
        __builtin_trap();
    }
    // What is safe to show must itself parse the same way, with nothing left to drop.
    const ConnectionParse again = parseConnectionInput(parsed.sanitized);
    if (again.settings && again.settings->passwordPresent && parsed.settings)
        __builtin_trap();
    return 0;
}

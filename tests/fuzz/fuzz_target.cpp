// libFuzzer: whatever a user pastes as the target must parse or be refused, never crash.
#include "target/target.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const TargetParseResult parsed = parseTarget(text);
    if (parsed.target) {
        // What parsed must be usable: a host, a port, a kind, and no crash in the helpers.
        if (parsed.target->host.isEmpty() || parsed.target->effectivePort() == 0)
            __builtin_trap();
        (void)parsed.target->dnsZone();
        (void)parsed.target->instanceLabel();
        (void)endpointKindId(parsed.target->kind);
    } else if (parsed.error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    return 0;
}

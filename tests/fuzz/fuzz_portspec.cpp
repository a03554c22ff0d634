// libFuzzer: port specs, CIDRs and --resolve entries come from the command line and the wizard.
#include "probe/nameresolver.h"
#include "probe/portspec.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto ports = parsePortSpec(text, &error)) {
        // Round trip: the canonical form names the same ports.
        const auto again = parsePortSpec(formatPortSpec(*ports), &error);
        if (!again || *again != *ports)
            __builtin_trap();
    }
    (void)parsePortRange(text, &error);
    if (const auto subnet = parseSubnet(text, &error)) {
        if (const auto addresses = subnetAddresses(*subnet, 256, &error)) {
            if (quint64(addresses->size()) != subnet->addressCount())
                __builtin_trap();
        }
        (void)azureUsableAddresses(*subnet, 1024);
    }
    ResolveOverrides overrides;
    (void)overrides.add(text, &error);
    return 0;
}

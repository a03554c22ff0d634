// libFuzzer: every byte a server sends in answer to PRELOGIN goes through these parsers.
#include "probe/tdspreloginprobe.h"
#include "probe/tdsprotocol.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // The payload parser on its own.
    const Tds::PreloginParse parsed = Tds::parsePreloginPayload(bytes);
    if (parsed.prelogin) {
        // What parsed must build back into something that parses to the same options.
        const auto again = Tds::parsePreloginPayload(Tds::buildPreloginPayload(*parsed.prelogin));
        if (!again.prelogin || again.prelogin->version.toString() != parsed.prelogin->version.toString()
            || again.prelogin->encryption != parsed.prelogin->encryption)
            __builtin_trap();
    } else if (parsed.error.isEmpty()) {
        __builtin_trap();
    }

    // The whole answer as a stream, in two chunks split at a point the input chooses.
    PreloginReplyReader reader;
    const qsizetype split = size ? qsizetype(data[0] % (size + 1)) : 0;
    auto outcome = reader.feed(bytes.first(split));
    if (!outcome)
        outcome = reader.feed(bytes.sliced(split));
    PreloginResult result;
    result.outcome = outcome.value_or(reader.undecided(true));
    reader.fill(result);
    if (result.outcome == PreloginResult::Outcome::SqlServer && !result.reply)
        __builtin_trap();

    (void)Tds::describeBytes(bytes);
    (void)Tds::peerKindId(Tds::classifyPeerBytes(bytes));
    return 0;
}

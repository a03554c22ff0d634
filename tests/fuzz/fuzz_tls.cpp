// libFuzzer: TLS records from a server, wrapped in TDS packets (TDS 7.x) or bare (strict).
#include "probe/tdsprotocol.h"
#include "probe/tlsrecords.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // Unwrapping in chunks of a size the input chooses: the output never exceeds the input.
    Tds::TlsUnwrapper unwrapper;
    const qsizetype chunk = size ? qsizetype(data[0] % 16) + 1 : 1;
    qsizetype plainBytes = 0;
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        plainBytes += unwrapper.feed(bytes.sliced(i, std::min(chunk, bytes.size() - i))).size();
    if (plainBytes > bytes.size())
        __builtin_trap();

    // Records and alerts, as the relay reads them.
    TlsRecords::RecordSplitter splitter;
    for (const QByteArray &record : splitter.feed(bytes)) {
        bool valid = false;
        const auto header = TlsRecords::readHeader(record, &valid);
        if (!header || !valid || record.size() != TlsRecords::headerSize + header->length)
            __builtin_trap();
        if (const auto alert = TlsRecords::readAlert(record))
            (void)alert->name();
    }
    Tds::MessageReader reader;
    (void)reader.feed(bytes);
    return 0;
}

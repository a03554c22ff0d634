#include "tlsrecords.h"

#include <QList>

namespace TlsRecords {

std::optional<RecordHeader> readHeader(QByteArrayView bytes, bool *valid)
{
    if (bytes.size() < headerSize) {
        if (valid)
            *valid = true;
        return std::nullopt;
    }
    RecordHeader header;
    header.type = quint8(bytes[0]);
    header.version = quint16((quint8(bytes[1]) << 8) | quint8(bytes[2]));
    header.length = quint16((quint8(bytes[3]) << 8) | quint8(bytes[4]));
    if (valid) {
        *valid = header.type >= changeCipherSpec && header.type <= applicationData && (header.version >> 8) == 3
            && header.length <= maxRecordLength;
    }
    return header;
}

QString Alert::name() const
{
    switch (description) {
    case 0:
        return QStringLiteral("close_notify");
    case 10:
        return QStringLiteral("unexpected_message");
    case 20:
        return QStringLiteral("bad_record_mac");
    case 22:
        return QStringLiteral("record_overflow");
    case 40:
        return QStringLiteral("handshake_failure");
    case 42:
        return QStringLiteral("bad_certificate");
    case 43:
        return QStringLiteral("unsupported_certificate");
    case 44:
        return QStringLiteral("certificate_revoked");
    case 45:
        return QStringLiteral("certificate_expired");
    case 46:
        return QStringLiteral("certificate_unknown");
    case 47:
        return QStringLiteral("illegal_parameter");
    case 48:
        return QStringLiteral("unknown_ca");
    case 49:
        return QStringLiteral("access_denied");
    case 50:
        return QStringLiteral("decode_error");
    case 51:
        return QStringLiteral("decrypt_error");
    case 70:
        return QStringLiteral("protocol_version");
    case 71:
        return QStringLiteral("insufficient_security");
    case 80:
        return QStringLiteral("internal_error");
    case 86:
        return QStringLiteral("inappropriate_fallback");
    case 90:
        return QStringLiteral("user_canceled");
    case 109:
        return QStringLiteral("missing_extension");
    case 110:
        return QStringLiteral("unsupported_extension");
    case 112:
        return QStringLiteral("unrecognized_name");
    case 116:
        return QStringLiteral("certificate_required");
    case 120:
        return QStringLiteral("no_application_protocol");
    default:
        return QStringLiteral("alert %1").arg(description);
    }
}

std::optional<Alert> readAlert(QByteArrayView record)
{
    bool valid = false;
    const auto header = readHeader(record, &valid);
    if (!header || !valid || header->type != alert || header->length != 2 || record.size() < headerSize + 2)
        return std::nullopt;
    return Alert { quint8(record[headerSize]), quint8(record[headerSize + 1]) };
}

QString versionName(quint16 version)
{
    switch (version) {
    case 0x0300:
        return QStringLiteral("SSL 3.0");
    case 0x0301:
        return QStringLiteral("TLS 1.0");
    case 0x0302:
        return QStringLiteral("TLS 1.1");
    case 0x0303:
        return QStringLiteral("TLS 1.2");
    case 0x0304:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("0x%1").arg(version, 4, 16, QLatin1Char('0'));
    }
}

QList<QByteArray> RecordSplitter::feed(QByteArrayView bytes)
{
    QList<QByteArray> records;
    if (m_malformed)
        return records;
    m_buffer.append(bytes);
    for (;;) {
        bool valid = false;
        const auto header = readHeader(m_buffer, &valid);
        if (!header)
            break;
        if (!valid) {
            m_malformed = true;
            break;
        }
        const qsizetype size = headerSize + header->length;
        if (m_buffer.size() < size)
            break;
        records.append(m_buffer.left(size));
        m_buffer.remove(0, size);
    }
    return records;
}

} // namespace TlsRecords

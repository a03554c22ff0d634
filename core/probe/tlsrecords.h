#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// Just enough of the TLS record layer (RFC 8446 §5, RFC 5246 §6.2) to frame records and to read the
// plaintext alerts a server sends during a handshake, bounds-checked.
namespace TlsRecords {

constexpr quint8 changeCipherSpec = 20;
constexpr quint8 alert = 21;
constexpr quint8 handshake = 22;
constexpr quint8 applicationData = 23;
constexpr int headerSize = 5;
// RFC 8446 §5.2: a ciphertext record is at most 2^14 + 256 bytes; RFC 5246 allowed 2^14 + 2048.
constexpr int maxRecordLength = (1 << 14) + 2048;

struct RecordHeader {
    quint8 type = 0;
    quint16 version = 0;
    quint16 length = 0;
};

// The header at the start of `bytes`: nullopt when fewer than five bytes are there. `valid` is false
// when they cannot start a TLS record (unknown type, version not 3.x, or too long).
std::optional<RecordHeader> readHeader(QByteArrayView bytes, bool *valid);

struct Alert {
    quint8 level = 0; // 1 warning, 2 fatal
    quint8 description = 0; // e.g. 70 protocol_version

    QString name() const; // "protocol_version", or "alert 123"
};

// The alert in a whole plaintext alert record, if it is one.
std::optional<Alert> readAlert(QByteArrayView record);

// The version a TLS protocol number stands for: 0x0303 → "TLS 1.2".
QString versionName(quint16 version);

// Cuts a byte stream into whole records, whatever the chunks it arrives in.
class RecordSplitter {
public:
    // Appends bytes; returns the records now complete, each with its header.
    QList<QByteArray> feed(QByteArrayView bytes);
    bool malformed() const { return m_malformed; }
    const QByteArray &pending() const { return m_buffer; }

private:
    QByteArray m_buffer;
    bool m_malformed = false;
};

} // namespace TlsRecords

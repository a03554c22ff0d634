#include "portspec.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace {

class PortSpec
{
    Q_DECLARE_TR_FUNCTIONS(PortSpec)
};


constexpr int maxSpecLength = 16384;

std::optional<quint16> parsePort(QStringView text)
{
    bool ok = false;
    const uint value = text.trimmed().toUInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return std::nullopt;
    return quint16(value);
}

} // namespace

std::optional<QPair<quint16, quint16>> parsePortRange(const QString &text, QString *error)
{
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    const auto first = parsePort(dash < 0 ? QStringView(text) : QStringView(text).left(dash));
    const auto last = dash < 0 ? first : parsePort(QStringView(text).mid(dash + 1));
    if (!first || !last) {
        if (error)
            *error = PortSpec::tr("'%1' is not a port or port range (1-65535)").arg(text);
        return std::nullopt;
    }
    if (*first > *last) {
        if (error)
            *error = PortSpec::tr("port range '%1' runs backwards").arg(text);
        return std::nullopt;
    }
    return qMakePair(*first, *last);
}

std::optional<QList<quint16>> parsePortSpec(const QString &spec, QString *error)
{
    if (spec.size() > maxSpecLength) {
        if (error)
            *error = PortSpec::tr("the port list is too long");
        return std::nullopt;
    }
    std::vector<QPair<quint16, quint16>> ranges;
    for (const QString &part : spec.split(QLatin1Char(','))) {
        if (part.trimmed().isEmpty())
            continue;
        const auto range = parsePortRange(part.trimmed(), error);
        if (!range)
            return std::nullopt;
        ranges.push_back(*range);
    }
    if (ranges.empty()) {
        if (error)
            *error = PortSpec::tr("no ports given");
        return std::nullopt;
    }
    // Sorted ranges, merged where they touch or overlap, then expanded: distinct ports in order.
    std::sort(ranges.begin(), ranges.end());
    QList<quint16> ports;
    uint next = 0; // the lowest port not yet emitted
    for (const auto &[first, last] : ranges) {
        for (uint port = std::max<uint>(first, next); port <= last; ++port)
            ports.append(quint16(port));
        next = std::max<uint>(next, uint(last) + 1);
    }
    return ports;
}

QString formatPortSpec(const QList<quint16> &ports)
{
    QStringList parts;
    for (qsizetype i = 0; i < ports.size();) {
        qsizetype j = i;
        while (j + 1 < ports.size() && ports[j + 1] == ports[j] + 1)
            ++j;
        parts.append(j == i ? QString::number(ports[i])
                            : QStringLiteral("%1-%2").arg(ports[i]).arg(ports[j]));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

QString Subnet::toString() const
{
    return QStringLiteral("%1/%2").arg(network.toString()).arg(prefixLength);
}

quint64 Subnet::addressCount() const
{
    const int bits = (network.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128) - prefixLength;
    return bits >= 63 ? (quint64(1) << 63) : (quint64(1) << bits);
}

bool Subnet::contains(const QHostAddress &address) const
{
    return address.isInSubnet(network, prefixLength);
}

std::optional<Subnet> parseSubnet(const QString &cidr, QString *error)
{
    const QString trimmed = cidr.trimmed();
    if (!trimmed.contains(QLatin1Char('/'))) {
        if (error)
            *error = PortSpec::tr("'%1' is not a CIDR subnet such as 10.0.0.0/27").arg(cidr);
        return std::nullopt;
    }
    const QPair<QHostAddress, int> parsed = QHostAddress::parseSubnet(trimmed);
    const int maxPrefix = parsed.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    // Found by fuzzing: odd input can come back as an IPv4 address with an IPv6-sized prefix.
    if (parsed.first.isNull() || parsed.second < 0 || parsed.second > maxPrefix) {
        if (error)
            *error = PortSpec::tr("'%1' is not a CIDR subnet such as 10.0.0.0/27").arg(cidr);
        return std::nullopt;
    }
    Subnet subnet;
    subnet.prefixLength = parsed.second;
    // QHostAddress::parseSubnet already clears the host bits.
    subnet.network = parsed.first;
    return subnet;
}

std::optional<QList<QHostAddress>> subnetAddresses(const Subnet &subnet, int cap, QString *error)
{
    const quint64 count = subnet.addressCount();
    if (count > quint64(cap)) {
        if (error) {
            *error = PortSpec::tr("%1 has %2 addresses; at most %3 can be probed at once — use a longer prefix")
                         .arg(subnet.toString())
                         .arg(count)
                         .arg(cap);
        }
        return std::nullopt;
    }
    QList<QHostAddress> addresses;
    addresses.reserve(qsizetype(count));
    if (subnet.network.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 base = subnet.network.toIPv4Address();
        for (quint64 i = 0; i < count; ++i)
            addresses.append(QHostAddress(quint32(base + i)));
    } else {
        // Only prefixes of /64 or longer get here (the cap is far below 2^64), so the host part fits
        // the low 64 bits and adding to it never carries into the network part.
        const Q_IPV6ADDR network = subnet.network.toIPv6Address();
        quint64 low = 0;
        for (int b = 8; b < 16; ++b)
            low = (low << 8) | network.c[b];
        for (quint64 i = 0; i < count; ++i) {
            Q_IPV6ADDR next = network;
            quint64 value = low + i;
            for (int b = 15; b >= 8; --b) {
                next.c[b] = quint8(value & 0xff);
                value >>= 8;
            }
            addresses.append(QHostAddress(next));
        }
    }
    return addresses;
}

QList<QHostAddress> azureUsableAddresses(const Subnet &subnet, quint64 cap)
{
    if (subnet.network.protocol() != QAbstractSocket::IPv4Protocol || subnet.prefixLength > 29
        || subnet.addressCount() > cap)
        return {};
    const quint32 base = subnet.network.toIPv4Address();
    const quint32 count = quint32(subnet.addressCount());
    QList<QHostAddress> addresses;
    for (quint32 i = 4; i + 1 < count; ++i)
        addresses.append(QHostAddress(base + i));
    return addresses;
}

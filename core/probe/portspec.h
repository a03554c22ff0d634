#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

// "1433,3342,11000-11999" → sorted, distinct ports. On a bad spec returns nullopt and says why.
std::optional<QList<quint16>> parsePortSpec(const QString &spec, QString *error);

// The shortest spec that names the same ports, e.g. "1433,11000-11999".
QString formatPortSpec(const QList<quint16> &ports);

// "A-B" with 1 <= A <= B <= 65535.
std::optional<QPair<quint16, quint16>> parsePortRange(const QString &text, QString *error);

struct Subnet
{
    QHostAddress network;
    int prefixLength = 0;

    QString toString() const;
    quint64 addressCount() const; // saturates at 2^63 for large IPv6 prefixes
    bool contains(const QHostAddress &address) const;
};

// "10.0.0.0/27" or "fd00::/120". The host bits are cleared. On a bad CIDR returns nullopt and says why.
std::optional<Subnet> parseSubnet(const QString &cidr, QString *error);

// Every address of the subnet, in order. Fails (nullopt, error) above `cap` addresses.
std::optional<QList<QHostAddress>> subnetAddresses(const Subnet &subnet, int cap, QString *error);

// The addresses Azure lets a subnet's resources use: all but the network address, the next three
// (gateway, two for Azure DNS) and the last (broadcast). IPv4 only; an empty list for subnets
// smaller than /29 or larger than `cap` addresses (a /16 by default, Azure's largest MI subnet).
QList<QHostAddress> azureUsableAddresses(const Subnet &subnet, quint64 cap = 65536);

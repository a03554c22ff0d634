#include "addressclass.h"

namespace {

bool in(const QHostAddress &address, const char *network, int prefix)
{
    return address.isInSubnet(QHostAddress(QString::fromLatin1(network)), prefix);
}

} // namespace

AddressClass classifyAddress(const QHostAddress &input)
{
    QHostAddress address = input;
    bool mapped = false;
    const quint32 v4 = input.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(v4); // ::ffff:a.b.c.d is the IPv4 address it carries

    if (address.isNull() || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6))
        return AddressClass::Unspecified;
    if (address.isLoopback())
        return AddressClass::Loopback;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        if (in(address, "10.0.0.0", 8) || in(address, "172.16.0.0", 12) || in(address, "192.168.0.0", 16))
            return AddressClass::Private;
        if (in(address, "100.64.0.0", 10))
            return AddressClass::SharedCgnat;
        if (in(address, "169.254.0.0", 16))
            return AddressClass::LinkLocal;
        if (address == QHostAddress(QStringLiteral("168.63.129.16")))
            return AddressClass::AzurePlatform;
        if (in(address, "192.0.2.0", 24) || in(address, "198.51.100.0", 24) || in(address, "203.0.113.0", 24))
            return AddressClass::Documentation;
        if (in(address, "224.0.0.0", 4))
            return AddressClass::Multicast;
        if (in(address, "0.0.0.0", 8))
            return AddressClass::Unspecified;
        return AddressClass::Public;
    }
    if (in(address, "fc00::", 7))
        return AddressClass::UniqueLocal;
    if (in(address, "fe80::", 10))
        return AddressClass::LinkLocal;
    if (in(address, "2001:db8::", 32))
        return AddressClass::Documentation;
    if (in(address, "ff00::", 8))
        return AddressClass::Multicast;
    return AddressClass::Public;
}

QString addressClassId(AddressClass addressClass)
{
    switch (addressClass) {
    case AddressClass::Private:
        return QStringLiteral("private");
    case AddressClass::SharedCgnat:
        return QStringLiteral("cgnat");
    case AddressClass::UniqueLocal:
        return QStringLiteral("unique-local");
    case AddressClass::Loopback:
        return QStringLiteral("loopback");
    case AddressClass::LinkLocal:
        return QStringLiteral("link-local");
    case AddressClass::AzurePlatform:
        return QStringLiteral("azure-platform");
    case AddressClass::Documentation:
        return QStringLiteral("documentation");
    case AddressClass::Multicast:
        return QStringLiteral("multicast");
    case AddressClass::Unspecified:
        return QStringLiteral("unspecified");
    case AddressClass::Public:
        break;
    }
    return QStringLiteral("public");
}

bool isPrivateClass(AddressClass addressClass)
{
    switch (addressClass) {
    case AddressClass::Private:
    case AddressClass::SharedCgnat:
    case AddressClass::UniqueLocal:
    case AddressClass::Loopback:
        return true;
    default:
        return false;
    }
}

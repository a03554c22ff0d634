#pragma once

#include <QHostAddress>
#include <QString>

// What kind of address a name resolved to: from inside a VNet the instance's VNet-local name must
// end on a private one.
enum class AddressClass {
    Private, // RFC 1918: 10/8, 172.16/12, 192.168/16
    SharedCgnat, // RFC 6598: 100.64/10 (carrier-grade NAT; also used inside some VNets)
    UniqueLocal, // IPv6 fc00::/7
    Loopback, // 127/8, ::1
    LinkLocal, // 169.254/16, fe80::/10
    AzurePlatform, // 168.63.129.16, Azure's DNS and health-probe address
    Documentation, // 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32
    Multicast,
    Unspecified, // 0.0.0.0, ::
    Public, // everything else: routable on the internet
};

AddressClass classifyAddress(const QHostAddress &address);
QString addressClassId(AddressClass addressClass);

// Private-looking: what a VNet-local name should resolve to inside a VNet (or a network joined to it).
bool isPrivateClass(AddressClass addressClass);

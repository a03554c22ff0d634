#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

// How the instance is addressed (../docs/KNOWLEDGE.md §1).
enum class EndpointKind {
    VnetLocal, // <mi>.<zone>.database.windows.net, port 1433
    Public, // <mi>.public.<zone>.database.windows.net, port 3342
    PrivateEndpoint, // the VNet-local name resolved through privatelink (known only after DNS)
    Custom, // a name outside the Azure SQL zones (an alias, a CNAME of the user's own)
    IpAddress, // an IP literal: unsupported by the gateway, which routes by name
};

QString endpointKindId(EndpointKind kind);
std::optional<EndpointKind> endpointKindFromId(const QString &id);
QString endpointKindLabel(EndpointKind kind); // translated, for people

// The port an endpoint kind uses when none is given.
quint16 defaultPortFor(EndpointKind kind);

struct Target {
    QString input; // as given, trimmed
    QString host; // a host name or an IP literal (IPv6 without brackets)
    quint16 port = 0; // given explicitly, else 0
    QString instanceName; // "host\INSTANCE", which Managed Instance does not support
    EndpointKind kind = EndpointKind::Custom;

    bool isIpLiteral() const { return kind == EndpointKind::IpAddress; }
    quint16 effectivePort() const { return port ? port : defaultPortFor(kind); }
    // DNS zone id (the label before database.windows.net, e.g. "a1b2c3d4e5f6"), empty for other names.
    QString dnsZone() const;
    QString instanceLabel() const; // the first label of the host name
};

struct TargetParseResult {
    std::optional<Target> target;
    QString error; // set when target is empty: one sentence for the user
};

// A host in any of the forms users type: "host", "tcp:host,1433", "host,1433", "host:1433",
// "[2001:db8::1]:1433", "2001:db8::1", "host\INSTANCE". Bounds- and syntax-checked.
TargetParseResult parseTarget(const QString &text);

// Is `host` a syntactically valid DNS host name (labels of letters, digits, '-', '_', ≤ 63 each,
// ≤ 253 in all)?
bool isValidHostName(const QString &host);

// The Azure SQL DNS suffixes of the public and sovereign clouds.
bool isAzureSqlHostName(const QString &host);

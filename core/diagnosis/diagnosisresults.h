#pragma once

#include "checkoptions.h"
#include "checkresult.h"
#include "client/driverinventory.h"
#include "probe/latencysampler.h"
#include "probe/nameresolver.h"
#include "probe/portrangescanner.h"
#include "probe/tdsloginprobe.h"
#include "probe/tdspreloginprobe.h"
#include "probe/tlsprobe.h"
#include "target/connectionstring.h"
#include "target/target.h"

#include <QDateTime>
#include <QHash>

struct GatewaySamples {
    QHostAddress address;
    quint16 port = 0;
    int requested = 0;
    bool stoppedEarly = false;
    QList<PortProbeResult> samples;

    LatencyStats stats() const { return computeLatencyStats(samples); }
};

struct SubnetSweep {
    Subnet subnet;
    quint16 port = 1433;
    QHostAddress gateway; // the address the name resolved to, which may lie outside the subnet
    ScanResult scan; // one port on every usable address

    // Addresses other than the gateway that answered (open or closed): the nodes.
    QList<QHostAddress> nodes() const;
    bool gatewayInSubnet() const { return subnet.contains(gateway); }
};

struct RedirectRangeScan {
    quint16 first = 0;
    quint16 last = 0;
    ScanResult scan; // the range on each node
};

// The login check: LOGIN7 at the gateway and, when the gateway redirects, the way to the node.
struct LoginCheck {
    LoginAttempt gateway;
    // Redirect: where the gateway sent the client, what that name resolved to, the TCP connect to
    // the node's port, and the login there. Each exists once the step before it succeeded.
    QString routedHost; // the routing token's server, without any \instance
    std::optional<DnsAnswer> routedDns;
    std::optional<PortProbeResult> nodeConnect;
    std::optional<LoginAttempt> node;

    std::optional<Tds::Routing> routing() const { return gateway.response.routing; }
    // "redirect" when the gateway routed, "proxy" when it answered the login itself, empty when
    // the login never got an answer.
    QString connectionType() const;
    // The login that ends the way: at the node after a redirect, else at the gateway.
    const LoginAttempt *lastLogin() const;
    // The engine read the login: LOGINACK, or an error from the engine (18456 with a made-up login).
    bool pathProven() const;
    // What the check passes on: the path proven, and a real login logged in (a made-up one is
    // refused, as it should be).
    bool succeeded() const;
};

// Everything the checks measured, as plain values; the findings engine reads only this.
struct DiagnosisResults {
    Target target; // the same as connection.target, kept at hand
    ConnectionSettings connection; // what was pasted, parsed (never with a password)
    CheckOptions options;
    QDateTime started;
    bool cancelled = false;

    std::optional<DnsAnswer> dns;
    std::optional<GatewaySamples> gateway;
    std::optional<PreloginResult> prelogin;
    std::optional<TlsResult> tlsTds7;
    std::optional<TlsResult> tlsStrict;
    std::optional<LoginCheck> login;
    std::optional<SubnetSweep> subnet;
    std::optional<RedirectRangeScan> range;
    std::optional<DriverInventory> drivers; // this machine's SQL Server ODBC drivers
    QHash<QString, double> elapsedMs; // per check id

    // The address the connection checks use: the first the resolver gave, IPv4 preferred as the
    // drivers' default connection order does.
    std::optional<QHostAddress> connectAddress() const;
    quint16 port() const { return options.port.value_or(target.effectivePort()); }
    bool gatewayAnswered() const { return gateway && gateway->stats().succeeded > 0; }
    bool sqlServerAnswered() const { return prelogin && prelogin->outcome == PreloginResult::Outcome::SqlServer; }
    // The endpoint kind after DNS: a VNet-local name resolved through privatelink is a private endpoint.
    EndpointKind endpointKind() const;
    // The registered driver the connection string names (ODBC's Driver=), if it names one and it is there.
    const InstalledDriver *namedDriver() const;
};

// The checks that run for a target, in order, with their titles (the GUI shows them before they run).
struct PlannedCheck {
    QString id;
    QString title;
};
QList<PlannedCheck> plannedChecks();
QString checkTitle(const QString &checkId);

// The report's view of each check, with status, one-line summary and data.
QList<CheckResult> describeChecks(const DiagnosisResults &results);
CheckResult describeCheck(const DiagnosisResults &results, const QString &checkId);

#pragma once

#include "probe/portstate.h"
#include "simulatedgateway.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// How a simulated Managed Instance and its subnet answer. Each profile stands for one way the real
// path breaks (or does not).
struct SimProfile {
    Q_DECLARE_TR_FUNCTIONS(SimProfile)

public:
    enum class RedirectRange {
        Reachable, // a few engine ports open, the rest closed: the path is open
        Filtered, // every port silent: a firewall drops the range
        HalfFiltered, // 11000-11499 reachable, 11500-11999 silent: a rule covers half the range
    };
    // How the gateway answers LOGIN7.
    enum class Connection {
        Redirect, // routes the client to node 1 (the default connection type since October 2025)
        Proxy, // answers the login itself: 18456 for a login it does not know
    };
    enum class LoginFault {
        None,
        UnresolvableNode, // routes to a host name nobody can resolve
        CannotOpenServer, // answers 40532: the name is not one it serves (public endpoint off, stale DNS)
        TlsTooOld, // answers 47072: the client's TLS is below the instance's minimum
    };
    enum class Certificate {
        Gateway, // the instance's own name, from the simulator's CA
        WrongName, // another name, from the simulator's CA
        Inspected, // the instance's name, re-signed by a TLS-inspection CA nobody trusts
    };

    QString name;
    QString description; // translated
    QString group; // "network", "protocol" or "tls", for listings
    PortState gateway = PortState::Open; // 1433 on the gateway address (and 3342 on the public endpoint)
    PortState nodePort = PortState::Open; // 1433 on each node address
    RedirectRange redirectRange = RedirectRange::Reachable;
    GatewayBehaviour behaviour = GatewayBehaviour::SqlServer;
    TlsFault tlsFault = TlsFault::None;
    Certificate certificate = Certificate::Gateway;
    bool strictSupported = true;
    Connection connection = Connection::Redirect;
    quint16 routePort = 1433; // the node port redirect sends clients to (11000-11999 before October 2025)
    LoginFault loginFault = LoginFault::None;
};

const QList<SimProfile> &simProfiles();
const SimProfile *findSimProfile(const QString &name);
QStringList simProfileNames();

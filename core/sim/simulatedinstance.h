#pragma once

#include "portfixture.h"
#include "probe/nameresolver.h"
#include "probe/portspec.h"
#include "simprofile.h"
#include "simulatedgateway.h"

#include <QJsonObject>
#include <QSslCertificate>

#include <optional>

// A stand-in for a Managed Instance and its subnet on this machine's loopback (Linux answers on
// all of 127.0.0.0/8), for the demo and the tests:
//   - a /27 "MI subnet" 127.a.b.c/27, picked at random so parallel runs do not collide;
//   - the gateway on its first usable address (.4) port 1433;
//   - two nodes (.9 and .20) with 1433 and the legacy redirect range 11000-11999; the ports a login
//     can be redirected to speak TDS and refuse the login with 18456, as an engine does;
//   - every other usable address silent on 1433, as unallocated addresses are;
//   - a public endpoint on port 3342 outside the subnet.
// The gateway and the public endpoint speak TDS (PRELOGIN, TLS inside TDS, TDS 8 strict, LOGIN7)
// with certificates from resources/sim, or misbehave as the profile says. The gateway redirects
// logins to node 1 or answers them itself (proxy); the public endpoint always answers itself.
// Names are answered through ResolveOverrides (`--resolve`), never through DNS.
class SimulatedInstance : public QObject {
    Q_OBJECT

public:
    static constexpr quint16 gatewayPort = 1433;
    static constexpr quint16 publicPort = 3342;
    static constexpr quint16 redirectFirst = 11000;
    static constexpr quint16 redirectLast = 11999;
    static constexpr quint16 redirectSplit = 11500; // first port dropped in the half-filtered profile

    explicit SimulatedInstance(QObject *parent = nullptr);
    ~SimulatedInstance() override;

    // Builds the subnet for `profileName`. With `subnet` given (a /27 or larger IPv4 subnet whose
    // addresses are local here) uses it, else picks a free loopback one. Returns false and says why.
    bool start(const QString &profileName, QString *error, const std::optional<Subnet> &subnet = std::nullopt);

    // What the gateway says about itself in PRELOGIN, instead of the profile's defaults (16.0.4165.4,
    // encryption required). Takes effect at the next start().
    void setServerVersion(const Tds::Version &version) { m_version = version; }
    void setEncryption(Tds::Encryption encryption) { m_encryption = encryption; }

    const SimProfile &profile() const { return m_profile; }
    QString hostName() const;
    QString publicHostName() const;
    // The name redirect hands out for node `node` (resolvable through resolveOverrides()), and one
    // that nothing resolves, for the profile that routes there.
    QString nodeHostName(int node) const;
    QString unresolvableNodeName() const;
    // The one SQL login the simulated engine accepts, with any password: for trying a real login
    // (--login) against the demo. Any other login gets 18456.
    static QString acceptedLogin() { return QStringLiteral("demo-user"); }
    QHostAddress gatewayAddress() const { return m_gateway; }
    QHostAddress publicAddress() const { return m_public; }
    Subnet subnet() const { return m_subnet; }
    QList<QHostAddress> nodeAddresses() const { return m_nodes; }
    // The engine ports each node has open in the range (where the range is reachable).
    QList<quint16> openRedirectPorts(int node) const;
    ResolveOverrides resolveOverrides() const;
    // The simulator's own CA: a client that should see a healthy instance trusts it (the demo does).
    static QList<QSslCertificate> trustedCertificates();
    // How the gateway of `profile` behaves, with its certificate and key from resources/sim.
    static GatewaySettings gatewaySettingsFor(const SimProfile &profile);
    // The gateway on 1433 when the profile has it listening (nullptr when it is closed or filtered).
    SimulatedGateway *gateway() const { return m_gatewayServer; }
    int descriptorCount() const { return m_ports ? m_ports->descriptorCount() : 0; }

    QJsonObject describeJson() const;
    QString describeText() const;

private:
    bool build(const Subnet &subnet, QString *error);
    bool addPort(PortState state, const QHostAddress &address, quint16 port, QString *error);
    bool addGateway(const QHostAddress &address, quint16 port, bool isPublic, SimulatedGateway **created,
                    QString *error);
    bool addNodeServer(const QHostAddress &address, quint16 port, QString *error);
    GatewaySettings serverSettings() const;

    SimProfile m_profile;
    Subnet m_subnet;
    QHostAddress m_gateway;
    QHostAddress m_public;
    QList<QHostAddress> m_nodes;
    PortFixture *m_ports = nullptr;
    SimulatedGateway *m_gatewayServer = nullptr;
    SimulatedGateway *m_publicServer = nullptr;
    QList<SimulatedGateway *> m_nodeServers; // the nodes' engines: they answer logins redirect sends
    std::optional<Tds::Version> m_version;
    std::optional<Tds::Encryption> m_encryption;
};

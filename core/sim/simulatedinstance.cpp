#include "simulatedinstance.h"

#include "probe/fdlimit.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>

namespace {

// Offsets inside the /27. .0-.3 and .31 are Azure's own; the gateway takes the first usable one.
constexpr quint32 gatewayOffset = 4;
constexpr quint32 nodeOffsets[] = { 9, 20 };
constexpr quint32 publicOffset = 40; // outside the /27, like a public IP
constexpr int subnetPrefix = 27;
constexpr int placementAttempts = 16;

const QString zone = QStringLiteral("51a7ed0c0de5");

// Engine ports a real node has open in the range: a few, one per database replica.
QList<quint16> enginePorts(int node)
{
    return node == 0 ? QList<quint16> { 11000, 11001, 11002 } : QList<quint16> { 11000, 11001 };
}

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/sim/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

GatewaySettings SimulatedInstance::gatewaySettingsFor(const SimProfile &profile)
{
    GatewaySettings settings;
    settings.behaviour = profile.behaviour;
    settings.tlsFault = profile.tlsFault;
    settings.strictSupported = profile.strictSupported;
    QString name = QStringLiteral("gateway");
    if (profile.certificate == SimProfile::Certificate::WrongName)
        name = QStringLiteral("wrong-name");
    else if (profile.certificate == SimProfile::Certificate::Inspected)
        name = QStringLiteral("inspected");
    settings.certificate = QSslCertificate(resource(name + QStringLiteral(".pem")));
    settings.privateKey = QSslKey(resource(name + QStringLiteral(".key")), QSsl::Ec);
    settings.chain = QSslCertificate::fromData(resource(profile.certificate == SimProfile::Certificate::Inspected
                                                            ? QStringLiteral("inspection-ca.pem")
                                                            : QStringLiteral("sim-ca.pem")));
    return settings;
}

SimulatedInstance::SimulatedInstance(QObject *parent)
    : QObject(parent)
{
}

SimulatedInstance::~SimulatedInstance() = default;

QString SimulatedInstance::hostName() const
{
    return QStringLiteral("sim-mi.%1.database.windows.net").arg(zone);
}

QString SimulatedInstance::publicHostName() const
{
    return QStringLiteral("sim-mi.public.%1.database.windows.net").arg(zone);
}

QString SimulatedInstance::nodeHostName(int node) const
{
    // One label under the zone, so the simulator's wildcard certificate names it too.
    return QStringLiteral("sim-node-%1.%2.database.windows.net").arg(node + 1).arg(zone);
}

QString SimulatedInstance::unresolvableNodeName() const
{
    return QStringLiteral("sim-node-gone.%1.database.windows.net").arg(zone);
}

QList<quint16> SimulatedInstance::openRedirectPorts(int node) const
{
    if (m_profile.redirectRange == SimProfile::RedirectRange::Filtered)
        return {};
    return enginePorts(node);
}

QList<QSslCertificate> SimulatedInstance::trustedCertificates()
{
    return QSslCertificate::fromData(resource(QStringLiteral("sim-ca.pem")));
}

ResolveOverrides SimulatedInstance::resolveOverrides() const
{
    ResolveOverrides overrides;
    overrides.add(hostName(), m_gateway);
    overrides.add(publicHostName(), m_public);
    for (int node = 0; node < m_nodes.size(); ++node)
        overrides.add(nodeHostName(node), m_nodes.at(node));
    return overrides;
}

bool SimulatedInstance::start(const QString &profileName, QString *error, const std::optional<Subnet> &subnet)
{
    const SimProfile *profile = findSimProfile(profileName);
    if (!profile) {
        if (error)
            *error
                = tr("unknown profile '%1'; known: %2").arg(profileName, simProfileNames().join(QStringLiteral(", ")));
        return false;
    }
    m_profile = *profile;
    FdLimit::raiseSoftLimit();

    if (subnet) {
        // Any IPv4 /27 or larger: binding succeeds only on addresses local to this machine — loopback,
        // or a test namespace's own private subnet made local with `ip route add local …` — so the
        // simulator can never stand on someone else's address.
        if (subnet->network.protocol() != QAbstractSocket::IPv4Protocol || subnet->prefixLength > subnetPrefix) {
            if (error)
                *error = tr("the simulated subnet must be an IPv4 subnet of /27 or larger, such as 127.77.0.0/27");
            return false;
        }
        return build(*subnet, error);
    }

    QString lastError;
    for (int attempt = 0; attempt < placementAttempts; ++attempt) {
        QRandomGenerator *random = QRandomGenerator::global();
        const quint32 base = (127u << 24) | ((100u + random->bounded(100u)) << 16) | (random->bounded(256u) << 8)
            | (random->bounded(4u) * 64u);
        if (build(Subnet { QHostAddress(base), subnetPrefix }, &lastError))
            return true;
    }
    if (error)
        *error = lastError;
    return false;
}

bool SimulatedInstance::addPort(PortState state, const QHostAddress &address, quint16 port, QString *error)
{
    if (state == PortState::Closed && port != gatewayPort && port != publicPort)
        return true; // nothing bound: the kernel resets, which is what closed means
    if (m_ports->add(state, address, port, error))
        return true;
    const qint64 limit = FdLimit::softLimit();
    if (error && limit > 0 && m_ports->descriptorCount() + 64 > limit) {
        *error += tr(" — the simulator needs more file descriptors than the limit of %1 (ulimit -n)").arg(limit);
    }
    return false;
}

GatewaySettings SimulatedInstance::serverSettings() const
{
    GatewaySettings settings = gatewaySettingsFor(m_profile);
    if (m_version)
        settings.version = *m_version;
    if (m_encryption)
        settings.encryption = quint8(*m_encryption);
    settings.acceptedUser = acceptedLogin();
    return settings;
}

bool SimulatedInstance::addGateway(const QHostAddress &address, quint16 port, bool isPublic, SimulatedGateway **created,
                                   QString *error)
{
    if (m_profile.gateway != PortState::Open)
        return addPort(m_profile.gateway, address, port, error);
    GatewaySettings settings = serverSettings();
    settings.servedNames = QStringList { hostName(), publicHostName() };
    switch (m_profile.loginFault) {
    case SimProfile::LoginFault::CannotOpenServer:
        settings.loginAnswer = LoginAnswer::ServerError;
        settings.loginError = 40532;
        break;
    case SimProfile::LoginFault::TlsTooOld:
        settings.loginAnswer = LoginAnswer::ServerError;
        settings.loginError = 47072;
        break;
    case SimProfile::LoginFault::UnresolvableNode:
        settings.loginAnswer = LoginAnswer::Route;
        settings.route = Tds::Routing { 0, m_profile.routePort, unresolvableNodeName() };
        break;
    case SimProfile::LoginFault::None:
        // The public endpoint is always proxied; the VNet-local one as the profile says.
        if (!isPublic && m_profile.connection == SimProfile::Connection::Redirect) {
            settings.loginAnswer = LoginAnswer::Route;
            settings.route = Tds::Routing { 0, m_profile.routePort, nodeHostName(0) };
        }
        break;
    }
    auto *gateway = new SimulatedGateway(this);
    if (!gateway->listen(address, port, settings, error)) {
        delete gateway;
        return false;
    }
    *created = gateway;
    return true;
}

bool SimulatedInstance::addNodeServer(const QHostAddress &address, quint16 port, QString *error)
{
    GatewaySettings settings = serverSettings();
    settings.serverName = QStringLiteral("sim-node");
    auto *node = new SimulatedGateway(this);
    if (!node->listen(address, port, settings, error)) {
        delete node;
        return false;
    }
    m_nodeServers.append(node);
    return true;
}

bool SimulatedInstance::build(const Subnet &subnet, QString *error)
{
    delete m_ports;
    delete m_gatewayServer;
    delete m_publicServer;
    qDeleteAll(m_nodeServers);
    m_nodeServers.clear();
    m_gatewayServer = nullptr;
    m_publicServer = nullptr;
    m_ports = new PortFixture(this);
    m_subnet = subnet;
    const quint32 base = subnet.network.toIPv4Address();
    m_gateway = QHostAddress(base + gatewayOffset);
    m_public = QHostAddress(base + publicOffset);
    m_nodes.clear();
    for (quint32 offset : nodeOffsets)
        m_nodes.append(QHostAddress(base + offset));

    if (!addGateway(m_gateway, gatewayPort, false, &m_gatewayServer, error))
        return false;
    if (!addGateway(m_public, publicPort, true, &m_publicServer, error))
        return false;

    for (const QHostAddress &address : azureUsableAddresses(subnet)) {
        if (address == m_gateway)
            continue;
        const int node = int(m_nodes.indexOf(address));
        // Unallocated addresses stay silent; on loopback they would otherwise reset.
        const PortState state = node >= 0 ? m_profile.nodePort : PortState::Filtered;
        if (state == PortState::Open && node >= 0) {
            if (!addNodeServer(address, gatewayPort, error))
                return false;
        } else if (!addPort(state, address, gatewayPort, error)) {
            return false;
        }
    }

    for (int node = 0; node < m_nodes.size(); ++node) {
        const QHostAddress &address = m_nodes.at(node);
        const QList<quint16> open = enginePorts(node);
        for (uint port = redirectFirst; port <= redirectLast; ++port) {
            PortState state = open.contains(quint16(port)) ? PortState::Open : PortState::Closed;
            switch (m_profile.redirectRange) {
            case SimProfile::RedirectRange::Reachable:
                break;
            case SimProfile::RedirectRange::Filtered:
                state = PortState::Filtered;
                break;
            case SimProfile::RedirectRange::HalfFiltered:
                if (port >= redirectSplit)
                    state = PortState::Filtered;
                break;
            }
            // The port redirect sends logins to answers them; the other engine ports only accept.
            if (state == PortState::Open && node == 0 && port == m_profile.routePort) {
                if (!addNodeServer(address, quint16(port), error))
                    return false;
            } else if (!addPort(state, address, quint16(port), error)) {
                return false;
            }
        }
    }
    return true;
}

QJsonObject SimulatedInstance::describeJson() const
{
    QJsonArray nodes;
    for (int node = 0; node < m_nodes.size(); ++node) {
        nodes.append(QJsonObject {
            { QStringLiteral("address"), m_nodes.at(node).toString() },
            { QStringLiteral("name"), nodeHostName(node) },
            { QStringLiteral("port_1433"), portStateId(m_profile.nodePort) },
            { QStringLiteral("open_redirect_ports"), formatPortSpec(openRedirectPorts(node)) },
        });
    }
    QJsonArray resolve;
    resolve.append(QStringLiteral("%1=%2").arg(hostName(), m_gateway.toString()));
    resolve.append(QStringLiteral("%1=%2").arg(publicHostName(), m_public.toString()));
    for (int node = 0; node < m_nodes.size(); ++node)
        resolve.append(QStringLiteral("%1=%2").arg(nodeHostName(node), m_nodes.at(node).toString()));
    return QJsonObject {
        { QStringLiteral("profile"), m_profile.name },
        { QStringLiteral("description"), m_profile.description },
        { QStringLiteral("host"), hostName() },
        { QStringLiteral("public_host"), publicHostName() },
        { QStringLiteral("gateway"), QStringLiteral("%1:%2").arg(m_gateway.toString()).arg(gatewayPort) },
        { QStringLiteral("gateway_state"), portStateId(m_profile.gateway) },
        { QStringLiteral("public_endpoint"), QStringLiteral("%1:%2").arg(m_public.toString()).arg(publicPort) },
        { QStringLiteral("subnet"), m_subnet.toString() },
        { QStringLiteral("nodes"), nodes },
        { QStringLiteral("connection_type"),
          m_profile.connection == SimProfile::Connection::Proxy ? QStringLiteral("proxy")
                                                                : QStringLiteral("redirect") },
        { QStringLiteral("resolve"), resolve },
        { QStringLiteral("ca_pem"), QString::fromLatin1(resource(QStringLiteral("sim-ca.pem"))) },
    };
}

QString SimulatedInstance::describeText() const
{
    QStringList lines;
    lines << tr("Simulated Managed Instance — profile %1").arg(m_profile.name);
    lines << QStringLiteral("  %1").arg(m_profile.description);
    lines << tr("  host            %1").arg(hostName());
    lines << tr("  gateway         %1:%2 (%3)")
                 .arg(m_gateway.toString())
                 .arg(gatewayPort)
                 .arg(portStateId(m_profile.gateway));
    lines << tr("  public endpoint %1 → %2:%3").arg(publicHostName(), m_public.toString()).arg(publicPort);
    lines << tr("  subnet          %1").arg(m_subnet.toString());
    for (int node = 0; node < m_nodes.size(); ++node) {
        QString range;
        switch (m_profile.redirectRange) {
        case SimProfile::RedirectRange::Reachable:
            range = tr("11000-11999 reachable, %1 open").arg(formatPortSpec(openRedirectPorts(node)));
            break;
        case SimProfile::RedirectRange::Filtered:
            range = tr("11000-11999 filtered");
            break;
        case SimProfile::RedirectRange::HalfFiltered:
            range = tr("11000-11499 reachable (%1 open), 11500-11999 filtered")
                        .arg(formatPortSpec(openRedirectPorts(node)));
            break;
        }
        lines << tr("  node            %1: 1433 %2; %3")
                     .arg(m_nodes.at(node).toString(), portStateId(m_profile.nodePort), range);
    }
    lines << tr("Try:");
    QString resolveNodes;
    for (int node = 0; node < m_nodes.size(); ++node)
        resolveNodes += QStringLiteral(" --resolve %1=%2").arg(nodeHostName(node), m_nodes.at(node).toString());
    lines << QStringLiteral("  miconnect-cli check %1 --resolve %1=%2%3 --subnet %4")
                 .arg(hostName(), m_gateway.toString(), resolveNodes, m_subnet.toString());
    return lines.join(QLatin1Char('\n'));
}

#include "pathview.h"

#include "knowledge/scenariocatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

class PathText {
    Q_DECLARE_TR_FUNCTIONS(PathView)
};

const CheckResult *find(const QList<CheckResult> &checks, QLatin1String id)
{
    for (const CheckResult &check : checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

HopState fromStatus(const CheckResult *check, HopState onWarn = HopState::Degraded)
{
    if (!check)
        return HopState::Untested;
    switch (check->status) {
    case CheckStatus::Pass:
        return HopState::Ok;
    case CheckStatus::Warn:
        return onWarn;
    case CheckStatus::Fail:
    case CheckStatus::Error:
        return HopState::Broken;
    case CheckStatus::Skip:
        break;
    }
    return HopState::Untested;
}

// The worst of two states; Untested and NotUsed say nothing about a hop that was tested otherwise.
HopState worse(HopState a, HopState b)
{
    const auto rank = [](HopState state) {
        switch (state) {
        case HopState::Broken:
            return 4;
        case HopState::Degraded:
            return 3;
        case HopState::Ok:
            return 2;
        case HopState::Untested:
            return 1;
        case HopState::NotUsed:
            break;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

QString applicationLabel(const QString &scenarioId)
{
    if (scenarioId == QLatin1String("same-vnet"))
        return PathText::tr("Application VM");
    if (scenarioId == QLatin1String("other-vnet-same-region") || scenarioId == QLatin1String("other-vnet-other-region")
        || scenarioId == QLatin1String("hub-spoke") || scenarioId == QLatin1String("private-endpoint"))
        return PathText::tr("Application VNet");
    if (scenarioId == QLatin1String("on-premises"))
        return PathText::tr("On-premises server");
    if (scenarioId == QLatin1String("app-service"))
        return PathText::tr("App Service app");
    if (scenarioId == QLatin1String("developer-box"))
        return PathText::tr("Developer machine");
    return PathText::tr("This machine");
}

QString portsLabel(const QString &spec)
{
    QString ports = spec;
    ports.replace(QLatin1Char(','), QStringLiteral(", "));
    ports.replace(QLatin1Char('-'), QChar(0x2013));
    return PathText::tr("TCP %1").arg(ports);
}

QString dataText(const CheckResult *check, const char *key)
{
    return check ? check->data.value(QLatin1String(key)).toVariant().toString() : QString();
}

} // namespace

QString hopStateId(HopState state)
{
    switch (state) {
    case HopState::Ok:
        return QStringLiteral("ok");
    case HopState::Degraded:
        return QStringLiteral("degraded");
    case HopState::Broken:
        return QStringLiteral("broken");
    case HopState::NotUsed:
        return QStringLiteral("not-used");
    case HopState::Untested:
        break;
    }
    return QStringLiteral("untested");
}

QString hopStateLabel(HopState state)
{
    switch (state) {
    case HopState::Ok:
        return PathText::tr("passed");
    case HopState::Degraded:
        return PathText::tr("warning");
    case HopState::Broken:
        return PathText::tr("failed");
    case HopState::NotUsed:
        return PathText::tr("not used");
    case HopState::Untested:
        break;
    }
    return PathText::tr("not tested");
}

const PathHop *PathView::hop(const QString &id) const
{
    for (const PathHop &candidate : hops) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QString PathView::describe() const
{
    QStringList sentences;
    sentences << PathText::tr("Connection path: %1.").arg(title);
    for (const PathHop &item : hops) {
        sentences << (item.detail.isEmpty()
                          ? PathText::tr("%1: %2.").arg(item.label, hopStateLabel(item.state))
                          : PathText::tr("%1 (%2): %3.").arg(item.label, item.detail, hopStateLabel(item.state)));
    }
    return sentences.join(QLatin1Char(' '));
}

PathView buildPathView(const ScenarioCatalog &catalog, const QString &scenarioId, const QString &pathId,
                       const QList<CheckResult> &checks)
{
    PathView view;
    view.scenarioId = scenarioId;
    const ScenarioDefinition *scenario = catalog.find(scenarioId);
    QString chosen = pathId;
    if (chosen.isEmpty())
        chosen = scenario && !scenario->pathIds.isEmpty() ? scenario->pathIds.constFirst() : QStringLiteral("direct");
    const PathDefinition *path = catalog.path(chosen);
    if (!path)
        path = catalog.path(QStringLiteral("direct"));
    view.pathId = path ? path->id : chosen;
    view.title = path ? path->title : chosen;

    QString redirectPorts;
    QString proxyPorts;
    if (path) {
        for (const PortRequirement &requirement : path->ports) {
            if (requirement.connectionType == QLatin1String("redirect"))
                redirectPorts = requirement.ports;
            else
                proxyPorts = requirement.ports;
        }
    }
    const bool proxyOnly = redirectPorts.isEmpty();
    const bool publicPath = view.pathId == QLatin1String("public-endpoint");
    const bool privateEndpoint = view.pathId == QLatin1String("private-endpoint");

    const CheckResult *dns = find(checks, CheckIds::dnsResolve);
    const CheckResult *gateway = find(checks, CheckIds::tcpGateway);
    const CheckResult *prelogin = find(checks, CheckIds::tdsPrelogin);
    const CheckResult *tds7 = find(checks, CheckIds::tlsTds7);
    const CheckResult *strict = find(checks, CheckIds::tlsStrict);
    const CheckResult *subnet = find(checks, CheckIds::redirectSubnet);
    const CheckResult *range = find(checks, CheckIds::redirectRange);
    const CheckResult *login = find(checks, CheckIds::tdsLogin);
    // The login says which way the connection really goes: kept on the gateway (proxy) or sent
    // to a node (redirect). Without it the ports and the sweep are all there is.
    const QString connectionType
        = login && login->status != CheckStatus::Skip ? dataText(login, "connection_type") : QString();
    const bool redirected = connectionType == QLatin1String("redirect");

    // Reaching the gateway proves the join and the network behind it; failing says little about which.
    const HopState reach = fromStatus(gateway);

    PathHop application { QStringLiteral("application"), applicationLabel(scenarioId), QString(), fromStatus(dns),
                          dns ? dns->summary : QString() };
    PathHop join { QStringLiteral("join"), path ? path->join : QString(), QString(), reach,
                   gateway ? gateway->summary : QString() };
    PathHop network { QStringLiteral("network"),
                      publicPath            ? PathText::tr("Azure")
                          : privateEndpoint ? PathText::tr("Private Link")
                                            : PathText::tr("Managed Instance VNet"),
                      QString(), reach, QString() };
    // The subnet is where the gateway lives: reaching the gateway reaches it. Whether the nodes in it
    // answer is the nodes' hop.
    PathHop subnetHop { QStringLiteral("subnet"), PathText::tr("Managed Instance subnet"), dataText(subnet, "subnet"),
                        proxyOnly ? HopState::NotUsed : reach, QString() };

    HopState gatewayState = worse(reach, fromStatus(prelogin));
    // A certificate or TLS problem with Encrypt=True breaks today's drivers; one only with strict
    // encryption breaks only clients that ask for it.
    gatewayState = worse(gatewayState, fromStatus(tds7));
    if (fromStatus(strict) == HopState::Broken)
        gatewayState = worse(gatewayState, HopState::Degraded);
    // Only where the check reached an address: a gateway check skipped before DNS answered has none.
    const QString gatewayAddress = gateway ? dataText(gateway, "address") : QString();
    const QString gatewayDetail
        = gatewayAddress.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(gatewayAddress, dataText(gateway, "port"));
    QStringList gatewayWhy;
    for (const CheckResult *check : { gateway, prelogin, tds7, strict }) {
        if (check && check->status != CheckStatus::Pass && check->status != CheckStatus::Skip)
            gatewayWhy << check->summary;
    }
    // A login the gateway itself refused or never answered breaks the gateway hop; a redirect's
    // trouble lies with the node.
    if (login && !redirected && fromStatus(login) == HopState::Broken) {
        gatewayState = worse(gatewayState, HopState::Broken);
        gatewayWhy << login->summary;
    }
    PathHop gatewayHop { QStringLiteral("gateway"), PathText::tr("Gateway"), gatewayDetail, gatewayState,
                         gatewayWhy.join(QStringLiteral("; ")) };

    HopState nodesState = HopState::NotUsed;
    QString nodesWhy;
    if (!proxyOnly) {
        // Nodes not answering at all breaks redirect; a blocked legacy range only degrades it.
        nodesState = subnet && subnet->status == CheckStatus::Fail ? HopState::Broken : fromStatus(subnet);
        const HopState rangeState = fromStatus(range);
        nodesState = worse(nodesState, rangeState == HopState::Broken ? HopState::Degraded : rangeState);
        nodesWhy = range && range->status != CheckStatus::Skip ? range->summary : subnet ? subnet->summary : QString();
    }
    const QJsonArray nodeList = subnet ? subnet->data.value(QLatin1String("nodes")).toArray() : QJsonArray();
    QStringList nodeAddresses;
    for (const QJsonValue &node : nodeList)
        nodeAddresses << node.toString();
    QString nodesDetail = nodeAddresses.join(QStringLiteral(", "));
    if (redirected) {
        // The node the login was sent to is the proof: it decides the hop, the range can still degrade it.
        // The node's address and port, like the gateway's; its long name is in the hop's explanation.
        const QJsonObject routing = login->data.value(QLatin1String("routing")).toObject();
        const QJsonObject node = login->data.value(QLatin1String("node_connect")).toObject();
        nodesDetail = QStringLiteral("%1:%2")
                          .arg(node.isEmpty() ? routing.value(QLatin1String("server")).toString()
                                              : node.value(QLatin1String("address")).toString())
                          .arg(routing.value(QLatin1String("port")).toInt());
        const HopState rangeState = fromStatus(range);
        nodesState = worse(fromStatus(login), rangeState == HopState::Broken ? HopState::Degraded : rangeState);
        nodesWhy = login->status == CheckStatus::Pass && range && range->status != CheckStatus::Pass
                && range->status != CheckStatus::Skip
            ? range->summary
            : login->summary;
    } else if (connectionType == QLatin1String("proxy")) {
        nodesState = HopState::NotUsed;
        nodesWhy = PathText::tr(
            "the gateway answered the login itself (connection type Proxy): no connection goes to the nodes");
    }
    PathHop nodesHop { QStringLiteral("nodes"), PathText::tr("Nodes"), nodesDetail, nodesState, nodesWhy };

    view.hops = { application, join, network, subnetHop, gatewayHop, nodesHop };
    const QString clientPorts = portsLabel(proxyOnly ? proxyPorts : QStringLiteral("1433"));
    view.edges = {
        { 0, 1, clientPorts, join.state },
        { 1, 2, QString(), network.state },
        { 2, 3, QString(), proxyOnly ? network.state : subnetHop.state },
        { 3, 4, portsLabel(proxyOnly ? proxyPorts : QStringLiteral("1433")), gatewayHop.state },
        { 3, 5, proxyOnly ? QString() : portsLabel(redirectPorts), nodesHop.state },
    };
    return view;
}

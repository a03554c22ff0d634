#include "target.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

class TargetParser {
    Q_DECLARE_TR_FUNCTIONS(TargetParser)
};

constexpr int maxHostLength = 253;
constexpr int maxLabelLength = 63;
constexpr int maxInputLength = 4096;

const QStringList &azureSqlSuffixes()
{
    static const QStringList suffixes {
        QStringLiteral(".database.windows.net"),
        QStringLiteral(".database.chinacloudapi.cn"),
        QStringLiteral(".database.usgovcloudapi.net"),
    };
    return suffixes;
}

EndpointKind kindOfHost(const QString &host)
{
    if (!QHostAddress(host).isNull())
        return EndpointKind::IpAddress;
    if (!isAzureSqlHostName(host))
        return EndpointKind::Custom;
    const QStringList labels = host.toLower().split(QLatin1Char('.'));
    // <mi>.public.<zone>.database.windows.net
    if (labels.size() >= 3 && labels.at(1) == QLatin1String("public"))
        return EndpointKind::Public;
    return EndpointKind::VnetLocal;
}

} // namespace

QString endpointKindId(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::VnetLocal:
        return QStringLiteral("vnet-local");
    case EndpointKind::Public:
        return QStringLiteral("public");
    case EndpointKind::PrivateEndpoint:
        return QStringLiteral("private-endpoint");
    case EndpointKind::Custom:
        return QStringLiteral("custom");
    case EndpointKind::IpAddress:
        break;
    }
    return QStringLiteral("ip");
}

std::optional<EndpointKind> endpointKindFromId(const QString &id)
{
    for (EndpointKind kind : { EndpointKind::VnetLocal, EndpointKind::Public, EndpointKind::PrivateEndpoint,
                               EndpointKind::Custom, EndpointKind::IpAddress }) {
        if (endpointKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString endpointKindLabel(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::VnetLocal:
        return TargetParser::tr("the VNet-local endpoint");
    case EndpointKind::Public:
        return TargetParser::tr("the public endpoint");
    case EndpointKind::PrivateEndpoint:
        return TargetParser::tr("a private endpoint");
    case EndpointKind::Custom:
        return TargetParser::tr("a name outside database.windows.net");
    case EndpointKind::IpAddress:
        break;
    }
    return TargetParser::tr("an IP address");
}

quint16 defaultPortFor(EndpointKind kind)
{
    return kind == EndpointKind::Public ? 3342 : 1433;
}

QString Target::dnsZone() const
{
    if (!isAzureSqlHostName(host))
        return {};
    const QStringList labels = host.toLower().split(QLatin1Char('.'));
    // The zone is the label right before the three- or four-label Azure suffix.
    for (const QString &suffix : azureSqlSuffixes()) {
        if (host.toLower().endsWith(suffix)) {
            const qsizetype suffixLabels = suffix.count(QLatin1Char('.'));
            const qsizetype zoneIndex = labels.size() - suffixLabels - 1;
            return zoneIndex >= 1 ? labels.at(zoneIndex) : QString();
        }
    }
    return {};
}

QString Target::instanceLabel() const
{
    if (isIpLiteral())
        return {};
    return host.section(QLatin1Char('.'), 0, 0);
}

bool isValidHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > maxHostLength)
        return false;
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > maxLabelLength)
            return false;
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || c == QLatin1Char('-') || c == QLatin1Char('_');
            if (!allowed)
                return false;
        }
    }
    return true;
}

bool isAzureSqlHostName(const QString &host)
{
    const QString lower = host.toLower();
    for (const QString &suffix : azureSqlSuffixes()) {
        if (lower.endsWith(suffix) || lower.endsWith(suffix + QLatin1Char('.')))
            return true;
    }
    return false;
}

TargetParseResult parseTarget(const QString &text)
{
    TargetParseResult result;
    QString rest = text.trimmed();
    if (rest.isEmpty()) {
        result.error = TargetParser::tr("Enter the instance's host name.");
        return result;
    }
    if (rest.size() > maxInputLength) {
        result.error = TargetParser::tr("That is too long to be a host name.");
        return result;
    }

    Target target;
    target.input = rest;
    if (rest.startsWith(QLatin1String("np:"), Qt::CaseInsensitive)
        || rest.startsWith(QLatin1String("lpc:"), Qt::CaseInsensitive)) {
        result.error
            = TargetParser::tr("Named pipes and shared memory cannot reach Managed Instance; use tcp:host,1433.");
        return result;
    }
    if (rest.startsWith(QLatin1String("tcp:"), Qt::CaseInsensitive))
        rest = rest.mid(4).trimmed();

    QString portText;
    // "host,port" is SQL Server's own form; it wins over "host:port" because IPv6 literals contain colons.
    if (const qsizetype comma = rest.lastIndexOf(QLatin1Char(',')); comma >= 0) {
        portText = rest.mid(comma + 1).trimmed();
        rest = rest.left(comma).trimmed();
        if (rest.startsWith(QLatin1Char('[')) && rest.endsWith(QLatin1Char(']')))
            rest = rest.mid(1, rest.size() - 2); // tcp:[fd00::4],1433
    } else if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            result.error = TargetParser::tr("'%1' opens a bracket for an IPv6 address but never closes it.").arg(text);
            return result;
        }
        const QString after = rest.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty()) {
            result.error = TargetParser::tr("Unexpected text after the IPv6 address in '%1'.").arg(text);
            return result;
        }
        rest = rest.mid(1, close - 1);
    } else if (rest.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        portText = rest.mid(colon + 1).trimmed();
        rest = rest.left(colon).trimmed();
    }

    if (const qsizetype slash = rest.indexOf(QLatin1Char('\\')); slash >= 0) {
        target.instanceName = rest.mid(slash + 1);
        rest = rest.left(slash);
    }

    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            result.error = TargetParser::tr("'%1' is not a valid port (1-65535).").arg(portText);
            return result;
        }
        target.port = quint16(port);
    }

    const QHostAddress literal(rest);
    if (!literal.isNull()) {
        target.host = literal.toString();
    } else if (isValidHostName(rest)) {
        target.host = rest.endsWith(QLatin1Char('.')) ? rest.chopped(1) : rest;
    } else {
        result.error = TargetParser::tr("'%1' is not a valid host name.").arg(rest);
        return result;
    }
    target.kind = kindOfHost(target.host);
    result.target = target;
    return result;
}

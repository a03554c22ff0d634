#include "portstate.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<PortState, const char *>, 5> stateIds{{
    {PortState::Open, "open"},
    {PortState::Closed, "closed"},
    {PortState::Filtered, "filtered"},
    {PortState::Unreachable, "unreachable"},
    {PortState::Error, "error"},
}};

constexpr std::array<std::pair<PortReason, const char *>, 10> reasonIds{{
    {PortReason::ConnAccept, "conn-accept"},
    {PortReason::ConnRefused, "conn-refused"},
    {PortReason::NoResponse, "no-response"},
    {PortReason::HostUnreach, "host-unreach"},
    {PortReason::NetUnreach, "net-unreach"},
    {PortReason::AdminProhibited, "admin-prohibited"},
    {PortReason::NoRoute, "no-route"},
    {PortReason::NoSocket, "no-socket"},
    {PortReason::LocalError, "local-error"},
    {PortReason::Cancelled, "cancelled"},
}};

} // namespace

QString portStateId(PortState state)
{
    for (const auto &[value, id] : stateIds) {
        if (value == state)
            return QString::fromLatin1(id);
    }
    return QStringLiteral("error");
}

QString portReasonId(PortReason reason)
{
    for (const auto &[value, id] : reasonIds) {
        if (value == reason)
            return QString::fromLatin1(id);
    }
    return QStringLiteral("local-error");
}

PortState portStateFromId(const QString &id, bool *ok)
{
    for (const auto &[value, name] : stateIds) {
        if (id == QLatin1String(name)) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return PortState::Error;
}

bool portAnswered(PortState state)
{
    return state == PortState::Open || state == PortState::Closed;
}

PortProbeResult classifyConnectOutcome(const QHostAddress &address, quint16 port,
                                       const ConnectOutcome &outcome, double elapsedMs)
{
    PortProbeResult result;
    result.address = address;
    result.port = port;
    result.rttMs = elapsedMs;
    result.detail = outcome.errorText;

    using Kind = ConnectOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Connected:
        result.state = PortState::Open;
        result.reason = PortReason::ConnAccept;
        result.detail.clear();
        break;
    case Kind::Refused:
        result.state = PortState::Closed;
        result.reason = PortReason::ConnRefused;
        result.detail.clear();
        break;
    case Kind::TimedOut:
        result.state = PortState::Filtered;
        result.reason = PortReason::NoResponse;
        break;
    case Kind::HostUnreachable:
        result.state = PortState::Filtered;
        result.reason = PortReason::HostUnreach;
        break;
    case Kind::NetworkUnreachable:
        result.state = PortState::Filtered;
        result.reason = PortReason::NetUnreach;
        break;
    case Kind::AccessDenied:
        result.state = PortState::Filtered;
        result.reason = PortReason::AdminProhibited;
        break;
    case Kind::NoRoute:
        // Not a port state in nmap's sense: no packet ever left this machine.
        result.state = PortState::Unreachable;
        result.reason = PortReason::NoRoute;
        break;
    case Kind::NoSocket:
        result.state = PortState::Error;
        result.reason = PortReason::NoSocket;
        break;
    case Kind::OtherError:
        result.state = PortState::Error;
        result.reason = PortReason::LocalError;
        break;
    }
    return result;
}

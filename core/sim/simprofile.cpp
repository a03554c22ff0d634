#include "simprofile.h"

#include "i18n/translations.h"

namespace {

struct ProfileBuilder {
    SimProfile profile;

    ProfileBuilder(const char *name, const QString &group, const QString &description)
    {
        profile.name = QString::fromLatin1(name);
        profile.group = group;
        profile.description = description;
    }
    ProfileBuilder &gateway(PortState state)
    {
        profile.gateway = state;
        return *this;
    }
    ProfileBuilder &nodes(PortState state)
    {
        profile.nodePort = state;
        return *this;
    }
    ProfileBuilder &range(SimProfile::RedirectRange range)
    {
        profile.redirectRange = range;
        return *this;
    }
    ProfileBuilder &behaves(GatewayBehaviour behaviour)
    {
        profile.behaviour = behaviour;
        return *this;
    }
    ProfileBuilder &tls(TlsFault fault)
    {
        profile.tlsFault = fault;
        return *this;
    }
    ProfileBuilder &certificate(SimProfile::Certificate certificate)
    {
        profile.certificate = certificate;
        return *this;
    }
    ProfileBuilder &connection(SimProfile::Connection connection)
    {
        profile.connection = connection;
        return *this;
    }
    ProfileBuilder &routePort(quint16 port)
    {
        profile.routePort = port;
        return *this;
    }
    ProfileBuilder &loginFault(SimProfile::LoginFault fault)
    {
        profile.loginFault = fault;
        return *this;
    }
    operator SimProfile() const { return profile; }
};

} // namespace

namespace {
QList<SimProfile> makeSimProfiles()
{
    using Range = SimProfile::RedirectRange;
    {
        const QString network = QStringLiteral("network");
        const QString protocol = QStringLiteral("protocol");
        const QString tls = QStringLiteral("tls");
        const QString login = QStringLiteral("login");
        return QList<SimProfile> {
            ProfileBuilder("healthy", network,
                           SimProfile::tr("Gateway and nodes answer on 1433; the redirect range is reachable; the "
                                          "gateway redirects logins to a node.")),
            ProfileBuilder(
                "gateway-filtered", network,
                SimProfile::tr("An NSG or firewall drops everything to the subnet: the gateway never answers."))
                .gateway(PortState::Filtered)
                .nodes(PortState::Filtered)
                .range(Range::Filtered),
            ProfileBuilder("gateway-refused", network,
                           SimProfile::tr("The gateway address resets connections on 1433."))
                .gateway(PortState::Closed),
            ProfileBuilder(
                "nodes-filtered", network,
                SimProfile::tr("A rule allows only the gateway's address: the nodes are silent on every port."))
                .nodes(PortState::Filtered)
                .range(Range::Filtered),
            ProfileBuilder(
                "redirect-filtered", network,
                SimProfile::tr(
                    "1433 is open to the whole subnet but the legacy redirect range 11000-11999 is dropped."))
                .range(Range::Filtered),
            ProfileBuilder("redirect-partial", network,
                           SimProfile::tr("Only 11000-11499 of the redirect range is allowed; 11500-11999 is dropped."))
                .range(Range::HalfFiltered),
            ProfileBuilder("http-banner", protocol,
                           SimProfile::tr("A web server answers on 1433 instead of SQL Server."))
                .behaves(GatewayBehaviour::Http),
            ProfileBuilder("tls-only", protocol,
                           SimProfile::tr("A TLS-only service answers on 1433 and rejects PRELOGIN."))
                .behaves(GatewayBehaviour::TlsOnly),
            ProfileBuilder("garbage", protocol, SimProfile::tr("Something answers on 1433 with binary noise."))
                .behaves(GatewayBehaviour::Garbage),
            ProfileBuilder(
                "truncated-reply", protocol,
                SimProfile::tr("The PRELOGIN answer breaks off after twelve bytes and the connection closes."))
                .behaves(GatewayBehaviour::Truncated),
            ProfileBuilder("absurd-length", protocol, SimProfile::tr("The answer's TDS header claims 65535 bytes."))
                .behaves(GatewayBehaviour::AbsurdLength),
            ProfileBuilder("slow-trickle", protocol, SimProfile::tr("The right answer, one byte per second."))
                .behaves(GatewayBehaviour::Trickle),
            ProfileBuilder("close-mid-reply", protocol,
                           SimProfile::tr("Half of the PRELOGIN answer, then the connection closes."))
                .behaves(GatewayBehaviour::CloseMidReply),
            ProfileBuilder("never-answers", protocol,
                           SimProfile::tr("Connections are accepted and nothing is ever sent, like an appliance that "
                                          "cannot reach the server."))
                .behaves(GatewayBehaviour::Silent),
            ProfileBuilder("tls-untrusted", tls,
                           SimProfile::tr("A TLS-inspecting proxy re-signs the certificate with its own CA."))
                .certificate(SimProfile::Certificate::Inspected),
            ProfileBuilder("tls-name-mismatch", tls, SimProfile::tr("The certificate names another host."))
                .certificate(SimProfile::Certificate::WrongName),
            ProfileBuilder("tls-too-old", tls,
                           SimProfile::tr("The server speaks only TLS 1.0 and refuses every newer version."))
                .tls(TlsFault::OldVersionOnly),
            ProfileBuilder("tls-handshake-failure", tls,
                           SimProfile::tr("The TLS handshake is refused with handshake_failure."))
                .tls(TlsFault::HandshakeFailure),
            ProfileBuilder("proxy", login,
                           SimProfile::tr("Proxy connection type: the gateway answers the login itself."))
                .connection(SimProfile::Connection::Proxy),
            ProfileBuilder(
                "redirect", login,
                SimProfile::tr(
                    "Redirect as before October 2025: the gateway sends logins to a node's port in 11000-11999."))
                .routePort(11000),
            ProfileBuilder(
                "redirect-node-filtered", login,
                SimProfile::tr(
                    "The gateway redirects to a node port a firewall drops, while 1433 on the nodes is open."))
                .routePort(11000)
                .range(Range::Filtered),
            ProfileBuilder("redirect-unresolvable", login,
                           SimProfile::tr("The gateway redirects to a node name that does not resolve here."))
                .loginFault(SimProfile::LoginFault::UnresolvableNode),
            ProfileBuilder("login-40532", login,
                           SimProfile::tr("The gateway refuses the login with 40532: it serves no such name."))
                .loginFault(SimProfile::LoginFault::CannotOpenServer),
            ProfileBuilder(
                "login-47072", login,
                SimProfile::tr("The gateway refuses the login with 47072: the client's TLS is below the minimum."))
                .loginFault(SimProfile::LoginFault::TlsTooOld),
        };
    }
}
} // namespace

const QList<SimProfile> &simProfiles()
{
    // The descriptions are translated as the list is made: one list per language.
    static PerLanguage<QList<SimProfile>> profiles(makeSimProfiles);
    return profiles.get();
}

const SimProfile *findSimProfile(const QString &name)
{
    for (const SimProfile &profile : simProfiles()) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

QStringList simProfileNames()
{
    QStringList names;
    for (const SimProfile &profile : simProfiles())
        names.append(profile.name);
    return names;
}

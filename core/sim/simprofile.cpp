#include "simprofile.h"

#include <QCoreApplication>

const QList<SimProfile> &simProfiles()
{
    using Range = SimProfile::RedirectRange;
    static const QList<SimProfile> profiles = [] {
        return QList<SimProfile>{
            {QStringLiteral("healthy"), SimProfile::tr("Gateway and nodes answer on 1433; the redirect range is reachable."),
             PortState::Open, PortState::Open, Range::Reachable},
            {QStringLiteral("gateway-filtered"),
             SimProfile::tr("An NSG or firewall drops everything to the subnet: the gateway never answers."),
             PortState::Filtered, PortState::Filtered, Range::Filtered},
            {QStringLiteral("gateway-refused"), SimProfile::tr("The gateway address resets connections on 1433."),
             PortState::Closed, PortState::Open, Range::Reachable},
            {QStringLiteral("nodes-filtered"),
             SimProfile::tr("A rule allows only the gateway's address: the nodes are silent on every port."),
             PortState::Open, PortState::Filtered, Range::Filtered},
            {QStringLiteral("redirect-filtered"),
             SimProfile::tr("1433 is open to the whole subnet but the legacy redirect range 11000-11999 is dropped."),
             PortState::Open, PortState::Open, Range::Filtered},
            {QStringLiteral("redirect-partial"),
             SimProfile::tr("Only 11000-11499 of the redirect range is allowed; 11500-11999 is dropped."),
             PortState::Open, PortState::Open, Range::HalfFiltered},
        };
    }();
    return profiles;
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

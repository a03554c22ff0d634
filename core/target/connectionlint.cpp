#include "connectionlint.h"

#include <QCoreApplication>

namespace {

class ConnectionLint {
    Q_DECLARE_TR_FUNCTIONS(ConnectionLint)
};

} // namespace

QList<LintFinding> lintConnection(const ConnectionSettings &settings, const QString &scenarioId)
{
    QList<LintFinding> findings;
    const Target &target = settings.target;
    const QString server = settings.serverFragment.isEmpty() ? target.input : settings.serverFragment;

    if (target.kind == EndpointKind::IpAddress) {
        findings.append({ QStringLiteral("input.ip-literal"),
                          ConnectionLint::tr("%1 is an IP address; the gateway routes by host name").arg(target.host),
                          server });
    }
    if (!target.instanceName.isEmpty()) {
        findings.append({ QStringLiteral("input.named-instance"),
                          ConnectionLint::tr("the server is given as %1\\%2; Managed Instance has no named instances")
                              .arg(target.host, target.instanceName),
                          server });
    }
    if (target.kind == EndpointKind::Public && target.port && target.port != 3342) {
        findings.append({ QStringLiteral("input.public-port-mismatch"),
                          ConnectionLint::tr("%1 is the public endpoint, which listens on 3342, not %2")
                              .arg(target.host)
                              .arg(target.port),
                          server });
    }
    if (target.kind == EndpointKind::VnetLocal && target.port && target.port != 1433) {
        findings.append({ QStringLiteral("input.private-port-mismatch"),
                          ConnectionLint::tr("%1 is the VNet-local endpoint, which listens on 1433, not %2")
                              .arg(target.host)
                              .arg(target.port),
                          server });
    }
    // The scenario says which endpoint the application should use.
    if (scenarioId == QLatin1String("public-endpoint") && target.kind == EndpointKind::VnetLocal) {
        findings.append(
            { QStringLiteral("input.endpoint-not-for-scenario"),
              ConnectionLint::tr(
                  "the public-endpoint scenario needs %1.public.%2… on port 3342, but %3 is the VNet-local name")
                  .arg(target.instanceLabel(), target.dnsZone(), target.host),
              server });
    } else if (!scenarioId.isEmpty() && scenarioId != QLatin1String("public-endpoint")
               && target.kind == EndpointKind::Public) {
        findings.append({ QStringLiteral("input.endpoint-not-for-scenario"),
                          ConnectionLint::tr("%1 is the public endpoint, but the chosen scenario connects through the "
                                             "VNet (port 1433, VNet-local name)")
                              .arg(target.host),
                          server });
    }
    if (target.kind == EndpointKind::Custom) {
        findings.append(
            { QStringLiteral("input.not-mi-hostname"),
              settings.hostNameInCertificate.isEmpty()
                  ? ConnectionLint::tr("%1 is not a *.database.windows.net name and no HostNameInCertificate is set")
                        .arg(target.host)
                  : ConnectionLint::tr("%1 is an alias; HostNameInCertificate=%2 tells the driver the real name")
                        .arg(target.host, settings.hostNameInCertificate),
              server });
    }

    if (settings.encryptMode() == QLatin1String("false")) {
        findings.append({ QStringLiteral("conn.encrypt-disabled"),
                          ConnectionLint::tr("%1 turns encryption off for everything after the login")
                              .arg(settings.encrypt->fragment),
                          settings.encrypt->fragment });
    }
    if (settings.trustsServerCertificate()) {
        findings.append(
            { QStringLiteral("conn.trust-server-certificate"),
              ConnectionLint::tr("%1 accepts any certificate").arg(settings.trustServerCertificate->fragment),
              settings.trustServerCertificate->fragment });
    }
    if (const auto seconds = settings.connectTimeoutSeconds();
        seconds && *seconds > 0 && *seconds < recommendedConnectTimeoutSeconds) {
        findings.append({ QStringLiteral("conn.timeout-too-low"),
                          ConnectionLint::tr("%1: %2 s is less than the %3 s recommended")
                              .arg(settings.connectTimeout->fragment)
                              .arg(*seconds)
                              .arg(recommendedConnectTimeoutSeconds),
                          settings.connectTimeout->fragment });
    }
    return findings;
}

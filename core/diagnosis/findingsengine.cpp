#include "findingsengine.h"

#include <QCoreApplication>
#include <QHash>

#include "knowledge/scenariocatalog.h"
#include "target/addressclass.h"
#include "target/connectionlint.h"

namespace {

QString endpoint(const QHostAddress &address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
        : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace

FindingsEngine::FindingsEngine(const FindingsCatalog &catalog)
    : m_catalog(catalog)
{
}

Finding FindingsEngine::makeFinding(const QString &id, const QString &evidence, const QString &scenarioId) const
{
    Finding finding;
    finding.id = id;
    finding.evidence = evidence;
    if (const FindingDefinition *definition = m_catalog.find(id)) {
        finding.severity = definition->severity;
        finding.title = definition->title;
        finding.explanation = definition->explanation;
        finding.remedy = definition->remedyForScenario(scenarioId);
        finding.sources = m_catalog.sourceUrls(*definition);
    } else {
        // A finding id missing from the catalog is a defect the knowledge tests catch; still say something.
        finding.severity = Severity::Warning;
        finding.title = id;
    }
    return finding;
}

QList<Finding> FindingsEngine::diagnose(const DiagnosisResults &results) const
{
    const QString &scenarioId = results.options.scenarioId;
    // Remedies are worded for the scenario when the catalog has words for it.
    const auto make = [this, &scenarioId](const QString &id, const QString &evidence) {
        return makeFinding(id, evidence, scenarioId);
    };
    QList<Finding> findings;
    QList<Finding> degraded;
    QList<Finding> weakenings; // conn.*: they make a connection weaker, rarely make it fail
    const qint64 timeoutMs = results.options.timeout.count();

    // 0. What the input itself says, and what the user told us about the path.
    for (const LintFinding &lint : lintConnection(results.connection, scenarioId)) {
        Finding finding = make(lint.id, lint.evidence);
        if (lint.id.startsWith(QLatin1String("conn.")))
            weakenings.append(finding);
        else
            findings.append(finding);
    }
    // Errors among the input findings first: an IP literal explains more than an alias does.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    QStringList unmet;
    for (const Prerequisite &item : ScenarioCatalog::builtIn().checklist(scenarioId)) {
        if (!results.options.checklistAnswers.value(item.id, true))
            unmet.append(item.text);
    }
    for (auto it = results.options.checklistAnswers.cbegin(); it != results.options.checklistAnswers.cend(); ++it) {
        // Items answered "no" that belong to another path of the scenario count as well.
        const Prerequisite *item = ScenarioCatalog::builtIn().prerequisite(it.key());
        if (!it.value() && item && !unmet.contains(item->text))
            unmet.append(item->text);
    }
    if (!unmet.isEmpty())
        findings.append(make(QStringLiteral("scenario.prerequisite-unmet"),
                             tr("answered no: %1").arg(unmet.join(QStringLiteral("; ")))));

    // 0b. The driver the application would load, when the connection string names one and this
    // machine's registrations could be read.
    if (results.drivers && results.drivers->error.isEmpty()) {
        const DriverInventory &inventory = *results.drivers;
        const InstalledDriver *named = results.namedDriver();
        const bool strict = results.connection.encryptMode() == QLatin1String("strict");
        if (!results.connection.driver.isEmpty() && !named) {
            findings.append(make(QStringLiteral("client.driver-not-installed"),
                                 tr("the connection string names %1; %2 registers no such driver")
                                     .arg(results.connection.driver, inventory.source)));
        }
        // Without a name in the connection string, what matters is whether any good driver is here.
        QList<const InstalledDriver *> candidates;
        if (named) {
            candidates << named;
        } else if (results.connection.driver.isEmpty()) {
            for (const InstalledDriver &driver : inventory.drivers) {
                if (driver.family == QLatin1String("msodbcsql"))
                    candidates << &driver;
            }
        }
        const bool anyGood = std::any_of(candidates.cbegin(), candidates.cend(),
                                         [](const InstalledDriver *d) { return d->meetsMinimum; });
        if (!candidates.isEmpty() && !anyGood) {
            QStringList evidence;
            for (const InstalledDriver *driver : std::as_const(candidates))
                evidence << (driver->minimumNote.isEmpty() ? driver->name : driver->minimumNote);
            findings.append(make(QStringLiteral("client.driver-too-old"), evidence.join(QStringLiteral("; "))));
        }
        const bool anyStrict = std::any_of(candidates.cbegin(), candidates.cend(),
                                           [](const InstalledDriver *d) { return d->supportsStrict; });
        if (strict && !candidates.isEmpty() && anyGood && !anyStrict) {
            QStringList evidence;
            for (const InstalledDriver *driver : std::as_const(candidates))
                evidence << QStringLiteral("%1 %2").arg(driver->name, driver->version);
            findings.append(
                make(QStringLiteral("client.driver-no-strict"),
                     tr("Encrypt=Strict in the connection string; %1").arg(evidence.join(QStringLiteral(", ")))));
        }
    }

    // 1. The name.
    if (results.dns) {
        const DnsAnswer &dns = *results.dns;
        const bool failed = dns.outcome == DnsAnswer::Outcome::NotFound || dns.outcome == DnsAnswer::Outcome::TimedOut
            || dns.outcome == DnsAnswer::Outcome::Failed;
        const auto privateLink = std::find_if(dns.cnameChain.cbegin(), dns.cnameChain.cend(), [](const QString &name) {
            return name.contains(QLatin1String(".privatelink."), Qt::CaseInsensitive);
        });
        if (failed && privateLink != dns.cnameChain.cend()) {
            findings.append(make(QStringLiteral("dns.privatelink-without-address"),
                                 tr("%1 is an alias of %2, which has no address here").arg(dns.host, *privateLink)));
        } else if (failed) {
            findings.append(make(QStringLiteral("dns.not-found"),
                                 tr("%1 did not resolve on this machine: %2").arg(dns.host, dns.errorText)));
        }
        if (dns.outcome == DnsAnswer::Outcome::Resolved && !dns.dnsAddresses.isEmpty()) {
            // The hosts file answers before DNS; an answer DNS does not give comes from there.
            const bool shared
                = std::any_of(dns.addresses.cbegin(), dns.addresses.cend(),
                              [&dns](const QHostAddress &address) { return dns.dnsAddresses.contains(address); });
            if (!shared) {
                QStringList system;
                QStringList fromDns;
                for (const QHostAddress &address : dns.addresses)
                    system.append(address.toString());
                for (const QHostAddress &address : dns.dnsAddresses)
                    fromDns.append(address.toString());
                findings.append(
                    make(QStringLiteral("dns.hosts-override"),
                         tr("this machine uses %1 for %2, but DNS answers %3")
                             .arg(system.join(QStringLiteral(", ")), dns.host, fromDns.join(QStringLiteral(", ")))));
            }
        }
        // The VNet-local name resolves to a private address even in public DNS: a public answer means
        // this machine asks a server that overrides it. The public endpoint is the one exception.
        const std::optional<QHostAddress> address = results.connectAddress();
        const bool viaVnet = !scenarioId.isEmpty() && scenarioId != QLatin1String("public-endpoint");
        const EndpointKind kind = results.endpointKind();
        if (address && viaVnet && (kind == EndpointKind::VnetLocal || kind == EndpointKind::PrivateEndpoint)
            && classifyAddress(*address) == AddressClass::Public) {
            findings.append(make(QStringLiteral("dns.public-address-inside-vnet"),
                                 tr("%1 resolves to %2, a public address").arg(dns.host, address->toString())));
        }
    }

    // 2. The gateway port.
    if (results.gateway && !results.gateway->samples.isEmpty()) {
        const GatewaySamples &gateway = *results.gateway;
        const LatencyStats stats = gateway.stats();
        const QString where = endpoint(gateway.address, gateway.port);
        if (stats.succeeded == 0) {
            const PortProbeResult &first = gateway.samples.constFirst();
            const bool unreachable = first.state == PortState::Unreachable || first.reason == PortReason::HostUnreach
                || first.reason == PortReason::NetUnreach;
            if (unreachable) {
                findings.append(make(QStringLiteral("tcp.gateway-unreachable"),
                                     tr("%1: %2 (%3)")
                                         .arg(where, portStateId(first.state),
                                              first.detail.isEmpty() ? portReasonId(first.reason) : first.detail)));
            } else if (first.state == PortState::Filtered) {
                findings.append(make(QStringLiteral("tcp.gateway-filtered"),
                                     tr("%1: no answer within %2 ms on %n attempt(s)", nullptr, stats.attempted)
                                         .arg(where)
                                         .arg(timeoutMs)));
            } else if (first.state == PortState::Closed) {
                findings.append(make(QStringLiteral("tcp.gateway-refused"),
                                     tr("%1 answered with a reset (connection refused)").arg(where)));
            }
        } else {
            // Slowness and occasional failures make things worse but rarely explain a failure
            // outright: they go after every blocking cause.
            if (stats.failed() > 0) {
                degraded.append(make(
                    QStringLiteral("tcp.intermittent"),
                    tr("%1: %2 of %3 connection attempts failed").arg(where).arg(stats.failed()).arg(stats.attempted)));
            }
            if (stats.medianMs > highLatencyMs) {
                degraded.append(make(QStringLiteral("tcp.latency-high"),
                                     tr("%1: median handshake %2 ms, p95 %3 ms (more than %4 ms is slow)")
                                         .arg(where)
                                         .arg(stats.medianMs, 0, 'f', 1)
                                         .arg(stats.p95Ms, 0, 'f', 1)
                                         .arg(highLatencyMs, 0, 'f', 0)));
            }
        }
    }

    // 3. Is it SQL Server at all?
    if (results.prelogin) {
        const PreloginResult &prelogin = *results.prelogin;
        switch (prelogin.outcome) {
        case PreloginResult::Outcome::NotSqlServer:
        case PreloginResult::Outcome::Malformed:
            findings.append(make(QStringLiteral("tds.not-sql-server"),
                                 prelogin.outcome == PreloginResult::Outcome::Malformed
                                     ? tr("the answer to PRELOGIN breaks the TDS protocol: %1").arg(prelogin.evidence)
                                     : tr("the answer to PRELOGIN looks like %1: %2")
                                           .arg(Tds::peerKindId(prelogin.peerKind), prelogin.evidence)));
            break;
        case PreloginResult::Outcome::NoResponse:
            findings.append(
                make(QStringLiteral("tds.no-response"),
                     tr("no complete answer to PRELOGIN within %1 ms: %2").arg(timeoutMs).arg(prelogin.evidence)));
            break;
        case PreloginResult::Outcome::ClosedDuringReply:
            findings.append(make(
                QStringLiteral("tds.no-response"),
                tr("the connection closed before the answer to PRELOGIN was complete: %1").arg(prelogin.evidence)));
            break;
        case PreloginResult::Outcome::SqlServer:
        case PreloginResult::Outcome::ConnectFailed:
        case PreloginResult::Outcome::Cancelled:
            break;
        }
    }

    // 4. The TLS a driver gets: with Encrypt=True (TDS 7.x), then with Encrypt=Strict (TDS 8). A problem
    // both modes share is one finding, with the evidence of each.
    QHash<QString, QStringList> tlsEvidence;
    QStringList tlsOrder;
    const auto noteTls = [&](const QString &id, const QString &evidence) {
        if (!tlsEvidence.contains(id))
            tlsOrder.append(id);
        tlsEvidence[id].append(evidence);
    };
    for (const std::optional<TlsResult> *tls : { &results.tlsTds7, &results.tlsStrict }) {
        if (!*tls)
            continue;
        const TlsResult &result = **tls;
        const QString mode = result.mode == TlsResult::Mode::Strict ? QStringLiteral("Encrypt=Strict")
                                                                    : QStringLiteral("Encrypt=True");
        const CertificateInfo leaf = result.chain.value(0);
        if (result.versionTooOld()) {
            noteTls(QStringLiteral("tls.version-too-old"),
                    result.alert ? tr("%1: the server answered with the alert %2").arg(mode, result.alert->name())
                                 : tr("%1: negotiated %2").arg(mode, result.protocol));
        } else if (result.outcome == TlsResult::Outcome::HandshakeFailed
                   || result.outcome == TlsResult::Outcome::TimedOut) {
            noteTls(QStringLiteral("tls.handshake-failed"), tr("%1: %2").arg(mode, result.error));
        } else if (result.outcome == TlsResult::Outcome::Established) {
            if (!result.chainTrusted) {
                noteTls(QStringLiteral("tls.certificate-untrusted"),
                        tr("%1: %2 is issued by %3, which this machine does not trust — a TLS-inspecting proxy may be "
                           "re-signing the connection")
                            .arg(mode, leaf.subject, leaf.issuer));
            }
            if (!result.hostNameMatches) {
                noteTls(QStringLiteral("tls.certificate-name-mismatch"),
                        tr("%1: the certificate names %2, not %3")
                            .arg(mode,
                                 (leaf.subjectAltNames.isEmpty() ? QStringList { leaf.subject } : leaf.subjectAltNames)
                                     .join(QStringLiteral(", ")),
                                 results.target.host));
            }
        }
    }
    for (const QString &id : std::as_const(tlsOrder))
        findings.append(make(id, tlsEvidence.value(id).join(QStringLiteral("; "))));

    // 5. The login, and the node a redirect sends it to: what a client will really do, so it goes
    // before what the port sweeps suggest.
    if (results.login) {
        const LoginCheck &login = *results.login;
        const LoginAttempt *last = login.lastLogin();
        const QString gatewayWhere = endpoint(login.gateway.address, login.gateway.port);
        if (const auto routing = login.routing()) {
            const QString where = QStringLiteral("%1:%2").arg(login.routedHost).arg(routing->port);
            if (login.routedDns && login.routedDns->addresses.isEmpty()) {
                findings.append(make(QStringLiteral("login.redirect-target-unresolved"),
                                     tr("%1 redirects the login to %2; %3 does not resolve here: %4")
                                         .arg(gatewayWhere, where, login.routedHost, login.routedDns->errorText)));
            } else if (login.nodeConnect && login.nodeConnect->state != PortState::Open) {
                const PortProbeResult &node = *login.nodeConnect;
                findings.append(
                    make(QStringLiteral("login.redirect-node-unreachable"),
                         tr("%1 redirects the login to %2 (%3); that port is %4 from here (%5)")
                             .arg(gatewayWhere, where, endpoint(node.address, node.port), portStateId(node.state),
                                  node.detail.isEmpty() ? portReasonId(node.reason) : node.detail)));
            }
        }
        const bool answered = !(login.routing() && !login.node);
        if (answered) {
            const QString where = endpoint(last->address, last->port);
            switch (last->outcome) {
            case LoginAttempt::Outcome::Refused: {
                const Tds::ServerMessage &error = last->response.errors.constFirst();
                const QString evidence = tr("%1 answered the login of %2 with error %3 (state %4, class %5): %6")
                                             .arg(where, last->userName)
                                             .arg(error.number)
                                             .arg(error.state)
                                             .arg(error.severityClass)
                                             .arg(error.text);
                switch (error.number) {
                case 18456:
                case 4060:
                    if (!last->madeUpLogin || error.number != 18456)
                        findings.append(make(QStringLiteral("login.failed"), evidence));
                    break;
                case 40532:
                    findings.append(make(QStringLiteral("login.cannot-open-server"), evidence));
                    break;
                case 47072:
                    findings.append(make(QStringLiteral("login.tls-too-old"), evidence));
                    break;
                case 40613:
                case 40197:
                case 40501:
                    degraded.append(make(QStringLiteral("login.transient"), evidence));
                    break;
                default:
                    findings.append(make(QStringLiteral("login.refused"), evidence));
                    break;
                }
                break;
            }
            case LoginAttempt::Outcome::NoAnswer:
            case LoginAttempt::Outcome::Closed:
            case LoginAttempt::Outcome::Malformed:
                findings.append(make(QStringLiteral("login.no-answer"), tr("%1: %2").arg(where, last->error)));
                break;
            case LoginAttempt::Outcome::TlsFailed:
            case LoginAttempt::Outcome::ConnectFailed:
                // At the gateway these are the TLS checks' findings; at a node nothing else sees them.
                if (last != &login.gateway)
                    findings.append(make(QStringLiteral("login.no-answer"), tr("%1: %2").arg(where, last->error)));
                break;
            default:
                break; // logged in, or routed (judged above)
            }
        }
    }

    // What the login proved about the connection type decides how much the nodes matter: a proxied
    // instance sends no client to them, so blocked nodes only matter if it is switched to Redirect.
    const bool proxied = results.login && results.login->connectionType() == QLatin1String("proxy");
    const auto addNodeFinding = [&](const QString &id, const QString &evidence) {
        if (!proxied) {
            findings.append(make(id, evidence));
            return;
        }
        Finding finding = make(id,
                               evidence
                                   + tr(" — the instance proxies connections today (the gateway answered the login "
                                        "itself), so this matters only if its connection type becomes Redirect"));
        finding.severity = std::max(finding.severity, Severity::Warning);
        degraded.append(finding);
    };

    // 6. The nodes behind the gateway.
    if (results.subnet && !results.subnet->scan.cancelled) {
        const SubnetSweep &sweep = *results.subnet;
        const bool gatewayWorks = results.gateway && results.gateway->stats().succeeded > 0;
        if (gatewayWorks && sweep.nodes().isEmpty()) {
            addNodeFinding(QStringLiteral("redirect.subnet-1433-filtered"),
                           tr("%1 answers on %2, but none of the other %3 addresses of %4 does")
                               .arg(sweep.gateway.toString())
                               .arg(sweep.port)
                               .arg(sweep.scan.probes.size() - (sweep.gatewayInSubnet() ? 1 : 0))
                               .arg(sweep.subnet.toString()));
        }
    }

    // 7. The legacy redirect range on the nodes.
    if (results.range && !results.range->scan.cancelled) {
        const ScanResult &scan = results.range->scan;
        const int blocked = scan.count(PortState::Filtered) + scan.count(PortState::Unreachable);
        const int answered = scan.count(PortState::Open) + scan.count(PortState::Closed);
        const QString span = QStringLiteral("%1-%2").arg(results.range->first).arg(results.range->last);
        if (blocked > 0 && answered == 0) {
            addNodeFinding(QStringLiteral("redirect.range-filtered"),
                           tr("%1: no answer on any port of %n node(s)", nullptr, int(scan.targets.size())).arg(span));
        } else if (blocked > 0) {
            addNodeFinding(QStringLiteral("redirect.range-partially-filtered"),
                           tr("%1: %2 port probes answered, %3 got no answer").arg(span).arg(answered).arg(blocked));
        }
    }

    findings += weakenings;
    findings += degraded;

    const bool anyProblem = std::any_of(findings.cbegin(), findings.cend(),
                                        [](const Finding &finding) { return finding.severity != Severity::Info; });
    const bool gatewayProved = results.gateway && results.gateway->stats().succeeded > 0;
    if (!anyProblem && !results.cancelled && gatewayProved)
        findings.append(make(QStringLiteral("ok.all-checks-passed"), tr("every check that ran passed")));
    return findings;
}

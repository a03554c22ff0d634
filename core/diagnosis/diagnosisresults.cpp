#include "diagnosisresults.h"

#include "probe/portspec.h"
#include "target/addressclass.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace {

class Checks {
    Q_DECLARE_TR_FUNCTIONS(Checks)
};

double rounded(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

QJsonArray addressArray(const QList<QHostAddress> &addresses)
{
    QJsonArray array;
    for (const QHostAddress &address : addresses)
        array.append(address.toString());
    return array;
}

QJsonObject probeJson(const PortProbeResult &probe)
{
    QJsonObject object {
        { QStringLiteral("address"), probe.address.toString() },
        { QStringLiteral("port"), probe.port },
        { QStringLiteral("state"), portStateId(probe.state) },
        { QStringLiteral("reason"), portReasonId(probe.reason) },
        { QStringLiteral("rtt_ms"), rounded(probe.rttMs) },
    };
    if (!probe.detail.isEmpty())
        object.insert(QStringLiteral("detail"), probe.detail);
    return object;
}

QString addressList(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(address.toString());
    return texts.join(QStringLiteral(", "));
}

CheckResult skipped(const QString &id, const QString &why)
{
    CheckResult result;
    result.id = id;
    result.title = checkTitle(id);
    result.status = CheckStatus::Skip;
    result.summary = why;
    return result;
}

CheckResult describeDns(const DiagnosisResults &results)
{
    const QString id = CheckIds::dnsResolve;
    if (!results.dns)
        return skipped(id, results.cancelled ? Checks::tr("cancelled") : Checks::tr("not run"));
    const DnsAnswer &dns = *results.dns;
    CheckResult result;
    result.id = id;
    result.title = checkTitle(id);
    result.elapsedMs = results.elapsedMs.value(id);
    QJsonArray classes;
    for (const QHostAddress &address : dns.addresses)
        classes.append(addressClassId(classifyAddress(address)));
    QJsonObject data {
        { QStringLiteral("host"), dns.host },
        { QStringLiteral("outcome"), dnsOutcomeId(dns.outcome) },
        { QStringLiteral("addresses"), addressArray(dns.addresses) },
        { QStringLiteral("address_classes"), classes },
        { QStringLiteral("system_ms"), rounded(dns.systemMs) },
    };
    if (!dns.errorText.isEmpty())
        data.insert(QStringLiteral("error"), dns.errorText);
    if (dns.dnsQueried) {
        data.insert(QStringLiteral("cname_chain"), QJsonArray::fromStringList(dns.cnameChain));
        data.insert(QStringLiteral("dns_addresses"), addressArray(dns.dnsAddresses));
        data.insert(QStringLiteral("dns_ms"), rounded(dns.dnsMs));
        if (!dns.dnsErrorText.isEmpty())
            data.insert(QStringLiteral("dns_error"), dns.dnsErrorText);
    }
    result.data = data;

    switch (dns.outcome) {
    case DnsAnswer::Outcome::Resolved:
        result.status = CheckStatus::Pass;
        result.summary = dns.cnameChain.isEmpty()
            ? Checks::tr("%1 → %2").arg(dns.host, addressList(dns.addresses))
            : Checks::tr("%1 → %2 → %3")
                  .arg(dns.host, dns.cnameChain.join(QStringLiteral(" → ")), addressList(dns.addresses));
        break;
    case DnsAnswer::Outcome::Overridden:
        result.status = CheckStatus::Pass;
        result.summary
            = Checks::tr("%1 → %2 (given with --resolve; DNS not asked)").arg(dns.host, addressList(dns.addresses));
        break;
    case DnsAnswer::Outcome::Literal:
        result.status = CheckStatus::Pass;
        result.summary = Checks::tr("%1 is an IP address; nothing to resolve").arg(dns.host);
        break;
    case DnsAnswer::Outcome::NotFound:
        result.status = CheckStatus::Fail;
        result.summary = Checks::tr("%1 does not resolve: %2").arg(dns.host, dns.errorText);
        break;
    case DnsAnswer::Outcome::TimedOut:
        result.status = CheckStatus::Fail;
        result.summary = Checks::tr("no answer for %1 within %2 ms").arg(dns.host).arg(results.options.timeout.count());
        break;
    case DnsAnswer::Outcome::Failed:
        result.status = CheckStatus::Fail;
        result.summary = Checks::tr("resolving %1 failed: %2").arg(dns.host, dns.errorText);
        break;
    }
    return result;
}

CheckResult describeGateway(const DiagnosisResults &results)
{
    const QString id = CheckIds::tcpGateway;
    if (!results.gateway) {
        if (results.cancelled)
            return skipped(id, Checks::tr("cancelled"));
        return skipped(id, Checks::tr("needs an address for the host name"));
    }
    const GatewaySamples &gateway = *results.gateway;
    const LatencyStats stats = gateway.stats();
    CheckResult result;
    result.id = id;
    result.title = checkTitle(id);
    result.elapsedMs = results.elapsedMs.value(id);

    QJsonArray samples;
    for (const PortProbeResult &sample : gateway.samples)
        samples.append(probeJson(sample));
    result.data = QJsonObject {
        { QStringLiteral("address"), gateway.address.toString() },
        { QStringLiteral("port"), gateway.port },
        { QStringLiteral("requested"), gateway.requested },
        { QStringLiteral("attempted"), stats.attempted },
        { QStringLiteral("succeeded"), stats.succeeded },
        { QStringLiteral("stopped_early"), gateway.stoppedEarly },
        { QStringLiteral("min_ms"), rounded(stats.minMs) },
        { QStringLiteral("median_ms"), rounded(stats.medianMs) },
        { QStringLiteral("p95_ms"), rounded(stats.p95Ms) },
        { QStringLiteral("max_ms"), rounded(stats.maxMs) },
        { QStringLiteral("jitter_ms"), rounded(stats.jitterMs) },
        { QStringLiteral("samples"), samples },
    };

    const QString where = QStringLiteral("%1:%2").arg(gateway.address.toString()).arg(gateway.port);
    if (stats.attempted == 0) {
        result.status = results.cancelled ? CheckStatus::Skip : CheckStatus::Error;
        result.summary = Checks::tr("no connection attempt finished");
    } else if (stats.succeeded == stats.attempted) {
        result.status = CheckStatus::Pass;
        result.summary = Checks::tr("%1: %2 of %3 connects open; median %4 ms, p95 %5 ms")
                             .arg(where)
                             .arg(stats.succeeded)
                             .arg(stats.attempted)
                             .arg(stats.medianMs, 0, 'f', 2)
                             .arg(stats.p95Ms, 0, 'f', 2);
    } else if (stats.succeeded > 0) {
        result.status = CheckStatus::Warn;
        result.summary = Checks::tr("%1: %2 of %3 connects failed; median %4 ms")
                             .arg(where)
                             .arg(stats.failed())
                             .arg(stats.attempted)
                             .arg(stats.medianMs, 0, 'f', 2);
    } else {
        const PortProbeResult &first = gateway.samples.constFirst();
        result.status = first.state == PortState::Error ? CheckStatus::Error : CheckStatus::Fail;
        result.summary = Checks::tr("%1: %2 (%3) on every attempt")
                             .arg(where, portStateId(first.state), portReasonId(first.reason));
    }
    return result;
}

QJsonObject certificateJson(const CertificateInfo &certificate)
{
    return QJsonObject {
        { QStringLiteral("subject"), certificate.subject },
        { QStringLiteral("issuer"), certificate.issuer },
        { QStringLiteral("sans"), QJsonArray::fromStringList(certificate.subjectAltNames) },
        { QStringLiteral("not_before"), certificate.notBefore.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("not_after"), certificate.notAfter.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("self_signed"), certificate.selfSigned },
        { QStringLiteral("sha256"), certificate.sha256 },
    };
}

QJsonObject preloginJson(const PreloginResult &prelogin)
{
    QJsonObject data {
        { QStringLiteral("outcome"), preloginOutcomeId(prelogin.outcome) },
        { QStringLiteral("bytes"), qint64(prelogin.bytesReceived) },
    };
    if (prelogin.reply) {
        const Tds::Prelogin &reply = *prelogin.reply;
        data.insert(QStringLiteral("version"), reply.version.toString());
        data.insert(QStringLiteral("product"), reply.version.productName());
        data.insert(QStringLiteral("encryption"), Tds::encryptionId(reply.encryption));
        data.insert(QStringLiteral("instance"), reply.instance);
        if (reply.mars)
            data.insert(QStringLiteral("mars"), *reply.mars != 0);
        if (reply.fedAuthRequired)
            data.insert(QStringLiteral("fedauth_required"), *reply.fedAuthRequired != 0);
        data.insert(QStringLiteral("reply_ms"), rounded(prelogin.replyMs));
    } else if (prelogin.outcome == PreloginResult::Outcome::NotSqlServer) {
        data.insert(QStringLiteral("looks_like"), Tds::peerKindId(prelogin.peerKind));
    }
    if (!prelogin.evidence.isEmpty())
        data.insert(QStringLiteral("evidence"), prelogin.evidence);
    return data;
}

QString describeServer(const Tds::Prelogin &reply)
{
    const QString product = reply.version.productName();
    return product.isEmpty() ? reply.version.toString()
                             : QStringLiteral("%1 (%2)").arg(product, reply.version.toString());
}

QString preloginProblem(const PreloginResult &prelogin, qint64 timeoutMs)
{
    switch (prelogin.outcome) {
    case PreloginResult::Outcome::NotSqlServer:
        return Checks::tr("not SQL Server: the answer looks like %1 — %2")
            .arg(Tds::peerKindId(prelogin.peerKind), prelogin.evidence);
    case PreloginResult::Outcome::NoResponse:
        return Checks::tr("no complete answer to PRELOGIN within %1 ms (%2)").arg(timeoutMs).arg(prelogin.evidence);
    case PreloginResult::Outcome::ClosedDuringReply:
        return Checks::tr("the connection closed before the answer was complete (%1)").arg(prelogin.evidence);
    case PreloginResult::Outcome::Malformed:
        return Checks::tr("a malformed answer: %1").arg(prelogin.evidence);
    case PreloginResult::Outcome::ConnectFailed:
        return Checks::tr("no connection: %1").arg(prelogin.evidence);
    case PreloginResult::Outcome::SqlServer:
    case PreloginResult::Outcome::Cancelled:
        break;
    }
    return Checks::tr("cancelled");
}

CheckResult describePrelogin(const DiagnosisResults &results)
{
    const QString id = CheckIds::tdsPrelogin;
    if (!results.prelogin) {
        if (results.cancelled)
            return skipped(id, Checks::tr("cancelled"));
        if (!results.options.protocolChecks)
            return skipped(id, Checks::tr("turned off"));
        return skipped(id, Checks::tr("needs a gateway port that accepts connections"));
    }
    const PreloginResult &prelogin = *results.prelogin;
    CheckResult result;
    result.id = id;
    result.title = checkTitle(id);
    result.elapsedMs = results.elapsedMs.value(id);
    result.data = preloginJson(prelogin);
    if (results.gateway) {
        result.data.insert(QStringLiteral("address"), results.gateway->address.toString());
        result.data.insert(QStringLiteral("port"), results.gateway->port);
    }
    if (prelogin.outcome == PreloginResult::Outcome::SqlServer) {
        result.status = CheckStatus::Pass;
        result.summary = Checks::tr("%1 answered in %2 ms; encryption %3")
                             .arg(describeServer(*prelogin.reply))
                             .arg(prelogin.replyMs, 0, 'f', 2)
                             .arg(Tds::encryptionId(prelogin.reply->encryption));
    } else if (prelogin.outcome == PreloginResult::Outcome::Cancelled) {
        result.status = CheckStatus::Skip;
        result.summary = Checks::tr("cancelled");
    } else {
        result.status = CheckStatus::Fail;
        result.summary = preloginProblem(prelogin, results.options.timeout.count());
    }
    return result;
}

CheckResult describeTls(const DiagnosisResults &results, const QString &id, const std::optional<TlsResult> &tls)
{
    if (!tls) {
        if (results.cancelled)
            return skipped(id, Checks::tr("cancelled"));
        if (!results.options.protocolChecks)
            return skipped(id, Checks::tr("turned off"));
        return skipped(id, Checks::tr("needs SQL Server to answer PRELOGIN first"));
    }
    CheckResult result;
    result.id = id;
    result.title = checkTitle(id);
    result.elapsedMs = results.elapsedMs.value(id);
    QJsonArray chain;
    for (const CertificateInfo &certificate : tls->chain)
        chain.append(certificateJson(certificate));
    QJsonObject data {
        { QStringLiteral("mode"), tlsModeId(tls->mode) },
        { QStringLiteral("outcome"), tlsOutcomeId(tls->outcome) },
        { QStringLiteral("host_name"), results.target.host },
        { QStringLiteral("protocol"), tls->protocol },
        { QStringLiteral("cipher"), tls->cipher },
        { QStringLiteral("handshake_ms"), rounded(tls->handshakeMs) },
        { QStringLiteral("host_name_matches"), tls->hostNameMatches },
        { QStringLiteral("trusted"), tls->chainTrusted },
        { QStringLiteral("possible_inspection"), tls->possibleInspection() },
        { QStringLiteral("version_too_old"), tls->versionTooOld() },
        { QStringLiteral("errors"), QJsonArray::fromStringList(tls->verificationErrors) },
        { QStringLiteral("chain"), chain },
    };
    if (tls->mode == TlsResult::Mode::Strict)
        data.insert(QStringLiteral("alpn"), tls->alpn);
    if (tls->alert)
        data.insert(QStringLiteral("alert"), tls->alert->name());
    if (tls->serverRecordVersion)
        data.insert(QStringLiteral("server_hello_version"), TlsRecords::versionName(*tls->serverRecordVersion));
    if (tls->prelogin)
        data.insert(QStringLiteral("prelogin"), preloginJson(*tls->prelogin));
    if (!tls->error.isEmpty())
        data.insert(QStringLiteral("error"), tls->error);
    result.data = data;

    switch (tls->outcome) {
    case TlsResult::Outcome::Established: {
        const CertificateInfo leaf = tls->chain.value(0);
        QStringList problems;
        if (!tls->hostNameMatches)
            problems << Checks::tr("the certificate does not name %1").arg(results.target.host);
        if (!tls->chainTrusted)
            problems << Checks::tr("the issuer %1 is not trusted here").arg(leaf.issuer);
        if (tls->versionTooOld())
            problems << Checks::tr("%1 is older than TLS 1.2").arg(tls->protocol);
        result.status = problems.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail;
        result.summary = Checks::tr("%1, %2; certificate %3 issued by %4")
                             .arg(tls->protocol, tls->cipher, leaf.subject, leaf.issuer);
        if (!problems.isEmpty())
            result.summary += QStringLiteral("; ") + problems.join(QStringLiteral("; "));
        break;
    }
    case TlsResult::Outcome::NotOffered:
        result.status = CheckStatus::Warn;
        result.summary = tls->error;
        break;
    case TlsResult::Outcome::Cancelled:
        result.status = CheckStatus::Skip;
        result.summary = Checks::tr("cancelled");
        break;
    default:
        result.status = CheckStatus::Fail;
        result.summary = tls->alert
            ? Checks::tr("%1: the server sent the alert %2").arg(tlsOutcomeId(tls->outcome), tls->alert->name())
            : Checks::tr("%1: %2").arg(tlsOutcomeId(tls->outcome), tls->error);
        break;
    }
    return result;
}

QJsonObject serverMessageJson(const Tds::ServerMessage &message)
{
    QJsonObject object {
        { QStringLiteral("number"), message.number },
        { QStringLiteral("state"), message.state },
        { QStringLiteral("class"), message.severityClass },
        { QStringLiteral("message"), message.text },
    };
    if (!message.serverName.isEmpty())
        object.insert(QStringLiteral("server"), message.serverName);
    return object;
}

QJsonObject loginAttemptJson(const LoginAttempt &attempt)
{
    QJsonObject object {
        { QStringLiteral("address"), attempt.address.toString() },
        { QStringLiteral("port"), attempt.port },
        { QStringLiteral("tls_name"), attempt.tlsName },
        { QStringLiteral("tls_mode"), tlsModeId(attempt.tls.mode) },
        { QStringLiteral("tls_protocol"), attempt.tls.protocol },
        { QStringLiteral("outcome"), loginOutcomeId(attempt.outcome) },
        { QStringLiteral("login_ms"), rounded(attempt.loginMs) },
        { QStringLiteral("total_ms"), rounded(attempt.totalMs) },
    };
    QJsonArray errors;
    for (const Tds::ServerMessage &message : attempt.response.errors)
        errors.append(serverMessageJson(message));
    object.insert(QStringLiteral("errors"), errors);
    QJsonArray infos;
    for (const Tds::ServerMessage &message : attempt.response.infos)
        infos.append(serverMessageJson(message));
    if (!infos.isEmpty())
        object.insert(QStringLiteral("infos"), infos);
    if (attempt.response.loginAck) {
        const Tds::LoginAck &ack = *attempt.response.loginAck;
        object.insert(QStringLiteral("login_ack"),
                      QJsonObject {
                          { QStringLiteral("tds_version"), ack.tdsVersionText() },
                          { QStringLiteral("program"), ack.programName },
                          { QStringLiteral("version"), ack.programVersion.toString() },
                      });
    }
    if (!attempt.response.database.isEmpty())
        object.insert(QStringLiteral("database"), attempt.response.database);
    if (!attempt.error.isEmpty())
        object.insert(QStringLiteral("error"), attempt.error);
    return object;
}

// "18456 (state 1): Login failed for user 'x'." — the engine's first error, as drivers print it.
QString firstErrorText(const LoginAttempt &attempt)
{
    if (attempt.response.errors.isEmpty())
        return attempt.error;
    const Tds::ServerMessage &error = attempt.response.errors.constFirst();
    return Checks::tr("error %1 (state %2): %3").arg(error.number).arg(error.state).arg(error.text);
}

// What one login's answer says, for the summary line.
QString loginAnswerText(const LoginAttempt &attempt)
{
    switch (attempt.outcome) {
    case LoginAttempt::Outcome::LoggedIn:
        return Checks::tr("logged in as %1 (TDS %2)")
            .arg(attempt.userName, attempt.response.loginAck->tdsVersionText());
    case LoginAttempt::Outcome::Refused:
        if (attempt.madeUpLogin && attempt.errorNumber() == 18456)
            return Checks::tr("login failed for the made-up user, as it should: the engine read the login");
        return firstErrorText(attempt);
    case LoginAttempt::Outcome::Routed:
        return Checks::tr("redirected");
    default:
        return Checks::tr("%1: %2").arg(loginOutcomeId(attempt.outcome), attempt.error);
    }
}

CheckResult describeLogin(const DiagnosisResults &results)
{
    const QString id = CheckIds::tdsLogin;
    if (!results.login) {
        if (results.cancelled)
            return skipped(id, Checks::tr("cancelled"));
        if (!results.options.protocolChecks)
            return skipped(id, Checks::tr("turned off"));
        return skipped(id, Checks::tr("needs SQL Server to answer and a TLS session first"));
    }
    const LoginCheck &login = *results.login;
    CheckResult result;
    result.id = id;
    result.title = checkTitle(id);
    result.elapsedMs = results.elapsedMs.value(id);
    QJsonObject data {
        { QStringLiteral("connection_type"), login.connectionType() },
        { QStringLiteral("made_up_login"), login.gateway.madeUpLogin },
        { QStringLiteral("user"), login.gateway.userName },
        { QStringLiteral("path_proven"), login.pathProven() },
        { QStringLiteral("gateway"), loginAttemptJson(login.gateway) },
    };
    if (const auto routing = login.routing()) {
        data.insert(QStringLiteral("routing"),
                    QJsonObject {
                        { QStringLiteral("server"), routing->server },
                        { QStringLiteral("port"), routing->port },
                        { QStringLiteral("protocol"), routing->protocol },
                    });
    }
    if (login.routedDns) {
        QJsonObject dns {
            { QStringLiteral("host"), login.routedDns->host },
            { QStringLiteral("outcome"), dnsOutcomeId(login.routedDns->outcome) },
            { QStringLiteral("addresses"), addressArray(login.routedDns->addresses) },
        };
        if (!login.routedDns->addresses.isEmpty())
            dns.insert(QStringLiteral("address_class"),
                       addressClassId(classifyAddress(login.routedDns->addresses.constFirst())));
        if (results.options.subnet && !login.routedDns->addresses.isEmpty())
            dns.insert(QStringLiteral("in_subnet"),
                       results.options.subnet->contains(login.routedDns->addresses.constFirst()));
        if (!login.routedDns->errorText.isEmpty())
            dns.insert(QStringLiteral("error"), login.routedDns->errorText);
        data.insert(QStringLiteral("routed_dns"), dns);
    }
    if (login.nodeConnect)
        data.insert(QStringLiteral("node_connect"), probeJson(*login.nodeConnect));
    if (login.node)
        data.insert(QStringLiteral("node"), loginAttemptJson(*login.node));
    result.data = data;

    const LoginAttempt &gateway = login.gateway;
    if (gateway.outcome == LoginAttempt::Outcome::Cancelled) {
        result.status = CheckStatus::Skip;
        result.summary = Checks::tr("cancelled");
        return result;
    }
    if (gateway.outcome != LoginAttempt::Outcome::Routed) {
        result.status = login.succeeded() ? CheckStatus::Pass : CheckStatus::Fail;
        result.summary = login.pathProven()
            ? Checks::tr("proxy: the gateway answered the login itself; %1").arg(loginAnswerText(gateway))
            : loginAnswerText(gateway);
        return result;
    }
    const Tds::Routing routing = *login.routing();
    const QString where = QStringLiteral("%1:%2").arg(login.routedHost).arg(routing.port);
    if (login.routedHost.isEmpty()) {
        result.status = CheckStatus::Fail;
        result.summary = Checks::tr("the gateway redirected to a server without a name");
        return result;
    }
    if (!login.routedDns || login.routedDns->addresses.isEmpty()) {
        result.status = CheckStatus::Fail;
        result.summary = login.routedDns
            ? Checks::tr("redirect to %1, which does not resolve here: %2").arg(where, login.routedDns->errorText)
            : Checks::tr("redirect to %1; cancelled before it was resolved").arg(where);
        return result;
    }
    const QString node = login.nodeConnect ? login.nodeConnect->address.toString()
                                           : login.routedDns->addresses.constFirst().toString();
    if (!login.nodeConnect || login.nodeConnect->state != PortState::Open) {
        result.status = login.nodeConnect ? CheckStatus::Fail : CheckStatus::Skip;
        result.summary = login.nodeConnect
            ? Checks::tr("redirect to %1 (%2); that port is %3 from here (%4)")
                  .arg(where, node, portStateId(login.nodeConnect->state), portReasonId(login.nodeConnect->reason))
            : Checks::tr("redirect to %1 (%2); cancelled").arg(where, node);
        return result;
    }
    if (!login.node) {
        result.status = CheckStatus::Skip;
        result.summary = Checks::tr("redirect to %1 (%2); cancelled").arg(where, node);
        return result;
    }
    result.status = login.succeeded() ? CheckStatus::Pass : CheckStatus::Fail;
    result.summary = Checks::tr("redirect via %1 (%2); %3").arg(where, node, loginAnswerText(*login.node));
    return result;
}

CheckResult describeDrivers(const DiagnosisResults &results)
{
    const QString id = CheckIds::clientDrivers;
    if (!results.drivers)
        return skipped(id, results.cancelled ? Checks::tr("cancelled") : Checks::tr("not read"));
    const DriverInventory &inventory = *results.drivers;
    CheckResult result;
    result.id = id;
    result.title = checkTitle(id);
    result.elapsedMs = results.elapsedMs.value(id);
    QJsonArray drivers;
    QStringList listed;
    QStringList tooOld;
    for (const InstalledDriver &driver : inventory.drivers) {
        drivers.append(driverToJson(driver));
        listed << (driver.version.isEmpty() ? driver.name : QStringLiteral("%1 %2").arg(driver.name, driver.version));
        if (!driver.meetsMinimum)
            tooOld << driver.name;
    }
    QJsonObject data { { QStringLiteral("source"), inventory.source }, { QStringLiteral("drivers"), drivers } };
    if (!results.connection.driver.isEmpty())
        data.insert(QStringLiteral("named_in_connection_string"), results.connection.driver);
    if (!inventory.error.isEmpty())
        data.insert(QStringLiteral("error"), inventory.error);
    result.data = data;
    if (inventory.drivers.isEmpty()) {
        result.status = inventory.source.isEmpty() ? CheckStatus::Skip : CheckStatus::Pass;
        result.summary = !inventory.error.isEmpty()
            ? inventory.error
            : Checks::tr(
                "no SQL Server ODBC driver is registered here (.NET, JDBC and Node.js drivers are not listed)");
        return result;
    }
    result.status = tooOld.isEmpty() ? CheckStatus::Pass : CheckStatus::Warn;
    result.summary = listed.join(QStringLiteral("; "));
    if (!tooOld.isEmpty())
        result.summary += QStringLiteral("; ")
            + Checks::tr("too old for Managed Instance: %1").arg(tooOld.join(QStringLiteral(", ")));
    return result;
}

CheckResult describeSubnet(const DiagnosisResults &results)
{
    const QString id = CheckIds::redirectSubnet;
    if (!results.subnet) {
        if (results.cancelled)
            return skipped(id, Checks::tr("cancelled"));
        if (!results.options.subnet)
            return skipped(id, Checks::tr("give the Managed Instance subnet (--subnet) to find the nodes"));
        return skipped(id, Checks::tr("needs an address for the host name"));
    }
    const SubnetSweep &sweep = *results.subnet;
    CheckResult result;
    result.id = id;
    result.title = checkTitle(id);
    result.elapsedMs = results.elapsedMs.value(id);
    const QList<QHostAddress> nodes = sweep.nodes();
    int silent = 0;
    bool gatewayAnswered = false;
    QJsonArray probes;
    for (const PortProbeResult &probe : sweep.scan.probes) {
        if (probe.address == sweep.gateway && portAnswered(probe.state))
            gatewayAnswered = true;
        if (!portAnswered(probe.state))
            ++silent;
        probes.append(probeJson(probe));
    }
    // The gateway check may have proved the gateway even when it lies outside the subnet.
    if (results.gateway && results.gateway->stats().succeeded > 0)
        gatewayAnswered = true;
    result.data = QJsonObject {
        { QStringLiteral("subnet"), sweep.subnet.toString() },
        { QStringLiteral("port"), sweep.port },
        { QStringLiteral("gateway"), sweep.gateway.toString() },
        { QStringLiteral("gateway_in_subnet"), sweep.gatewayInSubnet() },
        { QStringLiteral("gateway_answered"), gatewayAnswered },
        { QStringLiteral("probed"), int(sweep.scan.probes.size()) },
        { QStringLiteral("nodes"), addressArray(nodes) },
        { QStringLiteral("silent"), silent },
        { QStringLiteral("probes"), probes },
    };
    if (sweep.scan.cancelled) {
        result.status = CheckStatus::Skip;
        result.summary = Checks::tr("cancelled");
    } else if (!nodes.isEmpty()) {
        result.status = CheckStatus::Pass;
        result.summary = Checks::tr("%n node(s) answer on %1: %2; %3 address(es) silent", nullptr, int(nodes.size()))
                             .arg(sweep.port)
                             .arg(addressList(nodes))
                             .arg(silent);
    } else if (gatewayAnswered) {
        result.status = CheckStatus::Fail;
        result.summary = Checks::tr("only the gateway answers on %1; all %2 other addresses are silent")
                             .arg(sweep.port)
                             .arg(silent);
    } else {
        result.status = CheckStatus::Fail;
        result.summary = Checks::tr("no address in %1 answers on %2").arg(sweep.subnet.toString()).arg(sweep.port);
    }
    return result;
}

CheckResult describeRange(const DiagnosisResults &results)
{
    const QString id = CheckIds::redirectRange;
    if (!results.range) {
        if (results.cancelled)
            return skipped(id, Checks::tr("cancelled"));
        if (!results.options.redirectRange)
            return skipped(id, Checks::tr("turned off (--no-redirect-range)"));
        if (results.subnet)
            return skipped(id,
                           Checks::tr("no node answered in the subnet, so there is nowhere to classify these ports"));
        return skipped(id,
                       Checks::tr("needs the node addresses: give --subnet so the nodes can be found "
                                  "(the gateway address proves nothing about these ports)"));
    }
    const RedirectRangeScan &range = *results.range;
    CheckResult result;
    result.id = id;
    result.title = checkTitle(id);
    result.elapsedMs = results.elapsedMs.value(id);

    QJsonArray nodes;
    int answered = 0;
    int filtered = 0;
    for (qsizetype t = 0; t < range.scan.targets.size(); ++t) {
        QList<quint16> open;
        QList<quint16> blocked;
        int closed = 0;
        int errors = 0;
        for (qsizetype p = 0; p < range.scan.ports.size(); ++p) {
            const PortProbeResult &probe = range.scan.at(t, p);
            switch (probe.state) {
            case PortState::Open:
                open.append(probe.port);
                break;
            case PortState::Closed:
                ++closed;
                break;
            case PortState::Filtered:
            case PortState::Unreachable:
                blocked.append(probe.port);
                break;
            case PortState::Error:
                ++errors;
                break;
            }
        }
        answered += int(open.size()) + closed;
        filtered += int(blocked.size());
        nodes.append(QJsonObject {
            { QStringLiteral("address"), range.scan.targets.at(t).address.toString() },
            { QStringLiteral("open"), int(open.size()) },
            { QStringLiteral("closed"), closed },
            { QStringLiteral("filtered"), int(blocked.size()) },
            { QStringLiteral("error"), errors },
            { QStringLiteral("open_ports"), formatPortSpec(open) },
            { QStringLiteral("filtered_ports"), formatPortSpec(blocked) },
        });
    }
    result.data = QJsonObject {
        { QStringLiteral("first"), range.first },
        { QStringLiteral("last"), range.last },
        { QStringLiteral("nodes"), nodes },
        { QStringLiteral("elapsed_ms"), rounded(range.scan.elapsedMs) },
    };
    const QString span = QStringLiteral("%1-%2").arg(range.first).arg(range.last);
    if (range.scan.cancelled) {
        result.status = CheckStatus::Skip;
        result.summary = Checks::tr("cancelled");
    } else if (filtered == 0) {
        result.status = CheckStatus::Pass;
        result.summary = Checks::tr("%1 reachable on %n node(s)", nullptr, int(range.scan.targets.size())).arg(span);
    } else if (answered == 0) {
        result.status = CheckStatus::Fail;
        result.summary = Checks::tr("%1 filtered on every node").arg(span);
    } else {
        result.status = CheckStatus::Warn;
        result.summary = Checks::tr("%1: %2 port probes answered, %3 filtered").arg(span).arg(answered).arg(filtered);
    }
    return result;
}

} // namespace

const InstalledDriver *DiagnosisResults::namedDriver() const
{
    if (!drivers || connection.driver.isEmpty())
        return nullptr;
    QString named = connection.driver.trimmed();
    if (named.startsWith(QLatin1Char('{')) && named.endsWith(QLatin1Char('}')))
        named = named.mid(1, named.size() - 2).trimmed();
    for (const InstalledDriver &driver : drivers->drivers) {
        if (driver.name.compare(named, Qt::CaseInsensitive) == 0)
            return &driver;
    }
    return nullptr;
}

QString LoginCheck::connectionType() const
{
    switch (gateway.outcome) {
    case LoginAttempt::Outcome::Routed:
        return QStringLiteral("redirect");
    case LoginAttempt::Outcome::LoggedIn:
    case LoginAttempt::Outcome::Refused:
        // An error other than the engine's own (40532 comes from the gateway's name routing) still
        // means the gateway kept the login; whether it would have proxied is not known then.
        return QStringLiteral("proxy");
    default:
        return QString();
    }
}

const LoginAttempt *LoginCheck::lastLogin() const
{
    return node ? &*node : &gateway;
}

bool LoginCheck::pathProven() const
{
    if (gateway.outcome == LoginAttempt::Outcome::Routed && !node)
        return false;
    const LoginAttempt *last = lastLogin();
    if (last->outcome == LoginAttempt::Outcome::LoggedIn)
        return true;
    // 18456 is the engine's own answer: it has read the login, so the network path works whatever
    // the credentials. The gateway's routing errors (40532) and TLS refusals (47072) prove less.
    return last->outcome == LoginAttempt::Outcome::Refused && last->errorNumber() == 18456;
}

bool LoginCheck::succeeded() const
{
    const LoginAttempt *last = lastLogin();
    return pathProven() && (last->outcome == LoginAttempt::Outcome::LoggedIn || last->madeUpLogin);
}

QList<QHostAddress> SubnetSweep::nodes() const
{
    QList<QHostAddress> found;
    for (const PortProbeResult &probe : scan.probes) {
        if (portAnswered(probe.state) && probe.address != gateway)
            found.append(probe.address);
    }
    return found;
}

std::optional<QHostAddress> DiagnosisResults::connectAddress() const
{
    if (!dns || dns->addresses.isEmpty())
        return std::nullopt;
    for (const QHostAddress &address : dns->addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return dns->addresses.constFirst();
}

EndpointKind DiagnosisResults::endpointKind() const
{
    if (target.kind == EndpointKind::VnetLocal && dns) {
        for (const QString &name : dns->cnameChain) {
            if (name.contains(QLatin1String(".privatelink."), Qt::CaseInsensitive))
                return EndpointKind::PrivateEndpoint;
        }
    }
    return target.kind;
}

QString checkTitle(const QString &checkId)
{
    if (checkId == CheckIds::dnsResolve)
        return Checks::tr("Resolve the host name");
    if (checkId == CheckIds::tcpGateway)
        return Checks::tr("Connect to the gateway");
    if (checkId == CheckIds::tdsPrelogin)
        return Checks::tr("Ask for SQL Server (PRELOGIN)");
    if (checkId == CheckIds::tlsTds7)
        return Checks::tr("TLS as Encrypt=True gets it");
    if (checkId == CheckIds::tlsStrict)
        return Checks::tr("TLS as Encrypt=Strict gets it (TDS 8)");
    if (checkId == CheckIds::tdsLogin)
        return Checks::tr("Log in (LOGIN7) and follow a redirect");
    if (checkId == CheckIds::clientDrivers)
        return Checks::tr("SQL Server drivers on this machine");
    if (checkId == CheckIds::redirectSubnet)
        return Checks::tr("Find the nodes in the subnet");
    if (checkId == CheckIds::redirectRange)
        return Checks::tr("Redirect ports on the nodes");
    return checkId;
}

QList<PlannedCheck> plannedChecks()
{
    QList<PlannedCheck> checks;
    for (const QLatin1String id :
         { CheckIds::dnsResolve, CheckIds::tcpGateway, CheckIds::tdsPrelogin, CheckIds::tlsTds7, CheckIds::tlsStrict,
           CheckIds::tdsLogin, CheckIds::redirectSubnet, CheckIds::redirectRange, CheckIds::clientDrivers }) {
        checks.append({ QString(id), checkTitle(QString(id)) });
    }
    return checks;
}

CheckResult describeCheck(const DiagnosisResults &results, const QString &checkId)
{
    if (checkId == CheckIds::dnsResolve)
        return describeDns(results);
    if (checkId == CheckIds::tcpGateway)
        return describeGateway(results);
    if (checkId == CheckIds::tdsPrelogin)
        return describePrelogin(results);
    if (checkId == CheckIds::tlsTds7)
        return describeTls(results, checkId, results.tlsTds7);
    if (checkId == CheckIds::tlsStrict)
        return describeTls(results, checkId, results.tlsStrict);
    if (checkId == CheckIds::tdsLogin)
        return describeLogin(results);
    if (checkId == CheckIds::clientDrivers)
        return describeDrivers(results);
    if (checkId == CheckIds::redirectSubnet)
        return describeSubnet(results);
    return describeRange(results);
}

QList<CheckResult> describeChecks(const DiagnosisResults &results)
{
    QList<CheckResult> checks;
    for (const PlannedCheck &planned : plannedChecks())
        checks.append(describeCheck(results, planned.id));
    return checks;
}

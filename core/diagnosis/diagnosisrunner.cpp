#include "diagnosisrunner.h"

#include <QMetaObject>

DiagnosisRunner::DiagnosisRunner(QObject *parent)
    : QObject(parent)
    , m_resolver(this)
    , m_sampler(this)
    , m_scanner(this)
    , m_prelogin(this)
    , m_tls(this)
    , m_login(this)
    , m_nodeConnect(this)
{
    connect(&m_resolver, &NameResolver::finished, this, [this](const DnsAnswer &answer) {
        if (m_resolvingRoute) {
            onRouteResolved(answer);
            return;
        }
        m_results.dns = answer;
        endCheck(CheckIds::dnsResolve);
        if (m_results.connectAddress()) {
            runGateway();
        } else {
            skipCheck(CheckIds::tcpGateway);
            skipCheck(CheckIds::redirectSubnet);
            skipCheck(CheckIds::redirectRange);
            runDrivers();
        }
    });

    connect(&m_sampler, &LatencySampler::sampleFinished, this, [this](int index, const PortProbeResult &sample) {
        emit gatewaySample(index, sample);
        emit checkProgress(CheckIds::tcpGateway, index + 1, m_sampler.requested());
    });
    connect(&m_sampler, &LatencySampler::finished, this, [this] {
        m_results.gateway->samples = m_sampler.samples();
        m_results.gateway->stoppedEarly = m_sampler.stoppedEarly();
        endCheck(CheckIds::tcpGateway);
        runPrelogin();
    });

    connect(&m_prelogin, &TdsPreloginProbe::finished, this, [this](const PreloginResult &result) {
        m_results.prelogin = result;
        endCheck(CheckIds::tdsPrelogin);
        runTls(TlsResult::Mode::Tds7);
    });
    connect(&m_tls, &TlsProbe::finished, this, [this](const TlsResult &result) {
        if (result.mode == TlsResult::Mode::Tds7) {
            m_results.tlsTds7 = result;
            endCheck(CheckIds::tlsTds7);
            runTls(TlsResult::Mode::Strict);
        } else {
            m_results.tlsStrict = result;
            endCheck(CheckIds::tlsStrict);
            runLogin();
        }
    });

    connect(&m_login, &TdsLoginProbe::finished, this, &DiagnosisRunner::onLoginFinished);
    connect(&m_nodeConnect, &TcpConnectProbe::finished, this, &DiagnosisRunner::onNodeConnected);

    connect(&m_scanner, &PortRangeScanner::progress, this,
            [this](int done, int total) { emit checkProgress(m_scanningCheck, done, total); });
    connect(&m_scanner, &PortRangeScanner::finished, this, [this] {
        if (!m_running)
            return; // cancel() collects the partial result itself
        if (m_scanningCheck == CheckIds::redirectSubnet) {
            m_results.subnet->scan = m_scanner.result();
            endCheck(CheckIds::redirectSubnet);
            runRange();
        } else {
            m_results.range->scan = m_scanner.result();
            endCheck(CheckIds::redirectRange);
            runDrivers();
        }
    });
}

void DiagnosisRunner::start(const Target &target, const CheckOptions &options)
{
    ConnectionSettings connection;
    connection.target = target;
    connection.serverFragment = target.input;
    start(connection, options);
}

void DiagnosisRunner::start(const ConnectionSettings &connection, const CheckOptions &options)
{
    cancel();
    m_results = DiagnosisResults {};
    m_results.connection = connection;
    m_results.target = connection.target;
    m_results.options = options;
    m_results.started = QDateTime::currentDateTimeUtc();
    m_resolver.setOverrides(options.overrides);
    if (!options.nameserver.isNull())
        m_resolver.setNameserver(options.nameserver);
    m_resolver.setChainLookupEnabled(options.chainLookup);
    m_resolver.setOverridesOnly(options.overridesOnly);
    m_resolvingRoute = false;
    m_running = true;
    ++m_runSerial;
    m_awaitingDrivers = false;
    startDriverInventory();
    runDns();
}

void DiagnosisRunner::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_resolver.cancel();
    m_sampler.cancel();
    m_prelogin.cancel();
    m_tls.cancel();
    m_login.cancel();
    m_nodeConnect.cancel();
    m_resolvingRoute = false;
    wipeLoginPassword();
    if (m_scanner.isRunning()) {
        m_scanner.cancel();
        if (m_scanningCheck == CheckIds::redirectSubnet && m_results.subnet)
            m_results.subnet->scan = m_scanner.result();
        else if (m_scanningCheck == CheckIds::redirectRange && m_results.range)
            m_results.range->scan = m_scanner.result();
    }
    if (m_results.gateway && m_results.gateway->samples.isEmpty())
        m_results.gateway->samples = m_sampler.samples();
    m_results.cancelled = true;
    emit finished();
}

void DiagnosisRunner::runDns()
{
    emit checkStarted(CheckIds::dnsResolve);
    m_checkClock.start();
    m_resolver.start(m_results.target.host, m_results.options.timeout);
}

void DiagnosisRunner::runGateway()
{
    emit checkStarted(CheckIds::tcpGateway);
    m_checkClock.start();
    GatewaySamples gateway;
    gateway.address = *m_results.connectAddress();
    gateway.port = m_results.port();
    gateway.requested = m_results.options.samples;
    m_results.gateway = gateway;
    m_sampler.start(gateway.address, gateway.port, gateway.requested, m_results.options.timeout);
}

void DiagnosisRunner::runPrelogin()
{
    if (!m_results.options.protocolChecks || !m_results.gatewayAnswered()) {
        skipCheck(CheckIds::tdsPrelogin);
        skipCheck(CheckIds::tlsTds7);
        skipCheck(CheckIds::tlsStrict);
        skipCheck(CheckIds::tdsLogin);
        runSubnet();
        return;
    }
    emit checkStarted(CheckIds::tdsPrelogin);
    m_checkClock.start();
    m_prelogin.start(m_results.gateway->address, m_results.gateway->port, m_results.options.timeout);
}

void DiagnosisRunner::runTls(TlsResult::Mode mode)
{
    const QString checkId = mode == TlsResult::Mode::Tds7 ? QString(CheckIds::tlsTds7) : QString(CheckIds::tlsStrict);
    if (!m_results.sqlServerAnswered()) {
        // Something that is not SQL Server says nothing about the TLS a driver would get.
        skipCheck(checkId);
        if (mode == TlsResult::Mode::Tds7)
            runTls(TlsResult::Mode::Strict);
        else
            runLogin();
        return;
    }
    emit checkStarted(checkId);
    m_checkClock.start();
    TlsProbeRequest request;
    request.address = m_results.gateway->address;
    request.port = m_results.gateway->port;
    request.hostName = m_results.target.host;
    request.mode = mode;
    request.timeout = m_results.options.timeout;
    request.extraCaCertificates = m_results.options.extraCaCertificates;
    m_tls.start(request);
}

void DiagnosisRunner::setLoginPassword(const QString &password)
{
    wipeLoginPassword();
    m_loginPassword = password;
}

void DiagnosisRunner::wipeLoginPassword()
{
    wipeSecret(m_loginPassword);
}

void DiagnosisRunner::runLogin()
{
    // LOGIN7 goes through the TLS a driver would use: TDS 7.x if the server offered it, else strict.
    const bool tds7 = m_results.tlsTds7 && m_results.tlsTds7->outcome == TlsResult::Outcome::Established;
    const bool strict = m_results.tlsStrict && m_results.tlsStrict->outcome == TlsResult::Outcome::Established;
    if (!m_results.sqlServerAnswered() || (!tds7 && !strict)) {
        skipCheck(CheckIds::tdsLogin);
        wipeLoginPassword();
        runSubnet();
        return;
    }
    emit checkStarted(CheckIds::tdsLogin);
    m_checkClock.start();
    m_results.login = LoginCheck {};
    // The gateway routes by the name the user gave.
    m_login.start(loginRequest(m_results.gateway->address, m_results.gateway->port, m_results.target.host,
                               m_results.target.host, tds7 ? TlsResult::Mode::Tds7 : TlsResult::Mode::Strict),
                  m_loginPassword);
}

LoginProbeRequest DiagnosisRunner::loginRequest(const QHostAddress &address, quint16 port, const QString &tlsName,
                                                const QString &serverName, TlsResult::Mode mode) const
{
    LoginProbeRequest request;
    request.address = address;
    request.port = port;
    request.tlsName = tlsName;
    request.serverName = serverName;
    request.mode = mode;
    request.timeout = m_results.options.timeout;
    request.extraCaCertificates = m_results.options.extraCaCertificates;
    request.userName = m_results.options.loginUser;
    if (!request.userName.isEmpty())
        request.database = m_results.connection.database;
    return request;
}

void DiagnosisRunner::onLoginFinished(const LoginAttempt &attempt)
{
    if (!m_results.login->node && m_results.login->routedHost.isEmpty()) {
        m_results.login->gateway = attempt;
        if (attempt.outcome != LoginAttempt::Outcome::Routed) {
            endLogin();
            return;
        }
        // Redirect: the client now resolves the name it was given and connects there.
        QString routed = attempt.response.routing->server;
        routed = routed.section(QLatin1Char('\\'), 0, 0).trimmed();
        m_results.login->routedHost = routed;
        if (routed.isEmpty()) {
            endLogin();
            return;
        }
        emit checkProgress(CheckIds::tdsLogin, 1, 4);
        m_resolvingRoute = true;
        m_resolver.start(routed, m_results.options.timeout);
        return;
    }
    m_results.login->node = attempt;
    endLogin();
}

void DiagnosisRunner::onRouteResolved(const DnsAnswer &answer)
{
    m_resolvingRoute = false;
    m_results.login->routedDns = answer;
    if (answer.addresses.isEmpty()) {
        endLogin();
        return;
    }
    emit checkProgress(CheckIds::tdsLogin, 2, 4);
    QHostAddress node = answer.addresses.constFirst();
    for (const QHostAddress &address : answer.addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            node = address;
            break;
        }
    }
    m_nodeConnect.start(node, m_results.login->routing()->port, m_results.options.timeout);
}

void DiagnosisRunner::onNodeConnected(const PortProbeResult &result)
{
    m_results.login->nodeConnect = result;
    if (result.state != PortState::Open) {
        endLogin();
        return;
    }
    emit checkProgress(CheckIds::tdsLogin, 3, 4);
    // As the drivers do after a redirect: the node is asked for by the name the gateway gave, over
    // the same kind of TLS.
    m_login.start(loginRequest(result.address, result.port, m_results.login->routedHost,
                               m_results.login->routing()->server, m_results.login->gateway.tls.mode),
                  m_loginPassword);
}

void DiagnosisRunner::endLogin()
{
    wipeLoginPassword();
    endCheck(CheckIds::tdsLogin);
    runSubnet();
}

void DiagnosisRunner::runSubnet()
{
    if (!m_results.options.subnet) {
        skipCheck(CheckIds::redirectSubnet);
        runRange();
        return;
    }
    emit checkStarted(CheckIds::redirectSubnet);
    m_checkClock.start();
    SubnetSweep sweep;
    sweep.subnet = *m_results.options.subnet;
    sweep.gateway = *m_results.connectAddress();
    // Redirect today sends clients to the nodes on 1433, whatever port the gateway uses (3342 is
    // the public endpoint's own and always proxied).
    sweep.port = 1433;
    m_results.subnet = sweep;

    ScanRequest request;
    for (const QHostAddress &address : azureUsableAddresses(sweep.subnet))
        request.targets.append({ address.toString(), address });
    request.ports = { sweep.port };
    request.timeout = m_results.options.timeout;
    request.concurrency = m_results.options.concurrency;
    m_scanningCheck = CheckIds::redirectSubnet;
    m_scanner.start(request);
}

void DiagnosisRunner::runRange()
{
    const QList<QHostAddress> nodes = m_results.subnet ? m_results.subnet->nodes() : QList<QHostAddress> {};
    if (!m_results.options.redirectRange || nodes.isEmpty()) {
        // Never on the gateway address: a load-balancer front end is silent on ports it has no rule
        // for, so filtered there proves nothing about the nodes.
        skipCheck(CheckIds::redirectRange);
        runDrivers();
        return;
    }
    emit checkStarted(CheckIds::redirectRange);
    m_checkClock.start();
    RedirectRangeScan range;
    range.first = m_results.options.redirectFirst;
    range.last = m_results.options.redirectLast;
    m_results.range = range;

    ScanRequest request;
    for (const QHostAddress &node : nodes.mid(0, CheckOptions::maxRangeNodes))
        request.targets.append({ node.toString(), node });
    for (uint port = range.first; port <= range.last; ++port)
        request.ports.append(quint16(port));
    request.timeout = m_results.options.timeout;
    request.concurrency = m_results.options.concurrency;
    m_scanningCheck = CheckIds::redirectRange;
    m_scanner.start(request);
}

DiagnosisRunner::~DiagnosisRunner()
{
    // odbcinst is bounded by its own timeouts; the thread cannot outlive the runner it reports to.
    if (m_driverThread) {
        m_driverThread->disconnect(this);
        m_driverThread->wait();
        delete m_driverThread;
    }
}

void DiagnosisRunner::startDriverInventory()
{
    if (m_driverThread)
        return; // still reading from the run before: its answer is as good for this one
    m_driverInventory.reset();
    auto inventory = std::make_shared<DriverInventory>();
    QThread *thread = QThread::create([inventory] { *inventory = readInstalledDrivers(); });
    m_driverThread = thread;
    connect(thread, &QThread::finished, this, [this, thread, inventory] {
        m_driverInventory = *inventory;
        m_driverThread = nullptr;
        thread->deleteLater();
        if (m_awaitingDrivers && m_running)
            collectDrivers();
    });
    thread->start();
}

void DiagnosisRunner::runDrivers()
{
    emit checkStarted(CheckIds::clientDrivers);
    m_checkClock.start();
    if (m_driverInventory)
        collectDrivers();
    else
        m_awaitingDrivers = true; // the thread's end collects it
}

void DiagnosisRunner::collectDrivers()
{
    m_awaitingDrivers = false;
    m_results.drivers = m_driverInventory;
    endCheck(CheckIds::clientDrivers);
    finish();
}

void DiagnosisRunner::endCheck(const QString &checkId)
{
    m_results.elapsedMs.insert(checkId, double(m_checkClock.nsecsElapsed()) / 1e6);
    emit checkFinished(describeCheck(m_results, checkId));
}

void DiagnosisRunner::skipCheck(const QString &checkId)
{
    emit checkFinished(describeCheck(m_results, checkId));
}

void DiagnosisRunner::finish()
{
    m_running = false;
    emit finished();
}

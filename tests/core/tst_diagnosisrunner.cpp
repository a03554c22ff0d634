#include "diagnosis/diagnosisrunner.h"
#include "report/redaction.h"
#include "report/reportjson.h"
#include "sim/simulatedinstance.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// The whole check pipeline against the simulator, in process.
class tst_DiagnosisRunner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void profiles_data();
    void profiles();
    void signalsInOrder();
    void cancelMidRun();
    void withoutSubnetTheRangeIsNotGuessed();
    void loginTellsProxyFromRedirect_data();
    void loginTellsProxyFromRedirect();
    void realLoginUsesThePasswordOnce();
    void cancelWhileFollowingARedirect();
    void driversAreOneCheckHoweverLateTheyCome();

private:
    CheckOptions optionsFor(const SimulatedInstance &sim) const;
};

void tst_DiagnosisRunner::initTestCase()
{
    qRegisterMetaType<CheckResult>();
    QString why;
    if (!PortFixture::filteredEmulationAvailable(&why))
        QSKIP(qPrintable(why));
}

CheckOptions tst_DiagnosisRunner::optionsFor(const SimulatedInstance &sim) const
{
    CheckOptions options;
    options.overrides = sim.resolveOverrides();
    options.subnet = sim.subnet();
    options.timeout = 300ms;
    options.extraCaCertificates = SimulatedInstance::trustedCertificates();
    options.overridesOnly = true; // a name the simulator routes to must never reach a real resolver
    return options;
}

void tst_DiagnosisRunner::profiles_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("firstFinding");
    QTest::addColumn<QStringList>("statuses"); // dns, gateway, prelogin, tls.tds7, tls.strict, login, subnet, range
    QTest::newRow("healthy") << "healthy"
                             << "ok.all-checks-passed"
                             << QStringList { "pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass" };
    QTest::newRow("gateway-filtered") << "gateway-filtered"
                                      << "tcp.gateway-filtered"
                                      << QStringList { "pass", "fail", "skip", "skip", "skip", "skip", "fail", "skip" };
    QTest::newRow("gateway-refused") << "gateway-refused"
                                     << "tcp.gateway-refused"
                                     << QStringList { "pass", "fail", "skip", "skip", "skip", "skip", "pass", "pass" };
    // The gateway redirects the login to node 1, which is as silent as the rest.
    QTest::newRow("nodes-filtered") << "nodes-filtered"
                                    << "login.redirect-node-unreachable"
                                    << QStringList { "pass", "pass", "pass", "pass", "pass", "fail", "fail", "skip" };
    QTest::newRow("redirect-filtered") << "redirect-filtered"
                                       << "redirect.range-filtered" << QStringList { "pass", "pass", "pass", "pass",
                                                                                     "pass", "pass", "pass", "fail" };
    QTest::newRow("redirect-partial") << "redirect-partial"
                                      << "redirect.range-partially-filtered"
                                      << QStringList { "pass", "pass", "pass", "pass", "pass", "pass", "pass", "warn" };
    QTest::newRow("proxy") << "proxy"
                           << "ok.all-checks-passed"
                           << QStringList { "pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass" };
    QTest::newRow("redirect (legacy port)")
        << "redirect"
        << "ok.all-checks-passed" << QStringList { "pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass" };
    QTest::newRow("redirect-node-filtered")
        << "redirect-node-filtered"
        << "login.redirect-node-unreachable"
        << QStringList { "pass", "pass", "pass", "pass", "pass", "fail", "pass", "fail" };
    QTest::newRow("redirect-unresolvable")
        << "redirect-unresolvable"
        << "login.redirect-target-unresolved"
        << QStringList { "pass", "pass", "pass", "pass", "pass", "fail", "pass", "pass" };
    QTest::newRow("login-40532") << "login-40532"
                                 << "login.cannot-open-server"
                                 << QStringList { "pass", "pass", "pass", "pass", "pass", "fail", "pass", "pass" };
    QTest::newRow("login-47072") << "login-47072"
                                 << "login.tls-too-old"
                                 << QStringList { "pass", "pass", "pass", "pass", "pass", "fail", "pass", "pass" };
}

void tst_DiagnosisRunner::profiles()
{
    QFETCH(QString, profile);
    QFETCH(QString, firstFinding);
    QFETCH(QStringList, statuses);
    SimulatedInstance sim;
    QString error;
    QVERIFY2(sim.start(profile, &error), qPrintable(error));

    DiagnosisRunner runner;
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    runner.start(*parseTarget(sim.hostName()).target, optionsFor(sim));
    QVERIFY(finished.wait(60000));
    const Report report = runner.report();
    QVERIFY(!report.findings.isEmpty());
    QCOMPARE(report.findings.first().id, firstFinding);
    QStringList actual;
    for (const CheckResult &check : report.checks)
        actual.append(checkStatusId(check.status));
    // The last check is this machine's drivers, which the profile does not decide.
    QCOMPARE(report.checks.constLast().id, QString(CheckIds::clientDrivers));
    QCOMPARE(actual.mid(0, statuses.size()), statuses);
    if (profile == QLatin1String("nodes-filtered"))
        QVERIFY(report.checks.at(7).summary.contains(QStringLiteral("no node answered")));
    QCOMPARE(report.input.host, sim.hostName());
    QCOMPARE(report.input.port, quint16(1433));
    QCOMPARE(report.input.endpointKind, EndpointKind::VnetLocal);
}

void tst_DiagnosisRunner::signalsInOrder()
{
    SimulatedInstance sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("healthy"), &error), qPrintable(error));
    DiagnosisRunner runner;
    QStringList events;
    connect(&runner, &DiagnosisRunner::checkStarted, this,
            [&](const QString &id) { events << QStringLiteral("start ") + id; });
    connect(&runner, &DiagnosisRunner::checkFinished, this,
            [&](const CheckResult &result) { events << QStringLiteral("end ") + result.id; });
    QSignalSpy progress(&runner, &DiagnosisRunner::checkProgress);
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    runner.start(*parseTarget(sim.hostName()).target, optionsFor(sim));
    QVERIFY(finished.wait(60000));
    QCOMPARE(events,
             (QStringList { "start dns.resolve", "end dns.resolve", "start tcp.gateway", "end tcp.gateway",
                            "start tds.prelogin", "end tds.prelogin", "start tls.tds7", "end tls.tds7",
                            "start tls.strict", "end tls.strict", "start tds.login", "end tds.login",
                            "start redirect.subnet", "end redirect.subnet", "start redirect.range",
                            "end redirect.range", "start client.drivers", "end client.drivers" }));
    QVERIFY(!progress.isEmpty());
    QVERIFY(!runner.isRunning());
}

void tst_DiagnosisRunner::cancelMidRun()
{
    SimulatedInstance sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("gateway-filtered"), &error), qPrintable(error));
    CheckOptions options = optionsFor(sim);
    options.timeout = 600s; // nothing but cancel() can end the gateway check in time
    DiagnosisRunner runner;
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    connect(
        &runner, &DiagnosisRunner::checkStarted, &runner,
        [&runner](const QString &id) {
            if (id == CheckIds::tcpGateway)
                runner.cancel();
        },
        Qt::QueuedConnection);
    runner.start(*parseTarget(sim.hostName()).target, options);
    QVERIFY(finished.wait(10000));
    QVERIFY(!runner.isRunning());
    const Report report = runner.report();
    QVERIFY(report.cancelled);
    for (const Finding &finding : report.findings)
        QVERIFY(finding.id != QLatin1String("ok.all-checks-passed"));
    QCOMPARE(report.checks.at(0).status, CheckStatus::Pass);
    for (qsizetype i = 1; i < report.checks.size(); ++i)
        QCOMPARE(report.checks.at(i).status, CheckStatus::Skip);
}

void tst_DiagnosisRunner::withoutSubnetTheRangeIsNotGuessed()
{
    SimulatedInstance sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("redirect-filtered"), &error), qPrintable(error));
    CheckOptions options = optionsFor(sim);
    options.subnet.reset();
    DiagnosisRunner runner;
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    runner.start(*parseTarget(sim.hostName()).target, options);
    QVERIFY(finished.wait(60000));
    const Report report = runner.report();
    // Never on the gateway address: the range check is skipped and says what it needs.
    QCOMPARE(report.checks.at(7).status, CheckStatus::Skip);
    QVERIFY(report.checks.at(7).summary.contains(QStringLiteral("--subnet")));
    QCOMPARE(report.findings.first().id, QStringLiteral("ok.all-checks-passed"));
}

void tst_DiagnosisRunner::loginTellsProxyFromRedirect_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("connectionType");
    QTest::addColumn<int>("routedPort"); // 0: not routed
    QTest::newRow("redirect") << "healthy"
                              << "redirect" << 1433;
    QTest::newRow("legacy redirect") << "redirect"
                                     << "redirect" << 11000;
    QTest::newRow("proxy") << "proxy"
                           << "proxy" << 0;
}

void tst_DiagnosisRunner::loginTellsProxyFromRedirect()
{
    QFETCH(QString, profile);
    QFETCH(QString, connectionType);
    QFETCH(int, routedPort);
    SimulatedInstance sim;
    QString error;
    QVERIFY2(sim.start(profile, &error), qPrintable(error));
    DiagnosisRunner runner;
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    runner.start(*parseTarget(sim.hostName()).target, optionsFor(sim));
    QVERIFY(finished.wait(60000));

    const LoginCheck &login = *runner.results().login;
    QCOMPARE(login.connectionType(), connectionType);
    QVERIFY(login.pathProven());
    QVERIFY(login.gateway.madeUpLogin);
    QCOMPARE(login.gateway.address, sim.gatewayAddress());
    QCOMPARE(sim.gateway()->lastLoginUser(), TdsLoginProbe::madeUpUserName());
    const LoginAttempt *last = login.lastLogin();
    QCOMPARE(last->outcome, LoginAttempt::Outcome::Refused);
    QCOMPARE(last->errorNumber(), 18456);
    if (routedPort == 0) {
        QVERIFY(!login.routing());
        QVERIFY(!login.node);
        QCOMPARE(sim.gateway()->loginsAnswered(), 1);
        return;
    }
    // Redirect: the gateway named node 1, the name resolved to its address, and that node's engine
    // refused the made-up login — the whole way is proven.
    QCOMPARE(login.routing()->server, sim.nodeHostName(0));
    QCOMPARE(int(login.routing()->port), routedPort);
    QCOMPARE(login.routedDns->addresses, QList<QHostAddress> { sim.nodeAddresses().at(0) });
    QCOMPARE(login.nodeConnect->state, PortState::Open);
    QCOMPARE(login.node->address, sim.nodeAddresses().at(0));
    QCOMPARE(int(login.node->port), routedPort);
    QCOMPARE(login.node->tlsName, sim.nodeHostName(0));
    QVERIFY(login.node->tls.hostNameMatches);
    const CheckResult check = describeCheck(runner.results(), CheckIds::tdsLogin);
    QCOMPARE(check.data.value(QStringLiteral("connection_type")).toString(), connectionType);
    QVERIFY2(check.summary.contains(sim.nodeHostName(0)), qPrintable(check.summary));
}

void tst_DiagnosisRunner::realLoginUsesThePasswordOnce()
{
    SimulatedInstance sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("healthy"), &error), qPrintable(error));
    CheckOptions options = optionsFor(sim);
    options.loginUser = SimulatedInstance::acceptedLogin();
    const QString password = QStringLiteral("Pa55-word-nobody-may-see");
    DiagnosisRunner runner;
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    runner.setLoginPassword(password);
    runner.start(*parseTarget(sim.hostName()).target, options);
    QVERIFY(finished.wait(60000));
    const LoginCheck &login = *runner.results().login;
    QVERIFY(!login.gateway.madeUpLogin);
    QCOMPARE(login.node->outcome, LoginAttempt::Outcome::LoggedIn);
    QCOMPARE(login.node->response.loginAck->tdsVersionText(), QStringLiteral("7.4"));
    QCOMPARE(login.node->response.database, QStringLiteral("master"));
    const Report report = runner.report();
    QCOMPARE(report.findings.first().id, QStringLiteral("ok.all-checks-passed"));
    QVERIFY(!QJsonDocument(reportToJson(report)).toJson().contains(password.toUtf8()));
    QVERIFY(sim.gateway()->lastLoginHadPassword());

    // The password was for that run: the next one sends none.
    runner.start(*parseTarget(sim.hostName()).target, options);
    QVERIFY(finished.wait(60000));
    QCOMPARE(sim.gateway()->lastLoginUser(), SimulatedInstance::acceptedLogin());
    QVERIFY(!sim.gateway()->lastLoginHadPassword());

    // Someone the engine does not know: the path works, the credentials do not.
    options.loginUser = QStringLiteral("nobody-here");
    runner.setLoginPassword(password);
    runner.start(*parseTarget(sim.hostName()).target, options);
    QVERIFY(finished.wait(60000));
    QCOMPARE(runner.report().findings.first().id, QStringLiteral("login.failed"));
    QVERIFY(runner.results().login->pathProven());
    // A redacted report names neither the login nor the node the gateway sent it to.
    const QByteArray redacted = QJsonDocument(reportToJson(redactReport(runner.report()).report)).toJson();
    QVERIFY(!redacted.contains("nobody-here"));
    QVERIFY(!redacted.contains(sim.nodeHostName(0).toUtf8()));
    QVERIFY(!redacted.contains(sim.nodeAddresses().at(0).toString().toUtf8()));
}

void tst_DiagnosisRunner::cancelWhileFollowingARedirect()
{
    SimulatedInstance sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("nodes-filtered"), &error), qPrintable(error));
    CheckOptions options = optionsFor(sim);
    options.timeout = 600s; // the node is silent: only cancel() can end its connect in time
    DiagnosisRunner runner;
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    // Step 2 of the login: the routed name is resolved and the node's port is being connected to.
    connect(
        &runner, &DiagnosisRunner::checkProgress, &runner,
        [&runner](const QString &id, int done) {
            if (id == CheckIds::tdsLogin && done == 2)
                runner.cancel();
        },
        Qt::QueuedConnection);
    runner.start(*parseTarget(sim.hostName()).target, options);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner.isRunning());
    const Report report = runner.report();
    QVERIFY(report.cancelled);
    const CheckResult login = describeCheck(runner.results(), CheckIds::tdsLogin);
    QCOMPARE(login.status, CheckStatus::Skip);
    QVERIFY2(login.summary.contains(QStringLiteral("cancelled")), qPrintable(login.summary));
    QCOMPARE(login.data.value(QStringLiteral("routing")).toObject().value(QStringLiteral("server")).toString(),
             sim.nodeHostName(0));
}

void tst_DiagnosisRunner::driversAreOneCheckHoweverLateTheyCome()
{
    // A name nobody resolves ends the network checks at once, usually before the driver thread has
    // read anything: the drivers check then waits for it, and still starts and ends once.
    CheckOptions options;
    options.overridesOnly = true;
    DiagnosisRunner runner;
    QStringList events;
    connect(&runner, &DiagnosisRunner::checkStarted, this,
            [&](const QString &id) { events << QStringLiteral("start ") + id; });
    connect(&runner, &DiagnosisRunner::checkFinished, this,
            [&](const CheckResult &result) { events << QStringLiteral("end ") + result.id; });
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    for (int round = 0; round < 3; ++round) {
        events.clear();
        runner.start(*parseTarget(QStringLiteral("nobody.a1b2c3d4e5f6.database.windows.net")).target, options);
        QVERIFY(finished.wait(30000));
        QCOMPARE(events.count(QStringLiteral("start client.drivers")), 1);
        QCOMPARE(events.count(QStringLiteral("end client.drivers")), 1);
        QCOMPARE(events.constLast(), QStringLiteral("end client.drivers"));
        QVERIFY(runner.results().drivers.has_value());
    }
}

QTEST_GUILESS_MAIN(tst_DiagnosisRunner)
#include "tst_diagnosisrunner.moc"

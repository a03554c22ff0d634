#include "diagnosis/diagnosisrunner.h"
#include "sim/simulatedinstance.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// The whole check pipeline against the simulator, in process.
class tst_DiagnosisRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void profiles_data();
    void profiles();
    void signalsInOrder();
    void cancelMidRun();
    void withoutSubnetTheRangeIsNotGuessed();

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
    return options;
}

void tst_DiagnosisRunner::profiles_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("firstFinding");
    QTest::addColumn<QStringList>("statuses"); // dns, gateway, prelogin, tls.tds7, tls.strict, subnet, range
    QTest::newRow("healthy") << "healthy" << "ok.all-checks-passed" << QStringList{"pass", "pass", "pass", "pass", "pass", "pass", "pass"};
    QTest::newRow("gateway-filtered") << "gateway-filtered" << "tcp.gateway-filtered"
                                      << QStringList{"pass", "fail", "skip", "skip", "skip", "fail", "skip"};
    QTest::newRow("gateway-refused") << "gateway-refused" << "tcp.gateway-refused"
                                     << QStringList{"pass", "fail", "skip", "skip", "skip", "pass", "pass"};
    QTest::newRow("nodes-filtered") << "nodes-filtered" << "redirect.subnet-1433-filtered"
                                    << QStringList{"pass", "pass", "pass", "pass", "pass", "fail", "skip"};
    QTest::newRow("redirect-filtered") << "redirect-filtered" << "redirect.range-filtered"
                                       << QStringList{"pass", "pass", "pass", "pass", "pass", "pass", "fail"};
    QTest::newRow("redirect-partial") << "redirect-partial" << "redirect.range-partially-filtered"
                                      << QStringList{"pass", "pass", "pass", "pass", "pass", "pass", "warn"};
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
    QCOMPARE(actual, statuses);
    if (profile == QLatin1String("nodes-filtered"))
        QVERIFY(report.checks.at(6).summary.contains(QStringLiteral("no node answered")));
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
    connect(&runner, &DiagnosisRunner::checkStarted, this, [&](const QString &id) { events << QStringLiteral("start ") + id; });
    connect(&runner, &DiagnosisRunner::checkFinished, this, [&](const CheckResult &result) { events << QStringLiteral("end ") + result.id; });
    QSignalSpy progress(&runner, &DiagnosisRunner::checkProgress);
    QSignalSpy finished(&runner, &DiagnosisRunner::finished);
    runner.start(*parseTarget(sim.hostName()).target, optionsFor(sim));
    QVERIFY(finished.wait(60000));
    QCOMPARE(events, (QStringList{"start dns.resolve", "end dns.resolve", "start tcp.gateway", "end tcp.gateway",
                                  "start tds.prelogin", "end tds.prelogin", "start tls.tds7", "end tls.tds7",
                                  "start tls.strict", "end tls.strict", "start redirect.subnet", "end redirect.subnet",
                                  "start redirect.range", "end redirect.range"}));
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
    connect(&runner, &DiagnosisRunner::checkStarted, &runner, [&runner](const QString &id) {
        if (id == CheckIds::tcpGateway)
            runner.cancel();
    }, Qt::QueuedConnection);
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
    QCOMPARE(report.checks.at(6).status, CheckStatus::Skip);
    QVERIFY(report.checks.at(6).summary.contains(QStringLiteral("--subnet")));
    QCOMPARE(report.findings.first().id, QStringLiteral("ok.all-checks-passed"));
}

QTEST_GUILESS_MAIN(tst_DiagnosisRunner)
#include "tst_diagnosisrunner.moc"

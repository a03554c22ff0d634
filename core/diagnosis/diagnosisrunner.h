#pragma once

#include "diagnosisresults.h"
#include "probe/latencysampler.h"
#include "probe/nameresolver.h"
#include "probe/portrangescanner.h"
#include "probe/tcpconnectprobe.h"
#include "probe/tdsloginprobe.h"
#include "probe/tdspreloginprobe.h"
#include "probe/tlsprobe.h"
#include "report/report.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>

// Runs the checks for one target in order — name, gateway, PRELOGIN, TLS (TDS 7.x, then strict),
// the login (and the node it is redirected to), subnet sweep, redirect range — on the
// event loop, reporting each as it starts, progresses and ends. The GUI and the CLI both observe it;
// neither decides a verdict (that is the findings engine's job, from results()).
class DiagnosisRunner : public QObject {
    Q_OBJECT

public:
    explicit DiagnosisRunner(QObject *parent = nullptr);
    ~DiagnosisRunner() override;

    void start(const ConnectionSettings &connection, const CheckOptions &options);
    void start(const Target &target, const CheckOptions &options);
    // The password for CheckOptions::loginUser, for the next run only: used for its LOGIN7s, then
    // overwritten and dropped when the login check ends or the run is cancelled. Never in results.
    void setLoginPassword(const QString &password);
    // Stops every probe at once and emits finished() before returning; results().cancelled is set.
    void cancel();
    bool isRunning() const { return m_running; }

    const DiagnosisResults &results() const { return m_results; }
    Report report() const { return buildReport(m_results); }

signals:
    void checkStarted(const QString &checkId);
    void checkProgress(const QString &checkId, int done, int total);
    // Each timed connect to the gateway as it ends, for live charts.
    void gatewaySample(int index, const PortProbeResult &sample);
    void checkFinished(const CheckResult &result);
    void finished();

private:
    void runDns();
    void runGateway();
    void runPrelogin();
    void runTls(TlsResult::Mode mode);
    void runLogin();
    void onLoginFinished(const LoginAttempt &attempt);
    void onRouteResolved(const DnsAnswer &answer);
    void onNodeConnected(const PortProbeResult &result);
    void endLogin();
    void wipeLoginPassword();
    void runSubnet();
    void runRange();
    void startDriverInventory();
    void runDrivers();
    void collectDrivers();
    LoginProbeRequest loginRequest(const QHostAddress &address, quint16 port, const QString &tlsName,
                                   const QString &serverName, TlsResult::Mode mode) const;
    void endCheck(const QString &checkId);
    void skipCheck(const QString &checkId);
    void finish();

    DiagnosisResults m_results;
    NameResolver m_resolver;
    LatencySampler m_sampler;
    PortRangeScanner m_scanner;
    TdsPreloginProbe m_prelogin;
    TlsProbe m_tls;
    TdsLoginProbe m_login;
    TcpConnectProbe m_nodeConnect;
    QString m_loginPassword;
    bool m_resolvingRoute = false; // the resolver works for the login check now, not for dns.resolve
    QString m_scanningCheck;
    QElapsedTimer m_checkClock;
    bool m_running = false;
    // Reading the driver registrations runs a local program, so it runs on a thread of its own from
    // the start of a run, and is collected as the run's last check.
    QPointer<QThread> m_driverThread;
    std::optional<DriverInventory> m_driverInventory;
    quint64 m_runSerial = 0;
    bool m_awaitingDrivers = false;
};

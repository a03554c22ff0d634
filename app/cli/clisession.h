#pragma once

#include "commandline.h"
#include "interruptwatcher.h"
#include "report/report.h"
#include "target/connectionstring.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class DiagnosisRunner;
class NameResolver;
class PortRangeScanner;
class SimulatedInstance;
struct ScanTarget;

// Runs one miconnect-cli command on the event loop and reports its exit code through done().
class CliSession : public QObject {
    Q_OBJECT

public:
    explicit CliSession(QObject *parent = nullptr);

    void start(const CliRequest &request);

signals:
    void done(int exitCode);

private:
    void runCheck(const ConnectionSettings &connection);
    void startRound();
    void reportRoundChanges(const Report &report);
    void runDemo();
    void configureSimulator();
    void runScan();
    void startScanner(const QList<ScanTarget> &targets);
    void runSimulate();
    void listScenarios();
    void listDrivers();
    void explain();
    void compare();
    void onInterrupted();
    void finishCheck();
    void finishScan();

    // Writes a scan's JSON/report/text outputs as requested; returns false (and says why on stderr) on failure.
    bool emitOutputs(const QJsonObject &json, const QString &text);
    // The same for a diagnosis report, in every format --report knows, redacted when asked.
    bool emitReport(const Report &report);
    // The report as it may leave this machine: redacted when asked (the legend saved if wanted).
    Report outgoing(const Report &report);
    void progress(const QString &line);
    void progressInPlace(const QString &line);

    CliRequest m_request;
    InterruptWatcher m_interrupts;
    QPointer<DiagnosisRunner> m_runner;
    QPointer<PortRangeScanner> m_scanner;
    QPointer<SimulatedInstance> m_simulator;
    ConnectionSettings m_connection;
    std::optional<Report> m_previousRound; // watch mode: what the last round found
    int m_round = 0;
    QTimer *m_watchTimer = nullptr;
    int m_pendingResolutions = 0;
    bool m_interrupted = false;
    bool m_progressLineOpen = false;
};

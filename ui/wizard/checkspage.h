#pragma once

#include "diagnosis/checkresult.h"
#include "probe/portstate.h"

#include <QWizardPage>

class LatencyChartView;
class PortStateChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

// The checks, live: a row per check with status, time and evidence; overall progress; Cancel, Run
// again and Watch (a new round every few seconds, to see the moment an NSG change takes effect); the
// gateway's latency and the port states as charts.
class ChecksPage : public QWizardPage {
    Q_OBJECT

public:
    // Seconds between watch rounds.
    static constexpr int watchIntervalSeconds = 5;

    explicit ChecksPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    int round() const { return m_round; }
    // A watch round is due (the pause between rounds is running).
    bool roundScheduled() const;
    // Tests shorten the pause between watch rounds.
    void setWatchInterval(int milliseconds) { m_watchIntervalMs = milliseconds; }

private:
    void runChecks();
    void showSavedChecks(); // the viewer: the report's checks, nothing runs
    void onCheckStarted(const QString &checkId);
    void onCheckProgress(const QString &checkId, int done, int total);
    void onCheckFinished(const CheckResult &result);
    void onGatewaySample(int index, const PortProbeResult &sample);
    void onFinished();
    void setWatching(bool watching);
    void updateCountdown();
    int rowOf(const QString &checkId) const;

    QTreeWidget *m_checks = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_runAgain = nullptr;
    QPushButton *m_watch = nullptr;
    LatencyChartView *m_latency = nullptr;
    PortStateChartView *m_ports = nullptr;
    QTimer *m_nextRound = nullptr;
    QTimer *m_countdown = nullptr;
    QJsonObject m_subnetData;
    int m_finishedChecks = 0;
    int m_round = 0;
    int m_watchIntervalMs = watchIntervalSeconds * 1000;
    bool m_done = false;
};

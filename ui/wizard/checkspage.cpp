#include "checkspage.h"

#include "charts/latencychartview.h"
#include "charts/portstatechartview.h"
#include "connectwizard.h"
#include "diagnosis/diagnosisresults.h"
#include "diagnosis/diagnosisrunner.h"
#include "icons.h"
#include "targetpage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { Column_Check, Column_Status, Column_Time, Column_Evidence };
}

ChecksPage::ChecksPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Checking the path"));
    setSubTitle(tr("Each check runs from this machine; nothing is changed anywhere."));

    m_checks = new QTreeWidget;
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setAccessibleName(tr("Checks"));
    m_checks->setRootIsDecorated(false);
    m_checks->setUniformRowHeights(false);
    m_checks->setWordWrap(true);
    m_checks->setHeaderLabels({ tr("Check"), tr("Status"), tr("Time"), tr("Evidence") });
    m_checks->header()->setSectionResizeMode(Column_Check, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(Column_Status, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(Column_Time, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(Column_Evidence, QHeaderView::Stretch);

    m_latency = new LatencyChartView;
    m_latency->setObjectName(QStringLiteral("latencyChart"));
    m_ports = new PortStateChartView;
    m_ports->setObjectName(QStringLiteral("portChart"));
    auto *charts = new QTabWidget;
    charts->setObjectName(QStringLiteral("charts"));
    charts->addTab(m_latency, tr("&Latency"));
    charts->addTab(m_ports, tr("P&ort states"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_checks);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Overall progress"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_cancel = new QPushButton(tr("&Cancel checks"));
    m_cancel->setObjectName(QStringLiteral("cancelChecks"));
    m_runAgain = new QPushButton(tr("&Run again"));
    m_runAgain->setObjectName(QStringLiteral("runAgain"));
    m_watch = new QPushButton(tr("&Watch"));
    m_watch->setObjectName(QStringLiteral("watch"));
    m_watch->setCheckable(true);
    m_watch->setToolTip(tr("Run the checks again every %n second(s) until stopped.", nullptr, watchIntervalSeconds));

    m_nextRound = new QTimer(this);
    m_nextRound->setSingleShot(true);
    connect(m_nextRound, &QTimer::timeout, this, &ChecksPage::runChecks);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ChecksPage::updateCountdown);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_watch);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_runAgain);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        setWatching(false);
        if (auto *connectWizard = qobject_cast<ConnectWizard *>(wizard()))
            connectWizard->runner()->cancel();
    });
    connect(m_runAgain, &QPushButton::clicked, this, &ChecksPage::runChecks);
    connect(m_watch, &QPushButton::toggled, this, &ChecksPage::setWatching);
}

void ChecksPage::initializePage()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const bool viewing = connectWizard->isViewingReport();
    for (QPushButton *button : { m_cancel, m_runAgain, m_watch })
        button->setVisible(!viewing);
    if (viewing) {
        showSavedChecks();
        return;
    }
    setTitle(tr("Checking the path"));
    setSubTitle(tr("Each check runs from this machine; nothing is changed anywhere."));
    DiagnosisRunner *runner = connectWizard->runner();
    runner->disconnect(this);
    connect(runner, &DiagnosisRunner::checkStarted, this, &ChecksPage::onCheckStarted);
    connect(runner, &DiagnosisRunner::checkProgress, this, &ChecksPage::onCheckProgress);
    connect(runner, &DiagnosisRunner::checkFinished, this, &ChecksPage::onCheckFinished);
    connect(runner, &DiagnosisRunner::gatewaySample, this, &ChecksPage::onGatewaySample);
    connect(runner, &DiagnosisRunner::finished, this, &ChecksPage::onFinished);
    connectWizard->saveSettings();
    m_round = 0;
    runChecks();
}

void ChecksPage::showSavedChecks()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const Report report = connectWizard->report();
    setTitle(tr("The checks in this report"));
    setSubTitle(tr("What ran from %1 on %2; nothing runs from this machine.")
                    .arg(report.environment.machine.isEmpty() ? tr("an unnamed machine") : report.environment.machine,
                         QLocale().toString(report.created.toLocalTime(), QLocale::ShortFormat)));
    setWatching(false);
    m_checks->clear();
    m_latency->clear();
    m_ports->clear();
    m_subnetData = {};
    m_finishedChecks = 0;
    m_progress->setRange(0, std::max(1, int(report.checks.size())));
    for (const CheckResult &check : report.checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(Column_Check, check.title.isEmpty() ? check.id : check.title);
        item->setToolTip(Column_Check, check.id);
        item->setData(Column_Check, Qt::UserRole, check.id);
        onCheckFinished(check);
    }
    m_progress->setValue(m_progress->maximum());
    const int problems = report.count(Severity::Error) + report.count(Severity::Warning);
    m_status->setText(report.cancelled ? tr("This run was cancelled before every check finished.")
                          : problems == 0
                          ? tr("Nothing wrong found in this run.")
                          : tr("%n problem(s) found in this run — see the findings.", nullptr, problems));
    m_done = true;
    emit completeChanged();
}

void ChecksPage::cleanupPage()
{
    // Going Back cancels: the user is about to change what is being checked.
    setWatching(false);
    if (auto *connectWizard = qobject_cast<ConnectWizard *>(wizard())) {
        connectWizard->runner()->disconnect(this);
        connectWizard->runner()->cancel();
    }
}

bool ChecksPage::roundScheduled() const
{
    return m_nextRound->isActive();
}

bool ChecksPage::isComplete() const
{
    return m_done;
}

void ChecksPage::runChecks()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    m_nextRound->stop();
    m_countdown->stop();
    m_checks->clear();
    for (const PlannedCheck &check : plannedChecks()) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(Column_Check, check.title);
        item->setToolTip(Column_Check, check.id);
        item->setData(Column_Check, Qt::UserRole, check.id);
        item->setIcon(Column_Status, waitingIcon());
        item->setText(Column_Status, tr("Waiting"));
    }
    m_latency->clear();
    m_ports->clear();
    m_subnetData = {};
    m_finishedChecks = 0;
    m_progress->setRange(0, int(plannedChecks().size()));
    m_progress->setValue(0);
    ++m_round;

    ConnectionSettings connection;
    CheckOptions options;
    QString error;
    if (!connectWizard->prepareCheck(&connection, &options, &error)) {
        m_status->setText(tr("Cannot run the checks: %1").arg(error));
        m_cancel->setEnabled(false);
        m_runAgain->setEnabled(true);
        setWatching(false);
        return;
    }
    m_status->setText(m_round > 1 && m_watch->isChecked() ? tr("Round %1: running…").arg(m_round) : tr("Running…"));
    m_cancel->setEnabled(true);
    m_runAgain->setEnabled(false);
    if (!options.loginUser.isEmpty()) {
        if (auto *target = qobject_cast<TargetPage *>(connectWizard->page(ConnectWizard::Page_Target)))
            connectWizard->runner()->setLoginPassword(target->loginPassword());
    }
    connectWizard->runner()->start(connection, options);
}

int ChecksPage::rowOf(const QString &checkId) const
{
    for (int row = 0; row < m_checks->topLevelItemCount(); ++row) {
        if (m_checks->topLevelItem(row)->data(Column_Check, Qt::UserRole).toString() == checkId)
            return row;
    }
    return -1;
}

void ChecksPage::onCheckStarted(const QString &checkId)
{
    if (QTreeWidgetItem *item = m_checks->topLevelItem(rowOf(checkId))) {
        item->setIcon(Column_Status, runningIcon());
        item->setText(Column_Status, tr("Running"));
        m_checks->scrollToItem(item);
    }
}

void ChecksPage::onCheckProgress(const QString &checkId, int done, int total)
{
    if (QTreeWidgetItem *item = m_checks->topLevelItem(rowOf(checkId)))
        item->setText(Column_Evidence, tr("%1 of %2").arg(done).arg(total));
}

void ChecksPage::onGatewaySample(int index, const PortProbeResult &sample)
{
    m_latency->addSample(index + 1, sample.rttMs, sample.state == PortState::Open);
}

void ChecksPage::onCheckFinished(const CheckResult &result)
{
    if (QTreeWidgetItem *item = m_checks->topLevelItem(rowOf(result.id))) {
        item->setIcon(Column_Status, checkStatusIcon(result.status));
        item->setText(Column_Status, checkStatusLabel(result.status));
        item->setText(Column_Time,
                      result.status == CheckStatus::Skip ? QString() : tr("%1 ms").arg(result.elapsedMs, 0, 'f', 1));
        item->setText(Column_Evidence, result.summary);
        item->setToolTip(Column_Evidence, result.summary);
    }
    if (result.id == CheckIds::tcpGateway && result.status != CheckStatus::Skip)
        m_latency->setGatewayData(result.data);
    if (result.id == CheckIds::redirectSubnet) {
        m_subnetData = result.data;
        m_ports->setScanData(m_subnetData, {});
    }
    if (result.id == CheckIds::redirectRange)
        m_ports->setScanData(m_subnetData, result.data);
    m_progress->setValue(++m_finishedChecks);
}

void ChecksPage::onFinished()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const Report report = connectWizard->report();
    const bool cancelled = report.cancelled;
    m_progress->setValue(m_progress->maximum());
    m_cancel->setEnabled(false);
    m_runAgain->setEnabled(true);
    if (cancelled) {
        m_status->setText(tr("Cancelled."));
    } else {
        const int problems = report.count(Severity::Error) + report.count(Severity::Warning);
        m_status->setText(problems == 0 ? tr("Done: nothing wrong found.")
                                        : tr("Done: %n problem(s) found — see the findings.", nullptr, problems));
        m_done = true;
    }
    emit completeChanged();
    if (m_watch->isChecked() && !cancelled) {
        m_nextRound->start(m_watchIntervalMs);
        m_countdown->start();
        updateCountdown();
    }
}

void ChecksPage::setWatching(bool watching)
{
    if (m_watch->isChecked() != watching) {
        m_watch->setChecked(watching); // comes back here through toggled()
        return;
    }
    m_watch->setText(watching ? tr("Stop &watching") : tr("&Watch"));
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    if (!watching) {
        m_nextRound->stop();
        m_countdown->stop();
        return;
    }
    if (connectWizard && !connectWizard->runner()->isRunning() && !m_nextRound->isActive())
        runChecks();
}

void ChecksPage::updateCountdown()
{
    const int seconds = (m_nextRound->remainingTime() + 999) / 1000;
    m_status->setText(tr("Watching: round %1 done; the next starts in %n second(s).", nullptr, seconds).arg(m_round));
}

#include "checkspage.h"

#include "connectwizard.h"
#include "diagnosis/diagnosisresults.h"
#include "diagnosis/diagnosisrunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { Column_Status, Column_Check, Column_Time, Column_Evidence };
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
    m_checks->setHeaderLabels({tr("Status"), tr("Check"), tr("Time"), tr("Evidence")});
    m_checks->header()->setSectionResizeMode(Column_Evidence, QHeaderView::Stretch);
    m_checks->setWordWrap(true);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_cancel = new QPushButton(tr("&Cancel checks"));
    m_cancel->setObjectName(QStringLiteral("cancelChecks"));
    m_runAgain = new QPushButton(tr("&Run again"));
    m_runAgain->setObjectName(QStringLiteral("runAgain"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_runAgain);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (auto *connectWizard = qobject_cast<ConnectWizard *>(wizard()))
            connectWizard->runner()->cancel();
    });
    connect(m_runAgain, &QPushButton::clicked, this, &ChecksPage::runChecks);
}

void ChecksPage::initializePage()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    DiagnosisRunner *runner = connectWizard->runner();
    runner->disconnect(this);
    connect(runner, &DiagnosisRunner::checkStarted, this, &ChecksPage::onCheckStarted);
    connect(runner, &DiagnosisRunner::checkProgress, this, &ChecksPage::onCheckProgress);
    connect(runner, &DiagnosisRunner::checkFinished, this, &ChecksPage::onCheckFinished);
    connect(runner, &DiagnosisRunner::finished, this, &ChecksPage::onFinished);
    runChecks();
}

void ChecksPage::cleanupPage()
{
    // Going Back cancels: the user is about to change what is being checked.
    if (auto *connectWizard = qobject_cast<ConnectWizard *>(wizard())) {
        connectWizard->runner()->disconnect(this);
        connectWizard->runner()->cancel();
    }
}

bool ChecksPage::isComplete() const
{
    return m_done;
}

void ChecksPage::runChecks()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    m_checks->clear();
    for (const PlannedCheck &check : plannedChecks()) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(Column_Status, tr("Waiting"));
        item->setText(Column_Check, check.title);
        item->setData(Column_Check, Qt::UserRole, check.id);
    }
    m_finishedChecks = 0;
    m_progress->setRange(0, int(plannedChecks().size()));
    m_progress->setValue(0);
    m_done = false;
    emit completeChanged();

    ConnectionSettings connection;
    CheckOptions options;
    QString error;
    if (!connectWizard->prepareCheck(&connection, &options, &error)) {
        m_status->setText(tr("Cannot run the checks: %1").arg(error));
        m_cancel->setEnabled(false);
        m_runAgain->setEnabled(true);
        return;
    }
    m_status->setText(tr("Running…"));
    m_cancel->setEnabled(true);
    m_runAgain->setEnabled(false);
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
    if (QTreeWidgetItem *item = m_checks->topLevelItem(rowOf(checkId)))
        item->setText(Column_Status, tr("Running"));
}

void ChecksPage::onCheckProgress(const QString &checkId, int done, int total)
{
    if (QTreeWidgetItem *item = m_checks->topLevelItem(rowOf(checkId)))
        item->setText(Column_Evidence, tr("%1 of %2").arg(done).arg(total));
}

void ChecksPage::onCheckFinished(const CheckResult &result)
{
    if (QTreeWidgetItem *item = m_checks->topLevelItem(rowOf(result.id))) {
        item->setText(Column_Status, checkStatusLabel(result.status));
        item->setText(Column_Time, result.status == CheckStatus::Skip ? QString()
                                                                      : tr("%1 ms").arg(result.elapsedMs, 0, 'f', 1));
        item->setText(Column_Evidence, result.summary);
        item->setToolTip(Column_Evidence, result.summary);
    }
    m_progress->setValue(++m_finishedChecks);
}

void ChecksPage::onFinished()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const bool cancelled = connectWizard->runner()->results().cancelled;
    m_status->setText(cancelled ? tr("Cancelled.") : tr("Done."));
    m_progress->setValue(m_progress->maximum());
    m_cancel->setEnabled(false);
    m_runAgain->setEnabled(true);
    m_done = !cancelled;
    emit completeChanged();
}

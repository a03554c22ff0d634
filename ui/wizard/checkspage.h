#pragma once

#include "diagnosis/checkresult.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

class ChecksPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChecksPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void runChecks();
    void onCheckStarted(const QString &checkId);
    void onCheckProgress(const QString &checkId, int done, int total);
    void onCheckFinished(const CheckResult &result);
    void onFinished();
    int rowOf(const QString &checkId) const;

    QTreeWidget *m_checks = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_runAgain = nullptr;
    int m_finishedChecks = 0;
    bool m_done = false;
};

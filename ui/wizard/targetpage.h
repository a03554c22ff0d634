#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QWidget;

// What the application connects to: its host name or whole connection string, linted as it is typed
// (a password is recognised and never kept), with port and probe options behind "Advanced".
class TargetPage : public QWizardPage {
    Q_OBJECT

public:
    explicit TargetPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // The password for the SQL login to try, when one is given: handed to the runner for one run,
    // never a wizard field, never saved.
    QString loginPassword() const;

private:
    void lint();
    QString advancedProblem() const;

    QLineEdit *m_host = nullptr;
    QLabel *m_lint = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QLineEdit *m_subnet = nullptr;
    QLineEdit *m_range = nullptr;
    QCheckBox *m_rangeEnabled = nullptr;
    QLabel *m_advancedProblem = nullptr;
    QLineEdit *m_loginUser = nullptr;
    QLineEdit *m_loginPassword = nullptr;
};

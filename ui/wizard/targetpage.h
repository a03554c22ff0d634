#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

class TargetPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TargetPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void lint();

    QLineEdit *m_host = nullptr;
    QLabel *m_lint = nullptr;
};

#pragma once

#include <QWizardPage>

class QTextBrowser;

class FindingsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FindingsPage(QWidget *parent = nullptr);

    void initializePage() override;

private:
    QTextBrowser *m_findings = nullptr;
};

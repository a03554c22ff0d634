#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

// The report: a plain-text summary to copy into a ticket, and the report saved as a file (JSON or text
// today; Markdown, HTML and PDF arrive with the reports work).
class ReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReportPage(QWidget *parent = nullptr);

    void initializePage() override;

private:
    void save(bool json);

    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_status = nullptr;
};

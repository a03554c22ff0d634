#pragma once

#include "report/redaction.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// The report: a plain-text summary to copy into a ticket, the report saved in any format (JSON for a
// support engineer, Markdown for a ticket, HTML, PDF, text), optionally redacted, and a comparison
// with an earlier report to see what a change did.
class ReportPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ReportPage(QWidget *parent = nullptr);

    void initializePage() override;

private:
    void refresh();
    // "en" when the report is to be written in English rather than the wizard's language; else empty.
    QString reportLanguage() const;
    void save();
    void saveLegend();
    void compareWithEarlier();

    QPlainTextEdit *m_summary = nullptr;
    QCheckBox *m_redact = nullptr;
    QCheckBox *m_inEnglish = nullptr;
    QPushButton *m_saveLegend = nullptr;
    QLabel *m_status = nullptr;
    RedactedReport m_redacted; // the last redaction, whose legend "Save legend" writes
};

#include "reportpage.h"

#include "connectwizard.h"
#include "i18n/translations.h"
#include "io/savefile.h"
#include "report/reportcomparison.h"
#include "report/reportexport.h"
#include "report/reportjson.h"
#include "report/textreport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

ReportPage::ReportPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Report"));
    m_summary = new QPlainTextEdit;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary->setAccessibleName(tr("Report summary"));
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_summary->setFont(fixed);

    m_redact = new QCheckBox(tr("Re&dact host names, addresses, user names and this machine's name"));
    m_redact->setObjectName(QStringLiteral("redact"));
    m_redact->setToolTip(
        tr("Each is replaced by a placeholder that is the same everywhere in the report, and an "
           "address keeps its kind (private, public…). The legend of placeholders stays here unless you save it."));
    connect(m_redact, &QCheckBox::toggled, this, &ReportPage::refresh);

    // Support engineers and forums mostly read English; the wizard's own language stays as it is.
    m_inEnglish = new QCheckBox(tr("Write the report in &English"));
    m_inEnglish->setObjectName(QStringLiteral("reportInEnglish"));
    m_inEnglish->setToolTip(tr("The summary and every saved format use English; the wizard stays in its language."));
    m_inEnglish->setVisible(currentLanguage() != QLatin1String("en"));
    connect(m_inEnglish, &QCheckBox::toggled, this, &ReportPage::refresh);

    auto *copy = new QPushButton(tr("&Copy summary"));
    copy->setObjectName(QStringLiteral("copySummary"));
    auto *save = new QPushButton(tr("&Save report…"));
    save->setObjectName(QStringLiteral("saveReport"));
    save->setToolTip(
        tr("JSON for a support engineer, Markdown for a ticket, HTML or PDF to read and print, or plain text."));
    m_saveLegend = new QPushButton(tr("Save &legend…"));
    m_saveLegend->setObjectName(QStringLiteral("saveLegend"));
    m_saveLegend->setToolTip(tr("The placeholders and what they stand for, for your own records. Do not send it."));
    auto *compare = new QPushButton(tr("Co&mpare with an earlier report…"));
    compare->setObjectName(QStringLiteral("compare"));
    compare->setToolTip(tr("What got better and what got worse since a report saved before a change."));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_summary->toPlainText());
        m_status->setText(tr("The summary is on the clipboard."));
    });
    connect(save, &QPushButton::clicked, this, &ReportPage::save);
    connect(m_saveLegend, &QPushButton::clicked, this, &ReportPage::saveLegend);
    connect(compare, &QPushButton::clicked, this, &ReportPage::compareWithEarlier);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(save);
    buttons->addWidget(m_saveLegend);
    buttons->addStretch();
    buttons->addWidget(compare);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_redact);
    layout->addWidget(m_inEnglish);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
}

void ReportPage::initializePage()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    setSubTitle(connectWizard->isViewingReport() ? tr(
                    "The saved report as it was sent. Save it in another format, or compare it with an earlier one.")
                                                 : tr("Copy the summary into a ticket or save the report for a support "
                                                      "engineer. Passwords never appear in it."));
    // A report that arrived redacted stays so; ticking the box again would change nothing.
    const bool alreadyRedacted = connectWizard->report().redacted;
    m_redact->setEnabled(!alreadyRedacted);
    if (alreadyRedacted)
        m_redact->setChecked(false);
    // A saved report keeps the words it was written with; only a run of this wizard can be reworded.
    m_inEnglish->setEnabled(!connectWizard->isViewingReport());
    if (connectWizard->isViewingReport())
        m_inEnglish->setChecked(false);
    refresh();
    m_status->clear();
}

QString ReportPage::reportLanguage() const
{
    return m_inEnglish->isChecked() ? QStringLiteral("en") : QString();
}

void ReportPage::refresh()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    if (!connectWizard)
        return;
    const LanguageScope language(reportLanguage());
    const Report report = connectWizard->report();
    m_redacted = m_redact->isChecked() ? redactReport(report) : RedactedReport { report, {} };
    m_summary->setPlainText(reportToText(m_redacted.report));
    m_saveLegend->setEnabled(m_redact->isChecked() && !m_redacted.legend.isEmpty());
}

void ReportPage::save()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const QString filters
        = QStringList { tr("JSON report for a support engineer (*.json)"), tr("Markdown for a ticket (*.md)"),
                        tr("HTML page (*.html)"), tr("PDF document (*.pdf)"), tr("Plain text (*.txt)") }
              .join(QStringLiteral(";;"));
    QString path
        = connectWizard->askSaveFileName(tr("Save the report"), QStringLiteral("miconnect-report.json"), filters);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    bool exported = false;
    {
        // The headings and the pictures' labels are drawn now, so they follow the report's language too.
        const LanguageScope language(reportLanguage());
        exported = exportReport(m_redacted.report, path, &error);
    }
    if (!exported) {
        m_status->setText(tr("✖ %1").arg(error));
        return;
    }
    m_status->setText(m_redact->isChecked() ? tr("Saved %1, redacted.").arg(path) : tr("Saved %1").arg(path));
}

void ReportPage::saveLegend()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const QString path = connectWizard->askSaveFileName(
        tr("Save the redaction legend"), QStringLiteral("miconnect-redaction-legend.txt"), tr("Plain text (*.txt)"));
    if (path.isEmpty())
        return;
    QString reason;
    if (!saveFileAtomically(path, redactionLegendToText(m_redacted.legend).toUtf8(), &reason)) {
        m_status->setText(tr("✖ Cannot save %1: %2").arg(path, reason));
        return;
    }
    m_status->setText(tr("Saved the legend to %1. Keep it; do not send it with the report.").arg(path));
}

void ReportPage::compareWithEarlier()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const QString path = connectWizard->askOpenFileName(tr("The report from before the change"),
                                                        tr("MI Connect Wizard reports (*.json)"));
    if (path.isEmpty())
        return;
    const ReportReadResult earlier = readReportFile(path);
    if (!earlier.report) {
        m_status->setText(tr("✖ %1").arg(earlier.error));
        return;
    }
    const ReportComparison comparison = compareReports(*earlier.report, connectWizard->report());

    // A window of its own, not modal: the user can keep both the comparison and the report in view.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("comparisonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Before and after: %1 → this report").arg(QFileInfo(path).fileName()));
    auto *view = new QTextBrowser;
    view->setObjectName(QStringLiteral("comparison"));
    view->setOpenExternalLinks(true);
    view->setMarkdown(comparisonToMarkdown(comparison));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *saveComparison = buttons->addButton(tr("Save as &Markdown…"), QDialogButtonBox::ActionRole);
    saveComparison->setObjectName(QStringLiteral("saveComparison"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    connect(saveComparison, &QPushButton::clicked, dialog, [this, connectWizard, comparison, dialog] {
        const QString target = connectWizard->askSaveFileName(
            tr("Save the comparison"), QStringLiteral("miconnect-comparison.md"), tr("Markdown for a ticket (*.md)"));
        if (target.isEmpty())
            return;
        QString reason;
        const bool saved = saveFileAtomically(target, comparisonToMarkdown(comparison).toUtf8(), &reason);
        dialog->setWindowTitle(saved ? tr("Saved %1").arg(target) : tr("✖ Cannot save %1: %2").arg(target, reason));
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(760, 560);
    dialog->show();
    m_status->setText(comparison.verdict() == QLatin1String("better")      ? tr("Compared: better than before.")
                          : comparison.verdict() == QLatin1String("worse") ? tr("Compared: worse than before.")
                          : comparison.verdict() == QLatin1String("mixed")
                          ? tr("Compared: some things better, some worse.")
                          : tr("Compared: no change."));
}

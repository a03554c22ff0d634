#include "reportpage.h"

#include "connectwizard.h"
#include "report/reportjson.h"
#include "report/textreport.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

ReportPage::ReportPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Report"));
    setSubTitle(tr("Copy the summary into a ticket or save the report for a support engineer. Passwords never appear in it."));
    m_summary = new QPlainTextEdit;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary->setAccessibleName(tr("Report summary"));
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_summary->setFont(fixed);

    auto *copy = new QPushButton(tr("&Copy summary"));
    copy->setObjectName(QStringLiteral("copySummary"));
    auto *saveJson = new QPushButton(tr("Save as &JSON…"));
    saveJson->setObjectName(QStringLiteral("saveJson"));
    auto *saveText = new QPushButton(tr("Save as &text…"));
    saveText->setObjectName(QStringLiteral("saveText"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_summary->toPlainText());
        m_status->setText(tr("The summary is on the clipboard."));
    });
    connect(saveJson, &QPushButton::clicked, this, [this] { save(true); });
    connect(saveText, &QPushButton::clicked, this, [this] { save(false); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(saveJson);
    buttons->addWidget(saveText);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
}

void ReportPage::initializePage()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    m_summary->setPlainText(reportToText(connectWizard->report()));
    m_status->clear();
}

void ReportPage::save(bool json)
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const Report report = connectWizard->report();
    const QString path = connectWizard->askSaveFileName(tr("Save the report"),
                                                        json ? QStringLiteral("miconnect-report.json") : QStringLiteral("miconnect-report.txt"),
                                                        json ? tr("JSON reports (*.json)") : tr("Text (*.txt)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = json ? QJsonDocument(reportToJson(report)).toJson() : reportToText(report).toUtf8();
    // Written beside the target and renamed into place: a failure leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_status->setText(tr("✖ Cannot save %1: %2").arg(path, file.errorString()));
        return;
    }
    m_status->setText(tr("Saved %1").arg(path));
}

#include "findingspage.h"

#include "connectwizard.h"
#include "diagnosis/diagnosisrunner.h"

#include <QTextBrowser>
#include <QVBoxLayout>

FindingsPage::FindingsPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("What the checks mean"));
    setSubTitle(tr("The most likely cause comes first."));
    m_findings = new QTextBrowser;
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_findings);
}

void FindingsPage::initializePage()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const Report report = connectWizard->runner()->report();
    QString html;
    for (const Finding &finding : report.findings) {
        html += QStringLiteral("<h3>%1 — %2</h3>").arg(severityLabel(finding.severity).toHtmlEscaped(), finding.title.toHtmlEscaped());
        html += QStringLiteral("<p><code>%1</code></p>").arg(finding.id);
        if (!finding.evidence.isEmpty())
            html += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("Seen here:").toHtmlEscaped(), finding.evidence.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(finding.explanation.toHtmlEscaped());
        if (!finding.remedy.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("What to do").toHtmlEscaped());
            for (const QString &step : finding.remedy)
                html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
            html += QStringLiteral("</ol>");
        }
        for (const QString &url : finding.sources)
            html += QStringLiteral("<a href=\"%1\">%1</a><br>").arg(url.toHtmlEscaped());
    }
    m_findings->setHtml(html);
}

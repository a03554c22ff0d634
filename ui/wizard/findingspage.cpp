#include "findingspage.h"

#include "connectwizard.h"
#include "diagnosis/pathview.h"
#include "diagram/pathdiagramview.h"
#include "knowledge/scenariocatalog.h"

#include <QBuffer>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// The severity as an inline icon for the rich text, so the words and the picture travel together.
QString iconHtml(Severity severity)
{
    const char *name = severity == Severity::Error ? "status-error"
        : severity == Severity::Warning            ? "status-warning"
                                                   : "status-info";
    return QStringLiteral("<img src=\":/icons/%1.svg\" width=\"20\" height=\"20\" style=\"vertical-align: middle\">")
        .arg(QLatin1String(name));
}

} // namespace

FindingsPage::FindingsPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("What the checks mean"));
    setSubTitle(tr("The most likely cause comes first. The path shows where it breaks."));
    m_diagram = new PathDiagramView;
    m_diagram->setObjectName(QStringLiteral("findingsDiagram"));
    m_findings = new QTextBrowser;
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setOpenExternalLinks(true);
    m_findings->setAccessibleName(tr("Findings"));
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_diagram);
    splitter->addWidget(m_findings);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void FindingsPage::initializePage()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const Report report = connectWizard->report();
    m_diagram->setPathView(
        buildPathView(ScenarioCatalog::builtIn(), connectWizard->scenarioId(), connectWizard->pathId(), report.checks));

    QString html;
    if (report.findings.isEmpty())
        html
            += QStringLiteral("<p>%1</p>")
                   .arg(tr("No findings: the checks did not get far enough to judge. Run them again.").toHtmlEscaped());
    int number = 0;
    for (const Finding &finding : report.findings) {
        html += QStringLiteral("<h3>%1 %2. %3 — %4</h3>")
                    .arg(iconHtml(finding.severity))
                    .arg(++number)
                    .arg(severityLabel(finding.severity).toHtmlEscaped(), finding.title.toHtmlEscaped());
        if (!finding.evidence.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Seen here:").toHtmlEscaped(), finding.evidence.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(finding.explanation.toHtmlEscaped());
        if (!finding.remedy.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("What to do").toHtmlEscaped());
            for (const QString &step : finding.remedy)
                html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
            html += QStringLiteral("</ol>");
        }
        if (!finding.sources.isEmpty()) {
            QStringList links;
            for (const QString &url : finding.sources)
                links << QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped());
            html += QStringLiteral("<p><small>%1 %2 · <code>%3</code></small></p>")
                        .arg(tr("Sources:").toHtmlEscaped(), links.join(QStringLiteral(" · ")), finding.id);
        }
    }
    m_findings->setHtml(html);
}

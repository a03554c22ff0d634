#include "pathpage.h"

#include "connectwizard.h"
#include "diagnosis/pathview.h"
#include "diagram/pathdiagramview.h"
#include "knowledge/scenariocatalog.h"

#include <QLocale>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

PathPage::PathPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("The recommended path"));
    setSubTitle(tr("How this scenario should reach the instance. Tick what you know is in place; the checks "
                   "come next and colour the path."));

    m_diagram = new PathDiagramView;
    m_diagram->setObjectName(QStringLiteral("pathDiagram"));

    m_paths = new QComboBox;
    m_paths->setObjectName(QStringLiteral("paths"));
    auto *pathLabel = new QLabel(tr("Connection &path:"));
    pathLabel->setBuddy(m_paths);
    connect(m_paths, &QComboBox::currentIndexChanged, this, [this] {
        if (auto *connectWizard = qobject_cast<ConnectWizard *>(wizard()))
            connectWizard->setPathId(m_paths->currentData().toString());
        showPath();
    });

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("pathSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_checklist = new QListWidget;
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setAccessibleName(tr("Prerequisite checklist"));
    m_checklist->setAccessibleDescription(tr("Each item cycles through not sure, yes and no."));
    m_checklist->setWordWrap(true);
    auto *checklistLabel = new QLabel(tr("Prere&quisites (☑ in place · ☐ not in place · ▣ not sure):"));
    checklistLabel->setBuddy(m_checklist);
    connect(m_checklist, &QListWidget::itemChanged, this, &PathPage::storeAnswers);

    auto *exportPng = new QPushButton(tr("Export diagram as P&NG…"));
    exportPng->setObjectName(QStringLiteral("exportPng"));
    auto *exportSvg = new QPushButton(tr("Export diagram as S&VG…"));
    exportSvg->setObjectName(QStringLiteral("exportSvg"));
    connect(exportPng, &QPushButton::clicked, this, [this] { exportDiagram(false); });
    connect(exportSvg, &QPushButton::clicked, this, [this] { exportDiagram(true); });
    m_exportStatus = new QLabel;
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));

    auto *top = new QHBoxLayout;
    top->addWidget(pathLabel);
    top->addWidget(m_paths, 1);
    top->addWidget(exportPng);
    top->addWidget(exportSvg);

    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(checklistLabel);
    lowerLayout->addWidget(m_checklist, 1);
    lowerLayout->addWidget(m_exportStatus);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_diagram);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

void PathPage::initializePage()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    // In the viewer the path is the one the customer's run was judged by, and their answers stand.
    const bool viewing = connectWizard->isViewingReport();
    if (viewing) {
        const Report report = connectWizard->report();
        setTitle(tr("The path in this report"));
        setSubTitle(
            tr("Checked from %1 on %2: the path coloured by those results, and the prerequisites as they were "
               "answered.")
                .arg(report.environment.machine.isEmpty() ? tr("an unnamed machine") : report.environment.machine,
                     QLocale().toString(report.created.toLocalTime(), QLocale::ShortFormat)));
    } else {
        setTitle(tr("The recommended path"));
        setSubTitle(tr("How this scenario should reach the instance. Tick what you know is in place; the checks "
                       "come next and colour the path."));
    }
    m_paths->setEnabled(!viewing);
    m_checklist->setEnabled(!viewing);
    const ScenarioCatalog &catalog = ScenarioCatalog::builtIn();
    const ScenarioDefinition *scenario = catalog.find(connectWizard->scenarioId());
    QStringList pathIds = scenario ? scenario->pathIds : QStringList { QStringLiteral("direct") };
    const QSignalBlocker blocker(m_paths);
    m_paths->clear();
    for (int i = 0; i < pathIds.size(); ++i) {
        const PathDefinition *path = catalog.path(pathIds.at(i));
        m_paths->addItem(i == 0 ? tr("%1 (recommended)").arg(path->title) : path->title, path->id);
    }
    const int chosen = m_paths->findData(connectWizard->pathId());
    m_paths->setCurrentIndex(chosen >= 0 ? chosen : 0);
    connectWizard->setPathId(m_paths->currentData().toString());
    showPath();
}

bool PathPage::validatePage()
{
    storeAnswers();
    return true;
}

void PathPage::showPath()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    if (!connectWizard)
        return;
    const ScenarioCatalog &catalog = ScenarioCatalog::builtIn();
    const QString pathId = m_paths->currentData().toString();
    const QList<CheckResult> checks
        = connectWizard->isViewingReport() ? connectWizard->report().checks : QList<CheckResult> {};
    m_diagram->setPathView(buildPathView(catalog, connectWizard->scenarioId(), pathId, checks));

    const PathDefinition *path = catalog.path(pathId);
    if (!path)
        return;
    QStringList ports;
    for (const PortRequirement &requirement : path->ports) {
        const QString to = requirement.to == QLatin1String("subnet") ? tr("the whole Managed Instance subnet")
            : requirement.to == QLatin1String("endpoint")            ? tr("the private endpoint")
                                                                     : tr("the gateway");
        const QString type = requirement.connectionType == QLatin1String("redirect") ? tr("Redirect") : tr("Proxy");
        ports << tr("%1: TCP %2 to %3").arg(type, requirement.ports, to).toHtmlEscaped();
    }
    m_summary->setText(
        QStringLiteral("%1<br><b>%2</b> %3")
            .arg(path->summary.toHtmlEscaped(), tr("Ports:").toHtmlEscaped(), ports.join(QStringLiteral(" · "))));

    // The checklist: the scenario's own items, then this path's.
    const QHash<QString, bool> answers = connectWizard->checklistAnswers();
    QStringList ids;
    if (const ScenarioDefinition *scenario = catalog.find(connectWizard->scenarioId()))
        ids = scenario->prerequisiteIds;
    for (const QString &id : path->prerequisiteIds) {
        if (!ids.contains(id))
            ids.append(id);
    }
    const QSignalBlocker blocker(m_checklist);
    m_checklist->clear();
    for (const QString &id : std::as_const(ids)) {
        const Prerequisite *item = catalog.prerequisite(id);
        auto *entry = new QListWidgetItem(item->text);
        entry->setData(Qt::UserRole, id);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsUserTristate);
        entry->setCheckState(!answers.contains(id)   ? Qt::PartiallyChecked
                                 : answers.value(id) ? Qt::Checked
                                                     : Qt::Unchecked);
        m_checklist->addItem(entry);
    }
}

void PathPage::storeAnswers()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    if (!connectWizard)
        return;
    QHash<QString, bool> answers = connectWizard->checklistAnswers();
    for (int row = 0; row < m_checklist->count(); ++row) {
        const QListWidgetItem *item = m_checklist->item(row);
        const QString id = item->data(Qt::UserRole).toString();
        if (item->checkState() == Qt::PartiallyChecked)
            answers.remove(id);
        else
            answers.insert(id, item->checkState() == Qt::Checked);
    }
    connectWizard->setChecklistAnswers(answers);
}

void PathPage::exportDiagram(bool svg)
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const QString suggested
        = QStringLiteral("miconnect-path.%1").arg(svg ? QStringLiteral("svg") : QStringLiteral("png"));
    const QString path = connectWizard->askSaveFileName(tr("Export the path diagram"), suggested,
                                                        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool saved = svg ? m_diagram->exportSvg(path, &error) : m_diagram->exportPng(path, &error);
    m_exportStatus->setText(saved ? tr("Saved %1").arg(path) : tr("✖ %1").arg(error));
}

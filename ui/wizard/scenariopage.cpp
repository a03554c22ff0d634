#include "scenariopage.h"

#include "knowledge/scenariocatalog.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

ScenarioPage::ScenarioPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Where does the application run?"));
    setSubTitle(tr("The recommended connection path and the checks depend on it."));

    auto *label = new QLabel(tr("&Hosting scenario:"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("scenarios"));
    m_list->setAccessibleName(tr("Hosting scenario"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    label->setBuddy(m_list);

    auto *unsure = new QListWidgetItem(tr("Not sure — run the checks without a scenario"));
    unsure->setData(Qt::UserRole, QString());
    m_list->addItem(unsure);
    for (const ScenarioDefinition &scenario : ScenarioCatalog::builtIn().all()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(scenario.title, scenario.summary));
        item->setData(Qt::UserRole, scenario.id);
        m_list->addItem(item);
    }
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::currentRowChanged, this, &ScenarioPage::scenarioChanged);
    registerField(QStringLiteral("scenario.id"), this, "scenarioId", SIGNAL(scenarioChanged()));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list);
}

QString ScenarioPage::scenarioId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

#include "scenariopage.h"

#include "icons.h"
#include "knowledge/scenariocatalog.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

constexpr int summaryRole = Qt::UserRole + 1;
constexpr int idRole = Qt::UserRole;
constexpr int iconSize = 32;
constexpr int padding = 6;

// Draws each scenario as an icon, its title in bold and its one-line summary beneath, wrapped.
class ScenarioDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        base.text.clear();
        base.icon = QIcon();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

        const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        icon.paint(painter, QRect(area.left(), area.top(), iconSize, iconSize));
        const QRect textArea = area.adjusted(iconSize + 2 * padding, 0, 0, 0);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        const QRect titleRect
            = painter->boundingRect(textArea, Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
        painter->drawText(textArea, Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
        painter->setFont(option.font);
        painter->drawText(textArea.adjusted(0, titleRect.height() + 2, 0, 0), Qt::TextWordWrap,
                          index.data(summaryRole).toString());
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = std::max(200, (option.widget ? option.widget->width() : 600) - iconSize - 5 * padding - 20);
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const QFontMetrics metrics(option.font);
        const int title
            = boldMetrics
                  .boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap, index.data(Qt::DisplayRole).toString())
                  .height();
        const int summary
            = metrics.boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap, index.data(summaryRole).toString())
                  .height();
        return { width, std::max(iconSize, title + 2 + summary) + 2 * padding };
    }
};

} // namespace

ScenarioPage::ScenarioPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Where does the application run?"));
    setSubTitle(tr("The recommended connection path, its checklist and the advice depend on it."));

    auto *label = new QLabel(tr("&Hosting scenario:"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("scenarios"));
    m_list->setAccessibleName(tr("Hosting scenario"));
    m_list->setItemDelegate(new ScenarioDelegate(m_list));
    m_list->setIconSize(QSize(iconSize, iconSize));
    m_list->setUniformItemSizes(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    label->setBuddy(m_list);

    auto *unsure = new QListWidgetItem(waitingIcon(), tr("No scenario"));
    unsure->setData(summaryRole, tr("Run the checks without judging them against a hosting scenario."));
    unsure->setData(idRole, QString());
    m_list->addItem(unsure);
    for (const ScenarioDefinition &scenario : ScenarioCatalog::builtIn().all()) {
        auto *item = new QListWidgetItem(scenarioIcon(scenario.icon), scenario.title);
        item->setData(summaryRole, scenario.summary);
        item->setData(idRole, scenario.id);
        item->setToolTip(scenario.summary);
        m_list->addItem(item);
    }
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_suggestion->clear();
        emit scenarioChanged();
    });

    m_notSure = new QPushButton(tr("Not &sure? Answer a few questions"));
    m_notSure->setObjectName(QStringLiteral("notSure"));
    m_questions = new QGroupBox(tr("Which scenario fits?"));
    m_questions->setObjectName(QStringLiteral("questions"));
    m_question = new QLabel;
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setWordWrap(true);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    m_answers = new QVBoxLayout;
    auto *questionsLayout = new QVBoxLayout(m_questions);
    questionsLayout->addWidget(m_question);
    questionsLayout->addLayout(m_answers);
    m_questions->hide();
    m_suggestion = new QLabel;
    m_suggestion->setObjectName(QStringLiteral("suggestion"));
    m_suggestion->setWordWrap(true);
    connect(m_notSure, &QPushButton::clicked, this, [this] {
        const QList<ScenarioQuestion> &questions = ScenarioCatalog::builtIn().questions();
        if (!questions.isEmpty())
            showQuestion(questions.constFirst().id);
    });

    registerField(QStringLiteral("scenario.id"), this, "scenarioId", SIGNAL(scenarioChanged()));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_notSure);
    row->addWidget(m_suggestion, 1);
    layout->addLayout(row);
    layout->addWidget(m_questions);
}

QString ScenarioPage::scenarioId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(idRole).toString() : QString();
}

void ScenarioPage::setScenarioId(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(idRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ScenarioPage::showQuestion(const QString &questionId)
{
    const ScenarioQuestion *question = ScenarioCatalog::builtIn().question(questionId);
    if (!question)
        return;
    while (QLayoutItem *item = m_answers->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_question->setText(question->text);
    int number = 0;
    for (const ScenarioQuestion::Answer &answer : question->answers) {
        auto *button = new QCommandLinkButton(answer.text);
        button->setObjectName(QStringLiteral("answer%1").arg(++number));
        connect(button, &QCommandLinkButton::clicked, this, [this, answer] {
            if (!answer.nextQuestionId.isEmpty()) {
                showQuestion(answer.nextQuestionId);
                return;
            }
            setScenarioId(answer.scenarioId);
            m_questions->hide();
            if (const ScenarioDefinition *scenario = ScenarioCatalog::builtIn().find(answer.scenarioId))
                m_suggestion->setText(tr("Suggested: <b>%1</b>").arg(scenario->title.toHtmlEscaped()));
            m_list->setFocus();
        });
        m_answers->addWidget(button);
    }
    m_questions->show();
    if (QLayoutItem *first = m_answers->itemAt(0))
        first->widget()->setFocus();
}

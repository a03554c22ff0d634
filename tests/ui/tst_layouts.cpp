#include "i18n/translations.h"
#include "support/eventwait.h"
#include "wizard/connectwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

// German's long words and Japanese glyphs against every page of the wizard: no text is cut off and
// no two texts overlap, at the smallest size the wizard allows and at the size of the screenshots.
// A clipped text is what a user sees as a half word; the layouts must grow or wrap instead.
class tst_Layouts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageFits_data();
    void everyPageFits();
    void detectorFindsAClippedText();

private:
    static QStringList problemsOn(QWidget *page);
    // Every page from the current one to the Report page, each looked at with problemsOn().
    static QStringList walkEveryPage(ConnectWizard &wizard, const QString &who);
};

namespace {

QString describe(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 '%2' \"%3\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text.left(60));
}

bool shown(const QWidget *widget, const QWidget *top)
{
    return widget->isVisibleTo(top) && widget->width() > 0 && widget->height() > 0;
}

// What a text widget needs to show its whole text, and whether it got it.
std::optional<QString> clipped(QWidget *widget)
{
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        if (label->text().isEmpty())
            return std::nullopt;
        if (label->wordWrap() && label->hasHeightForWidth()) {
            if (label->height() + 1 < label->heightForWidth(label->width()))
                return QStringLiteral("%1 is %2 px high, needs %3 at %4 px wide")
                    .arg(describe(label, label->text()))
                    .arg(label->height())
                    .arg(label->heightForWidth(label->width()))
                    .arg(label->width());
            return std::nullopt;
        }
        if (label->width() + 1 < label->sizeHint().width())
            return QStringLiteral("%1 is %2 px wide, needs %3")
                .arg(describe(label, label->text()))
                .arg(label->width())
                .arg(label->sizeHint().width());
        return std::nullopt;
    }
    if (auto *link = qobject_cast<QCommandLinkButton *>(widget)) {
        if (link->height() + 1 < link->heightForWidth(link->width()))
            return QStringLiteral("%1 is %2 px high, needs %3")
                .arg(describe(link, link->text()))
                .arg(link->height())
                .arg(link->heightForWidth(link->width()));
        return std::nullopt;
    }
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        if (button->text().isEmpty())
            return std::nullopt;
        const QSize needed = button->sizeHint();
        if (button->width() + 1 < needed.width() || button->height() + 1 < needed.height())
            return QStringLiteral("%1 is %2×%3, needs %4×%5")
                .arg(describe(button, button->text()))
                .arg(button->width())
                .arg(button->height())
                .arg(needed.width())
                .arg(needed.height());
        return std::nullopt;
    }
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        const QRect field
            = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (field.width() + 1 < needed)
            return QStringLiteral("%1 shows %2 px of %3")
                .arg(describe(combo, combo->currentText()))
                .arg(field.width())
                .arg(needed);
        return std::nullopt;
    }
    if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            const int needed = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i).remove(QLatin1Char('&')));
            if (tabs->tabRect(i).width() < needed)
                return QStringLiteral("%1 tab is %2 px wide, its text %3")
                    .arg(describe(tabs, tabs->tabText(i)))
                    .arg(tabs->tabRect(i).width())
                    .arg(needed);
        }
        return std::nullopt;
    }
    if (auto *header = qobject_cast<QHeaderView *>(widget)) {
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text = header->model()->headerData(section, header->orientation()).toString();
            const int needed = header->fontMetrics().horizontalAdvance(text);
            if (header->orientation() == Qt::Horizontal && header->sectionSize(section) < needed)
                return QStringLiteral("%1 column is %2 px wide, its title %3")
                    .arg(describe(header, text))
                    .arg(header->sectionSize(section))
                    .arg(needed);
        }
        return std::nullopt;
    }
    if (auto *group = qobject_cast<QGroupBox *>(widget)) {
        if (group->width() + 1 < group->minimumSizeHint().width())
            return QStringLiteral("%1 is %2 px wide, needs %3")
                .arg(describe(group, group->title()))
                .arg(group->width())
                .arg(group->minimumSizeHint().width());
    }
    return std::nullopt;
}

bool isTextWidget(const QWidget *widget)
{
    return qobject_cast<const QLabel *>(widget) || qobject_cast<const QAbstractButton *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QLineEdit *>(widget);
}

} // namespace

QStringList tst_Layouts::problemsOn(QWidget *top)
{
    QStringList problems;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!shown(widget, top))
            continue;
        if (const auto problem = clipped(widget))
            problems << *problem;
    }
    // Siblings that a squeezed layout pushed on top of each other.
    QHash<QWidget *, QList<QWidget *>> textChildren;
    for (QWidget *widget : widgets) {
        if (shown(widget, top) && isTextWidget(widget) && widget->parentWidget())
            textChildren[widget->parentWidget()].append(widget);
    }
    for (const QList<QWidget *> &siblings : std::as_const(textChildren)) {
        for (qsizetype i = 0; i < siblings.size(); ++i) {
            for (qsizetype j = i + 1; j < siblings.size(); ++j) {
                if (siblings.at(i)->geometry().intersects(siblings.at(j)->geometry()))
                    problems << QStringLiteral("%1 overlaps %2")
                                    .arg(describe(siblings.at(i), siblings.at(i)->property("text").toString()),
                                         describe(siblings.at(j), siblings.at(j)->property("text").toString()));
            }
        }
    }
    return problems;
}

void tst_Layouts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // Without a CJK font every Japanese glyph is a box of the Latin font's width, and the test would
    // measure the wrong text.
    const QStringList families = QFontDatabase::families(QFontDatabase::Japanese);
    if (families.isEmpty())
        QSKIP("no font with Japanese glyphs (apt-get install fonts-noto-cjk)");
}

void tst_Layouts::everyPageFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("profile");
    for (const char *language : { "en", "de", "ja" }) {
        QTest::addRow("%s, smallest", language) << QString::fromLatin1(language) << QSize(900, 640) << "healthy";
        QTest::addRow("%s, screenshots", language) << QString::fromLatin1(language) << QSize(1040, 760) << "healthy";
        // A fault puts findings, remedies and red hops on the pages: the longest texts there are.
        QTest::addRow("%s, smallest, fault", language)
            << QString::fromLatin1(language) << QSize(900, 640) << "nodes-filtered";
    }
}

QStringList tst_Layouts::walkEveryPage(ConnectWizard &wizard, const QString &who)
{
    QStringList problems;
    const auto check = [&](const QString &where) {
        QApplication::processEvents();
        for (const QString &problem : problemsOn(&wizard))
            problems << QStringLiteral("%1 %2: %3").arg(who, where, problem);
    };
    for (;;) {
        const int page = wizard.currentId();
        // The options are part of the Target page; both charts of the Checks page are looked at.
        if (auto *advanced = wizard.currentPage()->findChild<QToolButton *>(QStringLiteral("advancedToggle")))
            advanced->setChecked(true);
        if (page == ConnectWizard::Page_Checks) {
            if (!runEventsUntil([&wizard] { return wizard.currentPage()->isComplete(); }, 30000))
                return problems << who + QStringLiteral(": the checks did not finish");
            if (auto *charts = wizard.currentPage()->findChild<QTabWidget *>(QStringLiteral("charts"))) {
                charts->setCurrentIndex(1);
                check(QStringLiteral("page %1, second chart").arg(page));
                charts->setCurrentIndex(0);
            }
        }
        check(QStringLiteral("page %1").arg(page));
        if (page == ConnectWizard::Page_Report)
            return problems;
        wizard.next();
        if (wizard.currentId() == page)
            return problems << QStringLiteral("%1: did not move on from page %2").arg(who).arg(page);
    }
}

void tst_Layouts::everyPageFits()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(QString, profile);
    QCOMPARE(installTranslations(language), language);
    const auto backToEnglish = qScopeGuard([] { installTranslations(QStringLiteral("en")); });

    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.setDemoProfile(profile);
    wizard.setField(QStringLiteral("scenario.id"), QStringLiteral("on-premises"));
    wizard.resize(size);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QStringList problems = walkEveryPage(wizard, QStringLiteral("wizard"));

    // The same report in the viewer, as a support engineer opens a customer's file: other subtitles
    // (machine name, date) and read-only pages.
    ConnectWizard viewer;
    viewer.resize(size);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.showReport(wizard.report(), QStringLiteral("report.json"));
    QCOMPARE(viewer.currentId(), int(ConnectWizard::Page_Path));
    problems += walkEveryPage(viewer, QStringLiteral("viewer"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Layouts::detectorFindsAClippedText()
{
    // The checks above only mean something if a cut-off text is caught.
    QWidget window;
    auto *label = new QLabel(QStringLiteral("Verbindungszeichenfolgenüberprüfung"), &window);
    label->setGeometry(0, 0, 40, 20);
    auto *button = new QPushButton(QStringLiteral("Netzwerksicherheitsgruppe"), &window);
    button->setGeometry(0, 30, 40, 20);
    auto *wrapped
        = new QLabel(QStringLiteral("Ein langer Satz, der umbrechen muss, um ganz sichtbar zu sein."), &window);
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 60, 80, 14);
    auto *overlapping = new QLabel(QStringLiteral("x"), &window);
    overlapping->setGeometry(0, 0, 10, 10);
    window.resize(200, 200);
    window.show();
    const QStringList problems = problemsOn(&window);
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.at(0).contains(QStringLiteral("Verbindungszeichenfolgen")));
    QVERIFY(problems.at(1).contains(QStringLiteral("Netzwerksicherheitsgruppe")));
    QVERIFY(problems.at(2).contains(QStringLiteral("px high")));
    QVERIFY(problems.at(3).contains(QStringLiteral("overlaps")));
}

QTEST_MAIN(tst_Layouts)
#include "tst_layouts.moc"

#include "diagnosis/diagnosisrunner.h"
#include "wizard/connectwizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

// The real wizard, driven through its widgets on the offscreen platform.
class tst_Wizard : public QObject
{
    Q_OBJECT

private slots:
    void demoFromStartToFindings();
    void targetPageLintsAsYouType();
    void backDuringChecksCancels();
    void choosingDemoOnTheStartPage();
};

void tst_Wizard::demoFromStartToFindings()
{
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Start));
    QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("demo"))->isChecked());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Scenario));
    auto *scenarios = wizard.findChild<QListWidget *>(QStringLiteral("scenarios"));
    scenarios->setCurrentRow(1);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Target));
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Checks));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
    auto *checks = wizard.findChild<QTreeWidget *>(QStringLiteral("checks"));
    QCOMPARE(checks->topLevelItemCount(), 7);
    for (int row = 0; row < checks->topLevelItemCount(); ++row)
        QCOMPARE(checks->topLevelItem(row)->text(0), QStringLiteral("Passed"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Findings));
    QVERIFY(wizard.findChild<QTextBrowser *>(QStringLiteral("findings"))->toPlainText().contains(QStringLiteral("ok.all-checks-passed")));
    QCOMPARE(wizard.runner()->report().input.scenarioId, QStringLiteral("same-vnet"));
}

void tst_Wizard::targetPageLintsAsYouType()
{
    ConnectWizard wizard;
    wizard.show();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Target));
    auto *host = wizard.findChild<QLineEdit *>(QStringLiteral("host"));
    auto *lint = wizard.findChild<QLabel *>(QStringLiteral("lint"));
    QVERIFY(!wizard.currentPage()->isComplete());
    QTest::keyClicks(host, QStringLiteral("bad host name"));
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(lint->text().contains(QStringLiteral("not a valid host name")));
    host->clear();
    QTest::keyClicks(host, QStringLiteral("mi1.public.a1b2c3d4e5f6.database.windows.net"));
    QVERIFY(wizard.currentPage()->isComplete());
    QVERIFY(lint->text().contains(QStringLiteral("3342")));
}

void tst_Wizard::backDuringChecksCancels()
{
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.show();
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Checks));
    QVERIFY(wizard.runner()->isRunning());
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Target));
    QVERIFY(!wizard.runner()->isRunning());
}

void tst_Wizard::choosingDemoOnTheStartPage()
{
    ConnectWizard wizard;
    wizard.show();
    QVERIFY(!wizard.isDemoMode());
    auto *demo = wizard.findChild<QRadioButton *>(QStringLiteral("demo"));
    QTest::mouseClick(demo, Qt::LeftButton, {}, QPoint(4, demo->height() / 2));
    QVERIFY(demo->isChecked());
    wizard.next();
    QVERIFY(wizard.isDemoMode());
    wizard.next();
    QVERIFY(wizard.findChild<QLineEdit *>(QStringLiteral("host"))->isReadOnly());
}

QTEST_MAIN(tst_Wizard)
#include "tst_wizard.moc"

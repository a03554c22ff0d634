#include "diagnosis/diagnosisrunner.h"
#include "diagram/pathdiagramview.h"
#include "wizard/checkspage.h"
#include "wizard/connectwizard.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QWindow>

// The real wizard, driven through its widgets on the offscreen platform, against the simulator.
class tst_Wizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void demoFromStartToReport();
    void faultyProfileColoursTheDiagram();
    void keyboardOnly();
    void scenarioQuestions();
    void targetPageLintsAsYouType();
    void pathPageAlternativesChecklistAndExport();
    void backDuringChecksCancels();
    void closingDuringChecksCancels();
    void watchRunsAnotherRound();
    void settingsNeverKeepAPassword();
    void reportPageSavesFiles();

private:
    void goToChecks(ConnectWizard &wizard);
    QTemporaryDir m_files;
};

namespace {
const QString secret = QStringLiteral("SECRET123");

QString hopState(const PathDiagramView *diagram, const char *hop)
{
    const PathHop *found = diagram->pathView().hop(QString::fromLatin1(hop));
    return found ? hopStateId(found->state) : QString();
}
} // namespace

void tst_Wizard::initTestCase()
{
    // The user's own settings are never read or written by a test.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_files.isValid());
}

void tst_Wizard::init()
{
    QSettings().clear();
}

void tst_Wizard::goToChecks(ConnectWizard &wizard)
{
    while (wizard.currentId() != ConnectWizard::Page_Checks) {
        const int before = wizard.currentId();
        wizard.next();
        if (wizard.currentId() == before)
            QFAIL("the wizard did not move on");
    }
}

void tst_Wizard::demoFromStartToReport()
{
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Start));
    QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("demo"))->isChecked());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Scenario));
    wizard.findChild<QListWidget *>(QStringLiteral("scenarios"))->setCurrentRow(1); // same VNet
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Target));
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("host"))->text(), ConnectWizard::demoHostName());
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Path));
    auto *pathDiagram = wizard.findChild<PathDiagramView *>(QStringLiteral("pathDiagram"));
    QCOMPARE(pathDiagram->pathView().pathId, QStringLiteral("direct"));
    QCOMPARE(hopState(pathDiagram, "gateway"), QStringLiteral("untested"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Checks));
    QVERIFY(!wizard.currentPage()->isComplete());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
    auto *checks = wizard.findChild<QTreeWidget *>(QStringLiteral("checks"));
    QCOMPARE(checks->topLevelItemCount(), 7);
    for (int row = 0; row < checks->topLevelItemCount(); ++row)
        QCOMPARE(checks->topLevelItem(row)->text(1), QStringLiteral("Passed"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Findings));
    QVERIFY(wizard.findChild<QTextBrowser *>(QStringLiteral("findings"))->toPlainText().contains(QStringLiteral("Every check passed")));
    auto *findingsDiagram = wizard.findChild<PathDiagramView *>(QStringLiteral("findingsDiagram"));
    for (const char *hop : {"application", "join", "network", "subnet", "gateway", "nodes"})
        QCOMPARE(hopState(findingsDiagram, hop), QStringLiteral("ok"));
    QCOMPARE(wizard.report().input.scenarioId, QStringLiteral("same-vnet"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Report));
    const QString summary = wizard.findChild<QPlainTextEdit *>(QStringLiteral("summary"))->toPlainText();
    QVERIFY(summary.contains(QStringLiteral("Verdict: ok")));
    wizard.findChild<QPushButton *>(QStringLiteral("copySummary"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), summary);
}

void tst_Wizard::faultyProfileColoursTheDiagram()
{
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.setDemoProfile(QStringLiteral("nodes-filtered"));
    wizard.show();
    goToChecks(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
    wizard.next();
    auto *diagram = wizard.findChild<PathDiagramView *>(QStringLiteral("findingsDiagram"));
    QCOMPARE(hopState(diagram, "gateway"), QStringLiteral("ok"));
    QCOMPARE(hopState(diagram, "nodes"), QStringLiteral("broken"));
    QVERIFY(diagram->accessibleDescription().contains(QStringLiteral("Nodes")));
    const QString findings = wizard.findChild<QTextBrowser *>(QStringLiteral("findings"))->toPlainText();
    QVERIFY(findings.contains(QStringLiteral("Only the gateway answers")));
    QCOMPARE(wizard.report().findings.first().id, QStringLiteral("redirect.subnet-1433-filtered"));
}

void tst_Wizard::keyboardOnly()
{
    ConnectWizard wizard;
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    // Tab moves the focus, Space and arrows act, Return goes on: no mouse anywhere.
    const auto tabTo = [](QWidget *target) {
        for (int presses = 0; presses < 40 && QApplication::focusWidget() != target; ++presses)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    };
    auto *demo = wizard.findChild<QRadioButton *>(QStringLiteral("demo"));
    QVERIFY(tabTo(wizard.findChild<QRadioButton *>(QStringLiteral("newDiagnosis"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // arrows move within the radio group
    QVERIFY(demo->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Scenario));
    auto *scenarios = wizard.findChild<QListWidget *>(QStringLiteral("scenarios"));
    QVERIFY(tabTo(scenarios));
    QTest::keyClick(scenarios, Qt::Key_Down);
    QTest::keyClick(scenarios, Qt::Key_Down);
    QCOMPARE(wizard.field(QStringLiteral("scenario.id")).toString(), QStringLiteral("other-vnet-same-region"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Target));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Path));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Checks));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : static_cast<QWidget *>(&wizard), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Findings));
}

void tst_Wizard::scenarioQuestions()
{
    ConnectWizard wizard;
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Scenario));
    wizard.findChild<QPushButton *>(QStringLiteral("notSure"))->click();
    auto *question = wizard.findChild<QLabel *>(QStringLiteral("question"));
    QCOMPARE(question->text(), QStringLiteral("Where does the application's code run?"));
    // "On a VM, scale set or container in Azure" leads to another question …
    wizard.findChild<QCommandLinkButton *>(QStringLiteral("answer1"))->click();
    QCOMPARE(question->text(), QStringLiteral("Which virtual network is it in?"));
    // … and "A spoke that reaches Azure through a hub VNet's gateway" to a scenario.
    wizard.findChild<QCommandLinkButton *>(QStringLiteral("answer4"))->click();
    QCOMPARE(wizard.field(QStringLiteral("scenario.id")).toString(), QStringLiteral("hub-spoke"));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("suggestion"))->text().contains(QStringLiteral("Hub and spoke")));
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
    QTest::keyClicks(host, QStringLiteral("Server=tcp:10.1.2.3,1433;Password=") + secret + QStringLiteral(";TrustServerCertificate=True"));
    QVERIFY(wizard.currentPage()->isComplete());
    QVERIFY(lint->text().contains(QStringLiteral("ADO.NET")));
    QVERIFY(lint->text().contains(QStringLiteral("password in it is ignored")));
    QVERIFY(lint->text().contains(QStringLiteral("The instance is addressed by IP address")));
    QVERIFY(lint->text().contains(QStringLiteral("TrustServerCertificate=True")));
    QVERIFY(!lint->text().contains(secret));
    // A bad subnet behind "Advanced" blocks Next and opens the section to show why.
    auto *advanced = wizard.findChild<QWidget *>(QStringLiteral("advanced"));
    QVERIFY(!advanced->isVisible());
    auto *subnet = wizard.findChild<QLineEdit *>(QStringLiteral("subnet"));
    subnet->setText(QStringLiteral("10.0.0.0"));
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(advanced->isVisible());
    subnet->setText(QStringLiteral("10.0.0.0/27"));
    QVERIFY(wizard.currentPage()->isComplete());
}

void tst_Wizard::pathPageAlternativesChecklistAndExport()
{
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.show();
    wizard.next();
    wizard.setField(QStringLiteral("scenario.id"), QStringLiteral("other-vnet-same-region"));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Path));
    auto *paths = wizard.findChild<QComboBox *>(QStringLiteral("paths"));
    QCOMPARE(paths->count(), 3);
    QVERIFY(paths->itemText(0).contains(QStringLiteral("recommended")));
    auto *diagram = wizard.findChild<PathDiagramView *>(QStringLiteral("pathDiagram"));
    QCOMPARE(diagram->pathView().pathId, QStringLiteral("private-endpoint"));
    paths->setCurrentIndex(1);
    QCOMPARE(wizard.pathId(), QStringLiteral("vnet-peering"));
    QCOMPARE(diagram->pathView().hop(QStringLiteral("join"))->label, QStringLiteral("peering"));

    auto *checklist = wizard.findChild<QListWidget *>(QStringLiteral("checklist"));
    QVERIFY(checklist->count() >= 3);
    for (int row = 0; row < checklist->count(); ++row)
        QCOMPARE(checklist->item(row)->checkState(), Qt::PartiallyChecked); // not sure, until answered
    QListWidgetItem *peering = nullptr;
    for (int row = 0; row < checklist->count(); ++row) {
        if (checklist->item(row)->data(Qt::UserRole).toString() == QLatin1String("peering-connected"))
            peering = checklist->item(row);
    }
    QVERIFY(peering);
    peering->setCheckState(Qt::Unchecked); // "no: the peering is not connected"
    QCOMPARE(wizard.checklistAnswers().value(QStringLiteral("peering-connected"), true), false);

    const QString svg = m_files.filePath(QStringLiteral("path.svg"));
    wizard.setNextSaveFileName(svg);
    wizard.findChild<QPushButton *>(QStringLiteral("exportSvg"))->click();
    QVERIFY(QFile::exists(svg));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("exportStatus"))->text().contains(QStringLiteral("Saved")));

    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
    QCOMPARE(wizard.report().findings.first().id, QStringLiteral("scenario.prerequisite-unmet"));
}

void tst_Wizard::backDuringChecksCancels()
{
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.show();
    goToChecks(wizard);
    QVERIFY(wizard.runner()->isRunning());
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Path));
    QVERIFY(!wizard.runner()->isRunning());
}

void tst_Wizard::closingDuringChecksCancels()
{
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.show();
    goToChecks(wizard);
    QVERIFY(wizard.runner()->isRunning());
    wizard.close();
    QVERIFY(!wizard.runner()->isRunning());
}

void tst_Wizard::watchRunsAnotherRound()
{
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.show();
    goToChecks(wizard);
    auto *page = qobject_cast<ChecksPage *>(wizard.currentPage());
    page->setWatchInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 30000);
    QCOMPARE(page->round(), 1);
    auto *watch = wizard.findChild<QPushButton *>(QStringLiteral("watch"));
    watch->click();
    QVERIFY(watch->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(page->round() >= 3, 60000);
    watch->click();
    QVERIFY(!watch->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.runner()->isRunning(), 30000);
    // Stopped means stopped: nothing is running and no further round is due.
    QVERIFY(!page->roundScheduled());
}

void tst_Wizard::settingsNeverKeepAPassword()
{
    {
        ConnectWizard wizard;
        wizard.show();
        wizard.next();
        wizard.setField(QStringLiteral("scenario.id"), QStringLiteral("on-premises"));
        wizard.next();
        wizard.setField(QStringLiteral("target.host"),
                        QStringLiteral("Server=tcp:mi1.a1b2c3d4e5f6.database.windows.net,1433;Password=") + secret + QStringLiteral(";Database=db"));
        wizard.setField(QStringLiteral("advanced.samples"), 7);
        wizard.saveSettings();
    }
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toLatin1()));
    ConnectWizard restored;
    QCOMPARE(restored.field(QStringLiteral("scenario.id")).toString(), QStringLiteral("on-premises"));
    QCOMPARE(restored.field(QStringLiteral("advanced.samples")).toInt(), 7);
    const QString host = restored.field(QStringLiteral("target.host")).toString();
    QVERIFY(host.contains(QStringLiteral("mi1.a1b2c3d4e5f6.database.windows.net")));
    QVERIFY(host.contains(QStringLiteral("Database=db")));
    QVERIFY(!host.contains(secret));
}

void tst_Wizard::reportPageSavesFiles()
{
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.show();
    goToChecks(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Report));
    const QString json = m_files.filePath(QStringLiteral("report.json"));
    wizard.setNextSaveFileName(json);
    wizard.findChild<QPushButton *>(QStringLiteral("saveJson"))->click();
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("schema")).toString(), QStringLiteral("miconnect.report/1"));
    const QString blocked = m_files.filePath(QStringLiteral("missing/dir/report.txt"));
    wizard.setNextSaveFileName(blocked);
    wizard.findChild<QPushButton *>(QStringLiteral("saveText"))->click();
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("reportStatus"))->text().contains(QStringLiteral("Cannot save")));
    QVERIFY(!QFile::exists(blocked));
}

QTEST_MAIN(tst_Wizard)
#include "tst_wizard.moc"

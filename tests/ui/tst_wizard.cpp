#include "diagnosis/diagnosisrunner.h"
#include "diagram/pathdiagramview.h"
#include "i18n/translations.h"
#include "report/reportjson.h"
#include "sim/simulatedinstance.h"
#include "wizard/checkspage.h"
#include "wizard/connectwizard.h"

#include "charts/latencychartview.h"
#include "support/eventwait.h"
#include "support/loopback.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QWindow>

// The real wizard, driven through its widgets on the offscreen platform, against the simulator.
class tst_Wizard : public QObject {
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
    void realLoginFromTheAdvancedOptions();
    void secretsReachNoFile();
    void viewerShowsASavedReport();
    void viewerOpensFromTheStartPageAndByDrop();
    void viewerRefusesDamagedAndNewerReports();
    void redactedReportHidesNamesAndAddresses();
    void compareWithAnEarlierReport();
    void languageChoiceIsRemembered();
    void germanWizardWritesAnEnglishReport();

private:
    void goToChecks(ConnectWizard &wizard);
    // Runs the checks and moves on to the Report page; false if the run did not finish or the wizard stuck.
    [[nodiscard]] bool goToReport(ConnectWizard &wizard);
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

bool tst_Wizard::goToReport(ConnectWizard &wizard)
{
    goToChecks(wizard);
    if (!runEventsUntil([&wizard] { return wizard.currentPage()->isComplete(); }, 30000))
        return false;
    wizard.next();
    wizard.next();
    return wizard.currentId() == ConnectWizard::Page_Report;
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
    QCOMPARE(checks->topLevelItemCount(), 9);
    for (int row = 0; row < checks->topLevelItemCount(); ++row)
        QCOMPARE(checks->topLevelItem(row)->text(1), QStringLiteral("Passed"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Findings));
    QVERIFY(wizard.findChild<QTextBrowser *>(QStringLiteral("findings"))
                ->toPlainText()
                .contains(QStringLiteral("Every check passed")));
    auto *findingsDiagram = wizard.findChild<PathDiagramView *>(QStringLiteral("findingsDiagram"));
    for (const char *hop : { "application", "join", "network", "subnet", "gateway", "nodes" })
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
    QCOMPARE(wizard.report().findings.first().id, QStringLiteral("login.redirect-node-unreachable"));
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
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : static_cast<QWidget *>(&wizard),
                    Qt::Key_Return);
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
    QTest::keyClicks(host,
                     QStringLiteral("Server=tcp:10.1.2.3,1433;Password=") + secret
                         + QStringLiteral(";TrustServerCertificate=True"));
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
                        QStringLiteral("Server=tcp:mi1.a1b2c3d4e5f6.database.windows.net,1433;Password=") + secret
                            + QStringLiteral(";Database=db"));
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

void tst_Wizard::realLoginFromTheAdvancedOptions()
{
    const QString password = QStringLiteral("typed-into-the-wizard-only");
    {
        ConnectWizard wizard;
        wizard.setDemoMode(true);
        wizard.setDemoProfile(QStringLiteral("healthy"));
        wizard.show();
        auto *user = wizard.findChild<QLineEdit *>(QStringLiteral("loginUser"));
        auto *secret = wizard.findChild<QLineEdit *>(QStringLiteral("loginPassword"));
        QVERIFY(!secret->isEnabled()); // nothing to type until there is a login
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        user->setText(SimulatedInstance::acceptedLogin());
        QVERIFY(secret->isEnabled());
        secret->setText(password);
        goToChecks(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        const Report report = wizard.report();
        const CheckResult *login = nullptr;
        for (const CheckResult &check : report.checks) {
            if (check.id == CheckIds::tdsLogin)
                login = &check;
        }
        QVERIFY(login);
        QCOMPARE(login->status, CheckStatus::Pass);
        QVERIFY2(login->summary.contains(QStringLiteral("logged in as demo-user")), qPrintable(login->summary));
        QCOMPARE(login->data.value(QStringLiteral("connection_type")).toString(), QStringLiteral("redirect"));
        QVERIFY(!QJsonDocument(reportToJson(report)).toJson().contains(password.toUtf8()));
        wizard.close();
    }
    // Nothing of it in the settings.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
}

void tst_Wizard::reportPageSavesFiles()
{
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.show();
    QVERIFY(goToReport(wizard));
    auto *save = wizard.findChild<QPushButton *>(QStringLiteral("saveReport"));
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("reportStatus"));
    for (const char *name : { "report.json", "report.md", "report.html", "report.pdf", "report.txt" }) {
        const QString path = m_files.filePath(QString::fromLatin1(name));
        wizard.setNextSaveFileName(path);
        save->click();
        QVERIFY2(status->text().startsWith(QStringLiteral("Saved")), qPrintable(status->text()));
        QVERIFY2(QFileInfo(path).size() > 100, name);
    }
    QFile file(m_files.filePath(QStringLiteral("report.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("schema")).toString(),
             QStringLiteral("miconnect.report/1"));
    QFile pdf(m_files.filePath(QStringLiteral("report.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // An unwritable place: said on the page, and no half file anywhere.
    const QString blocked = m_files.filePath(QStringLiteral("missing/dir/report.pdf"));
    wizard.setNextSaveFileName(blocked);
    save->click();
    QVERIFY2(status->text().startsWith(QStringLiteral("✖")), qPrintable(status->text()));
    QVERIFY(!QFile::exists(blocked));
    QVERIFY(!QDir(m_files.filePath(QStringLiteral("missing"))).exists());
}

void tst_Wizard::secretsReachNoFile()
{
    // A connection string with a password, checked against a loopback port nothing listens on: the
    // password reaches no saved report in any format, no redacted one, and not the settings.
    QTcpServer closed;
    QVERIFY(closed.listen(uniqueLoopbackAddress()));
    const QString address = closed.serverAddress().toString();
    const quint16 port = closed.serverPort();
    closed.close();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    {
        ConnectWizard wizard;
        wizard.show();
        wizard.next();
        wizard.setField(QStringLiteral("scenario.id"), QStringLiteral("developer-box"));
        wizard.next();
        wizard.setField(
            QStringLiteral("target.host"),
            QStringLiteral("Server=tcp:%1,%2;User ID=app;Password=%3;Encrypt=True").arg(address).arg(port).arg(secret));
        wizard.setField(QStringLiteral("advanced.samples"), 2);
        wizard.setField(QStringLiteral("advanced.timeout"), 500);
        QVERIFY(goToReport(wizard));
        QVERIFY(wizard.report().input.passwordPresent);
        auto *redact = wizard.findChild<QCheckBox *>(QStringLiteral("redact"));
        for (const bool redacted : { false, true }) {
            redact->setChecked(redacted);
            for (const char *extension : { "json", "md", "html", "pdf", "txt" }) {
                wizard.setNextSaveFileName(
                    folder.filePath(QStringLiteral("report-%1.%2").arg(redacted).arg(QLatin1String(extension))));
                wizard.findChild<QPushButton *>(QStringLiteral("saveReport"))->click();
            }
        }
        wizard.setNextSaveFileName(folder.filePath(QStringLiteral("legend.txt")));
        wizard.findChild<QPushButton *>(QStringLiteral("saveLegend"))->click();
        QVERIFY(!wizard.findChild<QPlainTextEdit *>(QStringLiteral("summary"))->toPlainText().contains(secret));
        wizard.close(); // saves the settings
    }
    const QStringList files = QDir(folder.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 11);
    QStringList everything = QStringList { QSettings().fileName() };
    for (const QString &name : files)
        everything << folder.filePath(name);
    for (const QString &path : std::as_const(everything)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(path));
        // Not even spread across a PDF's text runs: poppler's text extraction sees what a reader sees.
        if (path.endsWith(QLatin1String(".pdf"))
            && !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess pdftotext;
            pdftotext.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
            QVERIFY(pdftotext.waitForFinished(60000));
            const QByteArray text = pdftotext.readAllStandardOutput();
            QVERIFY2(text.contains("Password") || !text.isEmpty(), qPrintable(path));
            QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(path));
        }
    }
}

namespace {

// A finished demo run with a fault, saved as JSON: what a customer sends.
QString saveDemoReport(const QString &path, const QString &profile)
{
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.setDemoProfile(profile);
    wizard.show();
    wizard.next();
    wizard.setField(QStringLiteral("scenario.id"), QStringLiteral("on-premises"));
    while (wizard.currentId() != ConnectWizard::Page_Checks)
        wizard.next();
    if (!runEventsUntil([&wizard] { return wizard.currentPage()->isComplete(); }, 30000))
        return QStringLiteral("the checks did not finish");
    wizard.next();
    wizard.next();
    wizard.setNextSaveFileName(path);
    wizard.findChild<QPushButton *>(QStringLiteral("saveReport"))->click();
    return QFile::exists(path) ? QString() : wizard.findChild<QLabel *>(QStringLiteral("reportStatus"))->text();
}

} // namespace

void tst_Wizard::viewerShowsASavedReport()
{
    const QString path = m_files.filePath(QStringLiteral("customer.json"));
    const QString saved = saveDemoReport(path, QStringLiteral("nodes-filtered"));
    QVERIFY2(saved.isEmpty(), qPrintable(saved));
    QSettings().clear();

    ConnectWizard wizard;
    wizard.show();
    QVERIFY(wizard.openReportFile(path));
    QVERIFY(wizard.isViewingReport());
    QVERIFY(wizard.windowTitle().contains(QStringLiteral("customer.json")));
    // The Path page: the customer's scenario and path, coloured by their results, not editable.
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Path));
    auto *pathDiagram = wizard.findChild<PathDiagramView *>(QStringLiteral("pathDiagram"));
    QCOMPARE(pathDiagram->pathView().scenarioId, QStringLiteral("on-premises"));
    QCOMPARE(hopState(pathDiagram, "gateway"), QStringLiteral("ok"));
    QCOMPARE(hopState(pathDiagram, "nodes"), QStringLiteral("broken"));
    QVERIFY(!wizard.findChild<QListWidget *>(QStringLiteral("checklist"))->isEnabled());
    QVERIFY(!wizard.findChild<QComboBox *>(QStringLiteral("paths"))->isEnabled());
    // The Checks page: their rows and charts, nothing running here.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Checks));
    QVERIFY(wizard.currentPage()->isComplete());
    QVERIFY(!wizard.runner()->isRunning());
    QVERIFY(!wizard.findChild<QPushButton *>(QStringLiteral("runAgain"))->isVisible());
    auto *checks = wizard.findChild<QTreeWidget *>(QStringLiteral("checks"));
    QCOMPARE(checks->topLevelItemCount(), wizard.report().checks.size());
    QCOMPARE(checks->topLevelItem(1)->text(1), QStringLiteral("Passed"));
    QVERIFY2(checks->topLevelItem(6)->text(3).contains(QStringLiteral("only the gateway answers")),
             qPrintable(checks->topLevelItem(6)->text(3)));
    QCOMPARE(wizard.findChild<LatencyChartView *>(QStringLiteral("latencyChart"))->sampleCount(), 10);
    // Findings: theirs, most likely cause first, and the diagram coloured the same.
    wizard.next();
    QVERIFY(wizard.findChild<QTextBrowser *>(QStringLiteral("findings"))
                ->toPlainText()
                .contains(QStringLiteral("redirect.subnet-1433-filtered")));
    QCOMPARE(hopState(wizard.findChild<PathDiagramView *>(QStringLiteral("findingsDiagram")), "nodes"),
             QStringLiteral("broken"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Report));
    QVERIFY(wizard.findChild<QPlainTextEdit *>(QStringLiteral("summary"))
                ->toPlainText()
                .contains(QStringLiteral("redirect.subnet-1433-filtered")));
    QVERIFY2(wizard.currentPage()->subTitle().startsWith(QStringLiteral("The saved report")),
             qPrintable(wizard.currentPage()->subTitle()));

    // Back on the Start page, a new diagnosis leaves the viewer; nothing of the report was remembered.
    wizard.restart();
    wizard.findChild<QRadioButton *>(QStringLiteral("newDiagnosis"))->setChecked(true);
    wizard.next();
    QVERIFY(!wizard.isViewingReport());
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Scenario));
    wizard.close();
    QVERIFY(!QSettings().contains(QStringLiteral("wizard/scenario"))
            || QSettings().value(QStringLiteral("wizard/scenario")).toString() != QStringLiteral("on-premises"));
}

void tst_Wizard::viewerOpensFromTheStartPageAndByDrop()
{
    const QString path = m_files.filePath(QStringLiteral("dropped.json"));
    const QString saved = saveDemoReport(path, QStringLiteral("gateway-filtered"));
    QVERIFY2(saved.isEmpty(), qPrintable(saved));

    // The Start page: choose "Open a saved report", Next asks for the file.
    ConnectWizard wizard;
    wizard.show();
    wizard.findChild<QRadioButton *>(QStringLiteral("openReport"))->setChecked(true);
    wizard.setNextOpenFileName(path);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Path));
    QCOMPARE(hopState(wizard.findChild<PathDiagramView *>(QStringLiteral("pathDiagram")), "gateway"),
             QStringLiteral("broken"));

    // Dropping a report file on the window from the middle of a live run opens it too.
    ConnectWizard live;
    live.setDemoMode(true);
    live.show();
    goToChecks(live);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&live, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&live, &drop);
    QVERIFY(live.isViewingReport());
    QVERIFY(!live.runner()->isRunning());
    QCOMPARE(live.currentId(), int(ConnectWizard::Page_Path));

    // Anything but one local .json file is not taken.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&live, &refused);
    QVERIFY(!refused.isAccepted());
}

void tst_Wizard::viewerRefusesDamagedAndNewerReports()
{
    const QString damaged = m_files.filePath(QStringLiteral("damaged.json"));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"schema": "miconnect.report/1", "tool": {"name": "miconnect", "version": "0.1.0"}, "created": "2026-11-26T08:00:00Z", "input": )");
    file.close();
    const QString newer = m_files.filePath(QStringLiteral("newer.json"));
    QFile newerFile(newer);
    QVERIFY(newerFile.open(QIODevice::WriteOnly));
    newerFile.write(R"({"schema": "miconnect.report/7"})");
    newerFile.close();

    ConnectWizard wizard;
    wizard.show();
    QVERIFY(!wizard.openReportFile(damaged));
    QCOMPARE(wizard.currentId(), int(ConnectWizard::Page_Start));
    QVERIFY(!wizard.isViewingReport());
    auto *error = wizard.findChild<QLabel *>(QStringLiteral("openError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("not valid JSON")), qPrintable(error->text()));
    QVERIFY(!wizard.openReportFile(newer));
    QVERIFY2(error->text().contains(QStringLiteral("newer version")), qPrintable(error->text()));

    // Mid-run the run goes on and the message comes in a window of its own.
    ConnectWizard live;
    live.setDemoMode(true);
    live.show();
    goToChecks(live);
    QVERIFY(!live.openReportFile(newer));
    QCOMPARE(live.currentId(), int(ConnectWizard::Page_Checks));
    auto *message = live.findChild<QMessageBox *>(QStringLiteral("openReportError"));
    QVERIFY(message);
    QVERIFY(message->text().contains(QStringLiteral("newer version")));
    message->close();
}

void tst_Wizard::redactedReportHidesNamesAndAddresses()
{
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.show();
    goToChecks(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
    const Report report = wizard.report();
    wizard.next();
    wizard.next();
    wizard.findChild<QCheckBox *>(QStringLiteral("redact"))->setChecked(true);
    const QString summary = wizard.findChild<QPlainTextEdit *>(QStringLiteral("summary"))->toPlainText();
    const QString path = m_files.filePath(QStringLiteral("redacted.md"));
    wizard.setNextSaveFileName(path);
    wizard.findChild<QPushButton *>(QStringLiteral("saveReport"))->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    const QString gateway = report.checks.at(1).data.value(QStringLiteral("address")).toString();
    QVERIFY(!gateway.isEmpty());
    for (const QString &text : { summary, markdown }) {
        QVERIFY(!text.contains(ConnectWizard::demoHostName()));
        QVERIFY(!text.contains(QStringLiteral("51a7ed0c0de5")));
        QVERIFY(!text.contains(gateway));
        QVERIFY(text.contains(QStringLiteral("loopback-address-1")));
    }
}

void tst_Wizard::compareWithAnEarlierReport()
{
    const QString before = m_files.filePath(QStringLiteral("before.json"));
    const QString saved = saveDemoReport(before, QStringLiteral("gateway-filtered"));
    QVERIFY2(saved.isEmpty(), qPrintable(saved));

    // After the "fix": a healthy run, compared with the report from before.
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.setDemoProfile(QStringLiteral("healthy"));
    wizard.show();
    QVERIFY(goToReport(wizard));
    wizard.setNextOpenFileName(before);
    wizard.findChild<QPushButton *>(QStringLiteral("compare"))->click();
    auto *dialog = wizard.findChild<QDialog *>(QStringLiteral("comparisonDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString comparison = dialog->findChild<QTextBrowser *>(QStringLiteral("comparison"))->toPlainText();
    QVERIFY2(comparison.contains(QStringLiteral("tcp.gateway")), qPrintable(comparison));
    QVERIFY2(wizard.findChild<QLabel *>(QStringLiteral("reportStatus"))->text().contains(QStringLiteral("better")),
             qPrintable(wizard.findChild<QLabel *>(QStringLiteral("reportStatus"))->text()));
    const QString markdown = m_files.filePath(QStringLiteral("comparison.md"));
    wizard.setNextSaveFileName(markdown);
    dialog->findChild<QPushButton *>(QStringLiteral("saveComparison"))->click();
    QVERIFY(QFileInfo(markdown).size() > 0);
    dialog->close();
}

void tst_Wizard::languageChoiceIsRemembered()
{
    ConnectWizard wizard;
    wizard.show();
    auto *language = wizard.findChild<QComboBox *>(QStringLiteral("language"));
    auto *hint = wizard.findChild<QLabel *>(QStringLiteral("languageHint"));
    QVERIFY(language && hint);
    // The system's choice, then each shipped language under its own name.
    QCOMPARE(language->count(), 4);
    QCOMPARE(language->itemData(0).toString(), QString());
    QCOMPARE(language->itemText(0), QStringLiteral("As the system (English)"));
    QCOMPARE(language->itemText(1), QStringLiteral("English"));
    QCOMPARE(language->itemText(2), QStringLiteral("Deutsch"));
    QCOMPARE(language->itemText(3), QStringLiteral("日本語"));
    QVERIFY(hint->text().isEmpty());

    language->setCurrentIndex(language->findData(QStringLiteral("ja")));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    QCOMPARE(ConnectWizard::preferredLanguage(), QStringLiteral("ja"));
    QVERIFY2(hint->text().contains(QStringLiteral("日本語")), qPrintable(hint->text()));

    language->setCurrentIndex(0);
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QVERIFY(hint->text().isEmpty()); // back to the choice the wizard started with

    // A value the program does not ship (hand-edited, or from a later version) falls back to the system's.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("tlh"));
    QCOMPARE(ConnectWizard::preferredLanguage(), QString());
    ConnectWizard another;
    QCOMPARE(another.findChild<QComboBox *>(QStringLiteral("language"))->currentIndex(), 0);
}

void tst_Wizard::germanWizardWritesAnEnglishReport()
{
    QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    const auto backToEnglish = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
    ConnectWizard wizard;
    wizard.setDemoMode(true);
    wizard.show();
    QVERIFY(goToReport(wizard));
    const QString germanTitle = wizard.currentPage()->title();
    QVERIFY(germanTitle != QLatin1String("Report"));
    auto *summary = wizard.findChild<QPlainTextEdit *>(QStringLiteral("summary"));
    auto *inEnglish = wizard.findChild<QCheckBox *>(QStringLiteral("reportInEnglish"));
    QVERIFY(inEnglish->isVisible() && inEnglish->isEnabled());
    QVERIFY(!summary->toPlainText().contains(QStringLiteral("Every check passed")));
    const QString germanSummary = summary->toPlainText();

    inEnglish->setChecked(true);
    QVERIFY2(summary->toPlainText().contains(QStringLiteral("Every check passed")), qPrintable(summary->toPlainText()));
    const QString path = m_files.filePath(QStringLiteral("english.md"));
    wizard.setNextSaveFileName(path);
    wizard.findChild<QPushButton *>(QStringLiteral("saveReport"))->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.contains("Every check passed") && written.contains("## Checks"), written.constData());
    QCOMPARE(wizard.report().environment.language, QStringLiteral("de")); // the wizard's own report is untouched
    // Only the report changed language: the wizard still speaks German.
    QCOMPARE(currentLanguage(), QStringLiteral("de"));
    QCOMPARE(wizard.currentPage()->title(), germanTitle);
    // Qt's own words come from the system's Qt translations (qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QWizard", "&Finish"), QStringLiteral("Ab&schließen"));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("reportStatus"))->text() != QStringLiteral("Saved ") + path);

    inEnglish->setChecked(false);
    QCOMPARE(summary->toPlainText(), germanSummary);
}

QTEST_MAIN(tst_Wizard)
#include "tst_wizard.moc"

#include "connectwizard.h"

#include "checkspage.h"
#include "diagnosis/diagnosisrunner.h"
#include "findingspage.h"
#include "i18n/translations.h"
#include "icons.h"
#include "pathpage.h"
#include "reportpage.h"
#include "scenariopage.h"
#include "sim/simulatedinstance.h"
#include "startpage.h"
#include "targetpage.h"

#include "report/reportjson.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>

namespace {
// QSettings keys. The host is stored without any password (withoutPassword), never as typed.
constexpr auto keyScenario = "wizard/scenario";
constexpr auto keyHost = "wizard/host";
constexpr auto keyPort = "wizard/port";
constexpr auto keySamples = "wizard/samples";
constexpr auto keyTimeout = "wizard/timeoutMs";
constexpr auto keySubnet = "wizard/subnet";
constexpr auto keyRange = "wizard/redirectRange";
constexpr auto keyRangeEnabled = "wizard/redirectRangeEnabled";
constexpr auto keyDemoProfile = "wizard/demoProfile";
constexpr auto keyLanguage = "ui/language";

QString key(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

ConnectWizard::ConnectWizard(QWidget *parent)
    : QWizard(parent)
    , m_runner(new DiagnosisRunner(this))
{
    setWindowTitle(tr("MI Connect Wizard"));
    setWindowIcon(applicationIcon());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(900, 640);
    connect(this, &QWizard::currentIdChanged, this,
            [this] { QTimer::singleShot(0, this, &ConnectWizard::fitSubTitle); });

    setPage(Page_Start, new StartPage);
    setPage(Page_Scenario, new ScenarioPage);
    setPage(Page_Target, new TargetPage);
    setPage(Page_Path, new PathPage);
    setPage(Page_Checks, new ChecksPage);
    setPage(Page_Findings, new FindingsPage);
    setPage(Page_Report, new ReportPage);
    setStartId(Page_Start);
    restoreSettings();

    // A support engineer opens a customer's report: Ctrl+O anywhere, or drop the file on the window.
    setAcceptDrops(true);
    auto *open = new QShortcut(QKeySequence::Open, this);
    connect(open, &QShortcut::activated, this, &ConnectWizard::chooseReportToOpen);
    updateWindowTitle();
}

ConnectWizard::~ConnectWizard()
{
    m_runner->cancel();
}

QString ConnectWizard::demoHostName()
{
    return QStringLiteral("sim-mi.51a7ed0c0de5.database.windows.net");
}

void ConnectWizard::setDemoMode(bool demo)
{
    m_demo = demo;
    setField(QStringLiteral("start.demo"), demo);
}

void ConnectWizard::setDemoProfile(const QString &profile)
{
    m_demoProfile = profile;
}

QString ConnectWizard::scenarioId() const
{
    if (m_viewed)
        return m_viewed->input.scenarioId;
    return field(QStringLiteral("scenario.id")).toString();
}

Report ConnectWizard::report() const
{
    if (m_viewed)
        return *m_viewed;
    Report report = m_runner->report();
    report.input.scenarioId = scenarioId();
    return report;
}

bool ConnectWizard::loadReportFile(const QString &path)
{
    const ReportReadResult read = readReportFile(path);
    if (!read.report) {
        m_openError = read.error;
        emit viewedReportChanged();
        return false;
    }
    m_openError.clear();
    setViewedReport(*read.report, QFileInfo(path).fileName());
    return true;
}

bool ConnectWizard::openReportFile(const QString &path)
{
    if (!loadReportFile(path)) {
        // Said where the user is, and nothing on screen is lost: the Start page shows it inline,
        // elsewhere a window-modal message that does not block the event loop.
        if (currentId() != Page_Start) {
            auto *message = new QMessageBox(QMessageBox::Warning, tr("Cannot open the report"), m_openError,
                                            QMessageBox::Ok, this);
            message->setObjectName(QStringLiteral("openReportError"));
            message->setAttribute(Qt::WA_DeleteOnClose);
            message->open();
        }
        return false;
    }
    restart();
    next(); // from the Start page, Next leads into the viewer's Path page (StartPage::nextId)
    return true;
}

void ConnectWizard::showReport(const Report &report, const QString &sourceName)
{
    setViewedReport(report, sourceName);
    restart();
    next();
}

void ConnectWizard::setViewedReport(const Report &report, const QString &sourceName)
{
    m_runner->cancel();
    m_viewed = report;
    m_viewedName = sourceName;
    m_pathId = report.input.pathId;
    m_checklistAnswers = report.input.checklist;
    updateWindowTitle();
    emit viewedReportChanged();
}

void ConnectWizard::closeReport()
{
    if (!m_viewed)
        return;
    m_viewed.reset();
    m_viewedName.clear();
    m_pathId.clear();
    m_checklistAnswers.clear();
    updateWindowTitle();
    emit viewedReportChanged();
}

void ConnectWizard::chooseReportToOpen()
{
    const QString path = askOpenFileName(tr("Open a saved report"), tr("MI Connect Wizard reports (*.json)"));
    if (!path.isEmpty())
        openReportFile(path);
}

void ConnectWizard::updateWindowTitle()
{
    setWindowTitle(m_viewed ? tr("MI Connect Wizard — %1 (read-only)").arg(m_viewedName) : tr("MI Connect Wizard"));
}

bool ConnectWizard::prepareCheck(ConnectionSettings *connection, CheckOptions *options, QString *error)
{
    *options = CheckOptions {};
    options->scenarioId = scenarioId();
    options->checklistAnswers = m_checklistAnswers;
    options->pathId = m_pathId;
    options->samples = field(QStringLiteral("advanced.samples")).toInt();
    options->loginUser = field(QStringLiteral("advanced.loginUser")).toString().trimmed();
    options->timeout = std::chrono::milliseconds(field(QStringLiteral("advanced.timeout")).toInt());
    if (const int port = field(QStringLiteral("advanced.port")).toInt(); port > 0)
        options->port = quint16(port);
    options->redirectRange = field(QStringLiteral("advanced.rangeEnabled")).toBool();
    if (options->redirectRange) {
        const auto range = parsePortRange(field(QStringLiteral("advanced.range")).toString().trimmed(), error);
        if (!range)
            return false;
        options->redirectFirst = range->first;
        options->redirectLast = range->second;
    }

    if (m_demo) {
        if (!m_simulator || m_simulatorProfile != m_demoProfile) {
            delete m_simulator;
            m_simulator = new SimulatedInstance(this);
            if (!m_simulator->start(m_demoProfile, error)) {
                delete m_simulator;
                return false;
            }
            m_simulatorProfile = m_demoProfile;
        }
        *connection = *parseConnectionInput(m_simulator->hostName()).settings;
        options->overrides = m_simulator->resolveOverrides();
        options->subnet = m_simulator->subnet();
        options->extraCaCertificates = SimulatedInstance::trustedCertificates();
        options->overridesOnly = true; // names the simulator routes to never reach a real resolver
        // Loopback answers in microseconds; only silent ports wait, so the demo need not wait long.
        options->timeout = std::min(options->timeout, std::chrono::milliseconds(1000));
        return true;
    }

    const ConnectionParse parsed = parseConnectionInput(field(QStringLiteral("target.host")).toString());
    if (!parsed.settings) {
        *error = parsed.error;
        return false;
    }
    *connection = *parsed.settings;
    const QString subnetText = field(QStringLiteral("advanced.subnet")).toString().trimmed();
    if (!subnetText.isEmpty()) {
        const auto subnet = parseSubnet(subnetText, error);
        if (!subnet)
            return false;
        options->subnet = subnet;
    }
    return true;
}

QString ConnectWizard::askSaveFileName(const QString &title, const QString &suggestedName, const QString &filter)
{
    if (!m_nextSaveFileName.isNull())
        return std::exchange(m_nextSaveFileName, QString());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title, folder + QLatin1Char('/') + suggestedName, filter);
}

QString ConnectWizard::askOpenFileName(const QString &title, const QString &filter)
{
    if (!m_nextOpenFileName.isNull())
        return std::exchange(m_nextOpenFileName, QString());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(this, title, folder, filter);
}

QString ConnectWizard::preferredLanguage()
{
    const QString language = QSettings().value(key(keyLanguage)).toString();
    // A hand-edited or future value must not leave the user with a language the program lacks.
    return isAvailableLanguage(language) ? language : QString();
}

void ConnectWizard::setPreferredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(key(keyLanguage));
    else
        settings.setValue(key(keyLanguage), language);
}

void ConnectWizard::restoreSettings()
{
    const QSettings settings;
    if (settings.contains(key(keyScenario)))
        setField(QStringLiteral("scenario.id"), settings.value(key(keyScenario)).toString());
    setField(QStringLiteral("target.host"), settings.value(key(keyHost)).toString());
    setField(QStringLiteral("advanced.port"), settings.value(key(keyPort), 0).toInt());
    setField(QStringLiteral("advanced.samples"), settings.value(key(keySamples), CheckOptions::defaultSamples).toInt());
    setField(QStringLiteral("advanced.timeout"),
             settings.value(key(keyTimeout), int(CheckOptions::defaultTimeout.count())).toInt());
    setField(QStringLiteral("advanced.subnet"), settings.value(key(keySubnet)).toString());
    setField(QStringLiteral("advanced.range"), settings.value(key(keyRange), QStringLiteral("11000-11999")).toString());
    setField(QStringLiteral("advanced.rangeEnabled"), settings.value(key(keyRangeEnabled), true).toBool());
    m_demoProfile = settings.value(key(keyDemoProfile), m_demoProfile).toString();
}

void ConnectWizard::saveSettings() const
{
    // A customer's report is theirs: viewing it never changes this user's remembered choices.
    if (m_viewed)
        return;
    QSettings settings;
    settings.setValue(key(keyScenario), scenarioId());
    if (!m_demo) {
        // Whatever was typed, only the part without a password is remembered — and nothing of an input
        // that could not be read, which might hide one.
        const ConnectionParse parsed = parseConnectionInput(field(QStringLiteral("target.host")).toString());
        settings.setValue(key(keyHost), parsed.settings ? parsed.sanitized : QString());
        settings.setValue(key(keySubnet), field(QStringLiteral("advanced.subnet")).toString());
    }
    settings.setValue(key(keyPort), field(QStringLiteral("advanced.port")).toInt());
    settings.setValue(key(keySamples), field(QStringLiteral("advanced.samples")).toInt());
    settings.setValue(key(keyTimeout), field(QStringLiteral("advanced.timeout")).toInt());
    settings.setValue(key(keyRange), field(QStringLiteral("advanced.range")).toString());
    settings.setValue(key(keyRangeEnabled), field(QStringLiteral("advanced.rangeEnabled")).toBool());
    settings.setValue(key(keyDemoProfile), m_demoProfile);
}

namespace {
// The one local .json file a drag carries, or nothing.
QString droppedReportPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile() || !url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return {};
    return url.toLocalFile();
}
} // namespace

void ConnectWizard::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedReportPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ConnectWizard::dropEvent(QDropEvent *event)
{
    const QString path = droppedReportPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openReportFile(path);
}

void ConnectWizard::resizeEvent(QResizeEvent *event)
{
    QWizard::resizeEvent(event);
    // After the layout has given the header its new width.
    QTimer::singleShot(0, this, &ConnectWizard::fitSubTitle);
}

void ConnectWizard::fitSubTitle()
{
    // QWizard gives the subtitle the height it needs at 512 px once per page and never grows it, so a
    // long German or Japanese subtitle lost its last line in a narrow window. Its label is internal to
    // QWizard; it is found by its text, and left alone if a later Qt lays the header out differently.
    const QWizardPage *page = currentPage();
    if (!page || page->subTitle().isEmpty())
        return;
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text() != page->subTitle() || !label->wordWrap() || page->isAncestorOf(label))
            continue;
        const int needed = label->heightForWidth(label->width());
        if (needed > label->minimumHeight())
            label->setMinimumHeight(needed);
    }
}

void ConnectWizard::closeEvent(QCloseEvent *event)
{
    // Closing mid-run stops every probe at once; nothing lingers after the window.
    m_runner->cancel();
    saveSettings();
    QWizard::closeEvent(event);
}

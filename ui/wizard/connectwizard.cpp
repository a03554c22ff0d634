#include "connectwizard.h"

#include "checkspage.h"
#include "diagnosis/diagnosisrunner.h"
#include "findingspage.h"
#include "scenariopage.h"
#include "sim/simulatedinstance.h"
#include "startpage.h"
#include "targetpage.h"

#include <QCloseEvent>

ConnectWizard::ConnectWizard(QWidget *parent)
    : QWizard(parent)
    , m_runner(new DiagnosisRunner(this))
{
    setWindowTitle(tr("MI Connect Wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(760, 560);

    setPage(Page_Start, new StartPage);
    setPage(Page_Scenario, new ScenarioPage);
    setPage(Page_Target, new TargetPage);
    setPage(Page_Checks, new ChecksPage);
    setPage(Page_Findings, new FindingsPage);
    setStartId(Page_Start);
}

ConnectWizard::~ConnectWizard()
{
    m_runner->cancel();
}

void ConnectWizard::setDemoMode(bool demo)
{
    m_demo = demo;
    setField(QStringLiteral("start.demo"), demo);
}

bool ConnectWizard::prepareCheck(ConnectionSettings *connection, CheckOptions *options, QString *error)
{
    *options = CheckOptions{};
    options->scenarioId = field(QStringLiteral("scenario.id")).toString();
    options->samples = field(QStringLiteral("advanced.samples")).toInt();
    options->timeout = std::chrono::milliseconds(field(QStringLiteral("advanced.timeout")).toInt());

    if (m_demo) {
        if (!m_simulator) {
            m_simulator = new SimulatedInstance(this);
            if (!m_simulator->start(QStringLiteral("healthy"), error)) {
                delete m_simulator;
                return false;
            }
        }
        *connection = *parseConnectionInput(m_simulator->hostName()).settings;
        options->overrides = m_simulator->resolveOverrides();
        options->subnet = m_simulator->subnet();
        options->extraCaCertificates = SimulatedInstance::trustedCertificates();
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

void ConnectWizard::closeEvent(QCloseEvent *event)
{
    // Closing mid-run stops every probe at once; nothing lingers after the window.
    m_runner->cancel();
    QWizard::closeEvent(event);
}

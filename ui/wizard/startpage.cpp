#include "startpage.h"

#include "connectwizard.h"
#include "icons.h"
#include "sim/simprofile.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

StartPage::StartPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Why can't my application connect?"));
    setSubTitle(tr("This wizard tests the network path to an Azure SQL Managed Instance and explains what to change."));

    auto *where = new QLabel(tr("The checks test the path from <b>this machine</b>. Run the wizard where the "
                                "application runs — on the same VM, App Service console or developer box — "
                                "or the results describe a different path."));
    where->setWordWrap(true);

    m_newDiagnosis = new QRadioButton(tr("&New diagnosis"));
    m_newDiagnosis->setObjectName(QStringLiteral("newDiagnosis"));
    m_newDiagnosis->setChecked(true);
    auto *newHint = new QLabel(tr("Check the path to your instance from this machine."));

    auto *openReport = new QRadioButton(tr("&Open a saved report"));
    openReport->setObjectName(QStringLiteral("openReport"));
    openReport->setEnabled(false);
    auto *openHint = new QLabel(tr("See what a customer's checks found (arrives with report export)."));
    openHint->setEnabled(false);

    m_demo = new QRadioButton(tr("&Demo against a simulated instance on this machine"));
    m_demo->setObjectName(QStringLiteral("demo"));
    m_profile = new QComboBox;
    m_profile->setObjectName(QStringLiteral("demoProfile"));
    m_profile->setAccessibleName(tr("Condition of the simulated instance"));
    for (const SimProfile &profile : simProfiles())
        m_profile->addItem(profile.description, profile.name);
    m_profile->setEnabled(false);
    auto *profileLabel = new QLabel(tr("Simulated &condition:"));
    profileLabel->setBuddy(m_profile);
    connect(m_demo, &QRadioButton::toggled, m_profile, &QWidget::setEnabled);

    for (QLabel *hint : {newHint, openHint}) {
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }

    registerField(QStringLiteral("start.demo"), m_demo);

    auto *choices = new QGridLayout;
    choices->setColumnMinimumWidth(0, 24);
    choices->addWidget(m_newDiagnosis, 0, 0, 1, 3);
    choices->addWidget(newHint, 1, 1, 1, 2);
    choices->addWidget(m_demo, 2, 0, 1, 3);
    choices->addWidget(profileLabel, 3, 1);
    choices->addWidget(m_profile, 3, 2);
    choices->addWidget(openReport, 4, 0, 1, 3);
    choices->addWidget(openHint, 5, 1, 1, 2);
    choices->setColumnStretch(2, 1);
    choices->setVerticalSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addSpacing(16);
    layout->addLayout(choices);
    layout->addStretch();
}

void StartPage::initializePage()
{
    if (auto *connectWizard = qobject_cast<ConnectWizard *>(wizard())) {
        m_demo->setChecked(connectWizard->isDemoMode());
        const int index = m_profile->findData(connectWizard->demoProfile());
        m_profile->setCurrentIndex(std::max(0, index));
    }
}

bool StartPage::validatePage()
{
    // The choice made here decides what the Target and Checks pages work against.
    if (auto *connectWizard = qobject_cast<ConnectWizard *>(wizard())) {
        connectWizard->setDemoMode(m_demo->isChecked());
        connectWizard->setDemoProfile(m_profile->currentData().toString());
    }
    return true;
}

int StartPage::nextId() const
{
    return ConnectWizard::Page_Scenario;
}

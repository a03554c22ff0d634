#include "startpage.h"

#include "connectwizard.h"

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
    m_demo = new QRadioButton(tr("&Demo against a simulated instance on this machine"));
    m_demo->setObjectName(QStringLiteral("demo"));
    auto *openReport = new QRadioButton(tr("&Open a saved report (coming with report export)"));
    openReport->setEnabled(false);

    registerField(QStringLiteral("start.demo"), m_demo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addSpacing(12);
    layout->addWidget(m_newDiagnosis);
    layout->addWidget(m_demo);
    layout->addWidget(openReport);
    layout->addStretch();
}

void StartPage::initializePage()
{
    if (auto *connectWizard = qobject_cast<ConnectWizard *>(wizard()))
        m_demo->setChecked(connectWizard->isDemoMode());
}

bool StartPage::validatePage()
{
    // The choice made here decides what the Target and Checks pages work against.
    if (auto *connectWizard = qobject_cast<ConnectWizard *>(wizard()))
        connectWizard->setDemoMode(m_demo->isChecked());
    return true;
}

int StartPage::nextId() const
{
    return ConnectWizard::Page_Scenario;
}

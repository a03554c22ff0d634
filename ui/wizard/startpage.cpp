#include "startpage.h"

#include "connectwizard.h"
#include "i18n/translations.h"
#include "icons.h"
#include "sim/simprofile.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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

    m_openReport = new QRadioButton(tr("&Open a saved report"));
    m_openReport->setObjectName(QStringLiteral("openReport"));
    m_openHint = new QLabel;
    m_openHint->setObjectName(QStringLiteral("openHint"));
    auto *chooseReport = new QPushButton(tr("C&hoose a report…"));
    chooseReport->setObjectName(QStringLiteral("chooseReport"));
    chooseReport->setToolTip(tr("Ctrl+O opens a report from any page; you can also drop a report file on the window."));
    m_openError = new QLabel;
    m_openError->setObjectName(QStringLiteral("openError"));
    m_openError->setWordWrap(true);
    m_openError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openError->hide();
    connect(chooseReport, &QPushButton::clicked, this, [this] {
        if (auto *connectWizard = qobject_cast<ConnectWizard *>(wizard()))
            connectWizard->chooseReportToOpen();
    });

    m_demo = new QRadioButton(tr("&Demo against a simulated instance on this machine"));
    m_demo->setObjectName(QStringLiteral("demo"));
    m_profile = new QComboBox;
    m_profile->setObjectName(QStringLiteral("demoProfile"));
    m_profile->setAccessibleName(tr("Condition of the simulated instance"));
    // The combo names each condition as the CLI's --profile does; its description, a sentence that
    // would make the combo wider than the window in German or Japanese, wraps below it.
    for (const SimProfile &profile : simProfiles()) {
        m_profile->addItem(profile.name, profile.name);
        m_profile->setItemData(m_profile->count() - 1, profile.description, Qt::ToolTipRole);
    }
    m_profile->setEnabled(false);
    auto *profileLabel = new QLabel(tr("Simulated &condition:"));
    profileLabel->setBuddy(m_profile);
    m_profileDescription = new QLabel;
    m_profileDescription->setObjectName(QStringLiteral("demoProfileDescription"));
    const auto describeProfile
        = [this] { m_profileDescription->setText(m_profile->currentData(Qt::ToolTipRole).toString()); };
    connect(m_profile, &QComboBox::currentIndexChanged, this, describeProfile);
    describeProfile();
    connect(m_demo, &QRadioButton::toggled, m_profile, &QWidget::setEnabled);

    registerField(QStringLiteral("start.demo"), m_demo);

    auto *choices = new QGridLayout;
    choices->setColumnMinimumWidth(0, 24);
    choices->addWidget(m_newDiagnosis, 0, 0, 1, 3);
    choices->addWidget(newHint, 1, 1, 1, 2);
    choices->addWidget(m_demo, 2, 0, 1, 3);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profile);
    profileRow->addStretch();
    choices->addLayout(profileRow, 3, 1, 1, 2);
    choices->addWidget(m_profileDescription, 4, 1, 1, 2);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openReport);
    openRow->addWidget(chooseReport);
    openRow->addStretch();
    choices->addLayout(openRow, 5, 0, 1, 3);
    choices->addWidget(m_openHint, 6, 1, 1, 2);
    choices->addWidget(m_openError, 7, 1, 1, 2);
    choices->setColumnStretch(2, 1);
    choices->setVerticalSpacing(6);

    // Each language by its own name, so someone who cannot read the current one still finds theirs.
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system (%1)").arg(languageName(systemLanguage())), QString());
    for (const QString &language : availableLanguages())
        m_language->addItem(languageName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(ConnectWizard::preferredLanguage())));
    m_startLanguageIndex = m_language->currentIndex();
    auto *languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_language);
    m_languageHint = new QLabel;
    m_languageHint->setObjectName(QStringLiteral("languageHint"));
    for (QLabel *hint : { newHint, m_openHint, m_profileDescription, m_languageHint }) {
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        ConnectWizard::setPreferredLanguage(m_language->currentData().toString());
        showLanguageHint();
    });
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_languageHint, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addSpacing(16);
    layout->addLayout(choices);
    layout->addStretch();
    layout->addLayout(languageRow);
    showLanguageHint();
}

void StartPage::showLanguageHint()
{
    // The pages are built in one language; switching them all while a run may be on screen would lose
    // or mix what they show, so a new choice applies from the next start (and says so once made).
    const QString chosen = m_language->currentData().toString();
    m_languageHint->setText(m_language->currentIndex() == m_startLanguageIndex
                                ? QString()
                                : tr("The wizard speaks %1 from its next start.")
                                      .arg(languageName(chosen.isEmpty() ? systemLanguage() : chosen)));
}

void StartPage::initializePage()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    if (!connectWizard)
        return;
    if (m_viewerConnection)
        disconnect(m_viewerConnection);
    m_viewerConnection = connect(connectWizard, &ConnectWizard::viewedReportChanged, this, &StartPage::showReportState);
    if (connectWizard->isViewingReport())
        m_openReport->setChecked(true);
    else if (connectWizard->isDemoMode())
        m_demo->setChecked(true);
    else if (!m_openReport->isChecked())
        m_newDiagnosis->setChecked(true);
    const int index = m_profile->findData(connectWizard->demoProfile());
    m_profile->setCurrentIndex(std::max(0, index));
    showReportState();
}

void StartPage::showReportState()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    if (!connectWizard)
        return;
    m_openHint->setText(
        connectWizard->isViewingReport()
            ? tr("Showing %1, read-only. Next shows what its checks found.").arg(connectWizard->viewedReportName())
            : tr("See what someone else's checks found, from the JSON report they saved."));
    const QString error = connectWizard->openError();
    m_openError->setText(error.isEmpty() ? QString() : tr("✖ %1").arg(error));
    m_openError->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        m_openReport->setChecked(true);
}

bool StartPage::validatePage()
{
    // The choice made here decides what the following pages show: a live run or a saved report.
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    if (!connectWizard)
        return true;
    if (m_openReport->isChecked()) {
        if (connectWizard->isViewingReport())
            return true;
        const QString path
            = connectWizard->askOpenFileName(tr("Open a saved report"), tr("MI Connect Wizard reports (*.json)"));
        return !path.isEmpty() && connectWizard->loadReportFile(path);
    }
    connectWizard->closeReport();
    connectWizard->setDemoMode(m_demo->isChecked());
    connectWizard->setDemoProfile(m_profile->currentData().toString());
    return true;
}

int StartPage::nextId() const
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    if (m_openReport->isChecked() && connectWizard && connectWizard->isViewingReport())
        return ConnectWizard::Page_Path;
    return ConnectWizard::Page_Scenario;
}

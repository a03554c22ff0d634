#include "targetpage.h"

#include "connectwizard.h"
#include "diagnosis/checkoptions.h"
#include "knowledge/findingscatalog.h"
#include "target/connectionlint.h"
#include "target/connectionstring.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

TargetPage::TargetPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Which instance?"));
    setSubTitle(tr("Paste the host name as the application uses it, or its whole connection string; "
                   "a password in it is recognised and dropped."));

    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("instance.dnszone.database.windows.net"));
    m_host->setClearButtonEnabled(true);
    auto *hostLabel = new QLabel(tr("&Host or connection string:"));
    hostLabel->setBuddy(m_host);
    m_lint = new QLabel;
    m_lint->setObjectName(QStringLiteral("lint"));
    m_lint->setWordWrap(true);
    m_lint->setTextFormat(Qt::RichText);
    registerField(QStringLiteral("target.host"), m_host);
    connect(m_host, &QLineEdit::textChanged, this, &TargetPage::lint);

    auto *advanced = new QGroupBox(tr("Advanced"));
    advanced->setCheckable(true);
    advanced->setChecked(false);
    auto *subnet = new QLineEdit;
    subnet->setObjectName(QStringLiteral("subnet"));
    subnet->setPlaceholderText(tr("10.0.0.0/27 — finds the nodes for the redirect checks"));
    auto *samples = new QSpinBox;
    samples->setObjectName(QStringLiteral("samples"));
    samples->setRange(1, 100);
    samples->setValue(CheckOptions::defaultSamples);
    auto *timeout = new QSpinBox;
    timeout->setObjectName(QStringLiteral("timeout"));
    timeout->setRange(100, 60000);
    timeout->setSingleStep(500);
    timeout->setSuffix(tr(" ms"));
    timeout->setValue(int(CheckOptions::defaultTimeout.count()));
    registerField(QStringLiteral("advanced.subnet"), subnet);
    registerField(QStringLiteral("advanced.samples"), samples);
    registerField(QStringLiteral("advanced.timeout"), timeout);

    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("Managed Instance &subnet:"), subnet);
    advancedForm->addRow(tr("Sa&mples:"), samples);
    advancedForm->addRow(tr("&Timeout per probe:"), timeout);
    // The disclosure hides its fields until asked for.
    for (QWidget *child : {static_cast<QWidget *>(subnet), static_cast<QWidget *>(samples), static_cast<QWidget *>(timeout)})
        child->setVisible(false);
    connect(advanced, &QGroupBox::toggled, this, [advanced](bool on) {
        for (QWidget *child : advanced->findChildren<QWidget *>())
            child->setVisible(on);
    });

    auto *form = new QFormLayout;
    form->addRow(hostLabel, m_host);
    form->addRow(QString(), m_lint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(advanced);
    layout->addStretch();
}

void TargetPage::initializePage()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const bool demo = connectWizard && connectWizard->isDemoMode();
    m_host->setReadOnly(demo);
    if (demo)
        m_host->setText(QStringLiteral("sim-mi.51a7ed0c0de5.database.windows.net"));
    lint();
}

bool TargetPage::isComplete() const
{
    return QWizardPage::isComplete() && parseConnectionInput(m_host->text()).settings.has_value();
}

void TargetPage::lint()
{
    const ConnectionParse parsed = parseConnectionInput(m_host->text());
    if (m_host->text().trimmed().isEmpty()) {
        m_lint->clear();
    } else if (!parsed.settings) {
        m_lint->setText(tr("✖ %1").arg(parsed.error.toHtmlEscaped()));
    } else {
        const ConnectionSettings &settings = *parsed.settings;
        QStringList lines;
        lines << tr("✔ %1, %2 endpoint, port %3")
                     .arg(connectionFormId(settings.form), endpointKindId(settings.target.kind))
                     .arg(settings.target.effectivePort())
                     .toHtmlEscaped();
        if (settings.passwordPresent)
            lines << tr("The password in it is ignored: it is never kept, shown or saved.").toHtmlEscaped();
        for (const LintFinding &finding : lintConnection(settings, field(QStringLiteral("scenario.id")).toString())) {
            const FindingDefinition *definition = FindingsCatalog::builtIn().find(finding.id);
            const QString title = definition ? definition->title : finding.id;
            lines << tr("⚠ %1 — %2").arg(title, finding.evidence).toHtmlEscaped();
        }
        m_lint->setText(lines.join(QStringLiteral("<br>")));
    }
    emit completeChanged();
}

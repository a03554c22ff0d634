#include "targetpage.h"

#include "connectwizard.h"
#include "diagnosis/checkoptions.h"
#include "knowledge/findingscatalog.h"
#include "target/connectionlint.h"
#include "target/connectionstring.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

TargetPage::TargetPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Which instance?"));
    setSubTitle(tr("Paste the host name as the application uses it, or its whole connection string; "
                   "a password in it is recognised and dropped."));

    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("instance.dnszone.database.windows.net, or Server=tcp:…;Database=…"));
    m_host->setClearButtonEnabled(true);
    m_host->setAccessibleName(tr("Host or connection string"));
    auto *hostLabel = new QLabel(tr("&Host or connection string:"));
    hostLabel->setBuddy(m_host);
    m_lint = new QLabel;
    m_lint->setObjectName(QStringLiteral("lint"));
    m_lint->setWordWrap(true);
    m_lint->setTextFormat(Qt::RichText);
    m_lint->setAccessibleName(tr("What the input says"));
    registerField(QStringLiteral("target.host"), m_host);
    connect(m_host, &QLineEdit::textChanged, this, &TargetPage::lint);

    m_advancedToggle = new QToolButton;
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("&Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);

    m_advanced = new QWidget;
    m_advanced->setObjectName(QStringLiteral("advanced"));
    auto *port = new QSpinBox;
    port->setObjectName(QStringLiteral("port"));
    port->setRange(0, 65535);
    port->setSpecialValueText(tr("from the host (1433, or 3342 for .public.)"));
    m_subnet = new QLineEdit;
    m_subnet->setObjectName(QStringLiteral("subnet"));
    m_subnet->setPlaceholderText(tr("10.0.0.0/27 — finds the nodes for the redirect checks"));
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
    m_rangeEnabled = new QCheckBox(tr("Classify the &legacy redirect ports on the nodes"));
    m_rangeEnabled->setObjectName(QStringLiteral("rangeEnabled"));
    m_rangeEnabled->setChecked(true);
    m_range = new QLineEdit(QStringLiteral("11000-11999"));
    m_range->setObjectName(QStringLiteral("range"));
    connect(m_rangeEnabled, &QCheckBox::toggled, m_range, &QWidget::setEnabled);
    m_loginUser = new QLineEdit;
    m_loginUser->setObjectName(QStringLiteral("loginUser"));
    m_loginUser->setPlaceholderText(tr("empty: a made-up login, which proves the path without any secret"));
    m_loginUser->setMaxLength(128);
    m_loginPassword = new QLineEdit;
    m_loginPassword->setObjectName(QStringLiteral("loginPassword"));
    m_loginPassword->setEchoMode(QLineEdit::Password);
    m_loginPassword->setEnabled(false);
    m_loginPassword->setToolTip(tr("Used for this run's login only; never shown, saved or written to a report."));
    connect(m_loginUser, &QLineEdit::textChanged, this, [this](const QString &user) {
        m_loginPassword->setEnabled(!user.trimmed().isEmpty());
        if (user.trimmed().isEmpty())
            m_loginPassword->clear();
    });
    registerField(QStringLiteral("advanced.loginUser"), m_loginUser);
    m_advancedProblem = new QLabel;
    m_advancedProblem->setWordWrap(true);
    registerField(QStringLiteral("advanced.port"), port);
    registerField(QStringLiteral("advanced.subnet"), m_subnet);
    registerField(QStringLiteral("advanced.samples"), samples);
    registerField(QStringLiteral("advanced.timeout"), timeout);
    registerField(QStringLiteral("advanced.range"), m_range);
    registerField(QStringLiteral("advanced.rangeEnabled"), m_rangeEnabled);
    for (QLineEdit *edit : { m_subnet, m_range })
        connect(edit, &QLineEdit::textChanged, this, &TargetPage::lint);
    connect(m_rangeEnabled, &QCheckBox::toggled, this, &TargetPage::lint);

    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [advancedForm](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        advancedForm->addRow(label, field);
    };
    addRow(tr("&Port:"), port);
    addRow(tr("Managed Instance &subnet:"), m_subnet);
    addRow(tr("Sa&mples:"), samples);
    addRow(tr("&Timeout per probe:"), timeout);
    advancedForm->addRow(QString(), m_rangeEnabled);
    addRow(tr("Redirect &range:"), m_range);
    addRow(tr("SQL lo&gin to try:"), m_loginUser);
    addRow(tr("Pass&word:"), m_loginPassword);
    advancedForm->addRow(QString(), m_advancedProblem);
    m_advanced->setVisible(false);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(hostLabel, m_host);
    form->addRow(QString(), m_lint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addStretch();
}

void TargetPage::initializePage()
{
    auto *connectWizard = qobject_cast<ConnectWizard *>(wizard());
    const bool demo = connectWizard && connectWizard->isDemoMode();
    m_host->setReadOnly(demo);
    m_subnet->setReadOnly(demo);
    if (demo) {
        m_host->setText(ConnectWizard::demoHostName());
        m_subnet->setPlaceholderText(tr("the simulator's own subnet"));
        m_subnet->clear();
    }
    lint();
}

QString TargetPage::loginPassword() const
{
    return m_loginUser->text().trimmed().isEmpty() ? QString() : m_loginPassword->text();
}

bool TargetPage::isComplete() const
{
    return QWizardPage::isComplete() && parseConnectionInput(m_host->text()).settings.has_value()
        && advancedProblem().isEmpty();
}

QString TargetPage::advancedProblem() const
{
    QString error;
    if (!m_subnet->text().trimmed().isEmpty() && !parseSubnet(m_subnet->text(), &error))
        return error;
    if (m_rangeEnabled->isChecked() && !parsePortRange(m_range->text().trimmed(), &error))
        return error;
    return {};
}

void TargetPage::lint()
{
    const ConnectionParse parsed = parseConnectionInput(m_host->text());
    if (m_host->text().trimmed().isEmpty()) {
        m_lint->clear();
    } else if (!parsed.settings) {
        m_lint->setText(tr("✖ %1").arg(parsed.error).toHtmlEscaped());
    } else {
        const ConnectionSettings &settings = *parsed.settings;
        QStringList lines;
        lines << tr("✔ %1 for %2, port %3")
                     .arg(connectionFormLabel(settings.form), endpointKindLabel(settings.target.kind))
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
    const QString problem = advancedProblem();
    m_advancedProblem->setText(problem.isEmpty() ? QString() : tr("✖ %1").arg(problem));
    if (!problem.isEmpty() && !m_advanced->isVisible())
        m_advancedToggle->setChecked(true); // show where the problem is
    emit completeChanged();
}

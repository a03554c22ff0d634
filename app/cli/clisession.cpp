#include "clisession.h"

#include "client/driverinventory.h"
#include "diagnosis/diagnosisrunner.h"
#include "i18n/translations.h"
#include "io/savefile.h"
#include "knowledge/findingscatalog.h"
#include "knowledge/scenariocatalog.h"
#include "probe/nameresolver.h"
#include "probe/portrangescanner.h"
#include "report/markdownreport.h"
#include "report/redaction.h"
#include "report/reportcomparison.h"
#include "report/reportjson.h"
#include "report/textreport.h"
#include "sim/simulatedinstance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void printError(const QString &line)
{
    writeTo(stderr, QStringLiteral("miconnect-cli: %1\n").arg(line));
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDERR_FILENO) == 1;
#elif defined(Q_OS_WIN)
    return _isatty(_fileno(stderr)) != 0;
#else
    return false;
#endif
}

// The password for --login: typed without echo at a terminal, else the first line of standard input
// (so scripts can pipe it from a secret store). The buffers it passed through are overwritten.
bool readPassword(const QString &user, QString *password)
{
    bool fromTerminal = false;
#ifdef Q_OS_UNIX
    termios saved {};
    fromTerminal = ::isatty(STDIN_FILENO) == 1 && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (fromTerminal) {
        writeTo(stderr, CliSession::tr("Password for %1: ").arg(user));
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
#elif defined(Q_OS_WIN)
    // Not compiled here (docs/DEPLOY.md): the console's echo off, as termios does above.
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD savedMode = 0;
    fromTerminal = input != INVALID_HANDLE_VALUE && GetConsoleMode(input, &savedMode) != 0;
    if (fromTerminal) {
        writeTo(stderr, CliSession::tr("Password for %1: ").arg(user));
        SetConsoleMode(input, savedMode & ~DWORD(ENABLE_ECHO_INPUT));
    }
#endif
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
    const bool gotLine = c == '\n' || !line.isEmpty();
#ifdef Q_OS_UNIX
    if (fromTerminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        writeTo(stderr, QStringLiteral("\n"));
    }
#elif defined(Q_OS_WIN)
    if (fromTerminal) {
        SetConsoleMode(input, savedMode);
        writeTo(stderr, QStringLiteral("\n"));
    }
#endif
    if (line.endsWith('\r'))
        line.chop(1);
    *password = QString::fromUtf8(line);
    line.fill('\0');
    return gotLine;
}

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QString reason;
    if (!saveFileAtomically(path, bytes, &reason)) {
        *error = Cli::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

} // namespace

CliSession::CliSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_interrupts, &InterruptWatcher::interrupted, this, &CliSession::onInterrupted);
}

void CliSession::start(const CliRequest &request)
{
    m_request = request;
    switch (request.command) {
    case CliRequest::Command::Help:
        writeTo(stdout, request.helpText);
        emit done(ExitOk);
        return;
    case CliRequest::Command::Version:
        writeTo(stdout, QStringLiteral("miconnect-cli %1\n").arg(toolVersion()));
        emit done(ExitOk);
        return;
    case CliRequest::Command::Check: {
        const ConnectionParse parsed = parseConnectionInput(request.target);
        if (!parsed.settings) {
            printError(parsed.error);
            emit done(ExitUsage);
            return;
        }
        if (parsed.settings->passwordPresent)
            progress(tr("The connection string holds a password: it was dropped and is not used, shown or saved."));
        runCheck(*parsed.settings);
        return;
    }
    case CliRequest::Command::Demo:
        runDemo();
        return;
    case CliRequest::Command::Scan:
        runScan();
        return;
    case CliRequest::Command::Simulate:
        runSimulate();
        return;
    case CliRequest::Command::Drivers:
        listDrivers();
        return;
    case CliRequest::Command::Scenarios:
        listScenarios();
        return;
    case CliRequest::Command::Explain:
        explain();
        return;
    case CliRequest::Command::Compare:
        compare();
        return;
    }
}

void CliSession::progress(const QString &line)
{
    if (m_request.quiet)
        return;
    if (m_progressLineOpen) {
        writeTo(stderr, QStringLiteral("\r\033[K"));
        m_progressLineOpen = false;
    }
    writeTo(stderr, line + QLatin1Char('\n'));
}

void CliSession::progressInPlace(const QString &line)
{
    // Counters that change many times a second are only worth showing on a terminal.
    if (m_request.quiet || !stderrIsTerminal())
        return;
    writeTo(stderr, QStringLiteral("\r\033[K") + line);
    m_progressLineOpen = true;
}

void CliSession::runDemo()
{
    m_simulator = new SimulatedInstance(this);
    configureSimulator();
    QString error;
    if (!m_simulator->start(m_request.profile, &error)) {
        printError(tr("cannot start the simulated instance: %1").arg(error));
        emit done(ExitInternal);
        return;
    }
    if (m_request.redact)
        progress(tr("Demo: checking the simulated instance (profile %1)").arg(m_request.profile));
    else
        progress(tr("Demo: checking the simulated instance (profile %1) on %2")
                     .arg(m_request.profile, m_simulator->subnet().toString()));
    const ConnectionParse parsed = parseConnectionInput(m_simulator->hostName());
    m_request.check.overrides = m_simulator->resolveOverrides();
    m_request.check.subnet = m_simulator->subnet();
    m_request.check.extraCaCertificates = SimulatedInstance::trustedCertificates();
    // Every name the demo needs is given above; a name it routes to beyond them must not reach a real resolver.
    m_request.check.overridesOnly = true;
    runCheck(*parsed.settings);
}

void CliSession::configureSimulator()
{
    if (m_request.simulatedVersion)
        m_simulator->setServerVersion(*m_request.simulatedVersion);
    if (m_request.simulatedEncryption)
        m_simulator->setEncryption(*m_request.simulatedEncryption);
}

void CliSession::runCheck(const ConnectionSettings &connection)
{
    m_connection = connection;
    m_runner = new DiagnosisRunner(this);
    if (!m_request.check.loginUser.isEmpty()) {
        QString password;
        if (!readPassword(m_request.check.loginUser, &password)) {
            printError(tr("--login %1: no password on standard input").arg(m_request.check.loginUser));
            emit done(ExitUsage);
            return;
        }
        m_runner->setLoginPassword(password);
        wipeSecret(password);
    }
    connect(m_runner, &DiagnosisRunner::checkStarted, this, [this](const QString &checkId) {
        if (m_round <= 1)
            progress(tr("… %1").arg(checkTitle(checkId)));
    });
    connect(m_runner, &DiagnosisRunner::checkProgress, this, [this](const QString &checkId, int done, int total) {
        progressInPlace(tr("  %1: %2/%3").arg(checkId).arg(done).arg(total));
    });
    connect(m_runner, &DiagnosisRunner::checkFinished, this, [this](const CheckResult &result) {
        // Redacted runs keep evidence off the terminal too: a pasted console must not undo --redact.
        if (m_round <= 1)
            progress(QStringLiteral("  %1  %2")
                         .arg(checkStatusId(result.status).toUpper().leftJustified(5),
                              m_request.redact ? result.id : result.summary));
    });
    connect(m_runner, &DiagnosisRunner::finished, this, &CliSession::finishCheck);
    if (m_request.watchSeconds > 0) {
        m_watchTimer = new QTimer(this);
        m_watchTimer->setSingleShot(true);
        connect(m_watchTimer, &QTimer::timeout, this, &CliSession::startRound);
    }
    startRound();
}

void CliSession::startRound()
{
    ++m_round;
    m_runner->start(m_connection, m_request.check);
}

void CliSession::finishCheck()
{
    // The report is worded (findings, check summaries, headings) in --report-lang while it is built
    // and written; progress and errors stay in the messages' language.
    std::optional<LanguageScope> reportLanguage;
    reportLanguage.emplace(m_request.reportLanguage);
    const Report report = m_runner->report();
    if (m_request.watchSeconds > 0 && !m_interrupted) {
        // Watch mode: the first round in full, then only what changed, until interrupted.
        if (!m_previousRound) {
            if (!emitReport(report))
                emit done(ExitInternal);
        } else {
            reportRoundChanges(report);
        }
        m_previousRound = report;
        reportLanguage.reset();
        progress(tr("Watching: the next round starts in %n second(s); Ctrl+C stops.", nullptr, m_request.watchSeconds));
        m_watchTimer->start(m_request.watchSeconds * 1000);
        return;
    }
    if (m_interrupted && m_previousRound) {
        // Stopping a watch ends it; the last complete round decides the exit code.
        emit done(m_previousRound->hasErrors() ? ExitProblems : ExitOk);
        return;
    }
    const bool written = emitReport(report);
    if (m_interrupted)
        emit done(ExitInterrupted);
    else if (!written)
        emit done(ExitInternal);
    else
        emit done(report.hasErrors() ? ExitProblems : ExitOk);
}

Report CliSession::outgoing(const Report &report)
{
    if (!m_request.redact)
        return report;
    RedactedReport redacted = redactReport(report);
    if (!m_request.redactionLegendPath.isEmpty()) {
        QString error;
        if (!saveFile(m_request.redactionLegendPath, redactionLegendToText(redacted.legend).toUtf8(), &error))
            printError(error);
    }
    return redacted.report;
}

bool CliSession::emitReport(const Report &unredacted)
{
    const Report report = outgoing(unredacted);
    const QByteArray jsonBytes = QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
    bool ok = true;
    QString error;
    if (m_request.jsonPath == QLatin1String("-")) {
        writeTo(stdout, QString::fromUtf8(jsonBytes));
    } else {
        writeTo(stdout, reportToText(report));
        if (!m_request.jsonPath.isEmpty() && !saveFile(m_request.jsonPath, jsonBytes, &error)) {
            printError(error);
            ok = false;
        }
    }
    if (m_request.reportPath.isEmpty())
        return ok;
    const QString extension = QLatin1Char('.') + m_request.reportPath.section(QLatin1Char('.'), -1).toLower();
    bool written = false;
    if (extension == QLatin1String(".json"))
        written = saveFile(m_request.reportPath, jsonBytes, &error);
    else if (extension == QLatin1String(".md"))
        written = saveFile(m_request.reportPath, reportToMarkdown(report).toUtf8(), &error);
    else if (extension == QLatin1String(".txt"))
        written = saveFile(m_request.reportPath, reportToText(report).toUtf8(), &error);
    else if (richReportWriter())
        written = richReportWriter()(report, m_request.reportPath, &error);
    else
        error = Cli::tr("cannot write %1: no writer for this format").arg(m_request.reportPath);
    if (!written) {
        printError(error);
        ok = false;
    }
    return ok;
}

void CliSession::compare()
{
    const ReportReadResult before = readReportFile(m_request.beforePath);
    if (!before.report) {
        printError(before.error);
        emit done(ExitUsage);
        return;
    }
    const ReportReadResult after = readReportFile(m_request.afterPath);
    if (!after.report) {
        printError(after.error);
        emit done(ExitUsage);
        return;
    }
    const ReportComparison comparison = compareReports(*before.report, *after.report);
    const QByteArray jsonBytes = QJsonDocument(comparisonToJson(comparison)).toJson(QJsonDocument::Indented);
    bool ok = true;
    QString error;
    if (m_request.jsonPath == QLatin1String("-")) {
        writeTo(stdout, QString::fromUtf8(jsonBytes));
    } else {
        writeTo(stdout, comparisonToText(comparison));
        if (!m_request.jsonPath.isEmpty() && !saveFile(m_request.jsonPath, jsonBytes, &error)) {
            printError(error);
            ok = false;
        }
    }
    if (!m_request.reportPath.isEmpty()) {
        const QString path = m_request.reportPath;
        const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? jsonBytes
            : path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ? comparisonToMarkdown(comparison).toUtf8()
                                                                       : comparisonToText(comparison).toUtf8();
        if (!saveFile(path, bytes, &error)) {
            printError(error);
            ok = false;
        }
    }
    // Like check: 1 says something got worse, so a script can gate on it.
    emit done(!ok ? ExitInternal : comparison.worse() > 0 ? ExitProblems : ExitOk);
}

void CliSession::reportRoundChanges(const Report &report)
{
    QStringList changes;
    for (const CheckResult &check : report.checks) {
        for (const CheckResult &before : m_previousRound->checks) {
            if (before.id == check.id && before.status != check.status)
                changes << QStringLiteral("%1 %2 → %3")
                               .arg(check.id, checkStatusId(before.status), checkStatusId(check.status));
        }
    }
    QStringList beforeIds;
    for (const Finding &finding : m_previousRound->findings)
        beforeIds << finding.id;
    QStringList nowIds;
    for (const Finding &finding : report.findings)
        nowIds << finding.id;
    for (const QString &id : std::as_const(nowIds)) {
        if (!beforeIds.contains(id))
            changes << QStringLiteral("+ %1").arg(id);
    }
    for (const QString &id : std::as_const(beforeIds)) {
        if (!nowIds.contains(id))
            changes << QStringLiteral("- %1").arg(id);
    }
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    const QString line = changes.isEmpty()
        ? tr("[%1] round %2: no change").arg(time).arg(m_round)
        : tr("[%1] round %2: %3").arg(time).arg(m_round).arg(changes.join(QStringLiteral("; ")));
    if (m_request.jsonPath == QLatin1String("-")) {
        // One report per line (JSON Lines), so a script can follow the rounds as they come.
        writeTo(stdout,
                QString::fromUtf8(QJsonDocument(reportToJson(outgoing(report))).toJson(QJsonDocument::Compact))
                    + QLatin1Char('\n'));
    } else {
        writeTo(stdout, line + QLatin1Char('\n'));
        QString error;
        if (!m_request.jsonPath.isEmpty()
            && !saveFile(m_request.jsonPath, QJsonDocument(reportToJson(outgoing(report))).toJson(), &error))
            printError(error);
    }
}

void CliSession::runScan()
{
    QList<ScanTarget> targets;
    QList<QPair<int, QString>> names; // position in `targets`, name to resolve
    for (const QString &item : std::as_const(m_request.scanTargets)) {
        if (item.contains(QLatin1Char('/'))) {
            QString error;
            const auto subnet = parseSubnet(item, &error);
            const auto addresses = subnetAddresses(*subnet, 1 << 20, &error);
            for (const QHostAddress &address : *addresses)
                targets.append({ address.toString(), address });
        } else if (const QHostAddress address(item); !address.isNull()) {
            targets.append({ item, address });
        } else {
            names.append({ int(targets.size()), item });
            targets.append({ item, QHostAddress() });
        }
    }
    if (names.isEmpty()) {
        startScanner(targets);
        return;
    }

    auto resolved = std::make_shared<QList<ScanTarget>>(targets);
    m_pendingResolutions = int(names.size());
    for (const auto &[position, name] : std::as_const(names)) {
        auto *resolver = new NameResolver(this);
        resolver->setOverrides(m_request.check.overrides);
        resolver->setChainLookupEnabled(false);
        connect(resolver, &NameResolver::finished, this,
                [this, resolver, resolved, position = position](const DnsAnswer &answer) {
                    resolver->deleteLater();
                    if (answer.hasAddresses()) {
                        (*resolved)[position].address = answer.addresses.constFirst();
                    } else {
                        progress(tr("cannot resolve %1: %2").arg(answer.host, answer.errorText));
                    }
                    if (--m_pendingResolutions > 0)
                        return;
                    QList<ScanTarget> usable;
                    for (const ScanTarget &target : std::as_const(*resolved)) {
                        if (!target.address.isNull())
                            usable.append(target);
                    }
                    if (usable.isEmpty()) {
                        printError(tr("no target could be resolved; nothing to scan"));
                        emit done(ExitUsage);
                        return;
                    }
                    startScanner(usable);
                });
        resolver->start(name, m_request.check.timeout);
    }
}

void CliSession::startScanner(const QList<ScanTarget> &targets)
{
    ScanRequest request;
    request.targets = targets;
    request.ports = m_request.ports;
    request.timeout = m_request.check.timeout;
    request.concurrency = m_request.check.concurrency;
    m_scanner = new PortRangeScanner(this);
    connect(m_scanner, &PortRangeScanner::progress, this,
            [this](int done, int total) { progressInPlace(tr("scanning: %1/%2").arg(done).arg(total)); });
    connect(m_scanner, &PortRangeScanner::finished, this, &CliSession::finishScan);
    m_scanner->start(request);
}

void CliSession::finishScan()
{
    const ScanResult &scan = m_scanner->result();
    if (m_progressLineOpen)
        progress(QString());
    const bool written = emitOutputs(scanResultToJson(scan), scanResultToText(scan));
    if (m_interrupted)
        emit done(ExitInterrupted);
    else
        emit done(written ? ExitOk : ExitInternal);
}

void CliSession::runSimulate()
{
    m_simulator = new SimulatedInstance(this);
    configureSimulator();
    QString error;
    if (!m_simulator->start(m_request.profile, &error, m_request.simulatedSubnet)) {
        printError(tr("cannot start the simulated instance: %1").arg(error));
        emit done(ExitInternal);
        return;
    }
    if (m_request.jsonPath.isEmpty()) {
        writeTo(stdout, m_simulator->describeText() + QLatin1Char('\n'));
    } else {
        const QByteArray line = QJsonDocument(m_simulator->describeJson()).toJson(QJsonDocument::Compact) + '\n';
        if (m_request.jsonPath == QLatin1String("-")) {
            writeTo(stdout, QString::fromUtf8(line));
        } else if (!saveFile(m_request.jsonPath, line, &error)) {
            printError(error);
            emit done(ExitInternal);
            return;
        }
    }
    progress(tr("Running until interrupted (Ctrl+C)."));
}

void CliSession::listScenarios()
{
    const ScenarioCatalog &catalog = ScenarioCatalog::builtIn();
    const FindingsCatalog &sources = FindingsCatalog::builtIn();
    QJsonArray json;
    QString text;
    for (const ScenarioDefinition &scenario : catalog.all()) {
        const bool detailed = scenario.id == m_request.scenarioId;
        if (!m_request.scenarioId.isEmpty() && !detailed)
            continue;
        QJsonArray paths;
        for (const QString &pathId : scenario.pathIds) {
            const PathDefinition *path = catalog.path(pathId);
            QJsonArray ports;
            for (const PortRequirement &requirement : path->ports) {
                ports.append(QJsonObject { { QStringLiteral("connection_type"), requirement.connectionType },
                                           { QStringLiteral("ports"), requirement.ports },
                                           { QStringLiteral("to"), requirement.to } });
            }
            paths.append(QJsonObject {
                { QStringLiteral("id"), path->id },
                { QStringLiteral("title"), path->title },
                { QStringLiteral("summary"), path->summary },
                { QStringLiteral("ports"), ports },
                { QStringLiteral("prerequisites"), QJsonArray::fromStringList(path->prerequisiteIds) },
                { QStringLiteral("sources"), QJsonArray::fromStringList(sources.sourceUrls(path->sourceKeys)) } });
        }
        QJsonArray checklist;
        for (const Prerequisite &item : catalog.checklist(scenario.id))
            checklist.append(QJsonObject { { QStringLiteral("id"), item.id }, { QStringLiteral("text"), item.text } });
        json.append(QJsonObject {
            { QStringLiteral("id"), scenario.id },
            { QStringLiteral("title"), scenario.title },
            { QStringLiteral("summary"), scenario.summary },
            { QStringLiteral("paths"), paths },
            { QStringLiteral("checklist"), checklist },
            { QStringLiteral("sources"), QJsonArray::fromStringList(sources.sourceUrls(scenario.sourceKeys)) } });
        if (!detailed) {
            text += QStringLiteral("%1\n    %2\n    %3\n    %4 %5\n")
                        .arg(scenario.id, scenario.title, scenario.summary, tr("Paths, best first:"),
                             scenario.pathIds.join(QStringLiteral(", ")));
            continue;
        }
        text += QStringLiteral("%1 — %2\n%3\n\n").arg(scenario.id, scenario.title, scenario.summary);
        text += tr("Paths, best first:") + QLatin1Char('\n');
        int number = 0;
        for (const QString &pathId : scenario.pathIds) {
            const PathDefinition *path = catalog.path(pathId);
            text += QStringLiteral("  %1. %2 (%3)\n     %4\n").arg(++number).arg(path->title, path->id, path->summary);
            for (const PortRequirement &requirement : path->ports) {
                text += QStringLiteral("     ")
                    + tr("%1: TCP %2 to the %3").arg(requirement.connectionType, requirement.ports, requirement.to)
                    + QLatin1Char('\n');
            }
        }
        text += QLatin1Char('\n') + tr("Checklist (answer with --checklist ID=yes|no):") + QLatin1Char('\n');
        for (const Prerequisite &item : catalog.checklist(scenario.id))
            text += QStringLiteral("  [ ] %1\n      %2\n").arg(item.id, item.text);
        text += QLatin1Char('\n') + tr("Sources:") + QLatin1Char('\n');
        for (const QString &url : sources.sourceUrls(scenario.sourceKeys))
            text += QStringLiteral("  %1\n").arg(url);
        text += tr("Knowledge as of %1.").arg(catalog.asOf()) + QLatin1Char('\n');
    }
    const QJsonObject document { { QStringLiteral("schema"), QStringLiteral("miconnect.scenarios/1") },
                                 { QStringLiteral("as_of"), catalog.asOf() },
                                 { QStringLiteral("scenarios"), json } };
    emit done(emitOutputs(document, text) ? ExitOk : ExitInternal);
}

void CliSession::listDrivers()
{
    const DriverInventory inventory = readInstalledDrivers();
    QJsonArray json;
    QString text;
    int belowMinimum = 0;
    for (const InstalledDriver &driver : inventory.drivers) {
        json.append(driverToJson(driver));
        if (!driver.meetsMinimum)
            ++belowMinimum;
        const QString version = driver.version.isEmpty() ? tr("version unknown") : driver.version;
        const QString verdict = !driver.meetsMinimum ? tr("TOO OLD")
            : driver.supportsStrict                  ? tr("ok, Encrypt=Strict too")
                                                     : tr("ok");
        text += QStringLiteral("  [%1] %2 (%3)\n        %4\n").arg(verdict, driver.name, version, driver.path);
        if (!driver.minimumNote.isEmpty())
            text += QStringLiteral("        %1\n").arg(driver.minimumNote);
    }
    if (inventory.drivers.isEmpty())
        text += QStringLiteral("  %1\n").arg(tr("no SQL Server ODBC driver is registered here"));
    text.prepend(inventory.source.isEmpty()
                     ? tr("SQL Server ODBC drivers") + QLatin1Char('\n')
                     : tr("SQL Server ODBC drivers registered in %1").arg(inventory.source) + QLatin1Char('\n'));
    if (!inventory.error.isEmpty())
        text += QStringLiteral("%1\n").arg(inventory.error);
    QJsonObject document { { QStringLiteral("schema"), QStringLiteral("miconnect.drivers/1") },
                           { QStringLiteral("source"), inventory.source },
                           { QStringLiteral("drivers"), json } };
    if (!inventory.error.isEmpty())
        document.insert(QStringLiteral("error"), inventory.error);
    // Like check: an exit code scripts can act on when a driver is too old to work at all.
    emit done(!emitOutputs(document, text) ? ExitInternal : belowMinimum > 0 ? ExitProblems : ExitOk);
}

void CliSession::explain()
{
    const FindingsCatalog &catalog = FindingsCatalog::builtIn();
    if (m_request.findingId.isEmpty()) {
        QString text;
        QJsonArray ids;
        for (const FindingDefinition &finding : catalog.all()) {
            text
                += QStringLiteral("%1  %2  %3\n")
                       .arg(finding.id.leftJustified(36), severityId(finding.severity).leftJustified(7), finding.title);
            ids.append(finding.id);
        }
        emit done(emitOutputs(QJsonObject { { QStringLiteral("findings"), ids } }, text) ? ExitOk : ExitInternal);
        return;
    }
    const FindingDefinition *finding = catalog.find(m_request.findingId);
    if (!finding) {
        printError(tr("unknown finding id '%1'; `miconnect-cli explain` lists them").arg(m_request.findingId));
        emit done(ExitUsage);
        return;
    }
    QString text
        = QStringLiteral("%1 [%2]\n%3\n\n%4\n\n%5\n")
              .arg(finding->id, severityId(finding->severity), finding->title, finding->explanation, tr("What to do:"));
    for (const QString &step : finding->remedy)
        text += QStringLiteral("  - %1\n").arg(step);
    text += QLatin1Char('\n') + tr("Sources:") + QLatin1Char('\n');
    QJsonArray sources;
    for (const QString &key : finding->sourceKeys) {
        if (const auto source = catalog.source(key)) {
            text += QStringLiteral("  %1 — %2\n").arg(source->title, source->url);
            sources.append(
                QJsonObject { { QStringLiteral("title"), source->title }, { QStringLiteral("url"), source->url } });
        }
    }
    text += tr("Knowledge as of %1.").arg(catalog.asOf()) + QLatin1Char('\n');
    const QJsonObject json { { QStringLiteral("id"), finding->id },
                             { QStringLiteral("severity"), severityId(finding->severity) },
                             { QStringLiteral("title"), finding->title },
                             { QStringLiteral("detail"), finding->explanation },
                             { QStringLiteral("remedy"), QJsonArray::fromStringList(finding->remedy) },
                             { QStringLiteral("sources"), sources },
                             { QStringLiteral("as_of"), catalog.asOf() } };
    emit done(emitOutputs(json, text) ? ExitOk : ExitInternal);
}

void CliSession::onInterrupted()
{
    if (m_interrupted) {
        emit done(ExitInterrupted); // a second Ctrl+C: stop now
        return;
    }
    m_interrupted = true;
    if (m_watchTimer && m_watchTimer->isActive()) {
        m_watchTimer->stop(); // between rounds: the last round stands
        emit done(m_previousRound && m_previousRound->hasErrors() ? ExitProblems : ExitOk);
    } else if (m_runner && m_runner->isRunning()) {
        progress(tr("Interrupted: stopping the checks…"));
        m_runner->cancel(); // finishCheck() prints what was found and exits
    } else if (m_scanner && m_scanner->isRunning()) {
        progress(tr("Interrupted: stopping the scan…"));
        m_scanner->cancel();
    } else {
        emit done(m_request.command == CliRequest::Command::Simulate ? ExitOk : ExitInterrupted);
    }
}

bool CliSession::emitOutputs(const QJsonObject &json, const QString &text)
{
    const QByteArray jsonBytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    bool ok = true;
    QString error;
    if (m_request.jsonPath == QLatin1String("-")) {
        writeTo(stdout, QString::fromUtf8(jsonBytes));
    } else {
        writeTo(stdout, text);
        if (!m_request.jsonPath.isEmpty() && !saveFile(m_request.jsonPath, jsonBytes, &error)) {
            printError(error);
            ok = false;
        }
    }
    if (!m_request.reportPath.isEmpty()) {
        // A scan's --report is .json or .txt (the parser allows nothing else).
        const bool asJson = m_request.reportPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
        if (!saveFile(m_request.reportPath, asJson ? jsonBytes : text.toUtf8(), &error)) {
            printError(error);
            ok = false;
        }
    }
    return ok;
}

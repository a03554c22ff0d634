#include "commandline.h"

#include "i18n/translations.h"
#include "knowledge/scenariocatalog.h"
#include "probe/tdslogin.h"
#include "sim/simprofile.h"
#include "target/target.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

namespace {

// Probes at most this many addresses in one scan: a /20. Larger sweeps are a different tool's job.
constexpr int maxScanAddresses = 4096;
// And at most this many probes in all.
constexpr qint64 maxScanProbes = 1 << 20;

// --json, --report, --quiet and, for diagnosis reports, --redact. A scan's results are the addresses
// the user asked about: there is nothing to hide from themselves, and only JSON and text exist for it.
struct OutputOptions {
    enum class Kind { Diagnosis, Scan };

    explicit OutputOptions(Kind kind)
        : formats(kind == Kind::Diagnosis ? supportedReportExtensions()
                                          : QStringList { QStringLiteral(".json"), QStringLiteral(".txt") })
        , redactable(kind == Kind::Diagnosis)
        , report(QStringLiteral("report"),
                 Cli::tr("Write a report to FILE; the format follows the extension (%1).")
                     .arg(formats.join(QStringLiteral(", "))),
                 QStringLiteral("FILE"))
    {
    }

    const QStringList formats;
    const bool redactable;
    QCommandLineOption json { QStringLiteral("json"),
                              Cli::tr("Write the machine-readable result to FILE (- for stdout)."),
                              QStringLiteral("FILE") };
    QCommandLineOption report;
    QCommandLineOption quiet { QStringLiteral("quiet"), Cli::tr("No progress on stderr.") };
    QCommandLineOption redact { QStringLiteral("redact"),
                                Cli::tr("Replace host names, DNS zone ids, addresses, user names and the machine name "
                                        "with placeholders in every output.") };
    QCommandLineOption legend { QStringLiteral("redaction-legend"),
                                Cli::tr("With --redact: keep the placeholders and what they stand for in FILE, for "
                                        "your own records (never send it)."),
                                QStringLiteral("FILE") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({ json, report, quiet });
        if (redactable)
            parser.addOptions({ redact, legend });
    }
    bool read(const QCommandLineParser &parser, CliRequest &request, QString *error) const
    {
        request.jsonPath = parser.value(json);
        request.reportPath = parser.value(report);
        request.quiet = parser.isSet(quiet);
        if (redactable) {
            request.redact = parser.isSet(redact);
            request.redactionLegendPath = parser.value(legend);
            if (!request.redactionLegendPath.isEmpty() && !request.redact) {
                *error = Cli::tr("--redaction-legend only makes sense with --redact");
                return false;
            }
        }
        if (!request.reportPath.isEmpty()) {
            const QString suffix = request.reportPath.section(QLatin1Char('.'), -1).toLower();
            if (!request.reportPath.contains(QLatin1Char('.')) || !formats.contains(QLatin1Char('.') + suffix)) {
                *error = richReportExtensions().contains(QLatin1Char('.') + suffix) && redactable
                    ? Cli::tr("--report %1: this build has no GUI libraries, which draw the HTML and PDF reports; "
                              "supported: %2")
                          .arg(request.reportPath, formats.join(QStringLiteral(", ")))
                    : Cli::tr("--report %1: the format is chosen by extension; supported: %2")
                          .arg(request.reportPath, formats.join(QStringLiteral(", ")));
                return false;
            }
        }
        return true;
    }
};

bool readInt(const QString &text, int minimum, int maximum, const QString &option, int *value, QString *error)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        *error = Cli::tr("--%1 must be a whole number from %2 to %3, not '%4'")
                     .arg(option)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(text);
        return false;
    }
    *value = parsed;
    return true;
}

// --lang is taken out before any parser runs (takeLanguageArgument); each command still lists it so its
// help is complete.
QCommandLineOption languageOption()
{
    return { QStringLiteral("lang"),
             Cli::tr("Language of messages and reports: %1 (default: the system's).")
                 .arg(availableLanguages().join(QStringLiteral(", "))),
             QStringLiteral("LANG") };
}

std::optional<Tds::Version> parseSqlVersion(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() < 2 || parts.size() > 4)
        return std::nullopt;
    uint values[4] = { 0, 0, 0, 0 };
    const uint limits[4] = { 255, 255, 65535, 65535 };
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        values[i] = parts.at(i).toUInt(&ok);
        if (!ok || values[i] > limits[i])
            return std::nullopt;
    }
    return Tds::Version { quint8(values[0]), quint8(values[1]), quint16(values[2]), quint16(values[3]) };
}

std::optional<Tds::Encryption> parseEncryption(const QString &text)
{
    for (const auto mode :
         { Tds::Encryption::Off, Tds::Encryption::On, Tds::Encryption::NotSupported, Tds::Encryption::Required }) {
        if (Tds::encryptionId(quint8(mode)) == text)
            return mode;
    }
    return std::nullopt;
}

// The simulator options demo and simulate share.
struct SimulatorOptions {
    QCommandLineOption version { QStringLiteral("sql-version"),
                                 Cli::tr("The SQL Server version the simulated gateway reports (default 16.0.4165.4)."),
                                 QStringLiteral("A.B.C.D") };
    QCommandLineOption encryption {
        QStringLiteral("encryption"),
        Cli::tr("The encryption mode it answers PRELOGIN with: off, on, not-supported or required (default)."),
        QStringLiteral("MODE")
    };

    void addTo(QCommandLineParser &parser) const { parser.addOptions({ version, encryption }); }
    bool read(const QCommandLineParser &parser, CliRequest &request, QString *error) const
    {
        if (parser.isSet(version)) {
            request.simulatedVersion = parseSqlVersion(parser.value(version));
            if (!request.simulatedVersion) {
                *error = Cli::tr("--sql-version must look like 16.0.4165.4, not '%1'").arg(parser.value(version));
                return false;
            }
        }
        if (parser.isSet(encryption)) {
            request.simulatedEncryption = parseEncryption(parser.value(encryption));
            if (!request.simulatedEncryption) {
                *error = Cli::tr("--encryption must be off, on, not-supported or required, not '%1'")
                             .arg(parser.value(encryption));
                return false;
            }
        }
        return true;
    }
};

QString commandHelp(QCommandLineParser &parser, const QString &usage, const QString &description)
{
    parser.setApplicationDescription(description);
    QString text = parser.helpText();
    // QCommandLineParser names the program only; the command belongs in the usage line too.
    const qsizetype usageEnd = text.indexOf(QLatin1Char('\n'));
    return Cli::tr("Usage: %1").arg(usage) + text.mid(usageEnd);
}

CliParseResult parseCheckOrDemo(CliRequest::Command command, const QStringList &arguments)
{
    const bool demo = command == CliRequest::Command::Demo;
    CliRequest request;
    request.command = command;

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, Cli::tr("Show this help."));
    const QCommandLineOption port(
        QStringLiteral("port"),
        Cli::tr("Connect to port N (default: from TARGET, else 3342 for .public. hosts, else 1433)."),
        QStringLiteral("N"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      Cli::tr("Hosting scenario id (see `miconnect-cli scenarios`)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption subnet(
        QStringLiteral("subnet"),
        Cli::tr("The Managed Instance subnet: probe 1433 on its addresses to find the nodes."), QStringLiteral("CIDR"));
    const QCommandLineOption redirectRange(
        QStringLiteral("redirect-range"),
        Cli::tr("Legacy redirect ports to classify on the nodes (default 11000-11999)."), QStringLiteral("A-B"));
    const QCommandLineOption noRedirectRange(QStringLiteral("no-redirect-range"),
                                             Cli::tr("Do not classify the legacy redirect ports."));
    const QCommandLineOption samples(QStringLiteral("samples"),
                                     Cli::tr("Timed TCP connects to the gateway (default 10)."), QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Cli::tr("Per-probe timeout in milliseconds (default 3000; 1000 for demo)."),
                                     QStringLiteral("MS"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        Cli::tr("Probes in flight at most (default 1024, lowered to fit the file-descriptor limit)."),
        QStringLiteral("N"));
    const QCommandLineOption resolve(QStringLiteral("resolve"),
                                     Cli::tr("Answer HOST with ADDR without asking DNS (repeatable)."),
                                     QStringLiteral("HOST=ADDR"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"), Cli::tr("Also trust the CA certificates in this PEM file (a corporate or test CA)."),
        QStringLiteral("FILE"));
    const QCommandLineOption dnsServer(QStringLiteral("dns-server"),
                                       Cli::tr("Ask this DNS server (port 53) instead of the system resolver."),
                                       QStringLiteral("ADDR"));
    const QCommandLineOption checklist(
        QStringLiteral("checklist"),
        Cli::tr("Answer a prerequisite of the scenario's checklist (see `miconnect-cli scenarios ID`); repeatable."),
        QStringLiteral("ID=yes|no"));
    const QCommandLineOption watch(
        QStringLiteral("watch"),
        Cli::tr("Repeat the checks every SECONDS until interrupted; print what changed each round."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption login(QStringLiteral("login"),
                                   Cli::tr("Log in as this SQL login instead of a made-up one; the password is asked "
                                           "for (or read as one line from standard input) and used for this run only."),
                                   QStringLiteral("USER"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        Cli::tr("Simulated instance profile: %1.").arg(simProfileNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption reportLanguage(
        QStringLiteral("report-lang"),
        Cli::tr("Language of the report on stdout and in --report and --json files: %1 (default: the --lang "
                "language). Support engineers often want en.")
            .arg(availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("LANG"));
    parser.addOptions({ help, languageOption() });
    const SimulatorOptions simulator;
    if (demo) {
        parser.addOption(profile);
        simulator.addTo(parser);
        parser.addOptions({ scenario, checklist });
    } else
        parser.addOptions({ port, scenario, subnet, resolve, dnsServer, caFile, checklist });
    parser.addOptions({ redirectRange, noRedirectRange, samples, timeout, concurrency, watch, login });
    const OutputOptions output(OutputOptions::Kind::Diagnosis);
    output.addTo(parser);
    parser.addOption(reportLanguage);
    if (!demo)
        parser.addPositionalArgument(QStringLiteral("TARGET"),
                                     Cli::tr("A host (name, host,port, host:port, IP address, tcp:host,port) or a "
                                             "whole connection string (ADO.NET, ODBC, JDBC, URL) in quotes."));

    if (!parser.parse(QStringList { QStringLiteral("miconnect-cli") } + arguments))
        return { std::nullopt, parser.errorText() };
    if (parser.isSet(help)) {
        request.command = CliRequest::Command::Help;
        request.helpText = demo
            ? commandHelp(parser, QStringLiteral("miconnect-cli demo [options]"),
                          Cli::tr("Run `check` against the built-in simulated instance on loopback."))
            : commandHelp(parser, QStringLiteral("miconnect-cli check TARGET [options]"),
                          Cli::tr("Diagnose the network path from this machine to one Managed Instance."));
        return { request, {} };
    }

    QString error;
    CheckOptions &options = request.check;
    if (parser.isSet(scenario)) {
        options.scenarioId = parser.value(scenario);
        if (!ScenarioCatalog::builtIn().find(options.scenarioId)) {
            return { std::nullopt,
                     Cli::tr("unknown scenario '%1'; known: %2")
                         .arg(options.scenarioId, ScenarioCatalog::builtIn().ids().join(QStringLiteral(", "))) };
        }
    }
    for (const QString &answer : parser.values(checklist)) {
        const QString id = answer.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = answer.section(QLatin1Char('='), 1).trimmed().toLower();
        if (!ScenarioCatalog::builtIn().prerequisite(id))
            return { std::nullopt,
                     Cli::tr("--checklist: unknown item '%1' (`miconnect-cli scenarios ID` lists a scenario's items)")
                         .arg(id) };
        if (value != QLatin1String("yes") && value != QLatin1String("no"))
            return { std::nullopt, Cli::tr("--checklist %1: answer yes or no").arg(id) };
        options.checklistAnswers.insert(id, value == QLatin1String("yes"));
    }
    if (demo) {
        options.timeout = std::chrono::milliseconds(1000); // loopback answers in microseconds
        if (parser.isSet(profile))
            request.profile = parser.value(profile);
        if (!findSimProfile(request.profile))
            return { std::nullopt,
                     Cli::tr("unknown profile '%1'; known: %2")
                         .arg(request.profile, simProfileNames().join(QStringLiteral(", "))) };
        if (!parser.positionalArguments().isEmpty())
            return { std::nullopt, Cli::tr("demo takes no target; it checks the simulated instance") };
        if (!simulator.read(parser, request, &error))
            return { std::nullopt, error };
    } else {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return { std::nullopt,
                     positional.isEmpty() ? Cli::tr("check needs a TARGET (a host name or connection string)")
                                          : Cli::tr("check takes one TARGET; put a connection string in quotes") };
        request.target = positional.constFirst();
        if (parser.isSet(port)) {
            int value = 0;
            if (!readInt(parser.value(port), 1, 65535, QStringLiteral("port"), &value, &error))
                return { std::nullopt, error };
            options.port = quint16(value);
        }
        if (parser.isSet(subnet)) {
            const auto parsed = parseSubnet(parser.value(subnet), &error);
            if (!parsed)
                return { std::nullopt, Cli::tr("--subnet: %1").arg(error) };
            if (parsed->network.protocol() != QAbstractSocket::IPv4Protocol || parsed->prefixLength < 16
                || parsed->prefixLength > 28) {
                return { std::nullopt,
                         Cli::tr("--subnet must be an IPv4 subnet from /16 to /28 (Managed Instance subnets are IPv4, "
                                 "/27 or larger)") };
            }
            options.subnet = parsed;
        }
        for (const QString &entry : parser.values(resolve)) {
            if (!options.overrides.add(entry, &error))
                return { std::nullopt, Cli::tr("--resolve: %1").arg(error) };
        }
        for (const QString &path : parser.values(caFile)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return { std::nullopt, Cli::tr("--ca-file %1: %2").arg(path, file.errorString()) };
            const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
            if (certificates.isEmpty())
                return { std::nullopt, Cli::tr("--ca-file %1: no PEM certificate in it").arg(path) };
            options.extraCaCertificates += certificates;
        }
        if (parser.isSet(dnsServer)) {
            options.nameserver = QHostAddress(parser.value(dnsServer));
            if (options.nameserver.isNull())
                return { std::nullopt,
                         Cli::tr("--dns-server must be an IP address, not '%1'").arg(parser.value(dnsServer)) };
        }
    }
    if (parser.isSet(redirectRange)) {
        const auto range = parsePortRange(parser.value(redirectRange), &error);
        if (!range)
            return { std::nullopt, Cli::tr("--redirect-range: %1").arg(error) };
        options.redirectFirst = range->first;
        options.redirectLast = range->second;
    }
    options.redirectRange = !parser.isSet(noRedirectRange);
    if (parser.isSet(samples)
        && !readInt(parser.value(samples), 1, 1000, QStringLiteral("samples"), &options.samples, &error))
        return { std::nullopt, error };
    if (parser.isSet(timeout)) {
        int value = 0;
        if (!readInt(parser.value(timeout), 1, 600000, QStringLiteral("timeout"), &value, &error))
            return { std::nullopt, error };
        options.timeout = std::chrono::milliseconds(value);
    }
    if (parser.isSet(concurrency)
        && !readInt(parser.value(concurrency), 1, 65536, QStringLiteral("concurrency"), &options.concurrency, &error))
        return { std::nullopt, error };
    if (parser.isSet(watch)
        && !readInt(parser.value(watch), 1, 86400, QStringLiteral("watch"), &request.watchSeconds, &error))
        return { std::nullopt, error };
    if (parser.isSet(login)) {
        options.loginUser = parser.value(login).trimmed();
        if (options.loginUser.isEmpty() || options.loginUser.size() > Tds::login7MaxNameLength)
            return { std::nullopt,
                     Cli::tr("--login needs a SQL login name of at most %1 characters").arg(Tds::login7MaxNameLength) };
        // A password must not outlive the run it was typed for; a watch runs for hours.
        if (request.watchSeconds > 0)
            return { std::nullopt, Cli::tr("--login cannot be combined with --watch") };
    }
    if (!output.read(parser, request, &error))
        return { std::nullopt, error };
    if (parser.isSet(reportLanguage)) {
        request.reportLanguage = parser.value(reportLanguage);
        if (!isAvailableLanguage(request.reportLanguage))
            return { std::nullopt,
                     Cli::tr("--report-lang must be one of %1, not '%2'")
                         .arg(availableLanguages().join(QStringLiteral(", ")), request.reportLanguage) };
    }
    return { request, {} };
}

CliParseResult parseScan(const QStringList &arguments)
{
    CliRequest request;
    request.command = CliRequest::Command::Scan;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, Cli::tr("Show this help."));
    const QCommandLineOption ports(QStringLiteral("ports"), Cli::tr("Ports to classify, e.g. 1433,3342,11000-11999."),
                                   QStringLiteral("SPEC"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), Cli::tr("Per-probe timeout in milliseconds (default 3000)."), QStringLiteral("MS"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        Cli::tr("Probes in flight at most (default 1024, lowered to fit the file-descriptor limit)."),
        QStringLiteral("N"));
    const QCommandLineOption resolve(QStringLiteral("resolve"),
                                     Cli::tr("Answer HOST with ADDR without asking DNS (repeatable)."),
                                     QStringLiteral("HOST=ADDR"));
    parser.addOptions({ help, languageOption(), ports, timeout, concurrency, resolve });
    const OutputOptions output(OutputOptions::Kind::Scan);
    output.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("TARGETS"),
                                 Cli::tr("A host, an address, a CIDR, or a comma-separated list of them."));
    if (!parser.parse(QStringList { QStringLiteral("miconnect-cli") } + arguments))
        return { std::nullopt, parser.errorText() };
    if (parser.isSet(help)) {
        request.command = CliRequest::Command::Help;
        request.helpText
            = commandHelp(parser, QStringLiteral("miconnect-cli scan TARGETS --ports SPEC [options]"),
                          Cli::tr("Classify TCP ports as open, closed, filtered or unreachable, as nmap names them."));
        return { request, {} };
    }
    QString error;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return { std::nullopt,
                 Cli::tr("scan needs one TARGETS argument (a host, address, CIDR, or a comma-separated list)") };
    if (!parser.isSet(ports))
        return { std::nullopt, Cli::tr("scan needs --ports, e.g. --ports 1433,3342,11000-11999") };
    const auto parsedPorts = parsePortSpec(parser.value(ports), &error);
    if (!parsedPorts)
        return { std::nullopt, Cli::tr("--ports: %1").arg(error) };
    request.ports = *parsedPorts;

    qint64 addresses = 0;
    for (const QString &item : positional.constFirst().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString target = item.trimmed();
        if (target.contains(QLatin1Char('/'))) {
            const auto subnet = parseSubnet(target, &error);
            if (!subnet)
                return { std::nullopt, error };
            if (subnet->addressCount() > quint64(maxScanAddresses)) {
                return { std::nullopt,
                         Cli::tr("%1 has %2 addresses; scan takes at most %3 (a /20) — use a longer prefix")
                             .arg(subnet->toString())
                             .arg(subnet->addressCount())
                             .arg(maxScanAddresses) };
            }
            addresses += qint64(subnet->addressCount());
        } else {
            if (QHostAddress(target).isNull() && !isValidHostName(target))
                return { std::nullopt, Cli::tr("'%1' is not a host name, address or CIDR").arg(target) };
            ++addresses;
        }
        request.scanTargets.append(target);
    }
    if (request.scanTargets.isEmpty())
        return { std::nullopt, Cli::tr("scan needs at least one target") };
    if (addresses > maxScanAddresses)
        return { std::nullopt,
                 Cli::tr("%1 addresses in all; scan takes at most %2").arg(addresses).arg(maxScanAddresses) };
    if (addresses * request.ports.size() > maxScanProbes)
        return { std::nullopt,
                 Cli::tr("%1 probes in all; scan runs at most %2 at once")
                     .arg(addresses * request.ports.size())
                     .arg(maxScanProbes) };

    if (parser.isSet(timeout)) {
        int value = 0;
        if (!readInt(parser.value(timeout), 1, 600000, QStringLiteral("timeout"), &value, &error))
            return { std::nullopt, error };
        request.check.timeout = std::chrono::milliseconds(value);
    }
    if (parser.isSet(concurrency)
        && !readInt(parser.value(concurrency), 1, 65536, QStringLiteral("concurrency"), &request.check.concurrency,
                    &error))
        return { std::nullopt, error };
    for (const QString &entry : parser.values(resolve)) {
        if (!request.check.overrides.add(entry, &error))
            return { std::nullopt, Cli::tr("--resolve: %1").arg(error) };
    }
    if (!output.read(parser, request, &error))
        return { std::nullopt, error };
    return { request, {} };
}

CliParseResult parseSimulate(const QStringList &arguments)
{
    CliRequest request;
    request.command = CliRequest::Command::Simulate;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, Cli::tr("Show this help."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     Cli::tr("Profile: %1.").arg(simProfileNames().join(QStringLiteral(", "))),
                                     QStringLiteral("NAME"));
    const QCommandLineOption subnet(QStringLiteral("subnet"),
                                    Cli::tr("Use this loopback subnet (e.g. 127.77.0.0/27) instead of a random one."),
                                    QStringLiteral("CIDR"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Cli::tr("Print the endpoints as one JSON line to FILE (- for stdout)."),
                                  QStringLiteral("FILE"));
    parser.addOptions({ help, languageOption(), profile, subnet, json });
    const SimulatorOptions simulator;
    simulator.addTo(parser);
    if (!parser.parse(QStringList { QStringLiteral("miconnect-cli") } + arguments))
        return { std::nullopt, parser.errorText() };
    if (parser.isSet(help)) {
        request.command = CliRequest::Command::Help;
        request.helpText
            = commandHelp(parser, QStringLiteral("miconnect-cli simulate [--profile NAME]"),
                          Cli::tr("Run the simulated instance on loopback until interrupted; print its endpoints."));
        return { request, {} };
    }
    if (!parser.positionalArguments().isEmpty())
        return { std::nullopt, Cli::tr("simulate takes no positional arguments") };
    if (parser.isSet(profile))
        request.profile = parser.value(profile);
    if (!findSimProfile(request.profile))
        return { std::nullopt,
                 Cli::tr("unknown profile '%1'; known: %2")
                     .arg(request.profile, simProfileNames().join(QStringLiteral(", "))) };
    if (parser.isSet(subnet)) {
        QString error;
        request.simulatedSubnet = parseSubnet(parser.value(subnet), &error);
        if (!request.simulatedSubnet)
            return { std::nullopt, Cli::tr("--subnet: %1").arg(error) };
    }
    request.jsonPath = parser.value(json);
    QString error;
    if (!simulator.read(parser, request, &error))
        return { std::nullopt, error };
    return { request, {} };
}

CliParseResult parseSimple(CliRequest::Command command, const QStringList &arguments)
{
    CliRequest request;
    request.command = command;
    QCommandLineParser parser;
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, Cli::tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Write the result as JSON to FILE (- for stdout)."),
                                  QStringLiteral("FILE"));
    parser.addOptions({ help, languageOption(), json });
    if (command == CliRequest::Command::Explain)
        parser.addPositionalArgument(
            QStringLiteral("FINDING_ID"),
            Cli::tr("A finding id such as tcp.gateway-filtered; without it, all ids are listed."));
    else if (command == CliRequest::Command::Scenarios)
        parser.addPositionalArgument(
            QStringLiteral("ID"),
            Cli::tr("A scenario id: its paths, checklist, ports and sources; without it, all scenarios."));
    if (!parser.parse(QStringList { QStringLiteral("miconnect-cli") } + arguments))
        return { std::nullopt, parser.errorText() };
    if (parser.isSet(help)) {
        request.command = CliRequest::Command::Help;
        request.helpText = command == CliRequest::Command::Explain
            ? commandHelp(parser, QStringLiteral("miconnect-cli explain [FINDING_ID]"),
                          Cli::tr("Print a finding's explanation, remedy and sources."))
            : command == CliRequest::Command::Drivers
            ? commandHelp(
                parser, QStringLiteral("miconnect-cli drivers"),
                Cli::tr(
                    "List this machine's SQL Server ODBC drivers and whether each is new enough for Managed Instance."))
            : commandHelp(parser, QStringLiteral("miconnect-cli scenarios [ID]"),
                          Cli::tr("List the hosting scenarios and their recommended paths."));
        return { request, {} };
    }
    const QStringList positional = parser.positionalArguments();
    if (command == CliRequest::Command::Explain) {
        if (positional.size() > 1)
            return { std::nullopt, Cli::tr("explain takes one finding id") };
        request.findingId = positional.value(0);
    } else if (command == CliRequest::Command::Drivers) {
        if (!positional.isEmpty())
            return { std::nullopt, Cli::tr("drivers takes no arguments") };
    } else {
        if (positional.size() > 1)
            return { std::nullopt, Cli::tr("scenarios takes at most one scenario id") };
        request.scenarioId = positional.value(0);
        if (!request.scenarioId.isEmpty() && !ScenarioCatalog::builtIn().find(request.scenarioId)) {
            return { std::nullopt,
                     Cli::tr("unknown scenario '%1'; known: %2")
                         .arg(request.scenarioId, ScenarioCatalog::builtIn().ids().join(QStringLiteral(", "))) };
        }
    }
    request.jsonPath = parser.value(json);
    return { request, {} };
}

CliParseResult parseCompare(const QStringList &arguments)
{
    CliRequest request;
    request.command = CliRequest::Command::Compare;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, Cli::tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Cli::tr("Write the comparison as JSON to FILE (- for stdout)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption report(
        QStringLiteral("report"), Cli::tr("Write the comparison to FILE: .md, .txt or .json."), QStringLiteral("FILE"));
    parser.addOptions({ help, languageOption(), json, report });
    parser.addPositionalArgument(QStringLiteral("BEFORE"), Cli::tr("The report from before the change (JSON)."));
    parser.addPositionalArgument(QStringLiteral("AFTER"), Cli::tr("The report from after it (JSON)."));
    if (!parser.parse(QStringList { QStringLiteral("miconnect-cli") } + arguments))
        return { std::nullopt, parser.errorText() };
    if (parser.isSet(help)) {
        request.command = CliRequest::Command::Help;
        request.helpText = commandHelp(parser, QStringLiteral("miconnect-cli compare BEFORE.json AFTER.json [options]"),
                                       Cli::tr("Compare two reports of the same instance, before and after a change: "
                                               "what got better, what got worse."));
        return { request, {} };
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return { std::nullopt, Cli::tr("compare needs two reports: BEFORE.json AFTER.json") };
    request.beforePath = positional.at(0);
    request.afterPath = positional.at(1);
    request.jsonPath = parser.value(json);
    request.reportPath = parser.value(report);
    if (!request.reportPath.isEmpty()) {
        const QString suffix = QLatin1Char('.') + request.reportPath.section(QLatin1Char('.'), -1).toLower();
        if (!request.reportPath.contains(QLatin1Char('.'))
            || !QStringList { QStringLiteral(".md"), QStringLiteral(".txt"), QStringLiteral(".json") }.contains(suffix))
            return { std::nullopt,
                     Cli::tr("--report %1: a comparison is written as .md, .txt or .json").arg(request.reportPath) };
    }
    return { request, {} };
}

RichReportWriter &registeredRichReportWriter()
{
    static RichReportWriter writer;
    return writer;
}

} // namespace

void setRichReportWriter(RichReportWriter writer)
{
    registeredRichReportWriter() = std::move(writer);
}

const RichReportWriter &richReportWriter()
{
    return registeredRichReportWriter();
}

QStringList richReportExtensions()
{
    return { QStringLiteral(".html"), QStringLiteral(".pdf") };
}

QStringList supportedReportExtensions()
{
    QStringList extensions { QStringLiteral(".json"), QStringLiteral(".md"), QStringLiteral(".txt") };
    if (richReportWriter())
        extensions += richReportExtensions();
    return extensions;
}

QString generalHelpText()
{
    return Cli::tr("Usage: miconnect-cli COMMAND [options]\n"
                   "\n"
                   "Diagnose why an application cannot connect to Azure SQL Managed Instance, from this machine.\n"
                   "\n"
                   "Commands:\n"
                   "  check TARGET [options]     diagnose the path to one Managed Instance\n"
                   "  scan TARGETS --ports SPEC  classify TCP ports (open/closed/filtered/unreachable)\n"
                   "  demo [--profile NAME]      run `check` against the built-in simulated instance\n"
                   "  simulate [--profile NAME]  run the simulated instance until interrupted\n"
                   "  scenarios [ID]             hosting scenarios: paths, checklist, ports, sources\n"
                   "  explain [FINDING_ID]       print a finding's explanation, remedy and sources\n"
                   "  compare BEFORE AFTER       compare two saved reports: what got better, what got worse\n"
                   "  drivers                    this machine's SQL Server ODBC drivers, checked against the minimums\n"
                   "\n"
                   "  --help, -h                 this help; COMMAND --help for a command's options\n"
                   "  --version                  print the version\n"
                   "  --lang LANG                messages and reports in en, de or ja (default: the system's)\n"
                   "\n"
                   "Exit codes: 0 no error found, 1 an error finding, 2 bad input or usage, 3 internal failure,\n"
                   "130 interrupted.\n");
}

CliParseResult parseCommandLine(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        return { std::nullopt, Cli::tr("no command given; try `miconnect-cli --help`") };
    }
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        CliRequest request;
        request.command = CliRequest::Command::Help;
        request.helpText = generalHelpText();
        return { request, {} };
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        CliRequest request;
        request.command = CliRequest::Command::Version;
        return { request, {} };
    }
    if (command == QLatin1String("check"))
        return parseCheckOrDemo(CliRequest::Command::Check, rest);
    if (command == QLatin1String("demo"))
        return parseCheckOrDemo(CliRequest::Command::Demo, rest);
    if (command == QLatin1String("scan"))
        return parseScan(rest);
    if (command == QLatin1String("simulate"))
        return parseSimulate(rest);
    if (command == QLatin1String("scenarios"))
        return parseSimple(CliRequest::Command::Scenarios, rest);
    if (command == QLatin1String("explain"))
        return parseSimple(CliRequest::Command::Explain, rest);
    if (command == QLatin1String("compare"))
        return parseCompare(rest);
    if (command == QLatin1String("drivers"))
        return parseSimple(CliRequest::Command::Drivers, rest);
    return { std::nullopt, Cli::tr("unknown command '%1'; try `miconnect-cli --help`").arg(command) };
}

#pragma once

#include "diagnosis/checkoptions.h"
#include "probe/portspec.h"
#include "probe/tdsprotocol.h"
#include "report/report.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

// The translation context of the CLI's own messages.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit codes of miconnect-cli (docs/CLI.md).
enum ExitCode : int {
    ExitOk = 0, // ran; no error-severity finding
    ExitProblems = 1, // ran; at least one error finding
    ExitUsage = 2, // bad input or usage; nothing probed
    ExitInternal = 3, // internal failure
    ExitInterrupted = 130, // interrupted (SIGINT/SIGTERM) — the partial report is still printed
};

struct CliRequest {
    enum class Command {
        Help,
        Version,
        Check,
        Scan,
        Demo,
        Simulate,
        Scenarios,
        Explain,
        Compare,
        Drivers,
    };

    Command command = Command::Help;
    QString helpText; // for Help: what to print on stdout

    // check / demo
    QString target; // a host or a whole connection string; never printed as given (it may hold a password)
    CheckOptions check;
    int watchSeconds = 0; // 0: run once

    // demo / simulate
    QString profile = QStringLiteral("healthy");
    std::optional<Subnet> simulatedSubnet;
    std::optional<Tds::Version> simulatedVersion;
    std::optional<Tds::Encryption> simulatedEncryption;

    // scan
    QStringList scanTargets; // hosts, addresses or CIDRs, in the order given
    QList<quint16> ports;

    // explain, scenarios
    QString findingId;
    QString scenarioId;

    // compare: the earlier report first
    QString beforePath;
    QString afterPath;

    // output
    QString jsonPath; // "-" for stdout
    QString reportPath; // format by extension
    bool redact = false; // names, addresses and user names replaced in every output
    QString redactionLegendPath; // where to keep the placeholders' originals; empty: nowhere
    bool quiet = false;
    QString reportLanguage; // check / demo: the report's language; empty: the messages' language
};

struct CliParseResult {
    std::optional<CliRequest> request;
    QString error; // one line for stderr when request is empty
};

// Reads the arguments after the program name (without --lang). Nothing here touches the network.
CliParseResult parseCommandLine(const QStringList &arguments);

QString generalHelpText();

// Writes a report in a format the core cannot draw (.html and .pdf need the GUI libraries for the
// diagram and charts). miconnect-cli registers one when it is built with them.
using RichReportWriter = std::function<bool(const Report &report, const QString &path, QString *error)>;
void setRichReportWriter(RichReportWriter writer);
const RichReportWriter &richReportWriter();
// Formats only the rich writer makes.
QStringList richReportExtensions();

// Report formats `--report` understands, by file extension: .json, .md, .txt, and .html and .pdf when a
// rich writer is registered.
QStringList supportedReportExtensions();

#include "textreport.h"

#include "probe/portrangescanner.h"
#include "probe/portspec.h"

#include <QCoreApplication>
#include <QMap>
#include <QTextStream>

namespace {

class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)
};


// Greedy word wrap; every line after the first is indented like the first.
QString wrapped(const QString &text, int indent, int width)
{
    const QString pad(indent, QLatin1Char(' '));
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            lines.append(pad + line);
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines.append(pad + line);
    return lines.join(QLatin1Char('\n'));
}

QString statusTag(CheckStatus status)
{
    return QStringLiteral("[%1]").arg(checkStatusId(status).toUpper()).leftJustified(7);
}

} // namespace

QString reportToText(const Report &report, int width)
{
    QString text;
    QTextStream out(&text);
    out << TextReport::tr("MI Connect Wizard %1 — %2, port %3").arg(report.toolVersion, report.input.host).arg(report.input.port)
        << '\n';
    out << TextReport::tr("Endpoint: %1 · Scenario: %2 · %3")
               .arg(endpointKindId(report.input.endpointKind),
                    report.input.scenarioId.isEmpty() ? TextReport::tr("none") : report.input.scenarioId,
                    report.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))
        << "\n\n";

    out << TextReport::tr("Checks") << '\n';
    for (const CheckResult &check : report.checks) {
        const QString elapsed = check.status == CheckStatus::Skip
            ? QString()
            : TextReport::tr("%1 ms").arg(check.elapsedMs, 0, 'f', check.elapsedMs < 10 ? 2 : 0);
        out << "  " << statusTag(check.status) << check.title << "  (" << check.id << ')';
        if (!elapsed.isEmpty())
            out << "  " << elapsed;
        out << '\n';
        out << wrapped(check.summary, 11, width) << '\n';
    }

    out << '\n' << TextReport::tr("Findings — most likely cause first") << '\n';
    if (report.findings.isEmpty())
        out << "  " << TextReport::tr("none") << '\n';
    int number = 0;
    for (const Finding &finding : report.findings) {
        out << QStringLiteral("  %1. [%2] ").arg(++number).arg(severityId(finding.severity).toUpper()) << finding.title
            << "  (" << finding.id << ")\n";
        if (!finding.evidence.isEmpty())
            out << wrapped(TextReport::tr("Seen here: %1").arg(finding.evidence), 5, width) << '\n';
        out << wrapped(finding.explanation, 5, width) << '\n';
        if (!finding.remedy.isEmpty()) {
            out << "     " << TextReport::tr("What to do:") << '\n';
            for (const QString &step : finding.remedy)
                out << "       - " << wrapped(step, 9, width).mid(9) << '\n';
        }
        if (!finding.sources.isEmpty())
            out << "     " << TextReport::tr("Sources:") << ' ' << finding.sources.join(QStringLiteral(" ")) << '\n';
    }

    out << '\n';
    if (report.cancelled)
        out << TextReport::tr("Cancelled before every check finished.") << '\n';
    out << TextReport::tr("Verdict: %1 — %n error(s)", nullptr, report.count(Severity::Error)).arg(report.verdict()) << ", "
        << TextReport::tr("%n warning(s)", nullptr, report.count(Severity::Warning)) << '\n';
    return text;
}

QString scanResultToText(const ScanResult &scan)
{
    QString text;
    QTextStream out(&text);
    // Few ports: one line each. Many: the states grouped into ranges, closed ports only counted, as
    // nmap does, because a thousand lines hide the three that matter.
    const bool perPort = scan.ports.size() <= 20;
    for (qsizetype t = 0; t < scan.targets.size(); ++t) {
        const ScanTarget &target = scan.targets.at(t);
        QMap<PortState, QList<quint16>> byState;
        for (qsizetype p = 0; p < scan.ports.size(); ++p) {
            const PortProbeResult &probe = scan.at(t, p);
            byState[probe.state].append(probe.port);
        }
        const QString label = target.name == target.address.toString()
            ? target.name
            : QStringLiteral("%1 (%2)").arg(target.name, target.address.toString());
        out << TextReport::tr("%1: %2 open, %3 closed, %4 filtered")
                   .arg(label)
                   .arg(byState.value(PortState::Open).size())
                   .arg(byState.value(PortState::Closed).size())
                   .arg(byState.value(PortState::Filtered).size());
        if (const auto unreachable = byState.value(PortState::Unreachable).size())
            out << TextReport::tr(", %1 unreachable").arg(unreachable);
        if (const auto errors = byState.value(PortState::Error).size())
            out << TextReport::tr(", %1 errors").arg(errors);
        out << '\n';
        if (perPort) {
            for (qsizetype p = 0; p < scan.ports.size(); ++p) {
                const PortProbeResult &probe = scan.at(t, p);
                out << QStringLiteral("  %1 %2 %3 %4\n")
                           .arg(QString::number(probe.port).rightJustified(5))
                           .arg(portStateId(probe.state).leftJustified(11))
                           .arg(portReasonId(probe.reason).leftJustified(16))
                           .arg(TextReport::tr("%1 ms").arg(probe.rttMs, 0, 'f', 2));
            }
        } else {
            for (PortState state : {PortState::Open, PortState::Filtered, PortState::Unreachable, PortState::Error}) {
                const QList<quint16> ports = byState.value(state);
                if (!ports.isEmpty())
                    out << QStringLiteral("  %1 %2\n").arg(portStateId(state).leftJustified(11), formatPortSpec(ports));
            }
        }
    }
    out << TextReport::tr("%1 ports on %2 hosts in %3 s%4")
               .arg(scan.ports.size() * scan.targets.size())
               .arg(scan.targets.size())
               .arg(scan.elapsedMs / 1000.0, 0, 'f', 3)
               .arg(scan.cancelled ? TextReport::tr(" (cancelled)") : QString())
        << '\n';
    return text;
}

#include "reportjson.h"

#include "probe/portrangescanner.h"

#include <QJsonArray>

#include <cmath>

namespace {

double rounded(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

} // namespace

QJsonObject reportToJson(const Report &report)
{
    QJsonArray checks;
    for (const CheckResult &check : report.checks) {
        QJsonObject object{
            {QStringLiteral("id"), check.id},
            {QStringLiteral("title"), check.title},
            {QStringLiteral("status"), checkStatusId(check.status)},
            {QStringLiteral("elapsed_ms"), rounded(check.elapsedMs)},
            {QStringLiteral("summary"), check.summary},
            {QStringLiteral("data"), check.data},
        };
        checks.append(object);
    }
    QJsonArray findings;
    for (const Finding &finding : report.findings) {
        findings.append(QJsonObject{
            {QStringLiteral("id"), finding.id},
            {QStringLiteral("severity"), severityId(finding.severity)},
            {QStringLiteral("title"), finding.title},
            {QStringLiteral("detail"), finding.explanation},
            {QStringLiteral("evidence"), finding.evidence},
            {QStringLiteral("remedy"), QJsonArray::fromStringList(finding.remedy)},
            {QStringLiteral("sources"), QJsonArray::fromStringList(finding.sources)},
        });
    }
    return QJsonObject{
        {QStringLiteral("schema"), QString::fromLatin1(Report::schemaId)},
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("miconnect")}, {QStringLiteral("version"), report.toolVersion}}},
        {QStringLiteral("created"), report.created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("input"),
         QJsonObject{
             {QStringLiteral("text"), report.input.text},
             {QStringLiteral("form"), report.input.form},
             {QStringLiteral("password_present"), report.input.passwordPresent},
             {QStringLiteral("host"), report.input.host},
             {QStringLiteral("port"), report.input.port},
             {QStringLiteral("scenario"),
              report.input.scenarioId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.input.scenarioId)},
             {QStringLiteral("endpoint_kind"), endpointKindId(report.input.endpointKind)},
         }},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("cancelled"), report.cancelled},
        {QStringLiteral("summary"),
         QJsonObject{
             {QStringLiteral("verdict"), report.verdict()},
             {QStringLiteral("errors"), report.count(Severity::Error)},
             {QStringLiteral("warnings"), report.count(Severity::Warning)},
             {QStringLiteral("infos"), report.count(Severity::Info)},
         }},
    };
}

QJsonObject scanResultToJson(const ScanResult &scan)
{
    QJsonArray targets;
    for (qsizetype t = 0; t < scan.targets.size(); ++t) {
        QJsonArray ports;
        for (qsizetype p = 0; p < scan.ports.size(); ++p) {
            const PortProbeResult &probe = scan.at(t, p);
            ports.append(QJsonObject{
                {QStringLiteral("port"), probe.port},
                {QStringLiteral("state"), portStateId(probe.state)},
                {QStringLiteral("reason"), portReasonId(probe.reason)},
                {QStringLiteral("rtt_ms"), rounded(probe.rttMs)},
            });
        }
        targets.append(QJsonObject{
            {QStringLiteral("host"), scan.targets.at(t).name},
            {QStringLiteral("address"), scan.targets.at(t).address.toString()},
            {QStringLiteral("ports"), ports},
        });
    }
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("miconnect.scan/1")},
        {QStringLiteral("targets"), targets},
        {QStringLiteral("summary"),
         QJsonObject{
             {QStringLiteral("open"), scan.count(PortState::Open)},
             {QStringLiteral("closed"), scan.count(PortState::Closed)},
             {QStringLiteral("filtered"), scan.count(PortState::Filtered)},
             {QStringLiteral("unreachable"), scan.count(PortState::Unreachable)},
             {QStringLiteral("error"), scan.count(PortState::Error)},
         }},
        {QStringLiteral("cancelled"), scan.cancelled},
        {QStringLiteral("elapsed_ms"), rounded(scan.elapsedMs)},
    };
}

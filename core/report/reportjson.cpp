#include "reportjson.h"

#include "probe/portrangescanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace {

class ReportJson {
    Q_DECLARE_TR_FUNCTIONS(ReportJson)
};

QJsonObject checklistToJson(const QHash<QString, bool> &checklist)
{
    QJsonObject object;
    for (auto it = checklist.cbegin(); it != checklist.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

double rounded(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

} // namespace

QJsonObject reportToJson(const Report &report)
{
    QJsonArray checks;
    for (const CheckResult &check : report.checks) {
        QJsonObject object {
            { QStringLiteral("id"), check.id },
            { QStringLiteral("title"), check.title },
            { QStringLiteral("status"), checkStatusId(check.status) },
            { QStringLiteral("elapsed_ms"), rounded(check.elapsedMs) },
            { QStringLiteral("summary"), check.summary },
            { QStringLiteral("data"), check.data },
        };
        checks.append(object);
    }
    QJsonArray findings;
    for (const Finding &finding : report.findings) {
        findings.append(QJsonObject {
            { QStringLiteral("id"), finding.id },
            { QStringLiteral("severity"), severityId(finding.severity) },
            { QStringLiteral("title"), finding.title },
            { QStringLiteral("detail"), finding.explanation },
            { QStringLiteral("evidence"), finding.evidence },
            { QStringLiteral("remedy"), QJsonArray::fromStringList(finding.remedy) },
            { QStringLiteral("sources"), QJsonArray::fromStringList(finding.sources) },
        });
    }
    return QJsonObject {
        { QStringLiteral("schema"), QString::fromLatin1(Report::schemaId) },
        { QStringLiteral("tool"),
          QJsonObject { { QStringLiteral("name"), QStringLiteral("miconnect") },
                        { QStringLiteral("version"), report.toolVersion } } },
        { QStringLiteral("created"), report.created.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("environment"),
          QJsonObject {
              { QStringLiteral("machine"), report.environment.machine },
              { QStringLiteral("os"), report.environment.os },
              { QStringLiteral("language"), report.environment.language },
          } },
        { QStringLiteral("redacted"), report.redacted },
        { QStringLiteral("input"),
          QJsonObject {
              { QStringLiteral("text"), report.input.text },
              { QStringLiteral("form"), report.input.form },
              { QStringLiteral("password_present"), report.input.passwordPresent },
              { QStringLiteral("host"), report.input.host },
              { QStringLiteral("port"), report.input.port },
              { QStringLiteral("scenario"), stringOrNull(report.input.scenarioId) },
              { QStringLiteral("path"), stringOrNull(report.input.pathId) },
              { QStringLiteral("checklist"), checklistToJson(report.input.checklist) },
              { QStringLiteral("subnet"), stringOrNull(report.input.subnet) },
              { QStringLiteral("endpoint_kind"), endpointKindId(report.input.endpointKind) },
          } },
        { QStringLiteral("checks"), checks },
        { QStringLiteral("findings"), findings },
        { QStringLiteral("cancelled"), report.cancelled },
        { QStringLiteral("summary"),
          QJsonObject {
              { QStringLiteral("verdict"), report.verdict() },
              { QStringLiteral("errors"), report.count(Severity::Error) },
              { QStringLiteral("warnings"), report.count(Severity::Warning) },
              { QStringLiteral("infos"), report.count(Severity::Info) },
          } },
    };
}

QJsonObject scanResultToJson(const ScanResult &scan)
{
    QJsonArray targets;
    for (qsizetype t = 0; t < scan.targets.size(); ++t) {
        QJsonArray ports;
        for (qsizetype p = 0; p < scan.ports.size(); ++p) {
            const PortProbeResult &probe = scan.at(t, p);
            ports.append(QJsonObject {
                { QStringLiteral("port"), probe.port },
                { QStringLiteral("state"), portStateId(probe.state) },
                { QStringLiteral("reason"), portReasonId(probe.reason) },
                { QStringLiteral("rtt_ms"), rounded(probe.rttMs) },
            });
        }
        targets.append(QJsonObject {
            { QStringLiteral("host"), scan.targets.at(t).name },
            { QStringLiteral("address"), scan.targets.at(t).address.toString() },
            { QStringLiteral("ports"), ports },
        });
    }
    return QJsonObject {
        { QStringLiteral("schema"), QStringLiteral("miconnect.scan/1") },
        { QStringLiteral("targets"), targets },
        { QStringLiteral("summary"),
          QJsonObject {
              { QStringLiteral("open"), scan.count(PortState::Open) },
              { QStringLiteral("closed"), scan.count(PortState::Closed) },
              { QStringLiteral("filtered"), scan.count(PortState::Filtered) },
              { QStringLiteral("unreachable"), scan.count(PortState::Unreachable) },
              { QStringLiteral("error"), scan.count(PortState::Error) },
          } },
        { QStringLiteral("cancelled"), scan.cancelled },
        { QStringLiteral("elapsed_ms"), rounded(scan.elapsedMs) },
    };
}

namespace {

// A report from someone else's machine reaches terminals and documents: control characters (terminal
// escape sequences among them) are dropped from every text it carries; line breaks and tabs stay.
QString withoutControlCharacters(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        const bool control = (code < 0x20 && code != u'\n' && code != u'\t') || (code >= 0x7f && code <= 0x9f);
        if (!control)
            clean.append(character);
    }
    return clean;
}

QJsonValue withoutControlCharacters(const QJsonValue &value)
{
    if (value.isString())
        return withoutControlCharacters(value.toString());
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array.replace(i, withoutControlCharacters(array.at(i)));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = withoutControlCharacters(it.value());
        return object;
    }
    return value;
}

// Reads fields of one JSON object and remembers the first thing wrong, named by its JSON path.
class FieldReader {
public:
    FieldReader(const QJsonObject &object, QString path, QString *problem)
        : m_object(object)
        , m_path(std::move(path))
        , m_problem(problem)
    {
    }

    QString string(const char *name, bool required = true) const
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isString())
            return withoutControlCharacters(value.toString());
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(name, ReportJson::tr("is missing"));
            return {};
        }
        fail(name, ReportJson::tr("is not text"));
        return {};
    }

    double number(const char *name, bool required = true) const
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isDouble() && std::isfinite(value.toDouble()))
            return value.toDouble();
        if (!required && value.isUndefined())
            return 0.0;
        fail(name, ReportJson::tr("is not a number"));
        return 0.0;
    }

    bool boolean(const char *name, bool required = true) const
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isBool())
            return value.toBool();
        if (!required && value.isUndefined())
            return false;
        fail(name, ReportJson::tr("is not true or false"));
        return false;
    }

    QJsonObject object(const char *name, bool required = true) const
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isObject())
            return value.toObject();
        if (!required && (value.isUndefined() || value.isNull()))
            return {};
        fail(name, ReportJson::tr("is not an object"));
        return {};
    }

    QJsonArray array(const char *name, bool required = true) const
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isArray())
            return value.toArray();
        if (!required && value.isUndefined())
            return {};
        fail(name, ReportJson::tr("is not a list"));
        return {};
    }

    QStringList strings(const char *name) const
    {
        QStringList list;
        const QJsonArray items = array(name, false);
        for (const QJsonValue &item : items) {
            if (!item.isString()) {
                fail(name, ReportJson::tr("holds something other than text"));
                return {};
            }
            list.append(withoutControlCharacters(item.toString()));
        }
        return list;
    }

    void fail(const char *name, const QString &what) const
    {
        if (!m_problem->isEmpty())
            return;
        const QString field = *name ? QStringLiteral("%1.%2").arg(m_path, QLatin1String(name)) : m_path;
        *m_problem = QStringLiteral("%1 %2").arg(field, what);
    }

    QString path() const { return m_path; }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_problem;
};

// "miconnect.report/1" → 1; 0 when the id is not a report schema at all.
int reportSchemaVersion(const QString &schema)
{
    static const QString prefix = QStringLiteral("miconnect.report/");
    if (!schema.startsWith(prefix))
        return 0;
    bool ok = false;
    const int version = schema.mid(prefix.size()).toInt(&ok);
    return ok && version > 0 ? version : 0;
}

ReportReadResult failure(const QString &error)
{
    return ReportReadResult { std::nullopt, error };
}

} // namespace

ReportReadResult reportFromJson(const QByteArray &bytes)
{
    if (bytes.size() > maxReportBytes)
        return failure(
            ReportJson::tr("This file is too large to be a report (%1 MB).").arg(bytes.size() / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(ReportJson::tr("This is not a report: it is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return failure(ReportJson::tr("This is not a report: the JSON is not an object."));

    const QJsonObject root = document.object();
    const QString schema = root.value(QLatin1String("schema")).toString();
    const int version = reportSchemaVersion(schema);
    if (version == 0) {
        if (schema.startsWith(QLatin1String("miconnect.scan/")))
            return failure(ReportJson::tr("This is the result of a port scan, not a diagnosis report."));
        return failure(
            ReportJson::tr("This is not a MI Connect Wizard report (its schema is \"%1\").").arg(schema.left(80)));
    }
    if (version > 1)
        return failure(ReportJson::tr("This report was written by a newer version of MI Connect Wizard (schema %1); "
                                      "this version reads %2. Update MI Connect Wizard to open it.")
                           .arg(schema.left(80), QString::fromLatin1(Report::schemaId)));

    QString problem;
    const FieldReader top(root, QStringLiteral("report"), &problem);
    Report report;
    report.toolVersion = FieldReader(top.object("tool"), QStringLiteral("report.tool"), &problem).string("version");
    const QString created = top.string("created");
    report.created = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (problem.isEmpty() && !report.created.isValid())
        top.fail("created", ReportJson::tr("is not a date and time"));
    report.cancelled = top.boolean("cancelled", false);
    report.redacted = top.boolean("redacted", false);

    // Older reports of schema 1 have no environment; it is optional.
    const FieldReader environment(top.object("environment", false), QStringLiteral("report.environment"), &problem);
    report.environment.machine = environment.string("machine", false);
    report.environment.os = environment.string("os", false);
    report.environment.language = environment.string("language", false);

    const FieldReader input(top.object("input"), QStringLiteral("report.input"), &problem);
    report.input.text = input.string("text", false);
    report.input.form = input.string("form", false);
    report.input.passwordPresent = input.boolean("password_present", false);
    report.input.host = input.string("host");
    const double port = input.number("port");
    if (problem.isEmpty() && (port < 0 || port > 65535 || port != std::floor(port)))
        input.fail("port", ReportJson::tr("is not a port number"));
    report.input.port = quint16(std::clamp(port, 0.0, 65535.0));
    report.input.scenarioId = input.string("scenario", false);
    report.input.pathId = input.string("path", false);
    report.input.subnet = input.string("subnet", false);
    const QJsonObject checklist = input.object("checklist", false);
    for (auto it = checklist.constBegin(); it != checklist.constEnd(); ++it) {
        if (!it.value().isBool()) {
            input.fail("checklist", ReportJson::tr("holds something other than true or false"));
            break;
        }
        report.input.checklist.insert(withoutControlCharacters(it.key()), it.value().toBool());
    }
    const QString kind = input.string("endpoint_kind");
    if (const auto endpointKind = endpointKindFromId(kind))
        report.input.endpointKind = *endpointKind;
    else
        input.fail("endpoint_kind", ReportJson::tr("is not a known endpoint kind"));

    const QJsonArray checks = top.array("checks");
    for (qsizetype i = 0; i < checks.size() && problem.isEmpty(); ++i) {
        const FieldReader check(checks.at(i).toObject(), QStringLiteral("report.checks[%1]").arg(i), &problem);
        if (!checks.at(i).isObject()) {
            check.fail("", ReportJson::tr("is not an object"));
            break;
        }
        CheckResult result;
        result.id = check.string("id");
        result.title = check.string("title", false);
        const auto status = checkStatusFromId(check.string("status"));
        if (!status && problem.isEmpty())
            check.fail("status", ReportJson::tr("is not a known status"));
        result.status = status.value_or(CheckStatus::Error);
        result.elapsedMs = check.number("elapsed_ms", false);
        result.summary = check.string("summary", false);
        result.data = withoutControlCharacters(check.object("data", false)).toObject();
        report.checks.append(result);
    }

    const QJsonArray findings = top.array("findings");
    for (qsizetype i = 0; i < findings.size() && problem.isEmpty(); ++i) {
        const FieldReader finding(findings.at(i).toObject(), QStringLiteral("report.findings[%1]").arg(i), &problem);
        if (!findings.at(i).isObject()) {
            finding.fail("", ReportJson::tr("is not an object"));
            break;
        }
        Finding result;
        result.id = finding.string("id");
        const auto severity = severityFromId(finding.string("severity"));
        if (!severity && problem.isEmpty())
            finding.fail("severity", ReportJson::tr("is not a known severity"));
        result.severity = severity.value_or(Severity::Info);
        result.title = finding.string("title", false);
        result.explanation = finding.string("detail", false);
        result.evidence = finding.string("evidence", false);
        result.remedy = finding.strings("remedy");
        result.sources = finding.strings("sources");
        report.findings.append(result);
    }

    if (!problem.isEmpty())
        return failure(ReportJson::tr("This report is damaged: %1.").arg(problem));
    return ReportReadResult { report, QString() };
}

ReportReadResult readReportFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(ReportJson::tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > maxReportBytes)
        return failure(
            ReportJson::tr("%1 is too large to be a report (%2 MB).").arg(path).arg(file.size() / (1024 * 1024)));
    ReportReadResult result = reportFromJson(file.read(maxReportBytes + 1));
    if (!result.report)
        result.error = ReportJson::tr("%1: %2").arg(path, result.error);
    return result;
}

#include "scenariocatalog.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString translated(const QString &english)
{
    return QCoreApplication::translate("Knowledge", english.toUtf8().constData());
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

template<typename T> const T *findById(const QList<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

const ScenarioCatalog &ScenarioCatalog::builtIn()
{
    // Its text is translated as it is read: one catalog per language.
    static PerLanguage<ScenarioCatalog> catalogs([] {
        QFile file(QStringLiteral(":/knowledge/scenarios.json"));
        QString error;
        std::optional<ScenarioCatalog> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        // The file is compiled in and checked by the tests; failing here is a build defect.
        Q_ASSERT_X(loaded, "ScenarioCatalog", qPrintable(error));
        return loaded ? *loaded : ScenarioCatalog {};
    });
    return catalogs.get();
}

std::optional<ScenarioCatalog> ScenarioCatalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    ScenarioCatalog catalog;
    catalog.m_asOf = root.value(QLatin1String("asOf")).toString();
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };

    for (const QJsonValue &value : root.value(QLatin1String("prerequisites")).toArray()) {
        const QJsonObject object = value.toObject();
        const Prerequisite item { object.value(QLatin1String("id")).toString(),
                                  translated(object.value(QLatin1String("text")).toString()) };
        if (item.id.isEmpty() || catalog.prerequisite(item.id))
            return fail(QStringLiteral("prerequisite without id, or a duplicate: '%1'").arg(item.id));
        catalog.m_prerequisites.append(item);
    }
    const auto checkPrerequisites = [&catalog](const QStringList &ids) {
        for (const QString &id : ids) {
            if (!catalog.prerequisite(id))
                return id;
        }
        return QString();
    };

    for (const QJsonValue &value : root.value(QLatin1String("paths")).toArray()) {
        const QJsonObject object = value.toObject();
        PathDefinition path;
        path.id = object.value(QLatin1String("id")).toString();
        if (path.id.isEmpty() || catalog.path(path.id))
            return fail(QStringLiteral("path without id, or a duplicate: '%1'").arg(path.id));
        path.title = translated(object.value(QLatin1String("title")).toString());
        path.join = translated(object.value(QLatin1String("join")).toString());
        path.summary = translated(object.value(QLatin1String("summary")).toString());
        for (const QJsonValue &port : object.value(QLatin1String("ports")).toArray()) {
            const QJsonObject requirement = port.toObject();
            path.ports.append({ requirement.value(QLatin1String("connectionType")).toString(),
                                requirement.value(QLatin1String("ports")).toString(),
                                requirement.value(QLatin1String("to")).toString() });
        }
        path.prerequisiteIds = strings(object.value(QLatin1String("prerequisites")));
        if (const QString missing = checkPrerequisites(path.prerequisiteIds); !missing.isEmpty())
            return fail(QStringLiteral("path %1 names unknown prerequisite %2").arg(path.id, missing));
        path.sourceKeys = strings(object.value(QLatin1String("sources")));
        catalog.m_paths.append(path);
    }

    for (const QJsonValue &value : root.value(QLatin1String("scenarios")).toArray()) {
        const QJsonObject object = value.toObject();
        ScenarioDefinition scenario;
        scenario.id = object.value(QLatin1String("id")).toString();
        if (scenario.id.isEmpty() || catalog.find(scenario.id))
            return fail(QStringLiteral("scenario without id, or a duplicate: '%1'").arg(scenario.id));
        scenario.icon = object.value(QLatin1String("icon")).toString();
        scenario.title = translated(object.value(QLatin1String("title")).toString());
        scenario.summary = translated(object.value(QLatin1String("summary")).toString());
        scenario.pathIds = strings(object.value(QLatin1String("paths")));
        for (const QString &pathId : scenario.pathIds) {
            if (!catalog.path(pathId))
                return fail(QStringLiteral("scenario %1 names unknown path %2").arg(scenario.id, pathId));
        }
        scenario.prerequisiteIds = strings(object.value(QLatin1String("prerequisites")));
        if (const QString missing = checkPrerequisites(scenario.prerequisiteIds); !missing.isEmpty())
            return fail(QStringLiteral("scenario %1 names unknown prerequisite %2").arg(scenario.id, missing));
        scenario.sourceKeys = strings(object.value(QLatin1String("sources")));
        catalog.m_scenarios.append(scenario);
    }

    for (const QJsonValue &value : root.value(QLatin1String("questions")).toArray()) {
        const QJsonObject object = value.toObject();
        ScenarioQuestion question;
        question.id = object.value(QLatin1String("id")).toString();
        question.text = translated(object.value(QLatin1String("text")).toString());
        for (const QJsonValue &answerValue : object.value(QLatin1String("answers")).toArray()) {
            const QJsonObject answer = answerValue.toObject();
            question.answers.append({ translated(answer.value(QLatin1String("text")).toString()),
                                      answer.value(QLatin1String("next")).toString(),
                                      answer.value(QLatin1String("scenario")).toString() });
        }
        catalog.m_questions.append(question);
    }
    for (const ScenarioQuestion &question : std::as_const(catalog.m_questions)) {
        for (const ScenarioQuestion::Answer &answer : question.answers) {
            const bool leadsSomewhere = (!answer.scenarioId.isEmpty() && catalog.find(answer.scenarioId))
                || (!answer.nextQuestionId.isEmpty() && catalog.question(answer.nextQuestionId));
            if (!leadsSomewhere)
                return fail(QStringLiteral("an answer of question %1 leads nowhere").arg(question.id));
        }
    }
    return catalog;
}

const ScenarioDefinition *ScenarioCatalog::find(const QString &id) const
{
    return findById(m_scenarios, id);
}

const PathDefinition *ScenarioCatalog::path(const QString &id) const
{
    return findById(m_paths, id);
}

const Prerequisite *ScenarioCatalog::prerequisite(const QString &id) const
{
    return findById(m_prerequisites, id);
}

const ScenarioQuestion *ScenarioCatalog::question(const QString &id) const
{
    return findById(m_questions, id);
}

QStringList ScenarioCatalog::ids() const
{
    QStringList ids;
    for (const ScenarioDefinition &scenario : m_scenarios)
        ids.append(scenario.id);
    return ids;
}

QList<Prerequisite> ScenarioCatalog::checklist(const QString &scenarioId) const
{
    const ScenarioDefinition *scenario = find(scenarioId);
    if (!scenario)
        return {};
    QStringList ids = scenario->prerequisiteIds;
    if (const PathDefinition *best = scenario->pathIds.isEmpty() ? nullptr : path(scenario->pathIds.constFirst())) {
        for (const QString &id : best->prerequisiteIds) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    QList<Prerequisite> items;
    for (const QString &id : ids)
        items.append(*prerequisite(id));
    return items;
}

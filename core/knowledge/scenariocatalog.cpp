#include "scenariocatalog.h"

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

} // namespace

const ScenarioCatalog &ScenarioCatalog::builtIn()
{
    static const ScenarioCatalog catalog = [] {
        QFile file(QStringLiteral(":/knowledge/scenarios.json"));
        QString error;
        std::optional<ScenarioCatalog> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        Q_ASSERT_X(loaded, "ScenarioCatalog", qPrintable(error));
        return loaded ? *loaded : ScenarioCatalog{};
    }();
    return catalog;
}

std::optional<ScenarioCatalog> ScenarioCatalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    ScenarioCatalog catalog;
    for (const QJsonValue &value : document.object().value(QLatin1String("scenarios")).toArray()) {
        const QJsonObject object = value.toObject();
        ScenarioDefinition scenario;
        scenario.id = object.value(QLatin1String("id")).toString();
        if (scenario.id.isEmpty() || catalog.find(scenario.id)) {
            if (error)
                *error = QStringLiteral("scenario without id, or a duplicate: '%1'").arg(scenario.id);
            return std::nullopt;
        }
        scenario.title = translated(object.value(QLatin1String("title")).toString());
        scenario.summary = translated(object.value(QLatin1String("summary")).toString());
        for (const QJsonValue &path : object.value(QLatin1String("paths")).toArray())
            scenario.pathIds.append(path.toString());
        catalog.m_scenarios.append(scenario);
    }
    return catalog;
}

const ScenarioDefinition *ScenarioCatalog::find(const QString &id) const
{
    for (const ScenarioDefinition &scenario : m_scenarios) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

QStringList ScenarioCatalog::ids() const
{
    QStringList ids;
    for (const ScenarioDefinition &scenario : m_scenarios)
        ids.append(scenario.id);
    return ids;
}

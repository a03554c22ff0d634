#pragma once

#include <QList>
#include <QStringList>

#include <optional>

struct ScenarioDefinition
{
    QString id;
    QString title;
    QString summary;
    QStringList pathIds; // recommended connection paths, best first
};

// Where the application runs, and how it should reach the instance: resources/knowledge/scenarios.json.
class ScenarioCatalog
{
public:
    static const ScenarioCatalog &builtIn();
    static std::optional<ScenarioCatalog> fromJson(const QByteArray &json, QString *error);

    const ScenarioDefinition *find(const QString &id) const;
    const QList<ScenarioDefinition> &all() const { return m_scenarios; }
    QStringList ids() const;

private:
    QList<ScenarioDefinition> m_scenarios;
};

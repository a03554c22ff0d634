#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

// One thing that must be true for a connection path to work, which the user can tick or not.
struct Prerequisite {
    QString id;
    QString text;
};

// Which ports a connection type needs, and to where.
struct PortRequirement {
    QString connectionType; // "redirect" or "proxy"
    QString ports; // a port spec, e.g. "1433,11000-11999"
    QString to; // "subnet" (the whole MI subnet range), "gateway", or "endpoint" (a private endpoint)
};

// A way to join the application's network to the instance: direct, peering, a VPN, …
struct PathDefinition {
    QString id;
    QString title;
    QString join; // the label on the diagram's joining hop, e.g. "peering"
    QString summary;
    QList<PortRequirement> ports;
    QStringList prerequisiteIds;
    QStringList sourceKeys;
};

struct ScenarioDefinition {
    QString id;
    QString icon;
    QString title;
    QString summary;
    QStringList pathIds; // recommended connection paths, best first
    QStringList prerequisiteIds; // besides the paths' own
    QStringList sourceKeys;
};

// A "not sure?" question that narrows down the scenario.
struct ScenarioQuestion {
    struct Answer {
        QString text;
        QString nextQuestionId; // either this …
        QString scenarioId; // … or this
    };
    QString id;
    QString text;
    QList<Answer> answers;
};

// Where the application runs and how it should reach the instance: resources/knowledge/scenarios.json.
class ScenarioCatalog {
public:
    static const ScenarioCatalog &builtIn();
    static std::optional<ScenarioCatalog> fromJson(const QByteArray &json, QString *error);

    const ScenarioDefinition *find(const QString &id) const;
    const PathDefinition *path(const QString &id) const;
    const Prerequisite *prerequisite(const QString &id) const;
    const ScenarioQuestion *question(const QString &id) const;
    const QList<ScenarioDefinition> &all() const { return m_scenarios; }
    const QList<PathDefinition> &paths() const { return m_paths; }
    const QList<Prerequisite> &prerequisites() const { return m_prerequisites; }
    const QList<ScenarioQuestion> &questions() const { return m_questions; }
    QStringList ids() const;

    // The scenario's own prerequisites followed by its best path's, without repeats: the checklist.
    QList<Prerequisite> checklist(const QString &scenarioId) const;
    QString asOf() const { return m_asOf; }

private:
    QString m_asOf;
    QList<Prerequisite> m_prerequisites;
    QList<PathDefinition> m_paths;
    QList<ScenarioDefinition> m_scenarios;
    QList<ScenarioQuestion> m_questions;
};

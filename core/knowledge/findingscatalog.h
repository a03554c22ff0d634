#pragma once

#include "severity.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

struct SourceReference {
    QString key;
    QString title;
    QString url;
};

struct FindingDefinition {
    QString id;
    Severity severity = Severity::Info;
    QString title;
    QString explanation;
    QStringList remedy; // worded for any scenario
    QHash<QString, QStringList> remedyFor; // worded for one scenario, by scenario id
    QStringList sourceKeys;

    // The remedy worded for `scenarioId` when the catalog has one, else the general one.
    QStringList remedyForScenario(const QString &scenarioId) const { return remedyFor.value(scenarioId, remedy); }
};

// What each finding id means, how bad it is, what to do and where that is written: loaded from
// resources/knowledge/findings.json, the only place these sentences live.
class FindingsCatalog {
public:
    // The catalog built into the program, translated into the language installed at the first call.
    static const FindingsCatalog &builtIn();

    static std::optional<FindingsCatalog> fromJson(const QByteArray &json, QString *error);

    const FindingDefinition *find(const QString &id) const;
    const QList<FindingDefinition> &all() const { return m_findings; }
    std::optional<SourceReference> source(const QString &key) const;
    QStringList sourceUrls(const FindingDefinition &finding) const;
    QStringList sourceUrls(const QStringList &keys) const;
    QString asOf() const { return m_asOf; }

private:
    QString m_asOf;
    QList<FindingDefinition> m_findings;
    QHash<QString, qsizetype> m_index;
    QHash<QString, SourceReference> m_sources;
};

#include "findingscatalog.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Catalog text is translated under this context; knowledgestrings.cpp lists it for lupdate.
QString translated(const QString &english)
{
    return QCoreApplication::translate("Knowledge", english.toUtf8().constData());
}

} // namespace

const FindingsCatalog &FindingsCatalog::builtIn()
{
    // Its text is translated as it is read: one catalog per language.
    static PerLanguage<FindingsCatalog> catalogs([] {
        QFile file(QStringLiteral(":/knowledge/findings.json"));
        QString error;
        std::optional<FindingsCatalog> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        // The file is compiled in and checked by the tests; failing here is a build defect.
        Q_ASSERT_X(loaded, "FindingsCatalog", qPrintable(error));
        return loaded ? *loaded : FindingsCatalog {};
    });
    return catalogs.get();
}

std::optional<FindingsCatalog> FindingsCatalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    FindingsCatalog catalog;
    catalog.m_asOf = root.value(QLatin1String("asOf")).toString();

    const QJsonObject sources = root.value(QLatin1String("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        const QJsonObject source = it.value().toObject();
        SourceReference reference { it.key(), translated(source.value(QLatin1String("title")).toString()),
                                    source.value(QLatin1String("url")).toString() };
        catalog.m_sources.insert(it.key(), reference);
    }

    for (const QJsonValue &value : root.value(QLatin1String("findings")).toArray()) {
        const QJsonObject object = value.toObject();
        FindingDefinition finding;
        finding.id = object.value(QLatin1String("id")).toString();
        const auto severity = severityFromId(object.value(QLatin1String("severity")).toString());
        if (finding.id.isEmpty() || !severity) {
            if (error)
                *error = QStringLiteral("finding without id or with an unknown severity: %1").arg(finding.id);
            return std::nullopt;
        }
        finding.severity = *severity;
        finding.title = translated(object.value(QLatin1String("title")).toString());
        finding.explanation = translated(object.value(QLatin1String("explanation")).toString());
        for (const QJsonValue &step : object.value(QLatin1String("remedy")).toArray())
            finding.remedy.append(translated(step.toString()));
        const QJsonObject remedyFor = object.value(QLatin1String("remedyFor")).toObject();
        for (auto it = remedyFor.begin(); it != remedyFor.end(); ++it) {
            QStringList steps;
            for (const QJsonValue &step : it.value().toArray())
                steps.append(translated(step.toString()));
            finding.remedyFor.insert(it.key(), steps);
        }
        for (const QJsonValue &key : object.value(QLatin1String("sources")).toArray()) {
            if (!catalog.m_sources.contains(key.toString())) {
                if (error)
                    *error = QStringLiteral("%1 cites unknown source %2").arg(finding.id, key.toString());
                return std::nullopt;
            }
            finding.sourceKeys.append(key.toString());
        }
        if (catalog.m_index.contains(finding.id)) {
            if (error)
                *error = QStringLiteral("duplicate finding id %1").arg(finding.id);
            return std::nullopt;
        }
        catalog.m_index.insert(finding.id, catalog.m_findings.size());
        catalog.m_findings.append(finding);
    }
    return catalog;
}

const FindingDefinition *FindingsCatalog::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_findings.at(*it);
}

std::optional<SourceReference> FindingsCatalog::source(const QString &key) const
{
    const auto it = m_sources.constFind(key);
    if (it == m_sources.cend())
        return std::nullopt;
    return *it;
}

QStringList FindingsCatalog::sourceUrls(const FindingDefinition &finding) const
{
    return sourceUrls(finding.sourceKeys);
}

QStringList FindingsCatalog::sourceUrls(const QStringList &keys) const
{
    QStringList urls;
    for (const QString &key : keys) {
        if (const auto reference = source(key))
            urls.append(reference->url);
    }
    return urls;
}

#pragma once

#include <QString>

#include <optional>

enum class Severity {
    Error,
    Warning,
    Info,
};

QString severityId(Severity severity);
std::optional<Severity> severityFromId(const QString &id);
// A word for people, translated.
QString severityLabel(Severity severity);

#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

#include <optional>

enum class CheckStatus {
    Pass,
    Warn,
    Fail,
    Skip,
    Error,
};

QString checkStatusId(CheckStatus status);
std::optional<CheckStatus> checkStatusFromId(const QString &id);
QString checkStatusLabel(CheckStatus status); // translated, for people

// Stable check ids: reports, the GUI and tests rely on them.
namespace CheckIds {
inline constexpr QLatin1String dnsResolve { "dns.resolve" };
inline constexpr QLatin1String tcpGateway { "tcp.gateway" };
inline constexpr QLatin1String tdsPrelogin { "tds.prelogin" };
inline constexpr QLatin1String tlsTds7 { "tls.tds7" };
inline constexpr QLatin1String tlsStrict { "tls.strict" };
inline constexpr QLatin1String tdsLogin { "tds.login" };
inline constexpr QLatin1String redirectSubnet { "redirect.subnet" };
inline constexpr QLatin1String redirectRange { "redirect.range" };
inline constexpr QLatin1String clientDrivers { "client.drivers" };
} // namespace CheckIds

// One check as reports and views see it: a plain value.
struct CheckResult {
    QString id;
    QString title; // translated, for people
    CheckStatus status = CheckStatus::Skip;
    double elapsedMs = 0.0;
    QString summary; // one line of evidence, translated
    QJsonObject data; // the check's measurements, in the report schema's shape
};

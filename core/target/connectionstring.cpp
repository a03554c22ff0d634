#include "connectionstring.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

class ConnectionStrings {
    Q_DECLARE_TR_FUNCTIONS(ConnectionStrings)
};

constexpr qsizetype maxInputLength = 32 * 1024;
constexpr int maxPairs = 256;

// Canonical key names, from every synonym the drivers accept (case-insensitive, spaces as written).
QString canonicalKey(const QString &rawKey)
{
    const QString key = rawKey.simplified().toLower();
    static const QHash<QString, QString> synonyms {
        { QStringLiteral("server"), QStringLiteral("server") },
        { QStringLiteral("data source"), QStringLiteral("server") },
        { QStringLiteral("datasource"), QStringLiteral("server") },
        { QStringLiteral("address"), QStringLiteral("server") },
        { QStringLiteral("addr"), QStringLiteral("server") },
        { QStringLiteral("network address"), QStringLiteral("server") },
        { QStringLiteral("servername"), QStringLiteral("server") },
        { QStringLiteral("portnumber"), QStringLiteral("port") },
        { QStringLiteral("port"), QStringLiteral("port") },
        { QStringLiteral("instancename"), QStringLiteral("instance") },
        { QStringLiteral("database"), QStringLiteral("database") },
        { QStringLiteral("initial catalog"), QStringLiteral("database") },
        { QStringLiteral("databasename"), QStringLiteral("database") },
        { QStringLiteral("user id"), QStringLiteral("user") },
        { QStringLiteral("userid"), QStringLiteral("user") },
        { QStringLiteral("uid"), QStringLiteral("user") },
        { QStringLiteral("user"), QStringLiteral("user") },
        { QStringLiteral("username"), QStringLiteral("user") },
        { QStringLiteral("user name"), QStringLiteral("user") },
        { QStringLiteral("password"), QStringLiteral("password") },
        { QStringLiteral("pwd"), QStringLiteral("password") },
        { QStringLiteral("encrypt"), QStringLiteral("encrypt") },
        { QStringLiteral("trustservercertificate"), QStringLiteral("trustservercertificate") },
        { QStringLiteral("trust server certificate"), QStringLiteral("trustservercertificate") },
        { QStringLiteral("hostnameincertificate"), QStringLiteral("hostnameincertificate") },
        { QStringLiteral("host name in certificate"), QStringLiteral("hostnameincertificate") },
        { QStringLiteral("connect timeout"), QStringLiteral("connecttimeout") },
        { QStringLiteral("connection timeout"), QStringLiteral("connecttimeout") },
        { QStringLiteral("timeout"), QStringLiteral("connecttimeout") },
        { QStringLiteral("logintimeout"), QStringLiteral("connecttimeout") },
        { QStringLiteral("dial timeout"), QStringLiteral("connecttimeout") },
        { QStringLiteral("authentication"), QStringLiteral("authentication") },
        { QStringLiteral("driver"), QStringLiteral("driver") },
    };
    return synonyms.value(key, key);
}

// Keys the drivers know that do not change the network path: not worth a mention.
bool isKnownHarmlessKey(const QString &canonical)
{
    static const QStringList keys {
        QStringLiteral("application name"),
        QStringLiteral("app"),
        QStringLiteral("applicationname"),
        QStringLiteral("multisubnetfailover"),
        QStringLiteral("multi subnet failover"),
        QStringLiteral("applicationintent"),
        QStringLiteral("application intent"),
        QStringLiteral("persist security info"),
        QStringLiteral("persistsecurityinfo"),
        QStringLiteral("pooling"),
        QStringLiteral("max pool size"),
        QStringLiteral("min pool size"),
        QStringLiteral("multipleactiveresultsets"),
        QStringLiteral("mars_connection"),
        QStringLiteral("integrated security"),
        QStringLiteral("trusted_connection"),
        QStringLiteral("packet size"),
        QStringLiteral("connectretrycount"),
        QStringLiteral("connect retry count"),
        QStringLiteral("connectretryinterval"),
        QStringLiteral("connect retry interval"),
        QStringLiteral("command timeout"),
        QStringLiteral("language"),
        QStringLiteral("workstation id"),
        QStringLiteral("wsid"),
        QStringLiteral("column encryption setting"),
        QStringLiteral("failover partner"),
        QStringLiteral("dsn"),
        QStringLiteral("sendstringparametersasunicode"),
        QStringLiteral("loginschema"),
        QStringLiteral("app name"),
    };
    return keys.contains(canonical);
}

struct Pair {
    QString key;
    QString value;
    QString fragment;
};

// Errors say where, never what: the text may hold a password.
// Splits "key=value;key=value" the way SqlClient and ODBC do: ';' separates pairs outside quotes
// ("…" or '…', doubled to escape) and braces ({…}, "}}" escapes); "==" in a key is a literal '='.
std::optional<QList<Pair>> splitPairs(const QString &text, QString *error)
{
    QList<Pair> pairs;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && (text.at(i) == QLatin1Char(';') || text.at(i).isSpace()))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        QString key;
        while (i < n) {
            if (text.at(i) == QLatin1Char('=')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('=')) {
                    key += QLatin1Char('=');
                    i += 2;
                    continue;
                }
                break;
            }
            if (text.at(i) == QLatin1Char(';')) {
                *error = ConnectionStrings::tr("the setting at character %1 has no value (expected key=value)")
                             .arg(start + 1);
                return std::nullopt;
            }
            key += text.at(i++);
        }
        if (i >= n) {
            *error
                = ConnectionStrings::tr("the setting at character %1 has no value (expected key=value)").arg(start + 1);
            return std::nullopt;
        }
        ++i; // '='
        while (i < n && text.at(i).isSpace() && text.at(i) != QLatin1Char(';'))
            ++i;
        QString value;
        if (i < n && (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\''))) {
            const QChar quote = text.at(i++);
            bool closed = false;
            while (i < n) {
                if (text.at(i) == quote) {
                    if (i + 1 < n && text.at(i + 1) == quote) {
                        value += quote;
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                value += text.at(i++);
            }
            if (!closed) {
                *error = ConnectionStrings::tr("the quoted value of the setting at character %1 never ends")
                             .arg(start + 1);
                return std::nullopt;
            }
        } else if (i < n && text.at(i) == QLatin1Char('{')) {
            ++i;
            bool closed = false;
            while (i < n) {
                if (text.at(i) == QLatin1Char('}')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('}')) {
                        value += QLatin1Char('}');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                value += text.at(i++);
            }
            if (!closed) {
                *error = ConnectionStrings::tr("the braced value of the setting at character %1 never ends")
                             .arg(start + 1);
                return std::nullopt;
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(';'))
                value += text.at(i++);
            value = value.trimmed();
        }
        // Whatever follows a closing quote up to the next ';' must be blank.
        while (i < n && text.at(i) != QLatin1Char(';')) {
            if (!text.at(i).isSpace()) {
                *error = ConnectionStrings::tr("unexpected text after the quoted value of the setting at character %1")
                             .arg(start + 1);
                return std::nullopt;
            }
            ++i;
        }
        pairs.append({ key.trimmed(), value, text.mid(start, i - start).trimmed() });
        if (pairs.size() > maxPairs) {
            *error = ConnectionStrings::tr("too many settings in one connection string");
            return std::nullopt;
        }
    }
    return pairs;
}

bool looksLikeKeyValue(const QString &text)
{
    static const QRegularExpression firstKey(QStringLiteral("^\\s*[A-Za-z][A-Za-z _]*\\s*="));
    return firstKey.match(text).hasMatch();
}

struct Builder {
    ConnectionSettings settings;
    QString server;
    QString port;
    QString instance;
    QStringList keptFragments; // every fragment but the password's, for the sanitized input

    void take(const QString &rawKey, const QString &value, const QString &fragment)
    {
        const QString key = canonicalKey(rawKey);
        if (key == QLatin1String("password")) {
            settings.passwordPresent = true;
            return; // the value goes no further than this line
        }
        keptFragments.append(fragment);
        const ConnectionSetting setting { key, value, fragment };
        if (key == QLatin1String("server")) {
            server = value;
            settings.serverFragment = fragment;
        } else if (key == QLatin1String("port")) {
            port = value;
        } else if (key == QLatin1String("instance")) {
            instance = value;
        } else if (key == QLatin1String("encrypt")) {
            settings.encrypt = setting;
        } else if (key == QLatin1String("trustservercertificate")) {
            settings.trustServerCertificate = setting;
        } else if (key == QLatin1String("connecttimeout")) {
            settings.connectTimeout = setting;
        } else if (key == QLatin1String("hostnameincertificate")) {
            settings.hostNameInCertificate = value;
        } else if (key == QLatin1String("database")) {
            settings.database = value;
        } else if (key == QLatin1String("user")) {
            settings.user = value;
        } else if (key == QLatin1String("authentication")) {
            settings.authentication = value;
        } else if (key == QLatin1String("driver")) {
            settings.driver = value;
        } else if (!isKnownHarmlessKey(key)) {
            settings.unknownKeys.append(rawKey.trimmed());
        }
    }

    bool finish(const QString &sanitized, ConnectionParse &result)
    {
        if (server.trimmed().isEmpty()) {
            result.error
                = ConnectionStrings::tr("The connection string names no server (Server=, Data Source=, Address=…).");
            return false;
        }
        QString hostText = server.trimmed();
        if (!instance.isEmpty())
            hostText += QLatin1Char('\\') + instance;
        if (!port.isEmpty())
            hostText += QLatin1Char(',') + port;
        const TargetParseResult parsed = parseTarget(hostText);
        if (!parsed.target) {
            result.error = parsed.error;
            return false;
        }
        settings.target = *parsed.target;
        settings.target.input = sanitized;
        result.settings = settings;
        result.sanitized = sanitized;
        return true;
    }
};

ConnectionParse parseKeyValue(const QString &text)
{
    ConnectionParse result;
    QString error;
    const auto pairs = splitPairs(text, &error);
    if (!pairs) {
        result.error = error;
        result.sanitized = ConnectionStrings::tr("(a connection string that could not be read)");
        return result;
    }
    Builder builder;
    bool odbc = false;
    for (const Pair &pair : *pairs) {
        const QString lower = pair.key.simplified().toLower();
        if (lower == QLatin1String("driver") || lower == QLatin1String("uid") || lower == QLatin1String("pwd")
            || lower == QLatin1String("dsn") || lower == QLatin1String("trusted_connection"))
            odbc = true;
        builder.take(pair.key, pair.value, pair.fragment);
    }
    builder.settings.form = odbc ? ConnectionForm::Odbc : ConnectionForm::AdoNet;
    builder.finish(builder.keptFragments.join(QLatin1Char(';')), result);
    if (result.sanitized.isEmpty())
        result.sanitized = builder.keptFragments.join(QLatin1Char(';'));
    return result;
}

// jdbc:sqlserver://[serverName[\instanceName][:portNumber]][;property=value[;property=value]]
ConnectionParse parseJdbc(const QString &text)
{
    static const QString prefix = QStringLiteral("jdbc:sqlserver://");
    const QString rest = text.mid(prefix.size());
    const qsizetype semicolon = rest.indexOf(QLatin1Char(';'));
    const QString address = (semicolon < 0 ? rest : rest.left(semicolon)).trimmed();
    const QString properties = semicolon < 0 ? QString() : rest.mid(semicolon + 1);

    ConnectionParse result;
    QString error;
    const auto pairs = splitPairs(properties, &error);
    if (!pairs) {
        result.error = error;
        result.sanitized = prefix + address;
        return result;
    }
    Builder builder;
    builder.settings.form = ConnectionForm::Jdbc;
    if (!address.isEmpty()) {
        // host[\instance][:port]; an IPv6 literal comes in brackets.
        QString host = address;
        QString port;
        if (host.startsWith(QLatin1Char('['))) {
            const qsizetype close = host.indexOf(QLatin1Char(']'));
            if (close > 0) {
                port = host.mid(close + 1).startsWith(QLatin1Char(':')) ? host.mid(close + 2) : QString();
                host = host.mid(1, close - 1);
            }
        } else if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0) {
            port = host.mid(colon + 1);
            host = host.left(colon);
        }
        builder.server = host;
        builder.port = port;
        builder.settings.serverFragment = prefix + address;
        builder.keptFragments.append(prefix + address);
    }
    for (const Pair &pair : *pairs)
        builder.take(pair.key, pair.value, pair.fragment);
    QString sanitized = builder.keptFragments.isEmpty() ? prefix : builder.keptFragments.takeFirst();
    if (!builder.keptFragments.isEmpty())
        sanitized += QLatin1Char(';') + builder.keptFragments.join(QLatin1Char(';'));
    builder.finish(sanitized, result);
    result.sanitized = sanitized;
    return result;
}

// sqlserver://user:password@host:port/instance?database=…&encrypt=…
ConnectionParse parseUrl(const QString &text)
{
    ConnectionParse result;
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        // Nothing of an unreadable URL is repeated: it may hold a password we could not find.
        result.sanitized = ConnectionStrings::tr("(a connection URL that could not be read)");
        result.error = ConnectionStrings::tr("That is not a connection URL such as sqlserver://host:1433?database=db.");
        return result;
    }
    const bool hadPassword = !url.password().isEmpty();
    url.setPassword(QString()); // dropped before anything else reads the URL
    result.sanitized = url.toString();
    Builder builder;
    builder.settings.form = ConnectionForm::Url;
    builder.settings.passwordPresent = hadPassword;
    builder.server = url.host();
    builder.port = url.port() > 0 ? QString::number(url.port()) : QString();
    builder.settings.serverFragment = url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    builder.settings.user = url.userName();
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        builder.instance = path;
    const QUrlQuery query(url);
    for (const auto &[rawKey, value] : query.queryItems(QUrl::FullyDecoded)) {
        QString key = rawKey;
        key.replace(QLatin1Char('+'), QLatin1Char(' ')); // form encoding: "connection+timeout"
        if (canonicalKey(key) == QLatin1String("password")) {
            builder.settings.passwordPresent = true;
            continue;
        }
        builder.take(key, value, QStringLiteral("%1=%2").arg(rawKey, value));
    }
    // The sanitized form must not carry a password that came in the query either.
    QUrlQuery clean;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (canonicalKey(QString(key).replace(QLatin1Char('+'), QLatin1Char(' '))) != QLatin1String("password"))
            clean.addQueryItem(key, value);
    }
    url.setQuery(clean);
    result.sanitized = url.toString();
    builder.finish(result.sanitized, result);
    return result;
}

} // namespace

QString connectionFormId(ConnectionForm form)
{
    switch (form) {
    case ConnectionForm::Host:
        return QStringLiteral("host");
    case ConnectionForm::AdoNet:
        return QStringLiteral("ado.net");
    case ConnectionForm::Odbc:
        return QStringLiteral("odbc");
    case ConnectionForm::Jdbc:
        return QStringLiteral("jdbc");
    case ConnectionForm::Url:
        break;
    }
    return QStringLiteral("url");
}

QString connectionFormLabel(ConnectionForm form)
{
    switch (form) {
    case ConnectionForm::Host:
        return ConnectionStrings::tr("A host name");
    case ConnectionForm::AdoNet:
        return ConnectionStrings::tr("An ADO.NET (SqlClient) connection string");
    case ConnectionForm::Odbc:
        return ConnectionStrings::tr("An ODBC connection string");
    case ConnectionForm::Jdbc:
        return ConnectionStrings::tr("A JDBC connection URL");
    case ConnectionForm::Url:
        break;
    }
    return ConnectionStrings::tr("A connection URL");
}

QString ConnectionSettings::encryptMode() const
{
    if (!encrypt)
        return {};
    const QString value = encrypt->value.trimmed().toLower();
    if (value == QLatin1String("strict"))
        return QStringLiteral("strict");
    if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("mandatory")
        || value == QLatin1String("1"))
        return QStringLiteral("true");
    return QStringLiteral("false"); // false, no, optional, disable …
}

bool ConnectionSettings::trustsServerCertificate() const
{
    if (!trustServerCertificate)
        return false;
    const QString value = trustServerCertificate->value.trimmed().toLower();
    return value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("1");
}

std::optional<int> ConnectionSettings::connectTimeoutSeconds() const
{
    if (!connectTimeout)
        return std::nullopt;
    QString value = connectTimeout->value.trimmed().toLower();
    // URL drivers write durations: "30", "30s".
    if (value.endsWith(QLatin1Char('s')))
        value.chop(1);
    bool ok = false;
    const int seconds = value.toInt(&ok);
    return ok && seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
}

ConnectionParse parseConnectionInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > maxInputLength) {
        ConnectionParse result;
        result.error = ConnectionStrings::tr("That is too long to be a connection string.");
        return result;
    }
    if (trimmed.startsWith(QLatin1String("jdbc:sqlserver://"), Qt::CaseInsensitive))
        return parseJdbc(QStringLiteral("jdbc:sqlserver://") + trimmed.mid(17));
    static const QRegularExpression urlScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (urlScheme.match(trimmed).hasMatch())
        return parseUrl(trimmed);
    if (looksLikeKeyValue(trimmed) && !trimmed.startsWith(QLatin1String("tcp:"), Qt::CaseInsensitive))
        return parseKeyValue(trimmed);

    ConnectionParse result;
    const TargetParseResult parsed = parseTarget(trimmed);
    result.sanitized = trimmed;
    if (!parsed.target) {
        result.error = parsed.error;
        return result;
    }
    ConnectionSettings settings;
    settings.form = ConnectionForm::Host;
    settings.target = *parsed.target;
    settings.serverFragment = trimmed;
    result.settings = settings;
    return result;
}

QString withoutPassword(const QString &text)
{
    return parseConnectionInput(text).sanitized;
}

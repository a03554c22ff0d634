#include "redaction.h"

#include "target/addressclass.h"
#include "target/connectionstring.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <optional>

namespace {

// Bounds that keep the scanner linear whatever a report file holds.
constexpr qsizetype maxAddressText = 45; // "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255"
constexpr qsizetype maxAuthorityText = 512; // user info and host of a URL
constexpr qsizetype maxHostNameLength = 253;
constexpr qsizetype maxLabelLength = 63;
constexpr qsizetype maxSchemeLength = 32;
constexpr qsizetype maxPlaceholderDigits = 9;
// User names that are not one word ("CONTOSO\app", "Jane Doe") are searched for in every text;
// a hostile input text with thousands of them must not make that quadratic.
constexpr qsizetype maxSpacedUsers = 16;

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(char16_t c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Letters of internationalised names, in the scripts that put spaces around a name. Japanese and
// Chinese sentences run straight into a name ("…database.windows.netに"), so their letters end one.
bool isForeignNameLetter(QChar c)
{
    if (c.unicode() < 0x80 || !c.isLetterOrNumber())
        return false;
    const QChar::Script script = c.script();
    return script == QChar::Script_Latin || script == QChar::Script_Greek || script == QChar::Script_Cyrillic;
}

bool isLabelChar(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiLetter(u) || isAsciiDigit(u) || u == u'-' || u == u'_' || isForeignNameLetter(c);
}

// What the scanner reads as one word: labels, the dots between them, a wildcard.
bool isWordChar(QChar c)
{
    return isLabelChar(c) || c.unicode() == u'.' || c.unicode() == u'*';
}

bool isLetter(QChar c)
{
    return isAsciiLetter(c.unicode()) || isForeignNameLetter(c);
}

// An ordinary word ("app", "vm", "admin") may be a user or a machine, but replacing every "app" in
// the remedies would wreck them; these can be replaced anywhere without that risk.
bool isDistinctive(const QString &token)
{
    if (token.size() >= 8)
        return true;
    for (const QChar c : token) {
        if (!isLetter(c))
            return true;
    }
    return false;
}

bool hasUpperCase(const QString &text)
{
    for (const QChar c : text) {
        if (c.isUpper())
            return true;
    }
    return false;
}

// "a.b.c.d" exactly, each part at most three digits and at most 255.
std::optional<QHostAddress> parseIpv4(QStringView text)
{
    if (text.size() < 7 || text.size() > 15)
        return std::nullopt;
    quint32 value = 0;
    quint32 part = 0;
    int digits = 0;
    int dots = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'.') {
            if (digits == 0 || part > 255)
                return std::nullopt;
            value = (value << 8) | part;
            part = 0;
            digits = 0;
            ++dots;
        } else if (isAsciiDigit(u)) {
            if (++digits > 3)
                return std::nullopt;
            part = part * 10 + quint32(u - u'0');
        } else {
            return std::nullopt;
        }
    }
    if (dots != 3 || digits == 0 || part > 255)
        return std::nullopt;
    return QHostAddress((value << 8) | part);
}

struct AzureSuffix {
    QLatin1String name;
    bool sqlZones; // <instance>.<zone>.<suffix>, with "public" and "privatelink" between them
};

// Azure's own labels stay: which service and which kind of endpoint a name points at is diagnostic.
// https://learn.microsoft.com/azure/private-link/private-endpoint-dns lists the zones.
constexpr AzureSuffix azureSuffixes[] = {
    { QLatin1String("database.windows.net"), true },
    { QLatin1String("database.chinacloudapi.cn"), true },
    { QLatin1String("database.usgovcloudapi.net"), true },
    { QLatin1String("control.database.windows.net"), false }, // the regional gateways
    { QLatin1String("trafficmanager.net"), false },
    { QLatin1String("cloudapp.net"), false },
    { QLatin1String("cloudapp.azure.com"), false },
    { QLatin1String("azurewebsites.net"), false },
    { QLatin1String("blob.core.windows.net"), false },
    { QLatin1String("file.core.windows.net"), false },
    { QLatin1String("queue.core.windows.net"), false },
    { QLatin1String("table.core.windows.net"), false },
    { QLatin1String("dfs.core.windows.net"), false },
    { QLatin1String("web.core.windows.net"), false },
    { QLatin1String("core.windows.net"), false },
    { QLatin1String("servicebus.windows.net"), false },
    { QLatin1String("vault.azure.net"), false },
    { QLatin1String("azure-api.net"), false },
    { QLatin1String("azurecr.io"), false },
    { QLatin1String("azure.com"), false },
    { QLatin1String("azure.net"), false },
    { QLatin1String("windows.net"), false },
    { QLatin1String("chinacloudapi.cn"), false },
    { QLatin1String("usgovcloudapi.net"), false },
};

bool endsWithDomain(const QString &lowerName, QLatin1String domain)
{
    if (lowerName == domain)
        return true;
    return lowerName.size() > domain.size() && lowerName.endsWith(domain)
        && lowerName.at(lowerName.size() - domain.size() - 1).unicode() == u'.';
}

// The longest Azure suffix `lowerName` ends with.
const AzureSuffix *azureSuffixOf(const QString &lowerName)
{
    const AzureSuffix *best = nullptr;
    for (const AzureSuffix &suffix : azureSuffixes) {
        if (endsWithDomain(lowerName, suffix.name) && (!best || suffix.name.size() > best->name.size()))
            best = &suffix;
    }
    return best;
}

// Names that are the same for every user: documentation links must survive redaction whole.
bool isPublicName(const QString &lowerName)
{
    static const QLatin1String domains[] = {
        QLatin1String("microsoft.com"),
        QLatin1String("microsoftonline.com"),
        QLatin1String("aka.ms"),
    };
    for (const QLatin1String domain : domains) {
        if (endsWithDomain(lowerName, domain))
            return true;
    }
    return lowerName == QLatin1String("localhost") || lowerName == QLatin1String("portal.azure.com")
        || lowerName == QLatin1String("management.azure.com");
}

// Labels that say which endpoint an Azure name is; never the customer's.
bool isEndpointKeyword(const QString &label)
{
    return label.compare(QLatin1String("public"), Qt::CaseInsensitive) == 0
        || label.compare(QLatin1String("privatelink"), Qt::CaseInsensitive) == 0;
}

// "findings.json" and "dns.resolve" have the shape of host names; they are not.
bool isFileExtension(const QString &lowerLabel)
{
    static const QSet<QString> extensions {
        QStringLiteral("json"), QStringLiteral("txt"),  QStringLiteral("pem"),    QStringLiteral("crt"),
        QStringLiteral("cer"),  QStringLiteral("der"),  QStringLiteral("key"),    QStringLiteral("pfx"),
        QStringLiteral("csr"),  QStringLiteral("md"),   QStringLiteral("html"),   QStringLiteral("htm"),
        QStringLiteral("csv"),  QStringLiteral("png"),  QStringLiteral("svg"),    QStringLiteral("jpg"),
        QStringLiteral("jpeg"), QStringLiteral("gif"),  QStringLiteral("log"),    QStringLiteral("xml"),
        QStringLiteral("yaml"), QStringLiteral("yml"),  QStringLiteral("ini"),    QStringLiteral("conf"),
        QStringLiteral("cfg"),  QStringLiteral("toml"), QStringLiteral("sh"),     QStringLiteral("exe"),
        QStringLiteral("dll"),  QStringLiteral("so"),   QStringLiteral("dylib"),  QStringLiteral("qm"),
        QStringLiteral("ts"),   QStringLiteral("js"),   QStringLiteral("py"),     QStringLiteral("cpp"),
        QStringLiteral("cc"),   QStringLiteral("cxx"),  QStringLiteral("hpp"),    QStringLiteral("h"),
        QStringLiteral("rs"),   QStringLiteral("go"),   QStringLiteral("java"),   QStringLiteral("jar"),
        QStringLiteral("cs"),   QStringLiteral("zip"),  QStringLiteral("gz"),     QStringLiteral("tgz"),
        QStringLiteral("xz"),   QStringLiteral("tar"),  QStringLiteral("pdf"),    QStringLiteral("sql"),
        QStringLiteral("bak"),  QStringLiteral("mdf"),  QStringLiteral("ldf"),    QStringLiteral("bacpac"),
        QStringLiteral("dmp"),  QStringLiteral("pcap"), QStringLiteral("pcapng"), QStringLiteral("tmp"),
    };
    return extensions.contains(lowerLabel);
}

// The first label of check and finding ids (docs/ARCHITECTURE.md, "Finding ids") and of the schema id.
bool isIdNamespace(const QString &lowerLabel)
{
    static const QSet<QString> namespaces {
        QStringLiteral("input"),    QStringLiteral("conn"),      QStringLiteral("dns"),      QStringLiteral("tcp"),
        QStringLiteral("tds"),      QStringLiteral("tls"),       QStringLiteral("redirect"), QStringLiteral("ok"),
        QStringLiteral("scenario"), QStringLiteral("miconnect"),
    };
    return namespaces.contains(lowerLabel);
}

// Labels of letters, digits, '-' and '_' (not at either end of a label), a wildcard as the first.
bool isHostNameSyntax(const QStringList &labels)
{
    qsizetype length = labels.size() - 1;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        length += label.size();
        if (label.isEmpty() || label.size() > maxLabelLength || length > maxHostNameLength)
            return false;
        if (i == 0 && label == QLatin1String("*") && labels.size() > 1)
            continue;
        if (label.front().unicode() == u'-' || label.back().unicode() == u'-')
            return false;
        for (const QChar c : label) {
            if (!isLabelChar(c))
                return false;
        }
    }
    return true;
}

// "mi-3" is the placeholder stem "mi" numbered 3.
bool isPlaceholder(const QString &token, const QString &stem)
{
    const qsizetype digits = token.size() - stem.size() - 1;
    if (!token.startsWith(stem) || digits < 1 || digits > maxPlaceholderDigits)
        return false;
    if (token.at(stem.size()).unicode() != u'-')
        return false;
    for (qsizetype i = stem.size() + 1; i < token.size(); ++i) {
        if (!isAsciiDigit(token.at(i).unicode()))
            return false;
    }
    return true;
}

// The stem of a placeholder this redaction writes ("private-address" for "private-address-3"), or
// nothing when `token` is not one.
QString placeholderStem(const QString &token)
{
    const qsizetype dash = token.lastIndexOf(QLatin1Char('-'));
    if (dash <= 0)
        return {};
    const QString stem = token.left(dash);
    const bool known = stem == QLatin1String("mi") || stem == QLatin1String("zone") || stem == QLatin1String("host")
        || stem == QLatin1String("user") || stem == QLatin1String("machine") || stem.endsWith(QLatin1String("-address"))
        || stem.endsWith(QLatin1String("-subnet"));
    return known && isPlaceholder(token, stem) ? stem : QString();
}

bool isUrlScheme(const QString &word)
{
    if (word.isEmpty() || word.size() > maxSchemeLength || !isAsciiLetter(word.front().unicode()))
        return false;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (!isAsciiLetter(u) && !isAsciiDigit(u) && u != u'+' && u != u'-' && u != u'.')
            return false;
    }
    return true;
}

bool endsUrlAuthority(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == u'/' || u == u'?' || u == u'#' || u == u';' || u == u'&' || u == u'"' || u == u'\''
        || u == u'<' || u == u'>' || u == u'(' || u == u')';
}

// What a documentation link's path is made of. Narrower than RFC 3986 on purpose: a link is copied
// whole, so whatever is glued to it ("…/overview;10.0.0.4", "…/overviewに", "(…/overview)") must end it.
bool isDocumentationPathChar(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiLetter(u) || isAsciiDigit(u) || u == u'-' || u == u'.' || u == u'_' || u == u'~' || u == u'/'
        || u == u'?' || u == u'#' || u == u'%' || u == u'&' || u == u'=' || u == u'+';
}

// Connection-string keys, in every form's spelling (core/target/connectionstring.cpp keeps the
// parser's synonym list), whose values are user names, secrets, servers or this machine.
bool isUserKey(const QString &key)
{
    return key == QLatin1String("user id") || key == QLatin1String("userid") || key == QLatin1String("uid")
        || key == QLatin1String("user") || key == QLatin1String("username") || key == QLatin1String("user name");
}

// The parser drops "Password" and "PWD"; JDBC also has trustStorePassword, keyStoreSecret,
// AADSecurePrincipalSecret, accessToken… None of them may reach a report.
bool isSecretKey(const QString &key)
{
    return key == QLatin1String("pwd") || key.contains(QLatin1String("password"))
        || key.contains(QLatin1String("secret")) || key.contains(QLatin1String("token"));
}

bool isServerKey(const QString &key)
{
    static const QSet<QString> keys {
        QStringLiteral("server"),
        QStringLiteral("data source"),
        QStringLiteral("datasource"),
        QStringLiteral("address"),
        QStringLiteral("addr"),
        QStringLiteral("network address"),
        QStringLiteral("servername"),
        QStringLiteral("server name"),
        QStringLiteral("failover partner"),
        QStringLiteral("failoverpartner"),
        QStringLiteral("hostname"),
        QStringLiteral("hostnameincertificate"),
        QStringLiteral("host name in certificate"),
    };
    return keys.contains(key);
}

bool isWorkstationKey(const QString &key)
{
    return key == QLatin1String("workstation id") || key == QLatin1String("wsid")
        || key == QLatin1String("workstationid");
}

// "tcp:host,1433", "host\INSTANCE", "host:1433", "[2001:db8::1]:1433" → the host.
QString hostOfServerValue(QString value)
{
    value = value.trimmed();
    static const QLatin1String protocols[] = {
        QLatin1String("tcp:"),
        QLatin1String("np:"),
        QLatin1String("lpc:"),
        QLatin1String("admin:"),
    };
    for (const QLatin1String protocol : protocols) {
        if (value.startsWith(protocol, Qt::CaseInsensitive)) {
            value = value.mid(protocol.size());
            break;
        }
    }
    if (value.startsWith(QLatin1Char('['))) {
        const qsizetype close = value.indexOf(QLatin1Char(']'));
        return close > 0 ? value.mid(1, close - 1) : value.mid(1);
    }
    const auto end = std::find_if(value.cbegin(), value.cend(),
                                  [](QChar c) { return c.unicode() == u',' || c.unicode() == u'\\'; });
    value.truncate(end - value.cbegin());
    if (value.count(QLatin1Char(':')) == 1)
        value = value.left(value.indexOf(QLatin1Char(':')));
    return value.trimmed();
}

// Keys of check data whose whole value is a host name.
bool isHostKey(const QString &key)
{
    return key == QLatin1String("host") || key == QLatin1String("host_name") || key == QLatin1String("hostname")
        || key == QLatin1String("server") || key == QLatin1String("cname_chain") || key == QLatin1String("cname")
        || key == QLatin1String("subject") || key == QLatin1String("sans") || key == QLatin1String("tls_name");
}

// A certificate's subject may be "Contoso Root CA"; only a dotted subject is surely a name.
bool allowsSingleLabelHost(const QString &key)
{
    return key != QLatin1String("subject") && key != QLatin1String("sans");
}

void forEachJsonString(const QJsonValue &value, const QString &key,
                       const std::function<void(const QString &key, const QString &text)> &visit)
{
    if (value.isString()) {
        visit(key, value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            forEachJsonString(item, key, visit);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            forEachJsonString(it.value(), it.key(), visit);
    }
}

void forEachString(const Report &report, const std::function<void(const QString &key, const QString &text)> &visit)
{
    visit(QStringLiteral("host"), report.input.host);
    visit(QStringLiteral("text"), report.input.text);
    visit(QStringLiteral("subnet"), report.input.subnet);
    visit(QStringLiteral("machine"), report.environment.machine);
    for (const CheckResult &check : report.checks) {
        visit(QStringLiteral("title"), check.title);
        visit(QStringLiteral("summary"), check.summary);
        forEachJsonString(check.data, QString(), visit);
    }
    for (const Finding &finding : report.findings) {
        visit(QStringLiteral("title"), finding.title);
        visit(QStringLiteral("detail"), finding.explanation);
        visit(QStringLiteral("evidence"), finding.evidence);
        for (const QString &step : finding.remedy)
            visit(QStringLiteral("remedy"), step);
    }
}

// Walks a report twice: the first walk discovers every name, address and user in order of first
// appearance and numbers them; the second writes the redacted copy with every mapping known (a label
// standing alone in an early text is recognised even when its full name only comes later).
class ReportRedactor {
public:
    explicit ReportRedactor(const Report &report)
        : m_report(report)
        , m_alreadyRedacted(report.redacted)
    {
    }

    RedactedReport run()
    {
        protectIdsAndVersions();
        if (m_alreadyRedacted)
            continuePlaceholderNumbers();
        discoverHomeFolderOwners();
        m_pass = Pass::Discover;
        (void)redactedCopy();
        m_pass = Pass::Apply;
        RedactedReport result { redactedCopy(), {} };
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_used.at(i))
                result.legend.append(m_entries.at(i));
        }
        return result;
    }

private:
    enum class Pass {
        Discover,
        Apply,
    };

    enum class Scope {
        Sentence, // words for people: a user or machine that is an ordinary word stays
        Value, // a field's value (input text, a host): every known name is replaced
    };

    struct Mapping {
        QString placeholder;
        QString original;
        qsizetype entry = -1;
        bool fromValue = false; // seen in a field that holds exactly this, not only inside a sentence
    };
    using Mappings = QHash<QString, Mapping>;

    Report redactedCopy()
    {
        Report report = m_report;
        report.redacted = true;
        report.input.host = hostField(m_report.input.host, true);
        report.input.text = connectionText(m_report.input.text);
        report.input.subnet = scan(m_report.input.subnet, Scope::Value);
        report.environment.machine = machine(m_report.environment.machine);
        for (CheckResult &check : report.checks) {
            check.title = scan(check.title, Scope::Sentence);
            check.summary = scan(check.summary, Scope::Sentence);
            check.data = jsonValue(check.data, QString()).toObject();
        }
        for (Finding &finding : report.findings) {
            finding.title = scan(finding.title, Scope::Sentence);
            finding.explanation = scan(finding.explanation, Scope::Sentence);
            finding.evidence = scan(finding.evidence, Scope::Sentence);
            for (QString &step : finding.remedy)
                step = scan(step, Scope::Sentence);
            // finding.sources: documentation URLs, the same for everyone
        }
        return report;
    }

    // Check and finding ids look like host names, SQL Server versions like addresses. The sites the
    // findings cite are documentation: a link to one in a remedy stays whole.
    void protectIdsAndVersions()
    {
        for (const CheckResult &check : m_report.checks)
            m_protected.insert(check.id);
        for (const Finding &finding : m_report.findings) {
            m_protected.insert(finding.id);
            for (const QString &source : finding.sources) {
                const QString host = QUrl(source).host().toLower();
                if (host.contains(QLatin1Char('.')))
                    m_documentationHosts.insert(host);
            }
        }
        forEachString(m_report, [this](const QString &key, const QString &text) {
            if (key != QLatin1String("version") || text.isEmpty())
                return;
            for (const QChar c : text) {
                if (!isAsciiDigit(c.unicode()) && c.unicode() != u'.')
                    return;
            }
            m_protected.insert(text);
        });
    }

    // A path in a home folder (a driver installed under ~/, a user-level odbcinst.ini) names its owner:
    // /home/NAME, /Users/NAME, C:\Users\NAME. The owner is a user like a login and is replaced wherever
    // it appears, and in a home folder's path even when it is an ordinary word ("/home/carol"); the
    // folders every machine has are no one's name. A name with spaces counts only up to the next
    // separator, so the end of a sentence is never taken for one; the bounds keep hostile text linear.
    static const QRegularExpression &homeFolder()
    {
        static const QRegularExpression pattern(
            QStringLiteral(R"((?:^|[^\w.])(?:/home|/Users|[A-Za-z]:\\Users|\\Users)[/\\])"
                           R"(((?:[^/\\"';:,\r\n]{1,64}?(?=[/\\]))|[^/\\\s"';:,]{1,256}))"),
            QRegularExpression::CaseInsensitiveOption);
        return pattern;
    }

    static bool isSharedHomeFolder(const QString &name)
    {
        static const QStringList shared { QStringLiteral("public"), QStringLiteral("shared"), QStringLiteral("default"),
                                          QStringLiteral("all users"), QStringLiteral("default user") };
        return shared.contains(name.toLower());
    }

    void discoverHomeFolderOwners()
    {
        forEachString(m_report, [this](const QString &, const QString &text) {
            QRegularExpressionMatchIterator matches = homeFolder().globalMatch(text);
            while (matches.hasNext()) {
                const QString owner = matches.next().captured(1);
                if (!owner.isEmpty() && !isSharedHomeFolder(owner) && !isOwnPlaceholder(owner)) {
                    (void)userPlaceholder(owner, true);
                    m_homeFolderOwnersFound = true;
                }
            }
        });
    }

    // Replaces each home folder's owner as a user, and scans the text around them as usual.
    QString scanAroundHomeFolders(const QString &text, Scope scope)
    {
        m_scanningHomeFolders = true;
        QString out;
        qsizetype done = 0;
        QRegularExpressionMatchIterator matches = homeFolder().globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            const QString owner = match.captured(1);
            if (isSharedHomeFolder(owner) || isOwnPlaceholder(owner))
                continue;
            out += scan(text.mid(done, match.capturedStart(1) - done), scope);
            out += userPlaceholder(owner, true);
            done = match.capturedEnd(1);
        }
        out += scan(text.mid(done), scope);
        m_scanningHomeFolders = false;
        return out;
    }

    // Placeholders already in the report keep their numbers; new ones count on from the highest.
    void continuePlaceholderNumbers()
    {
        forEachString(m_report, [this](const QString &, const QString &text) {
            const qsizetype n = text.size();
            qsizetype i = 0;
            while (i < n) {
                const qsizetype start = i;
                while (i < n
                       && (isAsciiLetter(text.at(i).unicode()) || isAsciiDigit(text.at(i).unicode())
                           || text.at(i).unicode() == u'-'))
                    ++i;
                if (i == start) {
                    ++i;
                    continue;
                }
                const QString token = text.mid(start, i - start).toLower();
                const QString stem = placeholderStem(token);
                if (stem.isEmpty())
                    continue;
                const int number = token.mid(stem.size() + 1).toInt();
                m_counters[stem] = std::max(m_counters.value(stem), number);
            }
        });
    }

    // The entry for `key`, numbered "<stem>-N<suffix>" when it is new.
    QString numbered(Mappings &mappings, const QString &key, const QString &original, const QString &kind,
                     const QString &stem, const QString &suffix, bool fromValue)
    {
        if (isOwnPlaceholder(original))
            return original;
        auto it = mappings.find(key);
        if (it == mappings.end()) {
            const int number = ++m_counters[stem];
            const QString placeholder = QStringLiteral("%1-%2%3").arg(stem).arg(number).arg(suffix);
            it = mappings.insert(key,
                                 Mapping { placeholder, original, addEntry(kind, placeholder, original), fromValue });
        }
        return use(*it, fromValue);
    }

    // The entry for `key`, with a placeholder composed by the caller when it is new.
    QString composed(Mappings &mappings, const QString &key, const QString &original, const QString &kind,
                     const QString &placeholder, bool fromValue)
    {
        if (placeholder == original)
            return original;
        auto it = mappings.find(key);
        if (it == mappings.end())
            it = mappings.insert(key,
                                 Mapping { placeholder, original, addEntry(kind, placeholder, original), fromValue });
        return use(*it, fromValue);
    }

    // In a report that is already redacted, "user-1" or "mi-2" is what an earlier redaction wrote.
    bool isOwnPlaceholder(const QString &token) const { return m_alreadyRedacted && !placeholderStem(token).isEmpty(); }

    qsizetype addEntry(const QString &kind, const QString &placeholder, const QString &original)
    {
        m_entries.append(RedactionEntry { kind, placeholder, original });
        m_used.append(false);
        return m_entries.size() - 1;
    }

    QString use(Mapping &mapping, bool fromValue)
    {
        mapping.fromValue = mapping.fromValue || fromValue;
        if (m_pass == Pass::Apply)
            m_used[mapping.entry] = true;
        return mapping.placeholder;
    }

    static QHostAddress unmapped(const QHostAddress &address)
    {
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        return mapped ? QHostAddress(v4) : address; // ::ffff:10.0.0.4 is 10.0.0.4
    }

    // Azure DNS and the unspecified addresses (0.0.0.0/0, the default route) are the same for everyone
    // and mean something.
    static bool isEveryonesAddress(const QHostAddress &address)
    {
        return classifyAddress(address) == AddressClass::AzurePlatform || address == QHostAddress(QHostAddress::AnyIPv4)
            || address == QHostAddress(QHostAddress::AnyIPv6);
    }

    QString addressPlaceholder(const QHostAddress &input, const QString &original)
    {
        const QHostAddress address = unmapped(input);
        if (isEveryonesAddress(address))
            return original;
        return numbered(m_addresses, address.toString(), original, QStringLiteral("address"),
                        addressClassId(classifyAddress(address)) + QLatin1String("-address"), QString(), false);
    }

    QString subnetPlaceholder(const QHostAddress &input, int prefix, const QString &original)
    {
        const QHostAddress network = unmapped(input);
        if (isEveryonesAddress(network))
            return original;
        const QString suffix = QStringLiteral("/%1").arg(prefix);
        return numbered(m_subnets, network.toString() + suffix, original, QStringLiteral("subnet"),
                        addressClassId(classifyAddress(network)) + QLatin1String("-subnet"), suffix, false);
    }

    QString userPlaceholder(const QString &user, bool fromValue)
    {
        if (user.isEmpty() || isOwnPlaceholder(user))
            return user;
        const bool spaced
            = std::any_of(user.cbegin(), user.cend(), [](QChar c) { return !isWordChar(c) && c.unicode() != u'@'; });
        if (spaced && fromValue && !m_spacedUsers.contains(user) && m_spacedUsers.size() < maxSpacedUsers)
            m_spacedUsers.append(user);
        const QString kind = QStringLiteral("user");
        return numbered(m_users, user.toLower(), user, kind, kind, QString(), fromValue);
    }

    QString machine(const QString &name)
    {
        if (name.trimmed().isEmpty())
            return name;
        const QString kind = QStringLiteral("machine");
        return numbered(m_machines, name.toLower(), name, kind, kind, QString(), true);
    }

    // A field that holds one host name: the name is redacted whatever its shape (a single label, an
    // odd top-level domain, capitals), and it is learnt so sentences that mention it follow suit.
    QString hostField(const QString &value, bool singleLabel)
    {
        QString name = value.trimmed();
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        const QStringList labels = name.split(QLatin1Char('.'));
        const bool isName = !name.isEmpty() && QHostAddress(name).isNull() && isHostNameSyntax(labels)
            && !isDocumentationName(name.toLower());
        if (isName && labels.size() >= 2) {
            hostPlaceholder(name, true);
        } else if (isName && singleLabel) {
            const QString kind = QStringLiteral("host");
            numbered(m_hostLabels, name.toLower(), name, kind, kind, QString(), true);
        }
        return scan(value, isName ? Scope::Value : Scope::Sentence);
    }

    bool isDocumentationName(const QString &lowerName) const
    {
        return isPublicName(lowerName) || m_documentationHosts.contains(lowerName);
    }

    // The placeholder of a DNS name, or nothing when it is not one worth hiding.
    std::optional<QString> hostPlaceholder(const QString &name, bool fromValue)
    {
        if (name.size() > maxHostNameLength)
            return std::nullopt;
        const QStringList labels = name.split(QLatin1Char('.'));
        if (labels.size() < 2 || !isHostNameSyntax(labels))
            return std::nullopt;
        const QString key = name.toLower();
        if (isDocumentationName(key))
            return std::nullopt;
        if (!fromValue && !m_hosts.contains(key) && !looksLikeHostName(name, labels))
            return std::nullopt;
        if (labels.size() == 2 && labels.at(1) == QLatin1String("example") && isOwnPlaceholder(labels.at(0)))
            return std::nullopt;
        if (const AzureSuffix *suffix = azureSuffixOf(key)) {
            const QString placeholder = azurePlaceholder(labels, *suffix, fromValue);
            if (placeholder.isEmpty())
                return std::nullopt; // only Azure's own labels: privatelink.database.windows.net
            return composed(m_hosts, key, name, QStringLiteral("host"), placeholder, fromValue);
        }
        return numbered(m_hosts, key, name, QStringLiteral("host"), QStringLiteral("host"), QStringLiteral(".example"),
                        fromValue);
    }

    // In sentences a name is known by its shape alone; these are the shapes that are not names.
    bool looksLikeHostName(const QString &name, const QStringList &labels) const
    {
        const QString &top = labels.constLast();
        if (!top.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive)) {
            if (top.size() < 2 || !std::all_of(top.cbegin(), top.cend(), isLetter))
                return false; // "e.g", "tls.tds7", "16.0.4165.4"
        }
        if (isFileExtension(top.toLower()))
            return false;
        if (labels.size() == 2 && isIdNamespace(labels.constFirst().toLower()))
            return false;
        if (m_protected.contains(name))
            return false;
        // Code and product names end in a capitalised word (Microsoft.Data.SqlClient, ADO.NET); host
        // names end in a lower-case top-level domain (DESKTOP-7QK2L1.corp.contoso.com), or in an
        // Azure suffix however it is spelt.
        return !hasUpperCase(top) || azureSuffixOf(name.toLower()) != nullptr;
    }

    bool isCustomerLabel(const QString &label) const
    {
        return label != QLatin1String("*") && !isEndpointKeyword(label) && !isOwnPlaceholder(label);
    }

    // Only the customer's labels change; Azure's suffix and the endpoint keywords stay where they are.
    QString azurePlaceholder(const QStringList &labels, const AzureSuffix &suffix, bool fromValue)
    {
        const qsizetype prefixCount = labels.size() - (suffix.name.count(QLatin1Char('.')) + 1);
        QList<qsizetype> customer;
        for (qsizetype i = 0; i < prefixCount; ++i) {
            if (isCustomerLabel(labels.at(i)))
                customer.append(i);
        }
        if (customer.isEmpty())
            return {};

        // Azure's labels in lower case, as DNS answers them: the same name spelt twice reads the same.
        QStringList result;
        if (suffix.sqlZones) {
            // <instance>[.public|.privatelink].<zone>[.privatelink].database.windows.net: the zone is the
            // customer label nearest the suffix, when something stands left of it (else it is a server).
            const qsizetype zone = customer.constLast();
            for (const QString &label : labels)
                result.append(label.toLower());
            for (const qsizetype i : customer) {
                const QString &label = labels.at(i);
                const QString key = label.toLower();
                const bool isZone = i == zone && (zone > 0 || m_zones.contains(key));
                const QString zoneKind = QStringLiteral("zone");
                if (isZone)
                    result[i] = numbered(m_zones, key, label, zoneKind, zoneKind, {}, fromValue);
                else
                    result[i] = numbered(m_instances, key, label, QStringLiteral("instance"), QStringLiteral("mi"), {},
                                         fromValue);
            }
            return result.join(QLatin1Char('.'));
        }
        // Other services: each run of customer labels becomes one host-N label.
        QStringList run;
        const auto flush = [&] {
            if (run.isEmpty())
                return;
            const QString original = run.join(QLatin1Char('.'));
            result.append(numbered(m_hostLabels, original.toLower(), original, QStringLiteral("host"),
                                   QStringLiteral("host"), QString(), fromValue));
            run.clear();
        };
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i < prefixCount && customer.contains(i)) {
                run.append(labels.at(i));
                continue;
            }
            flush();
            result.append(labels.at(i).toLower());
        }
        flush();
        return result.join(QLatin1Char('.'));
    }

    // A user, the machine, a host's single label, an instance label or a zone id standing alone.
    std::optional<QString> literalPlaceholder(const QString &token, Scope scope, bool insideName)
    {
        if (token.isEmpty())
            return std::nullopt;
        const QString key = token.toLower();
        const bool anyWord = scope == Scope::Value || insideName || isDistinctive(token);
        for (Mappings *mappings : { &m_users, &m_machines }) {
            const auto it = mappings->find(key);
            if (it != mappings->end() && it->fromValue && anyWord)
                return use(*it, false);
        }
        // The target's own labels are replaced even when they are ordinary words, but then only as
        // spelt: a host "sql" hides "sql" and leaves "SQL Server" alone.
        for (Mappings *mappings : { &m_instances, &m_zones, &m_hostLabels }) {
            const auto it = mappings->find(key);
            if (it == mappings->end() || !(it->fromValue || mappings == &m_zones))
                continue;
            if (anyWord || token == it->original)
                return use(*it, false);
        }
        return std::nullopt;
    }

    QJsonValue jsonValue(const QJsonValue &value, const QString &key)
    {
        if (value.isString()) {
            const QString text = value.toString();
            if (isHostKey(key))
                return hostField(text, allowsSingleLabelHost(key));
            if (key == QLatin1String("user") && !text.isEmpty())
                return userPlaceholder(text, true); // the login the login check used

            if (const auto placeholder = literalPlaceholder(text, Scope::Value, false))
                return *placeholder;
            return scan(text, Scope::Sentence);
        }
        if (value.isArray()) {
            QJsonArray array;
            const QJsonArray items = value.toArray();
            for (const QJsonValue &item : items)
                array.append(jsonValue(item, key));
            return array;
        }
        if (value.isObject()) {
            QJsonObject object;
            const QJsonObject items = value.toObject();
            for (auto it = items.constBegin(); it != items.constEnd(); ++it)
                object.insert(it.key(), jsonValue(it.value(), it.key()));
            return object;
        }
        return value;
    }

    struct Span {
        qsizetype start = 0;
        qsizetype end = 0;
        QString replacement;
    };

    // The input as the user gave it (without its password, which the parser dropped): the server
    // and the user are learnt from the parse, values of user and password keys are replaced in place,
    // the rest is scanned.
    QString connectionText(const QString &text)
    {
        if (text.isEmpty())
            return text;
        const ConnectionParse parse = parseConnectionInput(text);
        if (parse.settings) {
            hostField(parse.settings->target.host, true);
            if (!parse.settings->hostNameInCertificate.isEmpty())
                hostField(parse.settings->hostNameInCertificate, true);
            if (!parse.settings->user.isEmpty())
                userPlaceholder(parse.settings->user, true);
        }
        QString out;
        qsizetype position = 0;
        for (const Span &span : valuesToReplace(text)) {
            out += scan(text.mid(position, span.start - position), Scope::Value);
            out += span.replacement;
            position = span.end;
        }
        out += scan(text.mid(position), Scope::Value);
        return out;
    }

    // key=value pairs as SqlClient, ODBC and JDBC write them (';' between pairs, values in {…} or
    // quotes may hold ';'), and URL query items ('&' between them). Lenient: it runs on whatever a
    // report file holds, and a password value must go even when the rest cannot be parsed.
    QList<Span> valuesToReplace(const QString &text)
    {
        QList<Span> spans;
        // sqlserver://…?a=b&c=d; JDBC (jdbc:sqlserver://…;a=b) is key=value with ';' only.
        const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
        const bool url = schemeEnd > 0 && isUrlScheme(text.left(schemeEnd).trimmed());
        const auto separates = [url](QChar c) {
            const char16_t u = c.unicode();
            return u == u';' || (url && (u == u'&' || u == u'?'));
        };
        const qsizetype n = text.size();
        qsizetype i = 0;
        while (i < n) {
            const qsizetype keyStart = i;
            while (i < n && text.at(i).unicode() != u'=' && !separates(text.at(i)))
                ++i;
            if (i >= n)
                break;
            if (separates(text.at(i))) {
                ++i;
                continue;
            }
            QString key = text.mid(keyStart, i - keyStart);
            if (url)
                key = QUrl::fromPercentEncoding(key.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
            key = key.simplified().toLower();
            ++i; // '='
            while (i < n && text.at(i).unicode() == u' ')
                ++i;
            const qsizetype valueStart = i;
            QString value;
            bool closed = true;
            i = readValue(text, i, separates, &value, &closed);
            if (closed) {
                // Text after a closing quote belongs to no key: it goes with the value it follows.
                while (i < n && !separates(text.at(i)))
                    ++i;
            }
            if (!closed && !isSecretKey(key)) {
                // A quote or brace that never closes: the parser refuses such input, so only a file
                // holds it. A secret goes to the end; anything else ends at the next separator, so
                // the keys after it are still looked at.
                value.clear();
                i = valueStart;
                while (i < n && !separates(text.at(i)))
                    value += text.at(i++);
            }
            if (url)
                value = QUrl::fromPercentEncoding(value.toUtf8());
            value = value.trimmed();
            if (isSecretKey(key) && i > valueStart)
                spans.append(Span { valueStart, i, QStringLiteral("***") });
            else if (isUserKey(key) && !value.isEmpty())
                spans.append(Span { valueStart, i, userPlaceholder(value, true) });
            else if (isWorkstationKey(key) && !value.isEmpty())
                spans.append(Span { valueStart, i, machine(value) });
            else if (isServerKey(key) && !value.isEmpty())
                hostField(hostOfServerValue(value), true); // learnt here, replaced by the scan around it
        }
        return spans;
    }

    static bool isValueQuote(QChar c) { return c.unicode() == u'{' || c.unicode() == u'"' || c.unicode() == u'\''; }

    static qsizetype readValue(const QString &text, qsizetype i, const std::function<bool(QChar)> &separates,
                               QString *value, bool *closed)
    {
        const qsizetype n = text.size();
        if (i < n && isValueQuote(text.at(i))) {
            const char16_t close = text.at(i).unicode() == u'{' ? u'}' : text.at(i).unicode();
            ++i;
            while (i < n) {
                if (text.at(i).unicode() == close) {
                    if (i + 1 < n && text.at(i + 1).unicode() == close) { // doubled: a literal one
                        *value += text.at(i);
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                *value += text.at(i++);
            }
            *closed = false; // the rest is the value
            return i;
        }
        while (i < n && !separates(text.at(i)))
            *value += text.at(i++);
        return i;
    }

    // One left-to-right pass: addresses, names, user principal names and URL user info are replaced,
    // everything else is copied.
    QString scan(const QString &text, Scope scope)
    {
        if (text.isEmpty())
            return text;
        if (m_homeFolderOwnersFound && !m_scanningHomeFolders && homeFolder().match(text).hasMatch())
            return scanAroundHomeFolders(text, scope);
        if (!m_spacedUsers.isEmpty() && !m_scanningAroundUsers)
            return scanAroundSpacedUsers(text, scope);
        QString out;
        out.reserve(text.size());
        const qsizetype n = text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = text.at(i);
            const char16_t u = c.unicode();
            // "::::" is tried once, not at every colon.
            const bool colonRun = u == u':' && i > 0 && text.at(i - 1).unicode() == u':';
            if ((u == u':' || isHexDigit(u)) && !colonRun) {
                if (const qsizetype end = scanIpv6(text, i, out); end > i) {
                    i = end;
                    continue;
                }
            }
            if (isLabelChar(c) && u != u'-') {
                i = scanWord(text, i, scope, out);
                continue;
            }
            if (u == u'*' && i + 1 < n && text.at(i + 1).unicode() == u'.') {
                i = scanWord(text, i, scope, out);
                continue;
            }
            // '.', '-' and '*' in front of a word ("-10.0.0.9" in a range) are punctuation.
            out += c;
            ++i;
        }
        return out;
    }

    // User names with spaces or backslashes cannot be told by their shape: found as text first. Each
    // user's next occurrence is only ever searched for forward, so this stays linear per user.
    QString scanAroundSpacedUsers(const QString &text, Scope scope)
    {
        m_scanningAroundUsers = true;
        const QStringList users = m_spacedUsers;
        const auto nextOccurrence = [&text](const QString &user, qsizetype from) {
            qsizetype at = text.indexOf(user, from, Qt::CaseInsensitive);
            while (at >= 0) {
                const qsizetype end = at + user.size();
                if ((at == 0 || !isLabelChar(text.at(at - 1))) && (end >= text.size() || !isLabelChar(text.at(end))))
                    return at;
                at = text.indexOf(user, at + 1, Qt::CaseInsensitive);
            }
            return qsizetype(-1);
        };
        QList<qsizetype> next;
        for (const QString &user : users)
            next.append(nextOccurrence(user, 0));
        QString out;
        qsizetype position = 0;
        while (true) {
            qsizetype best = -1;
            for (qsizetype u = 0; u < users.size(); ++u) {
                if (next.at(u) >= 0 && next.at(u) < position)
                    next[u] = nextOccurrence(users.at(u), position);
                if (next.at(u) >= 0
                    && (best < 0 || next.at(u) < next.at(best)
                        || (next.at(u) == next.at(best) && users.at(u).size() > users.at(best).size())))
                    best = u;
            }
            if (best < 0)
                break;
            out += scan(text.mid(position, next.at(best) - position), scope);
            out += userPlaceholder(users.at(best), false);
            position = next.at(best) + users.at(best).size();
        }
        out += scan(text.mid(position), scope);
        m_scanningAroundUsers = false;
        return out;
    }

    // An IPv6 literal (with an optional /prefix) at `start`: its end, or -1.
    qsizetype scanIpv6(const QString &text, qsizetype start, QString &out)
    {
        const qsizetype n = text.size();
        qsizetype end = start;
        int colons = 0;
        int group = 0; // hex digits since the last colon: at most 4, unless an IPv4 tail follows
        bool dotted = false;
        while (end < n && end - start <= maxAddressText + 2) {
            const char16_t u = text.at(end).unicode();
            if (u == u':') {
                if (++colons > 8)
                    return -1;
                group = 0;
            } else if (u == u'.') {
                dotted = true;
            } else if (!isHexDigit(u)) {
                break;
            } else if (++group > 4 && !dotted) {
                return -1; // a hash or a fingerprint, not an address; cheap to tell before parsing
            }
            ++end;
        }
        if (colons < 2)
            return -1;
        // A sentence may go on right after the address: "… fe80::1." or "fe80::1: no answer".
        while (end > start && text.at(end - 1).unicode() == u'.')
            --end;
        if (end - start >= 2 && text.at(end - 1).unicode() == u':' && text.at(end - 2).unicode() != u':')
            --end;
        if (end - start > maxAddressText)
            return -1;
        if (end < n && (isLabelChar(text.at(end)) && text.at(end).unicode() != u'-'))
            return -1; // part of a longer word
        QHostAddress address;
        if (!address.setAddress(text.mid(start, end - start)) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return -1;
        return emitAddress(text, start, end, address, 128, out);
    }

    // The address text[start, end) or, with a /prefix after it, the subnet.
    qsizetype emitAddress(const QString &text, qsizetype start, qsizetype end, const QHostAddress &address,
                          int maxPrefix, QString &out)
    {
        const qsizetype n = text.size();
        if (end + 1 < n && text.at(end).unicode() == u'/' && isAsciiDigit(text.at(end + 1).unicode())) {
            qsizetype p = end + 1;
            int prefix = 0;
            while (p < n && p - end <= 3 && isAsciiDigit(text.at(p).unicode()))
                prefix = prefix * 10 + (text.at(p++).unicode() - u'0');
            if (prefix <= maxPrefix && !(p < n && isAsciiDigit(text.at(p).unicode()))) {
                out += subnetPlaceholder(address, prefix, text.mid(start, p - start));
                return p;
            }
        }
        out += addressPlaceholder(address, text.mid(start, end - start));
        return end;
    }

    // The word at `start`: an address, a URL's scheme, user@domain, a name or something else.
    qsizetype scanWord(const QString &text, qsizetype start, Scope scope, QString &out)
    {
        const qsizetype n = text.size();
        qsizetype end = start;
        while (end < n && isWordChar(text.at(end)))
            ++end;
        qsizetype coreEnd = end; // without the full stop or dash that follows it
        while (coreEnd > start && (text.at(coreEnd - 1).unicode() == u'.' || text.at(coreEnd - 1).unicode() == u'-'))
            --coreEnd;
        const QString core = text.mid(start, coreEnd - start);
        const QString tail = text.mid(coreEnd, end - coreEnd);
        if (core.isEmpty()) {
            out += tail;
            return end;
        }
        if (tail.isEmpty() && end < n) {
            if (text.mid(end, 3) == QLatin1String("://") && isUrlScheme(core)) {
                out += core + QLatin1String("://");
                return scanUrlAuthority(text, end + 3, out);
            }
            if (text.at(end).unicode() == u'@') {
                if (const qsizetype after = scanUserAtDomain(text, start, end, out); after > end)
                    return after;
            }
        }
        if (!m_protected.contains(core)) {
            if (const auto v4 = parseIpv4(core)) {
                if (tail.isEmpty())
                    return emitAddress(text, start, coreEnd, *v4, 32, out);
                out += addressPlaceholder(*v4, core) + tail;
                return end;
            }
        }
        out += wordPlaceholder(core, scope) + tail;
        return end;
    }

    QString wordPlaceholder(const QString &word, Scope scope)
    {
        if (m_protected.contains(word))
            return word;
        if (const auto placeholder = literalPlaceholder(word, scope, false))
            return *placeholder;
        if (!word.contains(QLatin1Char('.')))
            return word; // neither a name nor an address can be in it
        if (const auto placeholder = hostPlaceholder(word, false))
            return *placeholder;
        return unrecognisedWord(word, scope);
    }

    // Not a name as a whole: addresses glued into it ("10.0.0.4-10.0.0.9", not "v1.2.3.4") and known
    // labels in it ("sim-mi.public.51a7ed0c0de5…", cut short by the ellipsis) are still replaced.
    QString unrecognisedWord(const QString &word, Scope scope)
    {
        QString out;
        const qsizetype n = word.size();
        const bool dotted = word.contains(QLatin1Char('.'));
        qsizetype segment = 0;
        qsizetype i = 0;
        while (i < n) {
            const char16_t u = word.at(i).unicode();
            const char16_t before = i > 0 ? word.at(i - 1).unicode() : u' ';
            if (!isAsciiDigit(u) || !(i == 0 || before == u'-' || before == u'_')) {
                ++i;
                continue;
            }
            qsizetype runEnd = i;
            while (runEnd < n && (isAsciiDigit(word.at(runEnd).unicode()) || word.at(runEnd).unicode() == u'.'))
                ++runEnd;
            qsizetype end = runEnd;
            while (end > i && word.at(end - 1).unicode() == u'.')
                --end;
            // "10.0.0.4abc" is hidden too: a letter after it makes it no less an address.
            const QString candidate = word.mid(i, end - i);
            if (!m_protected.contains(candidate)) {
                if (const auto v4 = parseIpv4(candidate)) {
                    out += knownLabels(word.mid(segment, i - segment), scope, dotted);
                    out += addressPlaceholder(*v4, candidate);
                    segment = end;
                }
            }
            i = runEnd;
        }
        out += knownLabels(word.mid(segment), scope, dotted);
        return out;
    }

    QString knownLabels(const QString &text, Scope scope, bool insideName)
    {
        if (text.isEmpty())
            return text;
        QStringList labels = text.split(QLatin1Char('.'));
        for (QString &label : labels) {
            if (const auto placeholder = literalPlaceholder(label, scope, insideName))
                label = *placeholder;
        }
        return labels.join(QLatin1Char('.'));
    }

    // "app@contoso.com": a user principal name (or e-mail address) is a user, wherever it stands.
    qsizetype scanUserAtDomain(const QString &text, qsizetype start, qsizetype at, QString &out)
    {
        const qsizetype n = text.size();
        qsizetype end = at + 1;
        while (end < n && isWordChar(text.at(end)))
            ++end;
        while (end > at + 1 && (text.at(end - 1).unicode() == u'.' || text.at(end - 1).unicode() == u'-'))
            --end;
        const QString user = text.mid(start, end - start);
        const QString domain = text.mid(at + 1, end - at - 1);
        const QStringList labels = domain.split(QLatin1Char('.'));
        const bool principalName = labels.size() >= 2 && isHostNameSyntax(labels) && labels.constLast().size() >= 2
            && std::all_of(labels.constLast().cbegin(), labels.constLast().cend(), isLetter);
        const auto known = m_users.find(user.toLower());
        if (!principalName && (known == m_users.end() || !known->fromValue))
            return -1;
        out += userPlaceholder(user, false);
        return end;
    }

    // After "scheme://": user info is replaced (a password in it becomes ***), the host is left to
    // the scanner, and a link to documentation is copied whole: its path may hold dotted words
    // (…/api/microsoft.data.sqlclient.sqlconnection) that are no names.
    qsizetype scanUrlAuthority(const QString &text, qsizetype start, QString &out)
    {
        const qsizetype n = text.size();
        qsizetype end = start;
        while (end < n && end - start < maxAuthorityText && !endsUrlAuthority(text.at(end)))
            ++end;
        qsizetype at = -1; // the last '@' of the authority: a user name may hold one
        if (end - start < maxAuthorityText) {
            for (qsizetype i = start; i < end; ++i) {
                if (text.at(i).unicode() == u'@')
                    at = i;
            }
        }
        qsizetype host = start;
        if (at >= 0) {
            const QString userInfo = text.mid(start, at - start);
            const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
            const QString user = colon < 0 ? userInfo : userInfo.left(colon);
            if (!user.isEmpty())
                out += userPlaceholder(QUrl::fromPercentEncoding(user.toUtf8()), true);
            if (colon >= 0)
                out += colon + 1 < userInfo.size() ? QStringLiteral(":***") : QStringLiteral(":");
            out += QLatin1Char('@');
            host = at + 1;
        }
        qsizetype hostEnd = host;
        while (hostEnd < n && isWordChar(text.at(hostEnd)))
            ++hostEnd;
        if (hostEnd > host && isDocumentationName(text.mid(host, hostEnd - host).toLower())) {
            qsizetype urlEnd = hostEnd;
            while (urlEnd < n && isDocumentationPathChar(text.at(urlEnd)))
                ++urlEnd;
            out += text.mid(host, urlEnd - host);
            return urlEnd;
        }
        return host;
    }

    const Report &m_report;
    const bool m_alreadyRedacted;
    Pass m_pass = Pass::Discover;
    bool m_homeFolderOwnersFound = false;
    bool m_scanningHomeFolders = false;
    QSet<QString> m_protected; // check and finding ids, SQL Server versions
    QSet<QString> m_documentationHosts; // hosts of the findings' sources
    QHash<QString, int> m_counters; // placeholder stem → highest number given
    Mappings m_hosts; // full names, lower case
    Mappings m_instances; // first labels of Azure SQL names → mi-N
    Mappings m_zones; // DNS zone ids → zone-N
    Mappings m_hostLabels; // single-label hosts and the customer's labels of other Azure names → host-N
    Mappings m_addresses; // QHostAddress::toString() → <class>-address-N
    Mappings m_subnets;
    Mappings m_users;
    Mappings m_machines;
    QStringList m_spacedUsers;
    bool m_scanningAroundUsers = false;
    QList<RedactionEntry> m_entries; // in order of first appearance
    QList<bool> m_used; // entries the written copy uses
};

} // namespace

RedactedReport redactReport(const Report &report)
{
    return ReportRedactor(report).run();
}

QString redactionLegendToText(const QList<RedactionEntry> &legend)
{
    QString text;
    for (const RedactionEntry &entry : legend) {
        QString original = entry.original;
        for (QChar &c : original) {
            const QChar::Category category = c.category();
            if (category == QChar::Other_Control || category == QChar::Separator_Line
                || category == QChar::Separator_Paragraph)
                c = QLatin1Char(' ');
        }
        text += entry.placeholder + QStringLiteral(" = ") + original + QLatin1Char('\n');
    }
    return text;
}

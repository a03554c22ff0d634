// Redaction (--redact): no host name, zone id, address, subnet, user or machine name of the original
// survives anywhere in the redacted report's JSON or text; the placeholders are stable within a
// report, keep the address class and the Azure structure; ids, versions, numbers, JSON keys and the
// documentation links are untouched; the legend lists every replacement.
#include "report/redaction.h"
#include "report/reportjson.h"
#include "report/textreport.h"
#include "support/clirunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

const QString instanceLabel = "contoso-mi";
const QString zoneId = "a1b2c3d4e5f6";
const QString vnetHost = "contoso-mi.a1b2c3d4e5f6.database.windows.net";
const QString docsUrl = "https://learn.microsoft.com/azure/azure-sql/managed-instance/private-endpoint-overview";
const QString tdsUrl = "https://learn.microsoft.com/sql/relational-databases/security/networking/tds-8";

QString jsonText(const Report &report)
{
    return QString::fromUtf8(QJsonDocument(reportToJson(report)).toJson());
}

// Everything a redacted report can be shared as.
QString everything(const Report &report)
{
    return jsonText(report) + reportToText(report);
}

QString placeholderOf(const QList<RedactionEntry> &legend, const QString &original)
{
    for (const RedactionEntry &entry : legend) {
        if (entry.original.compare(original, Qt::CaseInsensitive) == 0)
            return entry.placeholder;
    }
    return {};
}

QString legendKindOf(const QList<RedactionEntry> &legend, const QString &original)
{
    for (const RedactionEntry &entry : legend) {
        if (entry.original.compare(original, Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return {};
}

// The report's JSON with every string blanked: keys, numbers, booleans and shape stay to compare.
QJsonValue skeleton(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("s");
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(skeleton(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject items = value.toObject();
        for (auto it = items.constBegin(); it != items.constEnd(); ++it)
            object.insert(it.key(), skeleton(it.value()));
        return object;
    }
    return value;
}

Report emptyReport()
{
    Report report;
    report.toolVersion = "0.1.0";
    report.created = QDateTime(QDate(2026, 11, 26), QTime(8, 30), Qt::UTC);
    report.environment = { "build-agent-7", "Debian GNU/Linux 12 (bookworm)", "en" };
    return report;
}

// One sentence in a finding's evidence, nothing else to learn from.
Report reportWithEvidence(const QString &evidence)
{
    Report report = emptyReport();
    report.environment.machine.clear();
    report.findings.append(
        Finding { "tcp.gateway-filtered", Severity::Error, "Filtered", "Nothing answered.", evidence, {}, {} });
    return report;
}

QString redactedEvidence(const QString &evidence)
{
    return redactReport(reportWithEvidence(evidence)).report.findings.constFirst().evidence;
}

// A private-endpoint setup seen from an on-premises build agent, with every kind of name and address.
Report contosoReport()
{
    Report report = emptyReport();
    report.input.text = "Server=tcp:" + vnetHost
        + ",1433;Database=sales;User ID=app@contoso.com;Authentication=ActiveDirectoryPassword;Encrypt=True";
    report.input.form = "ado.net";
    report.input.passwordPresent = true;
    report.input.host = vnetHost;
    report.input.port = 1433;
    report.input.scenarioId = "on-premises";
    report.input.subnet = "10.20.0.0/27";
    report.input.endpointKind = EndpointKind::VnetLocal;

    report.checks.append(CheckResult {
        "dns.resolve", "Resolve the host name", CheckStatus::Pass, 3.2,
        vnetHost + " → contoso-mi.privatelink.a1b2c3d4e5f6.database.windows.net → 10.20.0.4",
        QJsonObject {
            { "host", vnetHost },
            { "outcome", "resolved" },
            { "addresses", QJsonArray { "10.20.0.4" } },
            { "address_classes", QJsonArray { "private" } },
            { "cname_chain", QJsonArray { vnetHost, "contoso-mi.privatelink.a1b2c3d4e5f6.database.windows.net" } },
            { "dns_addresses", QJsonArray { "10.20.0.4", "fd12:3456:789a::4" } },
            { "system_ms", 3.2 },
        } });
    report.checks.append(CheckResult {
        "tcp.gateway", "Connect to the gateway", CheckStatus::Pass, 12.5,
        "10.20.0.4:1433: 10 of 10 connects open; median 1.20 ms",
        QJsonObject {
            { "address", "10.20.0.4" },
            { "port", 1433 },
            { "samples",
              QJsonArray { QJsonObject {
                  { "address", "10.20.0.4" }, { "port", 1433 }, { "state", "open" }, { "rtt_ms", 1.2 } } } },
        } });
    report.checks.append(CheckResult { "tds.prelogin", "Ask for SQL Server (PRELOGIN)", CheckStatus::Pass, 0.2,
                                       "SQL Server 2022 (16.0.4165.4) answered in 0.10 ms; encryption required",
                                       QJsonObject { { "address", "10.20.0.4" },
                                                     { "version", "16.0.4165.4" },
                                                     { "product", "SQL Server 2022" },
                                                     { "bytes", 38 } } });
    report.checks.append(CheckResult {
        "tls.tds7", "TLS as Encrypt=True gets it", CheckStatus::Fail, 11.7,
        "TLS 1.2, ECDHE-RSA-AES256-GCM-SHA384; certificate sql.contoso.com issued by Contoso TLS Inspection CA",
        QJsonObject {
            { "host_name", vnetHost },
            { "cipher", "ECDHE-RSA-AES256-GCM-SHA384" },
            { "protocol", "TLS 1.2" },
            { "chain",
              QJsonArray {
                  QJsonObject {
                      { "subject", "sql.contoso.com" },
                      { "issuer", "Contoso TLS Inspection CA" },
                      { "sans",
                        QJsonArray { "sql.contoso.com", "*.a1b2c3d4e5f6.database.windows.net",
                                     "contoso-mi.public.a1b2c3d4e5f6.database.windows.net", "20.61.7.9" } },
                      { "not_after", "2046-11-21T07:05:21Z" },
                  },
                  QJsonObject {
                      { "subject", "Microsoft Azure RSA TLS Issuing CA 03" },
                      { "issuer", "DigiCert Global Root G2" },
                      { "sans", QJsonArray {} },
                  },
              } },
            { "errors", QJsonArray { "The host name did not match any of the valid hosts for this certificate" } },
        } });
    report.checks.append(CheckResult {
        "redirect.subnet", "Find the nodes in the subnet", CheckStatus::Warn, 1001.0,
        "2 node(s) answer on 1433: 10.20.0.9, 10.20.0.20; no answer from 100.64.3.2",
        QJsonObject {
            { "subnet", "10.20.0.0/27" },
            { "gateway", "10.20.0.4" },
            { "nodes", QJsonArray { "10.20.0.9", "10.20.0.20" } },
            { "probes",
              QJsonArray {
                  QJsonObject { { "address", "10.20.0.9" }, { "port", 1433 }, { "state", "open" } },
                  QJsonObject { { "address", "2001:db8:5::9" }, { "port", 1433 }, { "state", "filtered" } } } },
        } });

    report.findings.append(Finding { "tls.certificate-name-mismatch",
                                     Severity::Error,
                                     "The certificate does not match the host name",
                                     "Drivers that validate the certificate (the default in ODBC 18 and "
                                     "Microsoft.Data.SqlClient 4 and later) reject it.",
                                     "Encrypt=True: the certificate names sql.contoso.com, not " + vnetHost,
                                     { "Connect with the instance's real host name.",
                                       "Or set HostNameInCertificate to the name in the certificate." },
                                     { tdsUrl, docsUrl } });
    report.findings.append(
        Finding { "input.endpoint-not-for-scenario",
                  Severity::Warning,
                  "Not the endpoint for this scenario",
                  "",
                  "the public-endpoint scenario needs contoso-mi.public.a1b2c3d4e5f6… on port 3342, but " + vnetHost
                      + " is the VNet-local name",
                  {},
                  { docsUrl } });
    report.findings.append(Finding {
        "dns.public-address-inside-vnet",
        Severity::Error,
        "A public address from inside the VNet",
        "",
        "this machine uses 168.63.129.16 for CONTOSO-MI.A1B2C3D4E5F6.DATABASE.WINDOWS.NET, but DNS answers 20.61.7.9 "
        "via [fe80::1%eth0]:53 and 169.254.169.254; the alias sqlalias.contoso.com points at myapp.trafficmanager.net",
        { "Forward database.windows.net (or the instance's zone) to Azure DNS (168.63.129.16).",
          "See " + docsUrl + " for details." },
        { docsUrl } });
    report.findings.append(
        Finding { "tcp.gateway-filtered",
                  Severity::Error,
                  "Nothing answers on the gateway port",
                  "",
                  "1433 on 10.20.0.4: no answer within 3000 ms; build-agent-7 routes via 100.64.3.2 to 10.20.0.0/27",
                  { "Test the path as https://nmap.org/book/man-port-scanning-basics.html describes." },
                  { "https://learn.microsoft.com/azure/azure-sql/managed-instance/connectivity-architecture-overview",
                    "https://nmap.org/book/man-port-scanning-basics.html" } });
    return report;
}

// Everything in contosoReport() that must not be seen again.
QStringList contosoOriginals()
{
    return { instanceLabel,     zoneId,       "sql.contoso.com", "sqlalias",
             "app@contoso.com", "myapp",      "build-agent-7",   "10.20.0.4",
             "10.20.0.9",       "10.20.0.20", "10.20.0.0",       "fd12:3456:789a::4",
             "20.61.7.9",       "100.64.3.2", "fe80::1",         "169.254.169.254",
             "2001:db8:5::9" };
}

QStringList stringsOf(const QJsonValue &value)
{
    if (value.isString())
        return { value.toString() };
    QStringList strings;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            strings += stringsOf(item);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            strings += stringsOf(it.value());
    }
    return strings;
}

QStringList checkIds(const Report &report)
{
    QStringList ids;
    for (const CheckResult &check : report.checks)
        ids.append(check.id);
    return ids;
}

QStringList findingIds(const Report &report)
{
    QStringList ids;
    for (const Finding &finding : report.findings)
        ids.append(finding.id);
    return ids;
}

QList<QStringList> findingSources(const Report &report)
{
    QList<QStringList> sources;
    for (const Finding &finding : report.findings)
        sources.append(finding.sources);
    return sources;
}

} // namespace

class tst_Redaction : public QObject {
    Q_OBJECT

private slots:
    void handMadeReportKeepsNothingOriginal();
    void placeholdersAreStableAndStructured();
    void whatIsNotANameStays();
    void keysNumbersIdsAndSourcesStay();
    void legendListsEveryReplacement();
    void addresses_data();
    void addresses();
    void hostNames_data();
    void hostNames();
    void connectionStrings_data();
    void connectionStrings();
    void labelsStandingAlone_data();
    void labelsStandingAlone();
    void ordinaryWordsStayInSentences();
    void redactingTwiceChangesNothing();
    void newOriginalsInARedactedReportAreNumberedOn();
    void randomReports();
    void hostileInput_data();
    void hostileInput();
    void deepAndOddJson();
    void legendAsText();
    void demoReports_data();
    void demoReports();
    void homeFolderOwners();
};

void tst_Redaction::handMadeReportKeepsNothingOriginal()
{
    const Report original = contosoReport();
    const RedactedReport redacted = redactReport(original);
    QVERIFY(redacted.report.redacted);
    QVERIFY(!original.redacted);

    const QString shared = everything(redacted.report);
    for (const QString &secret : contosoOriginals())
        QVERIFY2(!shared.contains(secret, Qt::CaseInsensitive),
                 qPrintable(secret + " is still in the redacted report"));
    // And the originals were really there to begin with.
    const QString before = everything(original);
    for (const QString &secret : contosoOriginals())
        QVERIFY2(before.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
}

void tst_Redaction::placeholdersAreStableAndStructured()
{
    const Report redacted = redactReport(contosoReport()).report;
    const QString host = "mi-1.zone-1.database.windows.net";

    QCOMPARE(redacted.input.host, host);
    QCOMPARE(redacted.input.text,
             "Server=tcp:" + host
                 + ",1433;Database=sales;User ID=user-1;Authentication=ActiveDirectoryPassword;Encrypt=True");
    QCOMPARE(redacted.input.subnet, "private-subnet-1/27");
    QCOMPARE(redacted.environment.machine, "machine-1");
    QCOMPARE(redacted.environment.os, "Debian GNU/Linux 12 (bookworm)");

    const CheckResult &dns = redacted.checks.at(0);
    QCOMPARE(dns.summary, host + " → mi-1.privatelink.zone-1.database.windows.net → private-address-1");
    QCOMPARE(dns.data.value("host").toString(), host);
    QCOMPARE(dns.data.value("addresses").toArray(), QJsonArray { "private-address-1" });
    QCOMPARE(dns.data.value("cname_chain").toArray(),
             (QJsonArray { host, "mi-1.privatelink.zone-1.database.windows.net" }));
    QCOMPARE(dns.data.value("dns_addresses").toArray(), (QJsonArray { "private-address-1", "unique-local-address-1" }));

    const CheckResult &tcp = redacted.checks.at(1);
    QCOMPARE(tcp.summary, "private-address-1:1433: 10 of 10 connects open; median 1.20 ms");
    QCOMPARE(tcp.data.value("samples").toArray().at(0).toObject().value("address").toString(), "private-address-1");

    const QJsonObject leaf = redacted.checks.at(3).data.value("chain").toArray().at(0).toObject();
    QCOMPARE(redacted.checks.at(3).data.value("host_name").toString(), host);
    QCOMPARE(leaf.value("subject").toString(), "host-1.example");
    QCOMPARE(leaf.value("sans").toArray(),
             (QJsonArray { "host-1.example", "*.zone-1.database.windows.net", "mi-1.public.zone-1.database.windows.net",
                           "public-address-1" }));
    QCOMPARE(redacted.checks.at(3).summary,
             "TLS 1.2, ECDHE-RSA-AES256-GCM-SHA384; certificate host-1.example issued by Contoso TLS Inspection CA");

    const CheckResult &subnet = redacted.checks.at(4);
    QCOMPARE(subnet.summary,
             "2 node(s) answer on 1433: private-address-2, private-address-3; no answer from cgnat-address-1");
    QCOMPARE(subnet.data.value("subnet").toString(), "private-subnet-1/27");
    QCOMPARE(subnet.data.value("gateway").toString(), "private-address-1");
    QCOMPARE(subnet.data.value("nodes").toArray(), (QJsonArray { "private-address-2", "private-address-3" }));
    QCOMPARE(subnet.data.value("probes").toArray().at(1).toObject().value("address").toString(),
             "documentation-address-1");

    QCOMPARE(redacted.findings.at(0).evidence, "Encrypt=True: the certificate names host-1.example, not " + host);
    // The lint writes the public name cut short: the instance label and the zone id stand alone.
    QCOMPARE(redacted.findings.at(1).evidence,
             "the public-endpoint scenario needs mi-1.public.zone-1… on port 3342, but " + host
                 + " is the VNet-local name");
    // A capitalised spelling is the same host; Azure DNS stays; a scoped link-local address keeps its scope.
    QCOMPARE(redacted.findings.at(2).evidence,
             "this machine uses 168.63.129.16 for " + host
                 + ", but DNS answers public-address-1 via "
                   "[link-local-address-1%eth0]:53 and link-local-address-2; the alias host-2.example points at "
                   "host-3.trafficmanager.net");
    QCOMPARE(redacted.findings.at(3).evidence,
             "1433 on private-address-1: no answer within 3000 ms; machine-1 routes via cgnat-address-1 to "
             "private-subnet-1/27");
}

void tst_Redaction::whatIsNotANameStays()
{
    const Report original = contosoReport();
    const Report redacted = redactReport(original).report;
    QCOMPARE(redacted.checks.at(2).summary, original.checks.at(2).summary); // SQL Server 2022 (16.0.4165.4)
    QCOMPARE(redacted.checks.at(2).data,
             (QJsonObject { { "address", "private-address-1" },
                            { "version", "16.0.4165.4" },
                            { "product", "SQL Server 2022" },
                            { "bytes", 38 } }));
    const QJsonObject tls = redacted.checks.at(3).data;
    QCOMPARE(tls.value("cipher").toString(), "ECDHE-RSA-AES256-GCM-SHA384");
    QCOMPARE(tls.value("protocol").toString(), "TLS 1.2");
    QCOMPARE(tls.value("errors"), original.checks.at(3).data.value("errors"));
    const QJsonObject leaf = tls.value("chain").toArray().at(0).toObject();
    QCOMPARE(leaf.value("issuer").toString(), "Contoso TLS Inspection CA");
    QCOMPARE(leaf.value("not_after").toString(), "2046-11-21T07:05:21Z");
    const QJsonObject root = tls.value("chain").toArray().at(1).toObject();
    QCOMPARE(root.value("subject").toString(), "Microsoft Azure RSA TLS Issuing CA 03");
    QCOMPARE(root.value("issuer").toString(), "DigiCert Global Root G2");
    for (int i = 0; i < original.checks.size(); ++i)
        QCOMPARE(redacted.checks.at(i).title, original.checks.at(i).title);
    for (int i = 0; i < original.findings.size(); ++i) {
        QCOMPARE(redacted.findings.at(i).title, original.findings.at(i).title);
        QCOMPARE(redacted.findings.at(i).explanation, original.findings.at(i).explanation);
    }
    // Remedies keep Azure's suffix, Azure DNS and a documentation link, path and all.
    QCOMPARE(redacted.findings.at(2).remedy, original.findings.at(2).remedy);
    QCOMPARE(redacted.findings.at(0).remedy, original.findings.at(0).remedy);
    // A site the findings cite is documentation, wherever it is linked.
    QCOMPARE(redacted.findings.at(3).remedy, original.findings.at(3).remedy);
}

void tst_Redaction::keysNumbersIdsAndSourcesStay()
{
    Report original = contosoReport();
    const Report redacted = redactReport(original).report;
    original.redacted = true; // the one thing that changes besides strings
    QCOMPARE(skeleton(reportToJson(redacted)), skeleton(reportToJson(original)));
    QCOMPARE(checkIds(redacted), checkIds(original));
    QCOMPARE(findingIds(redacted), findingIds(original));
    QCOMPARE(findingSources(redacted), findingSources(original));
    QCOMPARE(redacted.input.port, original.input.port);
    QCOMPARE(redacted.input.scenarioId, original.input.scenarioId);
    QCOMPARE(redacted.input.endpointKind, original.input.endpointKind);
    QCOMPARE(redacted.created, original.created);
    QCOMPARE(redacted.toolVersion, original.toolVersion);

    // The redacted report is still a report: it reads back, marked as redacted.
    const ReportReadResult read = reportFromJson(QJsonDocument(reportToJson(redacted)).toJson());
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY(read.report->redacted);
    QCOMPARE(read.report->input.host, redacted.input.host);
}

void tst_Redaction::legendListsEveryReplacement()
{
    const RedactedReport redacted = redactReport(contosoReport());
    const QList<RedactionEntry> &legend = redacted.legend;

    QCOMPARE(legendKindOf(legend, instanceLabel), "instance");
    QCOMPARE(placeholderOf(legend, instanceLabel), "mi-1");
    QCOMPARE(legendKindOf(legend, zoneId), "zone");
    QCOMPARE(placeholderOf(legend, zoneId), "zone-1");
    QCOMPARE(legendKindOf(legend, vnetHost), "host");
    QCOMPARE(placeholderOf(legend, vnetHost), "mi-1.zone-1.database.windows.net");
    QCOMPARE(placeholderOf(legend, "contoso-mi.privatelink.a1b2c3d4e5f6.database.windows.net"),
             "mi-1.privatelink.zone-1.database.windows.net");
    QCOMPARE(placeholderOf(legend, "*.a1b2c3d4e5f6.database.windows.net"), "*.zone-1.database.windows.net");
    QCOMPARE(placeholderOf(legend, "sql.contoso.com"), "host-1.example");
    QCOMPARE(placeholderOf(legend, "myapp.trafficmanager.net"), "host-3.trafficmanager.net");
    QCOMPARE(legendKindOf(legend, "app@contoso.com"), "user");
    QCOMPARE(placeholderOf(legend, "app@contoso.com"), "user-1");
    QCOMPARE(legendKindOf(legend, "build-agent-7"), "machine");
    QCOMPARE(placeholderOf(legend, "build-agent-7"), "machine-1");
    QCOMPARE(legendKindOf(legend, "10.20.0.0/27"), "subnet");
    QCOMPARE(placeholderOf(legend, "10.20.0.0/27"), "private-subnet-1/27");
    QCOMPARE(legendKindOf(legend, "10.20.0.4"), "address");
    QCOMPARE(placeholderOf(legend, "10.20.0.4"), "private-address-1");
    QCOMPARE(placeholderOf(legend, "fd12:3456:789a::4"), "unique-local-address-1");
    QCOMPARE(placeholderOf(legend, "20.61.7.9"), "public-address-1");
    QCOMPARE(placeholderOf(legend, "100.64.3.2"), "cgnat-address-1");
    QCOMPARE(placeholderOf(legend, "169.254.169.254"), "link-local-address-2");
    QCOMPARE(placeholderOf(legend, "2001:db8:5::9"), "documentation-address-1");
    QVERIFY(placeholderOf(legend, "168.63.129.16").isEmpty()); // kept, so not in the legend

    // Every original that disappeared is in the legend, every entry is used, none twice.
    for (const QString &secret : contosoOriginals()) {
        const bool listed = std::any_of(legend.cbegin(), legend.cend(), [&](const RedactionEntry &entry) {
            return entry.original.contains(secret, Qt::CaseInsensitive);
        });
        QVERIFY2(listed, qPrintable(secret + " is not in the legend"));
    }
    const QString shared = everything(redacted.report);
    QSet<QString> placeholders;
    QSet<QString> originals;
    for (const RedactionEntry &entry : legend) {
        QVERIFY2(shared.contains(entry.placeholder),
                 qPrintable(entry.placeholder + " is in the legend but not the report"));
        QVERIFY2(!placeholders.contains(entry.placeholder),
                 qPrintable(entry.placeholder + " stands for two originals"));
        QVERIFY2(!originals.contains(entry.original.toLower()), qPrintable(entry.original + " has two placeholders"));
        placeholders.insert(entry.placeholder);
        originals.insert(entry.original.toLower());
        QVERIFY(!entry.kind.isEmpty());
    }
    // In order of first appearance: the input's host comes first, its parts before it.
    QCOMPARE(legend.at(0).placeholder, "mi-1");
    QCOMPARE(legend.at(1).placeholder, "zone-1");
    QCOMPARE(legend.at(2).placeholder, "mi-1.zone-1.database.windows.net");
}

void tst_Redaction::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("private with port") << "1433 on 10.0.0.4:1433: no answer"
                                       << "1433 on private-address-1:1433: no answer";
    QTest::newRow("public") << "DNS answers 20.50.60.70."
                            << "DNS answers public-address-1.";
    QTest::newRow("cgnat") << "via 100.64.0.9"
                           << "via cgnat-address-1";
    QTest::newRow("link-local") << "169.254.1.1"
                                << "link-local-address-1";
    QTest::newRow("loopback") << "127.0.0.1 and 127.169.27.68"
                              << "loopback-address-1 and loopback-address-2";
    QTest::newRow("multicast") << "224.0.0.251"
                               << "multicast-address-1";
    QTest::newRow("same address twice") << "10.1.1.1, 10.1.1.2, 10.1.1.1"
                                        << "private-address-1, private-address-2, private-address-1";
    QTest::newRow("numbered per class") << "10.1.1.1 20.1.1.1 10.1.1.2 20.1.1.2"
                                        << "private-address-1 public-address-1 private-address-2 public-address-2";
    QTest::newRow("IPv6 bracketed with port") << "[2001:db8::1]:1433"
                                              << "[documentation-address-1]:1433";
    QTest::newRow("IPv6 public") << "2603:1020:203:9::5 answered"
                                 << "public-address-1 answered";
    QTest::newRow("IPv6 unique local") << "fd00::5:1433 and fd00::5"
                                       << "unique-local-address-1 and unique-local-address-2";
    QTest::newRow("IPv6 loopback") << "(::1)"
                                   << "(loopback-address-1)";
    QTest::newRow("IPv6 link-local with scope") << "fe80::1%eth0:"
                                                << "link-local-address-1%eth0:";
    QTest::newRow("IPv6 spelt two ways") << "2001:DB8:0:0::7 is 2001:db8::7"
                                         << "documentation-address-1 is documentation-address-1";
    QTest::newRow("IPv4-mapped IPv6") << "::ffff:10.1.2.3 is 10.1.2.3"
                                      << "private-address-1 is private-address-1";
    QTest::newRow("subnet") << "no address in 10.0.1.0/27 answers"
                            << "no address in private-subnet-1/27 answers";
    QTest::newRow("subnet and its network address") << "10.0.1.0/27 starts at 10.0.1.0"
                                                    << "private-subnet-1/27 starts at private-address-1";
    QTest::newRow("IPv6 subnet") << "fd00:1::/64"
                                 << "unique-local-subnet-1/64";
    QTest::newRow("prefix too long is a path") << "10.0.0.4/33"
                                               << "private-address-1/33";
    QTest::newRow("range") << "10.0.0.4-10.0.0.9"
                           << "private-address-1-private-address-2";
    QTest::newRow("glued to a word") << "node-10.0.0.9"
                                     << "node-private-address-1";
    QTest::newRow("in a URL") << "http://10.0.0.4:8080/x"
                              << "http://private-address-1:8080/x";
    QTest::newRow("Azure DNS stays") << "forward to 168.63.129.16"
                                     << "forward to 168.63.129.16";
    QTest::newRow("unspecified stays") << "bound to 0.0.0.0 and ::"
                                       << "bound to 0.0.0.0 and ::";
    QTest::newRow("default routes stay") << "a 0.0.0.0/0 or ::/0 route"
                                         << "a 0.0.0.0/0 or ::/0 route";
    QTest::newRow("version") << "SQL Server 2022 (16.0.4165.4)"
                             << "SQL Server 2022 (16.0.4165.4)";
    QTest::newRow("five parts") << "1.2.3.4.5"
                                << "1.2.3.4.5";
    QTest::newRow("octet too large") << "10.0.0.256"
                                     << "10.0.0.256";
    QTest::newRow("TLS version") << "TLS 1.2 and 1.3"
                                 << "TLS 1.2 and 1.3";
    QTest::newRow("time of day") << "at 08:30:01 UTC"
                                 << "at 08:30:01 UTC";
    QTest::newRow("timestamp") << "2046-11-21T07:05:21Z"
                               << "2046-11-21T07:05:21Z";
    QTest::newRow("C++ scope") << "QHostAddress::AnyIPv4"
                               << "QHostAddress::AnyIPv4";
    QTest::newRow("fingerprint") << "AB:CD:EF:01:23:45"
                                 << "AB:CD:EF:01:23:45";
    QTest::newRow("port range") << "11000-11999 reachable"
                                << "11000-11999 reachable";
    QTest::newRow("already a placeholder") << "private-address-7:1433"
                                           << "private-address-7:1433";
}

void tst_Redaction::addresses()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(redactedEvidence(text), expected);
}

void tst_Redaction::hostNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("VNet-local") << "mi.abc123def456.database.windows.net"
                                << "mi-1.zone-1.database.windows.net";
    QTest::newRow("public endpoint") << "mi.public.abc123def456.database.windows.net"
                                     << "mi-1.public.zone-1.database.windows.net";
    QTest::newRow("privatelink after the zone") << "mi.abc123def456.privatelink.database.windows.net"
                                                << "mi-1.zone-1.privatelink.database.windows.net";
    QTest::newRow("privatelink before the zone") << "mi.privatelink.abc123def456.database.windows.net"
                                                 << "mi-1.privatelink.zone-1.database.windows.net";
    QTest::newRow("wildcard") << "*.abc123def456.database.windows.net"
                              << "*.zone-1.database.windows.net";
    QTest::newRow("two instances, one zone")
        << "a.abc123def456.database.windows.net, b.abc123def456.database.windows.net"
        << "mi-1.zone-1.database.windows.net, mi-2.zone-1.database.windows.net";
    QTest::newRow("two zones") << "a.abc123def456.database.windows.net a.fedcba654321.database.windows.net"
                               << "mi-1.zone-1.database.windows.net mi-1.zone-2.database.windows.net";
    QTest::newRow("sovereign cloud") << "mi.abc123def456.database.chinacloudapi.cn"
                                     << "mi-1.zone-1.database.chinacloudapi.cn";
    QTest::newRow("fully qualified, end of sentence") << "resolved mi.abc123def456.database.windows.net."
                                                      << "resolved mi-1.zone-1.database.windows.net.";
    QTest::newRow("SQL Database server") << "contoso.database.windows.net"
                                         << "mi-1.database.windows.net";
    QTest::newRow("gateway") << "cr2.westeurope1-a.control.database.windows.net"
                             << "host-1.control.database.windows.net";
    QTest::newRow("traffic manager") << "myapp.trafficmanager.net"
                                     << "host-1.trafficmanager.net";
    QTest::newRow("storage private link") << "acct.privatelink.blob.core.windows.net"
                                          << "host-1.privatelink.blob.core.windows.net";
    QTest::newRow("customer alias") << "sql.contoso.com"
                                    << "host-1.example";
    QTest::newRow("two aliases") << "wrong.contoso.com, not sql.contoso.com"
                                 << "host-1.example, not host-2.example";
    QTest::newRow("internal domain") << "db01.corp.contoso.local"
                                     << "host-1.example";
    QTest::newRow("capitals before the top-level domain") << "Contoso.com and DESKTOP-7QK2L1.corp.contoso.com"
                                                          << "host-1.example and host-2.example";
    QTest::newRow("capitalised Azure name") << "MyMI.ABC123DEF456.Database.Windows.Net"
                                            << "mi-1.zone-1.database.windows.net";
    QTest::newRow("internationalised") << "sql.müller.de"
                                       << "host-1.example";
    QTest::newRow("punycode") << "sql.xn--mller-kva.xn--p1ai"
                              << "host-1.example";
    QTest::newRow("Japanese sentence") << "sim.abc123def456.database.windows.netに接続"
                                       << "mi-1.zone-1.database.windows.netに接続";
    QTest::newRow("user principal name") << "login as app@contoso.com failed"
                                         << "login as user-1 failed";
    QTest::newRow("URL with user info") << "mssql://app:secret@sql.contoso.com:1433?database=x"
                                        << "mssql://user-1:***@host-1.example:1433?database=x";
    QTest::newRow("Azure's own zone stays") << "privatelink.database.windows.net"
                                            << "privatelink.database.windows.net";
    QTest::newRow("Azure's suffix stays") << "*.database.windows.net and .database.windows.net"
                                          << "*.database.windows.net and .database.windows.net";
    QTest::newRow("documentation link") << "see " + docsUrl + "."
                                        << "see " + docsUrl + ".";
    QTest::newRow("check id") << "dns.resolve then tls.tds7 and redirect.range"
                              << "dns.resolve then tls.tds7 and redirect.range";
    QTest::newRow("finding id") << "tcp.gateway-filtered, ok.all-checks-passed"
                                << "tcp.gateway-filtered, ok.all-checks-passed";
    QTest::newRow("file name") << "saved findings.json and report.txt"
                               << "saved findings.json and report.txt";
    QTest::newRow("code names") << "Microsoft.Data.SqlClient and ADO.NET"
                                << "Microsoft.Data.SqlClient and ADO.NET";
    QTest::newRow("abbreviations") << "e.g. a VM, i.e. one"
                                   << "e.g. a VM, i.e. one";
    QTest::newRow("cipher") << "ECDHE-ECDSA-AES256-GCM-SHA384"
                            << "ECDHE-ECDSA-AES256-GCM-SHA384";
    QTest::newRow("sysctl") << "net.ipv4.tcp_abort_on_overflow"
                            << "net.ipv4.tcp_abort_on_overflow";
    QTest::newRow("placeholder-shaped, yet original") << "mi-2.zone-9.database.windows.net"
                                                      << "mi-1.zone-1.database.windows.net";
}

void tst_Redaction::hostNames()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(redactedEvidence(text), expected);
}

void tst_Redaction::connectionStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("secrets");

    QTest::newRow("ADO.NET")
        << "Server=tcp:" + vnetHost + ",1433;Initial Catalog=sales;User ID=sqladmin;Encrypt=True" << vnetHost
        << "Server=tcp:mi-1.zone-1.database.windows.net,1433;Initial Catalog=sales;User ID=user-1;Encrypt=True"
        << "sqladmin" << QStringList {};
    QTest::newRow("ADO.NET, quoted, password left in")
        << "Server=sql.contoso.com;User Id=\"Jane Doe\";Password=\"p;w=d\";Encrypt=Strict"
        << "sql.contoso.com"
        << "Server=host-1.example;User Id=user-1;Password=***;Encrypt=Strict"
        << "Jane Doe" << QStringList { "p;w=d" };
    QTest::newRow("ODBC")
        << "Driver={ODBC Driver 18 for SQL Server};Server=tcp:10.1.2.3,1433;UID=odbc_user;PWD={se;cr}}et};Encrypt=yes"
        << "10.1.2.3"
        << "Driver={ODBC Driver 18 for SQL Server};Server=tcp:private-address-1,1433;UID=user-1;PWD=***;Encrypt=yes"
        << "odbc_user" << QStringList { "se;cr" };
    QTest::newRow("JDBC")
        << "jdbc:sqlserver://contoso-mi.public.a1b2c3d4e5f6.database.windows.net:3342;databaseName=sales;"
           "user=jdbc.user;password=hunter2;encrypt=true"
        << "contoso-mi.public.a1b2c3d4e5f6.database.windows.net"
        << "jdbc:sqlserver://mi-1.public.zone-1.database.windows.net:3342;databaseName=sales;user=user-1;"
           "password=***;encrypt=true"
        << "jdbc.user" << QStringList { "hunter2" };
    QTest::newRow("URL with password") << "sqlserver://url_user:s3cret@sql.contoso.com:1433?database=sales&encrypt=true"
                                       << "sql.contoso.com"
                                       << "sqlserver://user-1:***@host-1.example:1433?database=sales&encrypt=true"
                                       << "url_user" << QStringList { "s3cret" };
    QTest::newRow("URL") << "mssql://app_reader@" + vnetHost + ":1433" << vnetHost
                         << "mssql://user-1@mi-1.zone-1.database.windows.net:1433"
                         << "app_reader" << QStringList {};
    QTest::newRow("URL, user in the query") << "sqlserver://sql.contoso.com?user+id=query.user&password=x%3By"
                                            << "sql.contoso.com"
                                            << "sqlserver://host-1.example?user+id=user-1&password=***"
                                            << "query.user" << QStringList { "x%3By", "x;y" };
    QTest::newRow("Entra ID user principal name")
        << "Server=tcp:" + vnetHost + ";Authentication=Active Directory Password;UID=app@contoso.com" << vnetHost
        << "Server=tcp:mi-1.zone-1.database.windows.net;Authentication=Active Directory Password;UID=user-1"
        << "app@contoso.com" << QStringList {};
    QTest::newRow("Windows user, single-label host") << "Data Source=sqlmi,1433;User ID=CONTOSO\\svc-sql;Encrypt=False"
                                                     << "sqlmi"
                                                     << "Data Source=host-1,1433;User ID=user-1;Encrypt=False"
                                                     << "CONTOSO\\svc-sql" << QStringList {};
    QTest::newRow("JDBC secrets")
        << "jdbc:sqlserver://sql.contoso.com;trustStorePassword=ts-secret;accessToken=eyJhbGciOi;"
           "AADSecurePrincipalSecret=pr1nc1pal;user=jdbc.user"
        << "sql.contoso.com"
        << "jdbc:sqlserver://host-1.example;trustStorePassword=***;accessToken=***;"
           "AADSecurePrincipalSecret=***;user=user-1"
        << "jdbc.user" << QStringList { "ts-secret", "eyJhbGciOi", "pr1nc1pal" };
    QTest::newRow("failover partner and workstation")
        << "Server=tcp:sqlmi-primary,1433;Failover Partner=sqlmi-secondary;Workstation ID=build-agent-7;User ID=u1"
        << "sqlmi-primary"
        << "Server=tcp:host-1,1433;Failover Partner=host-2;Workstation ID=machine-1;User ID=user-1"
        << "u1" << QStringList {};
    QTest::newRow("host only") << vnetHost << vnetHost << "mi-1.zone-1.database.windows.net" << QString()
                               << QStringList {};
    QTest::newRow("unreadable, password cut short")
        << "Server={unclosed;Password={n3ver;cl0sed" << QString() << "Server={unclosed;Password=***" << QString()
        << QStringList { "n3ver", "cl0sed" };
    QTest::newRow("quoted user at the end") << "Server=sql.contoso.com;User ID='it''s me'"
                                            << "sql.contoso.com"
                                            << "Server=host-1.example;User ID=user-1"
                                            << "it's me" << QStringList {};
}

void tst_Redaction::connectionStrings()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QFETCH(QString, user);
    QFETCH(QStringList, secrets);

    Report report = emptyReport();
    report.input.text = text;
    report.input.host = host;
    // The user shows up in a sentence too, when it cannot be taken for a word.
    report.findings.append(
        Finding { "conn.encrypt-disabled", Severity::Warning, "t", "e", "logged in as " + user, {}, {} });
    const RedactedReport redacted = redactReport(report);
    QCOMPARE(redacted.report.input.text, expected);
    for (const QString &secret : secrets) {
        QVERIFY2(!everything(redacted.report).contains(secret), qPrintable(secret + " survived"));
        const QString legend = redactionLegendToText(redacted.legend);
        QVERIFY2(!legend.contains(secret), qPrintable(secret + " reached the legend"));
    }
    if (!user.isEmpty()) {
        QCOMPARE(placeholderOf(redacted.legend, user), "user-1");
        QCOMPARE(legendKindOf(redacted.legend, user), "user");
        QCOMPARE(redacted.report.findings.at(0).evidence, "logged in as user-1");
        QVERIFY(!everything(redacted.report).contains(user, Qt::CaseInsensitive));
    }
    if (!host.isEmpty())
        QVERIFY(!everything(redacted.report).contains(host, Qt::CaseInsensitive));
}

void tst_Redaction::labelsStandingAlone_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("expected");

    QTest::newRow("instance and zone") << vnetHost << "instance contoso-mi in zone a1b2c3d4e5f6 (A1B2C3D4E5F6)"
                                       << "instance mi-1 in zone zone-1 (zone-1)";
    QTest::newRow("cut short by an ellipsis") << vnetHost << "needs contoso-mi.public.a1b2c3d4e5f6… on 3342"
                                              << "needs mi-1.public.zone-1… on 3342";
    QTest::newRow("an instance named like a word") << "sql.a1b2c3d4e5f6.database.windows.net"
                                                   << "sql answered as SQL Server"
                                                   << "mi-1 answered as SQL Server";
    QTest::newRow("single-label host") << "sqlmi"
                                       << "sqlmi did not resolve on this machine"
                                       << "host-1 did not resolve on this machine";
    QTest::newRow("alias with an odd top label") << "db.corp.lab2"
                                                 << "db.corp.lab2 did not resolve"
                                                 << "host-1.example did not resolve";
    QTest::newRow("capitalised alias") << "SQL.Contoso.COM"
                                       << "SQL.Contoso.COM did not resolve; sql.contoso.com neither"
                                       << "host-1.example did not resolve; host-1.example neither";
}

void tst_Redaction::labelsStandingAlone()
{
    QFETCH(QString, host);
    QFETCH(QString, evidence);
    QFETCH(QString, expected);
    Report report = reportWithEvidence(evidence);
    report.input.host = host;
    report.input.text = host;
    const RedactedReport redacted = redactReport(report);
    QCOMPARE(redacted.report.findings.at(0).evidence, expected);
    QVERIFY(!everything(redacted.report).contains(host, Qt::CaseInsensitive));
}

void tst_Redaction::ordinaryWordsStayInSentences()
{
    Report report = emptyReport();
    report.environment.machine = "vm";
    report.input.text = "Server=tcp:" + vnetHost + ";User ID=app";
    report.input.host = vnetHost;
    const QString remedy = "If the app uses VNet integration, restart the vm or the VM.";
    report.findings.append(Finding { "conn.timeout-too-low", Severity::Warning, "t", "e", "", { remedy }, {} });
    const RedactedReport redacted = redactReport(report);
    QCOMPARE(redacted.report.environment.machine, "machine-1");
    QCOMPARE(redacted.report.input.text, "Server=tcp:mi-1.zone-1.database.windows.net;User ID=user-1");
    QCOMPARE(redacted.report.findings.at(0).remedy, QStringList { remedy });
    QCOMPARE(placeholderOf(redacted.legend, "vm"), "machine-1");
    QCOMPARE(placeholderOf(redacted.legend, "app"), "user-1");
}

void tst_Redaction::redactingTwiceChangesNothing()
{
    const RedactedReport once = redactReport(contosoReport());
    const RedactedReport twice = redactReport(once.report);
    QCOMPARE(jsonText(twice.report), jsonText(once.report));
    QVERIFY2(twice.legend.isEmpty(), qPrintable(redactionLegendToText(twice.legend)));
    const QString shared = everything(twice.report);
    for (const QString &secret : contosoOriginals())
        QVERIFY2(!shared.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
}

void tst_Redaction::newOriginalsInARedactedReportAreNumberedOn()
{
    Report report = redactReport(contosoReport()).report;
    report.findings.append(Finding { "tcp.intermittent",
                                     Severity::Warning,
                                     "t",
                                     "e",
                                     "also 10.99.0.1 and other-mi.f0e1d2c3b4a5.database.windows.net, "
                                     "not private-address-1 or mi-1.zone-1.database.windows.net",
                                     {},
                                     {} });
    const RedactedReport again = redactReport(report);
    QCOMPARE(again.report.findings.constLast().evidence,
             "also private-address-4 and mi-2.zone-2.database.windows.net, "
             "not private-address-1 or mi-1.zone-1.database.windows.net");
    QCOMPARE(again.legend.size(), 4); // the address, the instance, the zone, the host
    QCOMPARE(placeholderOf(again.legend, "10.99.0.1"), "private-address-4");
    QCOMPARE(placeholderOf(again.legend, "f0e1d2c3b4a5"), "zone-2");
}

// Sentences put together at random from names, addresses, users, URLs and the punctuation around
// them: nothing original survives, and redacting the result again changes nothing.
void tst_Redaction::randomReports()
{
    const QStringList pieces {
        "10.1.2.3",
        "fd00::7",
        "[2001:db8::5]",
        ":1433",
        "/27",
        vnetHost,
        "x.public.a1b2c3d4e5f6.database.windows.net",
        "sql.contoso.com",
        "app@contoso.com",
        "mssql://bob:pw@db.contoso.com",
        "myapp.trafficmanager.net",
        instanceLabel,
        zoneId,
        "-",
        ".",
        "@",
        "*",
        "::",
        "e.g.",
        "dns.resolve",
        "16.0.4165.4",
        "User ID=",
        "Password=",
        "{",
        "}",
        "'",
        "ü",
        docsUrl,
        "host-1.example",
        "mi-2",
        "private-address-1",
    };
    const QStringList separators { " ", ", ", ";", " (", ") ", "'", ": ", " → ", "\n", "に", "…" };
    const QStringList originals { "10.1.2.3",    "fd00::7",     "2001:db8::5", zoneId,
                                  "contoso.com", instanceLabel, "myapp",       "pw@" };
    QRandomGenerator random(20261126);
    const auto sentence = [&] {
        QString text;
        for (quint32 i = random.bounded(10u); i > 0; --i)
            text += pieces.at(random.bounded(pieces.size())) + separators.at(random.bounded(separators.size()));
        return text;
    };
    for (int round = 0; round < 1500; ++round) {
        Report report = emptyReport();
        report.input.host = vnetHost;
        report.input.text = sentence();
        report.checks.append(CheckResult { "dns.resolve", sentence(), CheckStatus::Pass, 0, sentence(),
                                           QJsonObject { { "host", sentence() }, { "error", sentence() } } });
        report.findings.append(
            Finding { "dns.not-found", Severity::Error, sentence(), sentence(), sentence(), { sentence() }, {} });

        const RedactedReport once = redactReport(report);
        const QString shared = everything(once.report);
        for (const QString &original : originals) {
            QVERIFY2(!shared.contains(original, Qt::CaseInsensitive),
                     qPrintable(original + " survived in round " + QString::number(round)));
        }
        QCOMPARE(jsonText(redactReport(once.report).report), jsonText(once.report));
    }
}

void tst_Redaction::hostileInput_data()
{
    QTest::addColumn<QString>("text");

    const auto repeated = [](const QString &piece, int times) { return piece.repeated(times); };
    QTest::newRow("colons") << repeated(":", 100000);
    QTest::newRow("hex and colons") << repeated("a:", 100000);
    QTest::newRow("dots") << repeated(".", 100000);
    QTest::newRow("digits and dots") << repeated("1.", 100000);
    QTest::newRow("one long word") << repeated("a", 200000);
    QTest::newRow("long dotted word") << repeated("ab.", 100000);
    QTest::newRow("at signs") << repeated("a@", 100000);
    QTest::newRow("schemes") << repeated("x://", 100000);
    QTest::newRow("user info without end") << "mssql://" + repeated("u", 150000) + "@host";
    QTest::newRow("addresses") << repeated("10.0.0.1 ", 20000);
    QTest::newRow("many names") << repeated("a.contoso.com b.abc123.database.windows.net ", 5000);
    QTest::newRow("ranges") << repeated("10.0.0.4-", 50000);
    QTest::newRow("wildcards") << repeated("*.", 100000);
    QTest::newRow("unicode") << repeated(QString::fromUtf8("ü.日本.ж-"), 50000);
    QTest::newRow("lone surrogates and controls")
        << repeated(QString(QChar(0xd800)) + QChar(0) + "\n\t" + QChar(0xdc00), 50000);
    QTest::newRow("empty") << QString();
}

void tst_Redaction::hostileInput()
{
    QFETCH(QString, text);
    Report report = emptyReport();
    report.input.text = text;
    report.input.host = text.left(300);
    report.input.subnet = text.left(64);
    report.environment.machine = text.left(64);
    report.checks.append(CheckResult { "dns.resolve", text, CheckStatus::Pass, 0, text,
                                       QJsonObject { { "host", text }, { "x", text } } });
    report.findings.append(Finding { "dns.not-found", Severity::Error, text, text, text, { text }, { text } });

    QElapsedTimer timer;
    timer.start();
    const RedactedReport redacted = redactReport(report);
    // Generous, for sanitizer builds: what matters is that the work is linear, not quadratic.
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed()) + " ms"));
    QVERIFY(redacted.report.redacted);
    QCOMPARE(redacted.report.findings.at(0).sources, QStringList { text });
    (void)redactionLegendToText(redacted.legend);
}

void tst_Redaction::deepAndOddJson()
{
    QJsonValue nested = QJsonArray { "10.0.0.4", QJsonObject { { "host", "deep.contoso.com" } } };
    for (int depth = 0; depth < 500; ++depth)
        nested = depth % 2 ? QJsonValue(QJsonArray { nested, depth })
                           : QJsonValue(QJsonObject { { "level", nested }, { "n", depth } });
    Report report = emptyReport();
    report.checks.append(CheckResult { "dns.resolve", "", CheckStatus::Pass, 0, "",
                                       QJsonObject {
                                           { "deep", nested },
                                           { "10.0.0.4", "keys stay" },
                                           { "empty", "" },
                                           { "null", QJsonValue() },
                                           { "flag", true },
                                           { "number", 1.5 },
                                           { "host", "sqlmi" },
                                           { "nodes", QJsonArray { "10.0.0.4", 4, "10.0.0.5" } },
                                       } });
    const RedactedReport redacted = redactReport(report);
    const QJsonObject data = redacted.report.checks.at(0).data;
    QCOMPARE(skeleton(data), skeleton(report.checks.at(0).data));
    QCOMPARE(data.value("10.0.0.4").toString(), "keys stay");
    // "deep" comes before "host": the name at the bottom is the first host.
    QCOMPARE(data.value("host").toString(), "host-2"); // a single-label host in a host field
    QCOMPARE(data.value("nodes").toArray(), (QJsonArray { "private-address-1", 4, "private-address-2" }));
    const QStringList strings = stringsOf(data);
    QVERIFY(strings.contains("private-address-1"));
    QVERIFY(strings.contains("host-1.example"));
    QVERIFY(!jsonText(redacted.report).contains("contoso"));
    QVERIFY(!jsonText(redacted.report).contains("10.0.0.5"));
}

void tst_Redaction::legendAsText()
{
    QCOMPARE(redactionLegendToText({}), QString());
    const QList<RedactionEntry> legend {
        { "host", "mi-1.zone-1.database.windows.net", vnetHost },
        { "address", "private-address-1", "10.0.0.4" },
        { "user", "user-1", "odd\nuser\u2028name" },
    };
    QCOMPARE(redactionLegendToText(legend),
             "mi-1.zone-1.database.windows.net = " + vnetHost
                 + "\nprivate-address-1 = 10.0.0.4\nuser-1 = odd user name\n");

    // The legend of a real redaction says what each placeholder hides, in the order they appear.
    const QString text = redactionLegendToText(redactReport(contosoReport()).legend);
    QVERIFY(text.startsWith("mi-1 = contoso-mi\nzone-1 = a1b2c3d4e5f6\nmi-1.zone-1.database.windows.net = " + vnetHost
                            + "\n"));
    QVERIFY(text.contains("\nprivate-address-1 = 10.20.0.4\n"));
    QVERIFY(text.contains("\nmachine-1 = build-agent-7\n"));
}

void tst_Redaction::demoReports_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("extraOriginals");

    QTest::newRow("healthy") << "healthy" << QStringList {};
    QTest::newRow("gateway-filtered") << "gateway-filtered" << QStringList {};
    QTest::newRow("tls-name-mismatch") << "tls-name-mismatch" << QStringList { "wrong.contoso.com" };
    QTest::newRow("tls-untrusted") << "tls-untrusted" << QStringList {};
    QTest::newRow("redirect-partial") << "redirect-partial" << QStringList {};
}

void tst_Redaction::demoReports()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, extraOriginals);
    QVERIFY2(QFile::exists(cliPath()), "MICONNECT_CLI must point at the built miconnect-cli");

    const CliRun run = runCli({ "demo", "--quiet", "--profile", profile, "--json", "-" });
    QVERIFY2(!run.crashed, run.err.constData());
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData()); // 1: the profile's fault was found
    const ReportReadResult read = reportFromJson(run.out);
    QVERIFY2(read.report, qPrintable(read.error));
    const Report &original = *read.report;
    QCOMPARE(original.input.host, "sim-mi.51a7ed0c0de5.database.windows.net");

    QStringList originals = extraOriginals;
    originals << original.input.host << "sim-mi"
              << "51a7ed0c0de5" << original.input.subnet;
    static const QRegularExpression ipv4(QStringLiteral("\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b"));
    for (auto it = ipv4.globalMatch(QString::fromUtf8(run.out)); it.hasNext();) {
        const QString address = it.next().captured();
        if (QHostAddress(address).protocol() == QAbstractSocket::IPv4Protocol && !originals.contains(address))
            originals << address;
    }
    QVERIFY(originals.size() > 5); // the gateway, the nodes, every address swept

    const RedactedReport redacted = redactReport(original);
    const QString shared = everything(redacted.report);
    for (const QString &secret : std::as_const(originals)) {
        QVERIFY2(!shared.contains(secret, Qt::CaseInsensitive), qPrintable(secret + " survived"));
        // An address may be listed as its subnet's network address ("127.1.2.0/27").
        QVERIFY2(std::any_of(
                     redacted.legend.cbegin(), redacted.legend.cend(),
                     [&](const RedactionEntry &entry) { return entry.original.contains(secret, Qt::CaseInsensitive); }),
                 qPrintable(secret + " is not in the legend"));
    }
    QCOMPARE(placeholderOf(redacted.legend, "sim-mi"), "mi-1");
    QCOMPARE(placeholderOf(redacted.legend, "51a7ed0c0de5"), "zone-1");

    const Report &report = redacted.report;
    QVERIFY(report.redacted);
    QCOMPARE(report.input.host, "mi-1.zone-1.database.windows.net");
    QCOMPARE(report.input.text, "mi-1.zone-1.database.windows.net");
    QVERIFY2(report.input.subnet.startsWith("loopback-subnet-1/"), qPrintable(report.input.subnet));
    QCOMPARE(report.environment.machine, "machine-1");
    QCOMPARE(report.checks.at(0).data.value("address_classes").toArray(), QJsonArray { "loopback" });
    QCOMPARE(report.checks.at(0).data.value("addresses").toArray(), QJsonArray { "loopback-address-1" });
    QCOMPARE(checkIds(report), checkIds(original));
    QCOMPARE(findingIds(report), findingIds(original));
    QCOMPARE(findingSources(report), findingSources(original));
    Report marked = original;
    marked.redacted = true;
    QCOMPARE(skeleton(reportToJson(report)), skeleton(reportToJson(marked)));
    for (const CheckResult &check : original.checks) {
        const QString version = check.data.value("version").toString();
        if (!version.isEmpty())
            QVERIFY(shared.contains(version));
        const QJsonArray chain = check.data.value("chain").toArray();
        for (const QJsonValue &certificate : chain) {
            const QJsonObject object = certificate.toObject();
            QVERIFY2(shared.contains(object.value("issuer").toString()), "a CA's name was mangled");
            for (const QJsonValue &san : object.value("sans").toArray()) {
                const QString name = san.toString();
                if (name.startsWith("*."))
                    QVERIFY(shared.contains("\"*.zone-1.database.windows.net\""));
                else if (name.contains(".public."))
                    QVERIFY(shared.contains("\"mi-1.public.zone-1.database.windows.net\""));
            }
        }
    }
    const ReportReadResult back = reportFromJson(QJsonDocument(reportToJson(report)).toJson());
    QVERIFY2(back.report, qPrintable(back.error));
    QVERIFY(back.report->redacted);
}

void tst_Redaction::homeFolderOwners()
{
    // A driver installed under a home folder, or a user-level odbcinst.ini, names the folder's owner.
    Report report = emptyReport();
    CheckResult drivers;
    drivers.id = "client.drivers";
    drivers.title = "SQL Server drivers on this machine";
    drivers.summary = "ODBC Driver 18 for SQL Server 18.3 in /home/alice.m/odbc/lib64/libmsodbcsql-18.3.so.2.1";
    drivers.data = QJsonObject {
        { "source", "/home/alice.m/.odbcinst.ini" },
        { "drivers",
          QJsonArray { QJsonObject { { "path", "C:\\Users\\Bob Lee\\odbc\\msodbcsql18.dll" } },
                       QJsonObject { { "path", "/Users/carol/lib/libmsodbcsql.18.dylib" } },
                       QJsonObject { { "path", "C:\\Users\\Public\\odbc\\msodbcsql18.dll" } } } },
    };
    report.checks.append(drivers);
    report.findings.append(Finding { "client.driver-too-old",
                                     Severity::Warning,
                                     "Too old",
                                     "alice.m installed it herself.",
                                     "/home/alice.m/odbc is 17.2",
                                     {},
                                     {} });
    const RedactedReport redacted = redactReport(report);
    const QString shared = everything(redacted.report);
    for (const char *owner : { "alice", "Bob Lee", "carol" })
        QVERIFY2(!shared.contains(QLatin1String(owner), Qt::CaseInsensitive), qPrintable(shared));
    // The rest of each path stays: where a driver is matters for the diagnosis.
    QVERIFY2(shared.contains("/home/user-1/odbc/lib64/libmsodbcsql-18.3.so.2.1"), qPrintable(shared));
    QVERIFY2(shared.contains("/Users/user-3/lib/libmsodbcsql.18.dylib"), qPrintable(shared));
    // A folder every machine has is no one's name.
    QVERIFY2(redacted.report.checks.constFirst().data["drivers"].toArray().at(2).toObject()["path"].toString()
                 == "C:\\Users\\Public\\odbc\\msodbcsql18.dll",
             qPrintable(shared));
    QStringList originals;
    for (const RedactionEntry &entry : redacted.legend)
        originals << entry.original;
    QVERIFY2(originals.contains("alice.m") && originals.contains("Bob Lee") && originals.contains("carol"),
             qPrintable(originals.join(", ")));
}

QTEST_GUILESS_MAIN(tst_Redaction)
#include "tst_redaction.moc"

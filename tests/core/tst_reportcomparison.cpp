// Two reports before and after a change: which checks and findings got better or worse, by the rules
// in core/report/reportcomparison.h, and the three renderings of it. Hand-made reports cover each
// rule; two real demo reports from miconnect-cli cover the case a support engineer meets first.
#include "report/reportcomparison.h"
#include "report/reportjson.h"
#include "sim/portfixture.h"

#include "support/clirunner.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

CheckResult check(const QString &id, CheckStatus status, const QString &summary = QString())
{
    CheckResult result;
    result.id = id;
    result.title = QStringLiteral("Title of %1").arg(id);
    result.status = status;
    result.summary = summary.isEmpty() ? QStringLiteral("summary of %1").arg(id) : summary;
    return result;
}

Finding finding(const QString &id, Severity severity)
{
    Finding result;
    result.id = id;
    result.severity = severity;
    result.title = QStringLiteral("Title of %1").arg(id);
    return result;
}

Report report(const QList<CheckResult> &checks, const QList<Finding> &findings, int minute = 0)
{
    Report result;
    result.toolVersion = QStringLiteral("0.1.0");
    result.created = QDateTime(QDate(2026, 11, 26), QTime(9, minute), Qt::UTC);
    result.environment.machine = QStringLiteral("support-laptop");
    result.input.host = QStringLiteral("mi-one.abc123.database.windows.net");
    result.input.port = 1433;
    result.input.scenarioId = QStringLiteral("on-premises");
    result.checks = checks;
    result.findings = findings;
    return result;
}

// The gateway's port blocked by an NSG: everything after the TCP connect is skipped.
Report gatewayFiltered(int minute = 0)
{
    return report({ check("dns.resolve", CheckStatus::Pass),
                    check("tcp.gateway", CheckStatus::Fail, "10.0.1.4:1433: filtered"),
                    check("tds.prelogin", CheckStatus::Skip), check("tls.tds7", CheckStatus::Skip) },
                  { finding("tcp.gateway-filtered", Severity::Error) }, minute);
}

Report healthy(int minute = 0)
{
    return report({ check("dns.resolve", CheckStatus::Pass),
                    check("tcp.gateway", CheckStatus::Pass, "10.0.1.4:1433: 10 of 10 open"),
                    check("tds.prelogin", CheckStatus::Pass), check("tls.tds7", CheckStatus::Pass) },
                  { finding("ok.all-checks-passed", Severity::Info) }, minute);
}

const CheckComparison *checkById(const ReportComparison &comparison, const QString &id)
{
    for (const CheckComparison &entry : comparison.checks) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

const FindingComparison *findingById(const ReportComparison &comparison, const QString &id)
{
    for (const FindingComparison &entry : comparison.findings) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

std::optional<CheckStatus> statusOrAbsent(const QString &id)
{
    return id.isEmpty() ? std::nullopt : checkStatusFromId(id);
}

std::optional<Severity> severityOrAbsent(const QString &id)
{
    return id.isEmpty() ? std::nullopt : severityFromId(id);
}

QString effectOf(bool improvement, bool regression)
{
    return improvement ? "better" : regression ? "worse" : "none";
}

} // namespace

class tst_ReportComparison : public QObject {
    Q_OBJECT

private slots:
    void fixedGateway();
    void regression();
    void mixed();
    void identical();
    void checkStatusRanking_data();
    void checkStatusRanking();
    void findingChanges_data();
    void findingChanges();
    void findingOutOfSightBehindASkip();
    void checksInOneReportOnly();
    void duplicateIdsCountOnce();
    void sameTarget_data();
    void sameTarget();
    void differentTargetsAreSaidEverywhere();
    void cancelledAndRedactedReportsAreSaid();
    void textRendering();
    void markdownRendering();
    void jsonRendering();
    void realReportsFromTheCli();
};

void tst_ReportComparison::fixedGateway()
{
    const ReportComparison comparison = compareReports(gatewayFiltered(0), healthy(5));
    QVERIFY(comparison.sameTarget);
    QCOMPARE(comparison.checks.size(), 4);
    QCOMPARE(comparison.checks.at(0).change, ReportChange::Same); // dns.resolve
    const CheckComparison *gateway = checkById(comparison, "tcp.gateway");
    QVERIFY(gateway);
    QCOMPARE(gateway->before, CheckStatus::Fail);
    QCOMPARE(gateway->after, CheckStatus::Pass);
    QCOMPARE(gateway->change, ReportChange::Better);
    QCOMPARE(gateway->beforeSummary, QStringLiteral("10.0.1.4:1433: filtered"));
    QCOMPARE(gateway->afterSummary, QStringLiteral("10.0.1.4:1433: 10 of 10 open"));
    // The checks behind the gateway run now, and pass.
    QCOMPARE(checkById(comparison, "tds.prelogin")->change, ReportChange::Better);
    QCOMPARE(checkById(comparison, "tls.tds7")->change, ReportChange::Better);

    // The later report's findings first, then those that went away.
    QCOMPARE(comparison.findings.size(), 2);
    QCOMPARE(comparison.findings.at(0).id, QStringLiteral("ok.all-checks-passed"));
    QCOMPARE(comparison.findings.at(0).change, ReportChange::Added);
    QVERIFY(comparison.findings.at(0).improvement());
    QCOMPARE(comparison.findings.at(1).id, QStringLiteral("tcp.gateway-filtered"));
    QCOMPARE(comparison.findings.at(1).change, ReportChange::Removed);
    QCOMPARE(comparison.findings.at(1).before, Severity::Error);
    QCOMPARE(comparison.findings.at(1).after, std::nullopt);
    QVERIFY(comparison.findings.at(1).improvement());
    QVERIFY(!comparison.findings.at(1).regression());

    QCOMPARE(comparison.better(), 5);
    QCOMPARE(comparison.worse(), 0);
    QCOMPARE(comparison.verdict(), QStringLiteral("better"));
}

void tst_ReportComparison::regression()
{
    const ReportComparison comparison = compareReports(healthy(0), gatewayFiltered(5));
    QCOMPARE(checkById(comparison, "tcp.gateway")->change, ReportChange::Worse);
    // Shown to work before, no longer shown to: worse, like the gateway that stops them.
    QCOMPARE(checkById(comparison, "tds.prelogin")->change, ReportChange::Worse);
    const FindingComparison *filtered = findingById(comparison, "tcp.gateway-filtered");
    QCOMPARE(filtered->change, ReportChange::Added);
    QVERIFY(filtered->regression());
    const FindingComparison *ok = findingById(comparison, "ok.all-checks-passed");
    QCOMPARE(ok->change, ReportChange::Removed);
    QVERIFY(ok->regression());
    QVERIFY(!ok->improvement());
    QCOMPARE(comparison.better(), 0);
    QCOMPARE(comparison.worse(), 5);
    QCOMPARE(comparison.verdict(), QStringLiteral("worse"));
}

void tst_ReportComparison::mixed()
{
    // The TLS certificate got fixed, but the gateway now drops some connections.
    const Report before = report({ check("tcp.gateway", CheckStatus::Pass), check("tls.tds7", CheckStatus::Fail) },
                                 { finding("tls.certificate-untrusted", Severity::Error) });
    const Report after = report({ check("tcp.gateway", CheckStatus::Warn), check("tls.tds7", CheckStatus::Pass) },
                                { finding("tcp.intermittent", Severity::Warning) });
    const ReportComparison comparison = compareReports(before, after);
    QCOMPARE(checkById(comparison, "tcp.gateway")->change, ReportChange::Worse);
    QCOMPARE(checkById(comparison, "tls.tds7")->change, ReportChange::Better);
    QVERIFY(findingById(comparison, "tcp.intermittent")->regression());
    QVERIFY(findingById(comparison, "tls.certificate-untrusted")->improvement());
    QCOMPARE(comparison.better(), 2);
    QCOMPARE(comparison.worse(), 2);
    QCOMPARE(comparison.verdict(), QStringLiteral("mixed"));
    QVERIFY(comparisonToText(comparison).contains("Verdict: mixed"));
}

void tst_ReportComparison::identical()
{
    const Report same = gatewayFiltered();
    const ReportComparison comparison = compareReports(same, same);
    QCOMPARE(comparison.checks.size(), same.checks.size());
    for (const CheckComparison &entry : comparison.checks)
        QCOMPARE(entry.change, ReportChange::Same);
    QCOMPARE(comparison.findings.size(), 1);
    QCOMPARE(comparison.findings.at(0).change, ReportChange::Same);
    QVERIFY(!comparison.findings.at(0).improvement());
    QVERIFY(!comparison.findings.at(0).regression());
    QCOMPARE(comparison.better(), 0);
    QCOMPARE(comparison.worse(), 0);
    QCOMPARE(comparison.verdict(), QStringLiteral("same"));
    const QString text = comparisonToText(comparison);
    QVERIFY(text.contains("still there"));
    QVERIFY(text.contains("Verdict: same"));
    QCOMPARE(comparisonToJson(comparison).value("verdict").toString(), QStringLiteral("same"));
}

void tst_ReportComparison::checkStatusRanking_data()
{
    QTest::addColumn<QString>("before"); // a status id; empty: the check is not in the report
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("beforeCancelled");
    QTest::addColumn<bool>("afterCancelled");
    QTest::addColumn<QString>("change");

    // Ranked statuses: pass > warn > fail = error.
    QTest::newRow("pass → pass") << "pass"
                                 << "pass" << false << false << "same";
    QTest::newRow("fail → pass") << "fail"
                                 << "pass" << false << false << "better";
    QTest::newRow("warn → pass") << "warn"
                                 << "pass" << false << false << "better";
    QTest::newRow("fail → warn") << "fail"
                                 << "warn" << false << false << "better";
    QTest::newRow("error → pass") << "error"
                                  << "pass" << false << false << "better";
    QTest::newRow("pass → warn") << "pass"
                                 << "warn" << false << false << "worse";
    QTest::newRow("pass → fail") << "pass"
                                 << "fail" << false << false << "worse";
    QTest::newRow("warn → error") << "warn"
                                  << "error" << false << false << "worse";
    QTest::newRow("fail → error") << "fail"
                                  << "error" << false << false << "same";
    QTest::newRow("error → fail") << "error"
                                  << "fail" << false << false << "same";
    // A skip ranks nowhere: only a pass on the other side says which way it went.
    QTest::newRow("skip → pass") << "skip"
                                 << "pass" << false << false << "better";
    QTest::newRow("pass → skip") << "pass"
                                 << "skip" << false << false << "worse";
    QTest::newRow("skip → warn") << "skip"
                                 << "warn" << false << false << "added";
    QTest::newRow("skip → fail") << "skip"
                                 << "fail" << false << false << "added";
    QTest::newRow("skip → error") << "skip"
                                  << "error" << false << false << "added";
    QTest::newRow("warn → skip") << "warn"
                                 << "skip" << false << false << "removed";
    QTest::newRow("fail → skip") << "fail"
                                 << "skip" << false << false << "removed";
    QTest::newRow("skip → skip") << "skip"
                                 << "skip" << false << false << "same";
    // A check only one version of the tool has.
    QTest::newRow("absent → pass") << ""
                                   << "pass" << false << false << "added";
    QTest::newRow("absent → fail") << ""
                                   << "fail" << false << false << "added";
    QTest::newRow("pass → absent") << "pass"
                                   << "" << false << false << "removed";
    QTest::newRow("fail → absent") << "fail"
                                   << "" << false << false << "removed";
    // A cancelled run's skips say nothing; what did run still compares.
    QTest::newRow("skip (cancelled) → pass") << "skip"
                                             << "pass" << true << false << "added";
    QTest::newRow("pass → skip (cancelled)") << "pass"
                                             << "skip" << false << true << "removed";
    QTest::newRow("fail → pass, both cancelled") << "fail"
                                                 << "pass" << true << true << "better";
}

void tst_ReportComparison::checkStatusRanking()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, beforeCancelled);
    QFETCH(bool, afterCancelled);
    QFETCH(QString, change);

    Report earlier = report({}, {});
    if (!before.isEmpty())
        earlier.checks.append(check("tcp.gateway", *checkStatusFromId(before)));
    earlier.cancelled = beforeCancelled;
    Report later = report({}, {});
    if (!after.isEmpty())
        later.checks.append(check("tcp.gateway", *checkStatusFromId(after)));
    later.cancelled = afterCancelled;

    const ReportComparison comparison = compareReports(earlier, later);
    QCOMPARE(comparison.checks.size(), 1);
    const CheckComparison &entry = comparison.checks.constFirst();
    QCOMPARE(entry.before, statusOrAbsent(before));
    QCOMPARE(entry.after, statusOrAbsent(after));
    QCOMPARE(reportChangeId(entry.change), change);
    QCOMPARE(comparison.better(), change == "better" ? 1 : 0);
    QCOMPARE(comparison.worse(), change == "worse" ? 1 : 0);
    const QString verdict = change == "better" || change == "worse" ? change : QStringLiteral("same");
    QCOMPARE(comparison.verdict(), verdict);
}

void tst_ReportComparison::findingChanges_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("before"); // a severity id; empty: not found in that report
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("effect");

    QTest::newRow("problem gone") << "tcp.gateway-filtered"
                                  << "error"
                                  << ""
                                  << "removed"
                                  << "better";
    QTest::newRow("problem new") << "tcp.gateway-filtered"
                                 << ""
                                 << "error"
                                 << "added"
                                 << "worse";
    QTest::newRow("warning new") << "tcp.latency-high"
                                 << ""
                                 << "warning"
                                 << "added"
                                 << "worse";
    QTest::newRow("warning gone") << "tcp.latency-high"
                                  << "warning"
                                  << ""
                                  << "removed"
                                  << "better";
    QTest::newRow("error → warning") << "tcp.intermittent"
                                     << "error"
                                     << "warning"
                                     << "better"
                                     << "better";
    QTest::newRow("warning → info") << "tcp.intermittent"
                                    << "warning"
                                    << "info"
                                    << "better"
                                    << "better";
    QTest::newRow("warning → error") << "tcp.intermittent"
                                     << "warning"
                                     << "error"
                                     << "worse"
                                     << "worse";
    QTest::newRow("info → error") << "tcp.intermittent"
                                  << "info"
                                  << "error"
                                  << "worse"
                                  << "worse";
    QTest::newRow("error → error") << "tcp.gateway-filtered"
                                   << "error"
                                   << "error"
                                   << "same"
                                   << "none";
    QTest::newRow("all passed appears") << "ok.all-checks-passed"
                                        << ""
                                        << "info"
                                        << "added"
                                        << "better";
    QTest::newRow("all passed goes") << "ok.all-checks-passed"
                                     << "info"
                                     << ""
                                     << "removed"
                                     << "worse";
    QTest::newRow("remark appears") << "conn.remark"
                                    << ""
                                    << "info"
                                    << "added"
                                    << "none";
    QTest::newRow("remark goes") << "conn.remark"
                                 << "info"
                                 << ""
                                 << "removed"
                                 << "none";
    // Findings of the input and the connection string tie to no check: always compared.
    QTest::newRow("connection warning new") << "conn.encrypt-disabled"
                                            << ""
                                            << "warning"
                                            << "added"
                                            << "worse";
    QTest::newRow("input error gone") << "input.named-instance"
                                      << "error"
                                      << ""
                                      << "removed"
                                      << "better";
}

void tst_ReportComparison::findingChanges()
{
    QFETCH(QString, id);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, change);
    QFETCH(QString, effect);

    // The gateway check ran in both reports, so every tcp.* finding is in sight.
    Report earlier = report({ check("tcp.gateway", CheckStatus::Warn) }, {});
    if (!before.isEmpty())
        earlier.findings.append(finding(id, *severityFromId(before)));
    Report later = report({ check("tcp.gateway", CheckStatus::Warn) }, {});
    if (!after.isEmpty())
        later.findings.append(finding(id, *severityFromId(after)));

    const ReportComparison comparison = compareReports(earlier, later);
    QCOMPARE(comparison.findings.size(), 1);
    const FindingComparison &entry = comparison.findings.constFirst();
    QCOMPARE(entry.before, severityOrAbsent(before));
    QCOMPARE(entry.after, severityOrAbsent(after));
    QCOMPARE(reportChangeId(entry.change), change);
    QVERIFY(!entry.outOfSight);
    QCOMPARE(effectOf(entry.improvement(), entry.regression()), effect);
    QCOMPARE(comparison.better(), effect == "better" ? 1 : 0);
    QCOMPARE(comparison.worse(), effect == "worse" ? 1 : 0);
    const QJsonObject json = comparisonToJson(comparison).value("findings").toArray().at(0).toObject();
    QCOMPARE(json.value("change").toString(), change);
    QCOMPARE(json.value("effect").toString(), effect);
}

void tst_ReportComparison::findingOutOfSightBehindASkip()
{
    const Report tlsBroken = report({ check("tcp.gateway", CheckStatus::Pass), check("tls.tds7", CheckStatus::Fail) },
                                    { finding("tls.certificate-untrusted", Severity::Error) });
    const Report gatewayBlocked
        = report({ check("tcp.gateway", CheckStatus::Fail), check("tls.tds7", CheckStatus::Skip) },
                 { finding("tcp.gateway-filtered", Severity::Error) });

    // Someone blocks the gateway: the TLS problem is only out of sight, not fixed.
    const ReportComparison blocked = compareReports(tlsBroken, gatewayBlocked);
    const FindingComparison *hidden = findingById(blocked, "tls.certificate-untrusted");
    QCOMPARE(hidden->change, ReportChange::Removed);
    QVERIFY(hidden->outOfSight);
    QVERIFY(!hidden->improvement());
    QVERIFY(!hidden->regression());
    QCOMPARE(checkById(blocked, "tls.tds7")->change, ReportChange::Removed);
    QVERIFY(!checkById(blocked, "tls.tds7")->improvement());
    QCOMPARE(blocked.verdict(), QStringLiteral("worse")); // not "mixed"
    QVERIFY(comparisonToText(blocked).contains(
        "· not seen (its check did not run this time): [ERROR] Title of tls.certificate-untrusted"));
    QVERIFY(comparisonToText(blocked).contains("no longer runs"));

    // The gateway is opened, and the TLS problem comes into sight: the change itself helped.
    const ReportComparison opened = compareReports(gatewayBlocked, tlsBroken);
    const FindingComparison *revealed = findingById(opened, "tls.certificate-untrusted");
    QCOMPARE(revealed->change, ReportChange::Added);
    QVERIFY(revealed->outOfSight);
    QVERIFY(!revealed->regression());
    QCOMPARE(checkById(opened, "tls.tds7")->change, ReportChange::Added);
    QCOMPARE(opened.verdict(), QStringLiteral("better"));
    const QString text = comparisonToText(opened);
    QVERIFY(text.contains("· new (its check did not run before): [ERROR] Title of tls.certificate-untrusted"));
    QVERIFY(text.contains("runs now"));
    // The verdict line still says the later report has an error.
    QVERIFY(text.contains("The later report: 1 error(s), 0 warning(s)."));
    const QJsonArray findings = comparisonToJson(opened).value("findings").toArray();
    QCOMPARE(findings.at(0).toObject().value("effect").toString(), QStringLiteral("none"));
}

void tst_ReportComparison::checksInOneReportOnly()
{
    // An older version had no tls.strict and a check since retired.
    const Report older
        = report({ check("tcp.gateway", CheckStatus::Pass), check("legacy.ping", CheckStatus::Fail) }, {});
    const Report newer
        = report({ check("tcp.gateway", CheckStatus::Pass), check("tls.strict", CheckStatus::Fail) }, {});
    const ReportComparison comparison = compareReports(older, newer);
    QCOMPARE(comparison.checks.size(), 3);
    // The later report's order, then what only the earlier one had.
    QCOMPARE(comparison.checks.at(0).id, QStringLiteral("tcp.gateway"));
    QCOMPARE(comparison.checks.at(1).id, QStringLiteral("tls.strict"));
    QCOMPARE(comparison.checks.at(1).before, std::nullopt);
    QCOMPARE(comparison.checks.at(1).change, ReportChange::Added);
    QCOMPARE(comparison.checks.at(2).id, QStringLiteral("legacy.ping"));
    QCOMPARE(comparison.checks.at(2).after, std::nullopt);
    QCOMPARE(comparison.checks.at(2).change, ReportChange::Removed);
    QCOMPARE(comparison.checks.at(2).title, QStringLiteral("Title of legacy.ping"));
    QCOMPARE(comparison.verdict(), QStringLiteral("same"));

    const QString text = comparisonToText(comparison);
    QVERIFY(text.contains("new check"));
    QVERIFY(text.contains("not in the later report"));
    QVERIFY(text.contains("Before: summary of legacy.ping"));

    const QJsonArray checks = comparisonToJson(comparison).value("checks").toArray();
    QVERIFY(checks.at(1).toObject().value("before").isNull());
    QVERIFY(checks.at(1).toObject().value("before_summary").isNull());
    QCOMPARE(checks.at(1).toObject().value("after").toString(), QStringLiteral("fail"));
    QVERIFY(checks.at(2).toObject().value("after").isNull());
    QCOMPARE(checks.at(2).toObject().value("change").toString(), QStringLiteral("removed"));
}

void tst_ReportComparison::duplicateIdsCountOnce()
{
    // A hand-edited file may repeat an id; the first one counts, and no row is doubled.
    Report before = gatewayFiltered();
    before.checks.append(check("tcp.gateway", CheckStatus::Pass));
    before.findings.append(finding("tcp.gateway-filtered", Severity::Warning));
    const ReportComparison comparison = compareReports(before, healthy());
    QCOMPARE(comparison.checks.size(), 4);
    QCOMPARE(checkById(comparison, "tcp.gateway")->before, CheckStatus::Fail);
    QCOMPARE(comparison.findings.size(), 2);
    QCOMPARE(findingById(comparison, "tcp.gateway-filtered")->before, Severity::Error);
}

void tst_ReportComparison::sameTarget_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("same");

    QTest::newRow("same") << "mi-one.abc123.database.windows.net" << 1433 << true;
    QTest::newRow("other case") << "MI-One.ABC123.database.windows.net" << 1433 << true;
    QTest::newRow("absolute name") << "mi-one.abc123.database.windows.net." << 1433 << true;
    QTest::newRow("other instance") << "mi-two.abc123.database.windows.net" << 1433 << false;
    QTest::newRow("public endpoint") << "mi-one.public.abc123.database.windows.net" << 3342 << false;
    QTest::newRow("other port") << "mi-one.abc123.database.windows.net" << 3342 << false;
}

void tst_ReportComparison::sameTarget()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, same);
    Report after = healthy();
    after.input.host = host;
    after.input.port = quint16(port);
    QCOMPARE(compareReports(gatewayFiltered(), after).sameTarget, same);
}

void tst_ReportComparison::differentTargetsAreSaidEverywhere()
{
    Report after = healthy();
    after.input.host = QStringLiteral("mi-two.abc123.database.windows.net");
    const ReportComparison comparison = compareReports(gatewayFiltered(), after);
    QVERIFY(!comparison.sameTarget);
    // Still compared: the caller may mean it, e.g. a test instance against production.
    QCOMPARE(comparison.verdict(), QStringLiteral("better"));

    const QString text = comparisonToText(comparison, 1000);
    QVERIFY(text.startsWith("MI Connect Wizard — what changed between two reports\n\n!! Different targets: "));
    const qsizetype warning
        = text.indexOf("Different targets: the earlier report is about mi-one.abc123.database.windows.net, "
                       "port 1433, the later one about mi-two.abc123.database.windows.net, port 1433.");
    QVERIFY2(warning >= 0, qPrintable(text));
    QVERIFY(warning < text.indexOf("Checks")); // before anything else is read
    QVERIFY(text.contains("(Different targets.)"));

    const QString markdown = comparisonToMarkdown(comparison);
    QVERIFY(markdown.indexOf("> **Warning:** Different targets") >= 0);
    QVERIFY(markdown.indexOf("> **Warning:**") < markdown.indexOf("## Checks"));

    const QJsonObject json = comparisonToJson(comparison);
    QCOMPARE(json.value("same_target").toBool(true), false);
    QCOMPARE(json.value("after").toObject().value("host").toString(), after.input.host);

    const ReportComparison same = compareReports(gatewayFiltered(), healthy());
    QVERIFY(!comparisonToText(same).contains("Different targets"));
    QVERIFY(!comparisonToMarkdown(same).contains("Different targets"));
    QCOMPARE(comparisonToJson(same).value("same_target").toBool(false), true);
}

void tst_ReportComparison::cancelledAndRedactedReportsAreSaid()
{
    Report cancelled = healthy(5);
    cancelled.checks[3].status = CheckStatus::Skip;
    cancelled.cancelled = true;
    cancelled.redacted = true;
    const ReportComparison comparison = compareReports(healthy(0), cancelled);
    // Cancelled before TLS: not a regression of TLS.
    QCOMPARE(checkById(comparison, "tls.tds7")->change, ReportChange::Removed);
    QCOMPARE(comparison.verdict(), QStringLiteral("same"));
    for (const QString &rendering : { comparisonToText(comparison, 1000), comparisonToMarkdown(comparison) }) {
        QVERIFY(rendering.contains("The later run was cancelled before every check finished"));
        QVERIFY(!rendering.contains("The earlier run was cancelled"));
        QVERIFY(rendering.contains("Names and addresses are placeholders in a redacted report"));
    }
    QVERIFY(!comparisonToText(compareReports(healthy(), healthy())).contains("placeholders"));
}

void tst_ReportComparison::textRendering()
{
    const ReportComparison comparison = compareReports(gatewayFiltered(0), healthy(5));
    const QString text = comparisonToText(comparison);
    QVERIFY(text.contains("Before: mi-one.abc123.database.windows.net, port 1433 · Scenario: on-premises · "
                          "2026-11-26 09:00:00 UTC · on support-laptop"));
    QVERIFY(text.contains("After:  mi-one.abc123.database.windows.net, port 1433 · Scenario: on-premises · "
                          "2026-11-26 09:05:00 UTC"));

    const QStringList lines = text.split('\n');
    const auto lineWith = [&lines](const QString &start) {
        for (const QString &line : lines) {
            if (line.startsWith(start))
                return line;
        }
        return QString();
    };
    const QString gateway = lineWith("  tcp.gateway ");
    QCOMPARE(gateway, QStringLiteral("  tcp.gateway    FAIL → PASS   better  Title of tcp.gateway"));
    QVERIFY(lineWith("  tds.prelogin").contains(" SKIP → PASS   better  "));
    QVERIFY(lineWith("  dns.resolve").contains(" PASS → PASS   same    "));
    // The later summary under the check, indented past the ids.
    const qsizetype gatewayLine = lines.indexOf(gateway);
    QCOMPARE(lines.at(gatewayLine + 1).trimmed(), QStringLiteral("10.0.1.4:1433: 10 of 10 open"));
    QVERIFY(lines.at(gatewayLine + 1).startsWith(QString(2 + 12 + 2, ' ')));

    QVERIFY2(text.contains("  ↑ new: [INFO] Title of ok.all-checks-passed  (ok.all-checks-passed)"), qPrintable(text));
    QVERIFY(text.contains("  ↑ gone: [ERROR] Title of tcp.gateway-filtered  (tcp.gateway-filtered)"));
    QCOMPARE(lines.at(lines.size() - 2),
             QStringLiteral("Verdict: better — 5 better, 0 worse. The later report: 0 error(s), 0 warning(s)."));
    QVERIFY(text.endsWith('\n'));

    // Worse: down arrows, and a severity that moved is shown moving.
    Report graver = gatewayFiltered(5);
    graver.findings.append(finding("tcp.latency-high", Severity::Error));
    Report milder = gatewayFiltered(0);
    milder.findings.append(finding("tcp.latency-high", Severity::Warning));
    const QString worse = comparisonToText(compareReports(milder, graver));
    QVERIFY2(worse.contains("  ↓ more severe: [WARNING → ERROR] Title of tcp.latency-high"), qPrintable(worse));
    QVERIFY(worse.contains("  · still there: [ERROR] Title of tcp.gateway-filtered"));
    QVERIFY(worse.contains("Verdict: worse — 0 better, 1 worse."));

    // Long lines wrap to the width, none longer unless a single word is.
    Report wordy = healthy(5);
    wordy.checks[1].summary = QString("word ").repeated(60).trimmed();
    for (const QString &line : comparisonToText(compareReports(gatewayFiltered(), wordy), 60).split('\n')) {
        if (line.contains("word"))
            QVERIFY2(line.size() <= 60, qPrintable(line));
    }

    QVERIFY(comparisonToText(compareReports(report({}, {}), report({}, {}))).contains("Checks\n  none\n"));
}

void tst_ReportComparison::markdownRendering()
{
    Report after = healthy(5);
    after.checks[1].summary = QStringLiteral("10.0.1.4:1433 | open <b>*fast*</b>\nnext line");
    const ReportComparison comparison = compareReports(gatewayFiltered(0), after);
    const QString markdown = comparisonToMarkdown(comparison);
    QVERIFY(markdown.startsWith("# MI Connect Wizard: what changed between two reports\n"));
    QVERIFY(markdown.contains(
        "| Target | mi-one.abc123.database.windows.net, port 1433 | mi-one.abc123.database.windows.net, port 1433 |"));
    QVERIFY(markdown.contains("| Created | 2026-11-26 09:00:00 UTC | 2026-11-26 09:05:00 UTC |"));
    QVERIFY(
        markdown.contains("| Report verdict | problems: 1 error(s), 0 warning(s) | ok: 0 error(s), 0 warning(s) |"));
    QVERIFY(markdown.contains("**Verdict: better** — 5 better, 0 worse."));

    // A table row per check, each with as many cells as the header.
    const QStringList lines = markdown.split('\n');
    const qsizetype header = lines.indexOf("| Check | Before | After | Change | Latest summary |");
    QVERIFY(header >= 0);
    QCOMPARE(lines.at(header + 1), QStringLiteral("| --- | --- | --- | --- | --- |"));
    for (qsizetype i = 0; i < comparison.checks.size(); ++i) {
        const QString row = lines.at(header + 2 + i);
        QVERIFY2(row.startsWith(QStringLiteral("| Title of %1 (`%1`) |").arg(comparison.checks.at(i).id)),
                 qPrintable(row));
        QCOMPARE(row.count(QRegularExpression(R"((?<!\\)\|)")), 6);
    }
    QCOMPARE(lines.at(header + 2 + comparison.checks.size()), QString());
    QVERIFY(markdown.contains("| Title of tcp.gateway (`tcp.gateway`) | FAIL | PASS | better | "
                              "10.0.1.4:1433 \\| open \\<b\\>\\*fast\\*\\</b\\> next line |"));

    QVERIFY(markdown.contains("| Finding | Before | After | Change |"));
    QVERIFY(markdown.contains("| ↑ | Title of tcp.gateway-filtered (`tcp.gateway-filtered`) | ERROR | — | gone |"));
    QVERIFY(markdown.contains("| ↑ | Title of ok.all-checks-passed (`ok.all-checks-passed`) | — | INFO | new |"));
}

void tst_ReportComparison::jsonRendering()
{
    Report before = gatewayFiltered(0);
    before.input.scenarioId.clear();
    before.checks.append(check("legacy.ping", CheckStatus::Pass));
    const ReportComparison comparison = compareReports(before, healthy(5));
    const QJsonObject json = comparisonToJson(comparison);
    QCOMPARE(json.value("schema").toString(), QStringLiteral("miconnect.comparison/1"));
    QCOMPARE(json.value("verdict").toString(), QStringLiteral("better"));
    QCOMPARE(json.value("better").toInt(), 5);
    QCOMPARE(json.value("worse").toInt(), 0);
    QCOMPARE(json.value("same_target").toBool(false), true);

    const QJsonObject earlier = json.value("before").toObject();
    QCOMPARE(earlier.value("created").toString(), QStringLiteral("2026-11-26T09:00:00.000Z"));
    QCOMPARE(earlier.value("host").toString(), QStringLiteral("mi-one.abc123.database.windows.net"));
    QCOMPARE(earlier.value("port").toInt(), 1433);
    QVERIFY(earlier.contains("scenario"));
    QVERIFY(earlier.value("scenario").isNull());
    QCOMPARE(json.value("after").toObject().value("scenario").toString(), QStringLiteral("on-premises"));

    const QJsonArray checks = json.value("checks").toArray();
    QCOMPARE(checks.size(), 5);
    const QJsonObject gateway = checks.at(1).toObject();
    QCOMPARE(gateway.value("id").toString(), QStringLiteral("tcp.gateway"));
    QCOMPARE(gateway.value("title").toString(), QStringLiteral("Title of tcp.gateway"));
    QCOMPARE(gateway.value("before").toString(), QStringLiteral("fail"));
    QCOMPARE(gateway.value("after").toString(), QStringLiteral("pass"));
    QCOMPARE(gateway.value("change").toString(), QStringLiteral("better"));
    QCOMPARE(gateway.value("effect").toString(), QStringLiteral("better"));
    QCOMPARE(gateway.value("before_summary").toString(), QStringLiteral("10.0.1.4:1433: filtered"));
    QCOMPARE(gateway.value("after_summary").toString(), QStringLiteral("10.0.1.4:1433: 10 of 10 open"));
    const QJsonObject legacy = checks.at(4).toObject();
    QCOMPARE(legacy.value("id").toString(), QStringLiteral("legacy.ping"));
    QVERIFY(legacy.contains("after"));
    QVERIFY(legacy.value("after").isNull());
    QVERIFY(legacy.value("after_summary").isNull());
    QCOMPARE(legacy.value("change").toString(), QStringLiteral("removed"));
    QCOMPARE(legacy.value("effect").toString(), QStringLiteral("none"));

    const QJsonArray findings = json.value("findings").toArray();
    QCOMPARE(findings.size(), 2);
    const QJsonObject ok = findings.at(0).toObject();
    QCOMPARE(ok.value("id").toString(), QStringLiteral("ok.all-checks-passed"));
    QVERIFY(ok.contains("before"));
    QVERIFY(ok.value("before").isNull());
    QCOMPARE(ok.value("after").toString(), QStringLiteral("info"));
    QCOMPARE(ok.value("change").toString(), QStringLiteral("added"));
    const QJsonObject filtered = findings.at(1).toObject();
    QCOMPARE(filtered.value("before").toString(), QStringLiteral("error"));
    QVERIFY(filtered.value("after").isNull());
    QCOMPARE(filtered.value("change").toString(), QStringLiteral("removed"));
    QCOMPARE(filtered.value("effect").toString(), QStringLiteral("better"));
}

void tst_ReportComparison::realReportsFromTheCli()
{
    QVERIFY2(QFile::exists(cliPath()), "MICONNECT_CLI must point at the built miconnect-cli");
    QString why;
    if (!PortFixture::filteredEmulationAvailable(&why))
        QSKIP(qPrintable(why));
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const auto demoReport = [&directory](const QString &profile, int exitCode) -> std::optional<Report> {
        const QString path = directory.filePath(profile + ".json");
        const CliRun run = runCli({ "demo", "--quiet", "--json", path, "--profile", profile });
        if (run.crashed || run.exitCode != exitCode) {
            qWarning("demo --profile %s: exit code %d, %s", qPrintable(profile), run.exitCode, run.err.constData());
            return std::nullopt;
        }
        const ReportReadResult read = readReportFile(path);
        if (!read.report)
            qWarning("%s", qPrintable(read.error));
        return read.report;
    };
    const std::optional<Report> filteredReport = demoReport("gateway-filtered", 1);
    QVERIFY(filteredReport);
    const std::optional<Report> healthyReport = demoReport("healthy", 0);
    QVERIFY(healthyReport);

    const ReportComparison fixed = compareReports(*filteredReport, *healthyReport);
    QVERIFY(fixed.sameTarget);
    QCOMPARE(fixed.verdict(), QStringLiteral("better"));
    QCOMPARE(fixed.worse(), 0);
    const CheckComparison *gateway = checkById(fixed, "tcp.gateway");
    QVERIFY(gateway);
    QCOMPARE(gateway->before, CheckStatus::Fail);
    QCOMPARE(gateway->after, CheckStatus::Pass);
    QCOMPARE(gateway->change, ReportChange::Better);
    for (const CheckComparison &entry : fixed.checks)
        QVERIFY2(entry.change == ReportChange::Better || entry.change == ReportChange::Same, qPrintable(entry.id));
    const FindingComparison *blocked = findingById(fixed, "tcp.gateway-filtered");
    QVERIFY(blocked);
    QCOMPARE(blocked->change, ReportChange::Removed);
    QVERIFY(blocked->improvement());
    QVERIFY(findingById(fixed, "ok.all-checks-passed")->improvement());

    const QString text = comparisonToText(fixed);
    QVERIFY2(text.contains(QRegularExpression(R"(\n  tcp\.gateway +FAIL → PASS +better +Connect)")), qPrintable(text));
    QVERIFY(text.contains("\nVerdict: better — "));
    QCOMPARE(comparisonToJson(fixed).value("verdict").toString(), QStringLiteral("better"));

    // And the other way round: the NSG rule put back.
    const ReportComparison broken = compareReports(*healthyReport, *filteredReport);
    QCOMPARE(broken.verdict(), QStringLiteral("worse"));
    QCOMPARE(checkById(broken, "tcp.gateway")->change, ReportChange::Worse);
    QCOMPARE(broken.better(), 0);
}

QTEST_GUILESS_MAIN(tst_ReportComparison)
#include "tst_reportcomparison.moc"

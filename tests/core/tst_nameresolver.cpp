#include "probe/nameresolver.h"
#include "support/fakednsserver.h"
#include "support/loopback.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace std::chrono_literals;

// No test here asks the machine's configured DNS server: names come from overrides, from
// /etc/hosts (localhost), or from a fake server on loopback (root only, for port 53).
class tst_NameResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void overrides();
    void overrideEntries_data();
    void overrideEntries();
    void literal();
    void localhostThroughTheSystemResolver();
    void cnameChainFromDns();
    void notFoundFromDns();
    void silentServerTimesOut();
    void cancel();

private:
    DnsAnswer resolve(NameResolver &resolver, const QString &host, std::chrono::milliseconds timeout = 5s);
    bool startFakeServer(FakeDnsServer &server, QHostAddress *address);
};

void tst_NameResolver::initTestCase()
{
    qRegisterMetaType<DnsAnswer>();
}

DnsAnswer tst_NameResolver::resolve(NameResolver &resolver, const QString &host, std::chrono::milliseconds timeout)
{
    QSignalSpy finished(&resolver, &NameResolver::finished);
    resolver.start(host, timeout);
    if (!finished.wait(20000))
        return {};
    return finished.first().at(0).value<DnsAnswer>();
}

bool tst_NameResolver::startFakeServer(FakeDnsServer &server, QHostAddress *address)
{
    *address = uniqueLoopbackAddress();
    QString error;
    return server.listen(*address, &error);
}

void tst_NameResolver::overrides()
{
    ResolveOverrides overrides;
    QString error;
    QVERIFY(overrides.add(QStringLiteral("MI.zone.database.windows.net=10.0.0.4"), &error));
    QVERIFY(overrides.add(QStringLiteral("mi.zone.database.windows.net=[fd00::4]"), &error));
    NameResolver resolver;
    resolver.setOverrides(overrides);
    const DnsAnswer answer = resolve(resolver, QStringLiteral("mi.ZONE.database.windows.net"));
    QCOMPARE(answer.outcome, DnsAnswer::Outcome::Overridden);
    QCOMPARE(answer.addresses.size(), 2);
    QCOMPARE(answer.addresses.at(0), QHostAddress(QStringLiteral("10.0.0.4")));
    QCOMPARE(answer.addresses.at(1), QHostAddress(QStringLiteral("fd00::4")));
    QVERIFY(!answer.dnsQueried);
}

void tst_NameResolver::overrideEntries_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ipv4") << "host=10.0.0.4" << true;
    QTest::newRow("ipv6 bracketed") << "host=[::1]" << true;
    QTest::newRow("ipv6 bare") << "host=::1" << true;
    QTest::newRow("no address") << "host=" << false;
    QTest::newRow("no host") << "=10.0.0.4" << false;
    QTest::newRow("no equals") << "host" << false;
    QTest::newRow("name as address") << "host=other.example" << false;
}

void tst_NameResolver::overrideEntries()
{
    QFETCH(QString, entry);
    QFETCH(bool, valid);
    ResolveOverrides overrides;
    QString error;
    QCOMPARE(overrides.add(entry, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void tst_NameResolver::literal()
{
    NameResolver resolver;
    const DnsAnswer answer = resolve(resolver, QStringLiteral("10.1.2.3"));
    QCOMPARE(answer.outcome, DnsAnswer::Outcome::Literal);
    QCOMPARE(answer.addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("10.1.2.3"))});
}

void tst_NameResolver::localhostThroughTheSystemResolver()
{
    NameResolver resolver;
    resolver.setChainLookupEnabled(false); // the hosts file answers; DNS is not to be asked
    const DnsAnswer answer = resolve(resolver, QStringLiteral("localhost"));
    QCOMPARE(dnsOutcomeId(answer.outcome), QStringLiteral("resolved"));
    QVERIFY(answer.addresses.contains(QHostAddress(QHostAddress::LocalHost))
            || answer.addresses.contains(QHostAddress(QHostAddress::LocalHostIPv6)));
    QVERIFY(answer.systemMs > 0.0);
    QVERIFY(!answer.dnsQueried);
}

void tst_NameResolver::cnameChainFromDns()
{
    FakeDnsServer server;
    QHostAddress serverAddress;
    if (!startFakeServer(server, &serverAddress))
        QSKIP("binding UDP port 53 needs root");
    const QString host = QStringLiteral("mi1.a1b2c3d4e5f6.database.windows.net");
    const QString privateLink = QStringLiteral("mi1.privatelink.a1b2c3d4e5f6.database.windows.net");
    server.addCname(host, privateLink);
    server.addAddress(privateLink, QHostAddress(QStringLiteral("10.20.0.5")));
    server.addAddress(privateLink, QHostAddress(QStringLiteral("fd00::5")));

    NameResolver resolver;
    resolver.setNameserver(serverAddress);
    const DnsAnswer answer = resolve(resolver, host);
    QCOMPARE(dnsOutcomeId(answer.outcome), QStringLiteral("resolved"));
    QCOMPARE(answer.cnameChain, QStringList{privateLink});
    QVERIFY(answer.addresses.contains(QHostAddress(QStringLiteral("10.20.0.5"))));
    QVERIFY(answer.addresses.contains(QHostAddress(QStringLiteral("fd00::5"))));
    QVERIFY(answer.dnsMs > 0.0);
    QVERIFY(server.queries() >= 2); // A and AAAA
}

void tst_NameResolver::notFoundFromDns()
{
    FakeDnsServer server;
    QHostAddress serverAddress;
    if (!startFakeServer(server, &serverAddress))
        QSKIP("binding UDP port 53 needs root");
    NameResolver resolver;
    resolver.setNameserver(serverAddress);
    const DnsAnswer answer = resolve(resolver, QStringLiteral("nosuch.a1b2c3d4e5f6.database.windows.net"));
    QCOMPARE(dnsOutcomeId(answer.outcome), QStringLiteral("not-found"));
    QVERIFY(answer.addresses.isEmpty());
    QVERIFY(!answer.errorText.isEmpty());
}

void tst_NameResolver::silentServerTimesOut()
{
    // A bound socket that never answers: queries vanish as they would at a dead server.
    QUdpSocket silent;
    const QHostAddress address = uniqueLoopbackAddress();
    if (!silent.bind(address, 53))
        QSKIP("binding UDP port 53 needs root");
    NameResolver resolver;
    resolver.setNameserver(address);
    const DnsAnswer answer = resolve(resolver, QStringLiteral("mi1.zone.database.windows.net"), 300ms);
    QCOMPARE(dnsOutcomeId(answer.outcome), QStringLiteral("timed-out"));
}

void tst_NameResolver::cancel()
{
    QUdpSocket silent;
    const QHostAddress address = uniqueLoopbackAddress();
    if (!silent.bind(address, 53))
        QSKIP("binding UDP port 53 needs root");
    NameResolver resolver;
    resolver.setNameserver(address);
    QSignalSpy finished(&resolver, &NameResolver::finished);
    resolver.start(QStringLiteral("mi1.zone.database.windows.net"), 60s);
    resolver.cancel();
    const DnsAnswer answer = resolve(resolver, QStringLiteral("10.0.0.1"));
    QCOMPARE(answer.outcome, DnsAnswer::Outcome::Literal);
    // Exactly one answer arrived, and it is the literal's: nothing of the cancelled lookup.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<DnsAnswer>().outcome, DnsAnswer::Outcome::Literal);
}

QTEST_GUILESS_MAIN(tst_NameResolver)
#include "tst_nameresolver.moc"

#include "probe/tdspreloginprobe.h"
#include "probe/tlsprobe.h"
#include "sim/simulatedinstance.h"
#include "support/loopback.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// The PRELOGIN and TLS probes against the simulator's gateway in every behaviour, hostile ones
// included: each must end in a clear classification within its timeout, without crash or leak.
class tst_ProtocolProbes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void prelogin_data();
    void prelogin();
    void tls_data();
    void tls();
    void tlsAgainstHostileServers_data();
    void tlsAgainstHostileServers();
    void cancelledTlsProbeReportsNothing();

private:
    SimulatedGateway *startGateway(const QString &profile, QHostAddress *address);
};

namespace {
constexpr auto probeTimeout = 600ms;
// The time a classification may take beyond the probe's timeout: event-loop latency, not waiting.
constexpr int marginMs = 700;
const QString simHost = QStringLiteral("sim-mi.51a7ed0c0de5.database.windows.net");
} // namespace

void tst_ProtocolProbes::initTestCase()
{
    qRegisterMetaType<PreloginResult>();
    qRegisterMetaType<TlsResult>();
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
}

SimulatedGateway *tst_ProtocolProbes::startGateway(const QString &profileName, QHostAddress *address)
{
    const SimProfile *profile = findSimProfile(profileName);
    if (!profile)
        return nullptr;
    auto *gateway = new SimulatedGateway(this);
    *address = uniqueLoopbackAddress();
    QString error;
    if (!gateway->listen(*address, 1433, SimulatedInstance::gatewaySettingsFor(*profile), &error)) {
        qWarning() << error;
        delete gateway;
        return nullptr;
    }
    return gateway;
}

void tst_ProtocolProbes::prelogin_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("looksLike");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("healthy") << "healthy"
                             << "sql-server"
                             << "tds"
                             << "";
    QTest::newRow("http-banner") << "http-banner"
                                 << "not-sql-server"
                                 << "http"
                                 << "HTTP/1.1 400 Bad Request";
    QTest::newRow("tls-only") << "tls-only"
                              << "not-sql-server"
                              << "tls"
                              << "15 03 03 00 02 02 32";
    QTest::newRow("garbage") << "garbage"
                             << "not-sql-server"
                             << "binary"
                             << "29 72 bb";
    QTest::newRow("truncated-reply") << "truncated-reply"
                                     << "closed-during-reply"
                                     << "tds"
                                     << "12 bytes";
    QTest::newRow("absurd-length") << "absurd-length"
                                   << "malformed"
                                   << "tds"
                                   << "65535";
    QTest::newRow("slow-trickle") << "slow-trickle"
                                  << "no-response"
                                  << "tds"
                                  << "not complete";
    QTest::newRow("close-mid-reply") << "close-mid-reply"
                                     << "closed-during-reply"
                                     << "tds"
                                     << "not complete";
    QTest::newRow("never-answers") << "never-answers"
                                   << "no-response"
                                   << "binary"
                                   << "nothing arrived";
}

void tst_ProtocolProbes::prelogin()
{
    QFETCH(QString, profile);
    QFETCH(QString, outcome);
    QFETCH(QString, looksLike);
    QFETCH(QString, evidence);
    QHostAddress address;
    SimulatedGateway *gateway = startGateway(profile, &address);
    QVERIFY(gateway);

    TdsPreloginProbe probe;
    QSignalSpy finished(&probe, &TdsPreloginProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start(address, 1433, probeTimeout);
    QVERIFY(finished.wait(int(probeTimeout.count()) + marginMs));
    QVERIFY2(clock.elapsed() <= probeTimeout.count() + marginMs, qPrintable(QString::number(clock.elapsed())));
    const auto result = finished.first().at(0).value<PreloginResult>();
    QCOMPARE(preloginOutcomeId(result.outcome), outcome);
    if (result.outcome == PreloginResult::Outcome::SqlServer) {
        QCOMPARE(result.reply->version.toString(), QStringLiteral("16.0.4165.4"));
        QCOMPARE(result.reply->encryptionMode(), Tds::Encryption::Required);
        QVERIFY(result.replyMs > 0.0);
        QCOMPARE(gateway->preloginsAnswered(), 1);
    } else {
        if (result.outcome == PreloginResult::Outcome::NotSqlServer)
            QCOMPARE(Tds::peerKindId(result.peerKind), looksLike);
        QVERIFY2(result.evidence.contains(evidence), qPrintable(result.evidence));
    }
    delete gateway;
}

void tst_ProtocolProbes::tls_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("trustSimulatorCa");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("nameMatches");
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<QString>("alert");
    const int tds7 = int(TlsResult::Mode::Tds7);
    const int strict = int(TlsResult::Mode::Strict);
    QTest::newRow("tds7 healthy") << "healthy" << tds7 << true << "established"
                                  << "TLS 1.2" << true << true << "";
    QTest::newRow("strict healthy") << "healthy" << strict << true << "established"
                                    << "TLS 1.3" << true << true << "";
    QTest::newRow("tds7 unknown CA") << "healthy" << tds7 << false << "established"
                                     << "TLS 1.2" << true << false << "";
    QTest::newRow("tds7 inspected") << "tls-untrusted" << tds7 << true << "established"
                                    << "TLS 1.2" << true << false << "";
    QTest::newRow("strict inspected") << "tls-untrusted" << strict << true << "established"
                                      << "TLS 1.3" << true << false << "";
    QTest::newRow("tds7 wrong name") << "tls-name-mismatch" << tds7 << true << "established"
                                     << "TLS 1.2" << false << true << "";
    QTest::newRow("strict wrong name") << "tls-name-mismatch" << strict << true << "established"
                                       << "TLS 1.3" << false << true << "";
    QTest::newRow("tds7 too old") << "tls-too-old" << tds7 << true << "handshake-failed"
                                  << "" << false << false << "protocol_version";
    QTest::newRow("strict too old") << "tls-too-old" << strict << true << "handshake-failed"
                                    << "" << false << false << "protocol_version";
    QTest::newRow("tds7 refused") << "tls-handshake-failure" << tds7 << true << "handshake-failed"
                                  << "" << false << false << "handshake_failure";
}

void tst_ProtocolProbes::tls()
{
    QFETCH(QString, profile);
    QFETCH(int, mode);
    QFETCH(bool, trustSimulatorCa);
    QFETCH(QString, outcome);
    QFETCH(QString, protocol);
    QFETCH(bool, nameMatches);
    QFETCH(bool, trusted);
    QFETCH(QString, alert);
    QHostAddress address;
    SimulatedGateway *gateway = startGateway(profile, &address);
    QVERIFY(gateway);

    TlsProbe probe;
    QSignalSpy finished(&probe, &TlsProbe::finished);
    TlsProbeRequest request;
    request.address = address;
    request.hostName = simHost;
    request.mode = TlsResult::Mode(mode);
    request.timeout = 5s;
    if (trustSimulatorCa)
        request.extraCaCertificates = SimulatedInstance::trustedCertificates();
    probe.start(request);
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().at(0).value<TlsResult>();
    QCOMPARE(tlsOutcomeId(result.outcome), outcome);
    if (result.outcome == TlsResult::Outcome::Established) {
        QCOMPARE(result.protocol, protocol);
        QCOMPARE(result.hostNameMatches, nameMatches);
        QCOMPARE(result.chainTrusted, trusted);
        QCOMPARE(result.possibleInspection(), !trusted);
        QVERIFY(!result.cipher.isEmpty());
        QVERIFY(!result.chain.isEmpty());
        QVERIFY(result.chain.first().notAfter > QDateTime::currentDateTimeUtc());
        QVERIFY(result.handshakeMs > 0.0);
        if (profile == QLatin1String("tls-untrusted"))
            QCOMPARE(result.chain.first().issuer, QStringLiteral("Contoso TLS Inspection CA"));
        if (result.mode == TlsResult::Mode::Strict) {
            QCOMPARE(result.alpn, QStringLiteral("tds/8.0"));
            QVERIFY(result.prelogin);
            QCOMPARE(preloginOutcomeId(result.prelogin->outcome), QStringLiteral("sql-server"));
            QCOMPARE(result.prelogin->reply->version.toString(), QStringLiteral("16.0.4165.4"));
        } else {
            QVERIFY(result.prelogin); // the PRELOGIN in the clear that came first
            QCOMPARE(result.prelogin->reply->encryptionMode(), Tds::Encryption::Required);
        }
        QTRY_COMPARE(gateway->tlsSessionsEstablished(), 1);
    } else {
        QVERIFY(result.alert);
        QCOMPARE(result.alert->name(), alert);
        QCOMPARE(result.versionTooOld(), alert == QLatin1String("protocol_version"));
    }
    delete gateway;
}

void tst_ProtocolProbes::tlsAgainstHostileServers_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("outcome");
    for (const char *profile : { "http-banner", "tls-only", "garbage", "truncated-reply", "absurd-length",
                                 "slow-trickle", "close-mid-reply", "never-answers" }) {
        const bool timesOut = QByteArray(profile) == "slow-trickle" || QByteArray(profile) == "never-answers";
        QTest::addRow("tds7 %s", profile)
            << profile << int(TlsResult::Mode::Tds7) << (timesOut ? "timed-out" : "prelogin-failed");
        QTest::addRow("strict %s", profile) << profile << int(TlsResult::Mode::Strict) << "";
    }
}

void tst_ProtocolProbes::tlsAgainstHostileServers()
{
    QFETCH(QString, profile);
    QFETCH(int, mode);
    QFETCH(QString, outcome);
    QHostAddress address;
    SimulatedGateway *gateway = startGateway(profile, &address);
    QVERIFY(gateway);
    TlsProbe probe;
    QSignalSpy finished(&probe, &TlsProbe::finished);
    TlsProbeRequest request;
    request.address = address;
    request.hostName = simHost;
    request.mode = TlsResult::Mode(mode);
    request.timeout = probeTimeout;
    QElapsedTimer clock;
    clock.start();
    probe.start(request);
    QVERIFY(finished.wait(int(probeTimeout.count()) + marginMs));
    QVERIFY(clock.elapsed() <= probeTimeout.count() + marginMs);
    const auto result = finished.first().at(0).value<TlsResult>();
    QVERIFY2(result.outcome != TlsResult::Outcome::Established, qPrintable(tlsOutcomeId(result.outcome)));
    if (!outcome.isEmpty())
        QCOMPARE(tlsOutcomeId(result.outcome), outcome);
    QVERIFY(!result.error.isEmpty() || result.alert);
    delete gateway;
}

void tst_ProtocolProbes::cancelledTlsProbeReportsNothing()
{
    QHostAddress address;
    SimulatedGateway *gateway = startGateway(QStringLiteral("never-answers"), &address);
    QVERIFY(gateway);
    TlsProbe probe;
    QSignalSpy finished(&probe, &TlsProbe::finished);
    TlsProbeRequest request;
    request.address = address;
    request.hostName = simHost;
    request.timeout = 600s;
    probe.start(request);
    QTRY_COMPARE(gateway->connectionsAccepted(), 1);
    probe.cancel();
    QVERIFY(!probe.isRunning());
    // A new run on the same probe reports its own result only.
    SimulatedGateway *healthy = startGateway(QStringLiteral("healthy"), &address);
    QVERIFY(healthy);
    request.address = address;
    request.timeout = 5s;
    request.extraCaCertificates = SimulatedInstance::trustedCertificates();
    probe.start(request);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<TlsResult>().outcome, TlsResult::Outcome::Established);
    delete gateway;
    delete healthy;
}

QTEST_GUILESS_MAIN(tst_ProtocolProbes)
#include "tst_protocolprobes.moc"

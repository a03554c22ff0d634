#include "probe/tdspreloginprobe.h"
#include "probe/tlsprobe.h"
#include "sim/simulatedinstance.h"
#include "support/loopback.h"
#include "support/netns.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>

using namespace std::chrono_literals;

// Our bytes, read by implementations nobody here wrote. Each check skips when its tool is absent.
//  - nmap's service detection (-sV) must read the simulator's SQL Server version from its PRELOGIN
//    answer (the ms-sql-info script runs too, but nmap 7.93's script crashes against any SQL Server:
//    nmap issue #2622; its version line comes from -sV's own ms-sql-s probe).
//  - Wireshark's TDS dissector must decode a capture of our probes: the PRELOGIN, the answer, and the
//    TLS handshake carried inside TDS packets.
class tst_Independent : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void nmapReadsTheSimulatorsVersion();
    void wiresharkDecodesOurPrelogin();

private:
    // Runs a program while this thread's event loop keeps serving the simulator.
    QByteArray runServing(const QString &program, const QStringList &arguments, int timeoutMs,
                          QByteArray *err = nullptr);

    QHostAddress m_address;
    SimulatedGateway *m_gateway = nullptr;
};

void tst_Independent::initTestCase()
{
    m_gateway = new SimulatedGateway(this);
    m_address = uniqueLoopbackAddress();
    QString error;
    QVERIFY2(m_gateway->listen(m_address, 1433,
                               SimulatedInstance::gatewaySettingsFor(*findSimProfile(QStringLiteral("healthy"))),
                               &error),
             qPrintable(error));
}

QByteArray tst_Independent::runServing(const QString &program, const QStringList &arguments, int timeoutMs,
                                       QByteArray *err)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    if (err)
        *err = process.readAllStandardError();
    return process.readAllStandardOutput();
}

void tst_Independent::nmapReadsTheSimulatorsVersion()
{
    const QString nmap = QStandardPaths::findExecutable(QStringLiteral("nmap"));
    if (nmap.isEmpty())
        QSKIP("nmap is not installed");
    const QByteArray xml
        = runServing(nmap,
                     { QStringLiteral("-sV"), QStringLiteral("-Pn"), QStringLiteral("-n"), QStringLiteral("-p"),
                       QStringLiteral("1433"), QStringLiteral("--script"), QStringLiteral("ms-sql-info"),
                       QStringLiteral("-oX"), QStringLiteral("-"), m_address.toString() },
                     120000);
    QString product;
    QString version;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("service")) {
            product = reader.attributes().value(QLatin1String("product")).toString();
            version = reader.attributes().value(QLatin1String("version")).toString();
        }
    }
    QVERIFY2(!product.isEmpty(), xml.constData());
    QCOMPARE(product, QStringLiteral("Microsoft SQL Server 2022"));
    // nmap writes 16.0.4165.4 as 16.00.4165.04.
    QVERIFY2(version.startsWith(QLatin1String("16.00.4165")), qPrintable(version));
    QVERIFY(m_gateway->preloginsAnswered() >= 1);
}

void tst_Independent::wiresharkDecodesOurPrelogin()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed");
    if (!TestNetns::isRoot())
        QSKIP("capturing on the loopback interface needs root");
    QTemporaryDir directory;
    const QString capture = directory.filePath(QStringLiteral("probe.pcapng"));

    QProcess capturer;
    // -P prints a line per packet while writing the file: the only sure sign the filter is live
    // (dumpcap reports "Capture started" a while before packets are really recorded).
    // -l flushes that line at once: stdout is a pipe here, which would otherwise hold it back.
    capturer.start(tshark,
                   { QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-P"), QStringLiteral("-l"),
                     QStringLiteral("-f"), QStringLiteral("tcp port 1433 and host %1").arg(m_address.toString()),
                     QStringLiteral("-w"), capture });
    QTcpSocket canary;
    bool live = false; // QTRY evaluates its expression more than once: the answer must stick
    const auto captureIsLive = [&] {
        live = live || !capturer.readAllStandardOutput().isEmpty();
        if (!live) {
            canary.abort();
            canary.connectToHost(m_address, 1433); // a handshake the capture will show once it is live
        }
        return live;
    };
    QTRY_VERIFY_WITH_TIMEOUT(captureIsLive(), 30000);
    canary.abort();

    TdsPreloginProbe prelogin;
    QSignalSpy preloginDone(&prelogin, &TdsPreloginProbe::finished);
    prelogin.start(m_address, 1433, 5s);
    QVERIFY(preloginDone.wait(10000));
    TlsProbe tls;
    QSignalSpy tlsDone(&tls, &TlsProbe::finished);
    TlsProbeRequest request;
    request.address = m_address;
    request.hostName = QStringLiteral("sim-mi.51a7ed0c0de5.database.windows.net");
    request.extraCaCertificates = SimulatedInstance::trustedCertificates();
    tls.start(request);
    QVERIFY(tlsDone.wait(10000));
    QCOMPARE(tlsDone.first().at(0).value<TlsResult>().outcome, TlsResult::Outcome::Established);

    // tshark handles packets in order: once it has printed the SYN of one last connection, every packet
    // of the probes is in the file. Stopping earlier would drop what is still in dumpcap's pipe.
    QTcpSocket marker;
    marker.connectToHost(m_address, 1433);
    QVERIFY(marker.waitForConnected(5000));
    const QByteArray markerLine
        = QByteArray::number(marker.localPort()) + " \xe2\x86\x92 1433 [SYN]"; // "PORT → 1433 [SYN]"
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += capturer.readAllStandardOutput()).contains(markerLine), 30000);
    marker.abort();

    // SIGINT is tshark's "stop and write everything out"; SIGTERM can lose what is still buffered.
    ::kill(pid_t(capturer.processId()), SIGINT);
    QSignalSpy capturerDone(&capturer, &QProcess::finished);
    QVERIFY(capturer.state() == QProcess::NotRunning || capturerDone.wait(30000));

    QByteArray errors;
    const QByteArray decoded
        = runServing(tshark,
                     { QStringLiteral("-r"), capture, QStringLiteral("-d"), QStringLiteral("tcp.port==1433,tds"),
                       QStringLiteral("-Y"), QStringLiteral("tds"), QStringLiteral("-V") },
                     60000, &errors);
    QVERIFY2(decoded.contains("Tabular Data Stream"),
             (errors + capturer.readAllStandardError() + decoded.left(3000)).constData());
    QVERIFY(decoded.contains("TDS7 pre-login message (18)"));
    QVERIFY(decoded.contains("Encryption: Encryption is available and on (1)")); // what we asked for
    QVERIFY(decoded.contains("Version: 16.0.4165")); // what the simulator said
    QVERIFY(decoded.contains("Encryption: Encryption is required (3)"));
    // The TLS handshake inside TDS packets, as Wireshark's dissector expects it.
    QVERIFY(decoded.contains("Handshake Type: Client Hello (1)"));
    QVERIFY(decoded.contains("Handshake Type: Certificate (11)"));
}

QTEST_GUILESS_MAIN(tst_Independent)
#include "tst_independent.moc"

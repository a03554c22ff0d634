#include "client/driverinventory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The client-side driver inventory: odbcinst.ini as unixODBC reads it, the version and minimum
// rules, and the real odbcinst program finding the file.
class tst_DriverInventory : public QObject {
    Q_OBJECT

private slots:
    void versionsFromPath_data();
    void versionsFromPath();
    void compareVersions_data();
    void compareVersions();
    void realisticIni();
    void flags_data();
    void flags();
    void iniQuirks();
    void rejectedByUnixOdbc_data();
    void rejectedByUnixOdbc();
    void odbcinstOutput();
    void realOdbcinst();
    void realOdbcinstWithInstIniName();
    void withoutOdbcinstReadsDefaultFile();
    void withoutUnixOdbc();
    void init();
};

namespace {

// As Microsoft's msodbcsql18 / msodbcsql17 packages write their registration, plus others a
// machine collects: an old 13.1, FreeTDS, and a PostgreSQL driver that is no SQL Server driver.
const QString machineIni = QStringLiteral("# unixODBC drivers, maintained by hand and by packages\n"
                                          "[ODBC]\n"
                                          "Trace=No\n"
                                          "\n"
                                          "[PostgreSQL Unicode]\n"
                                          "Description=PostgreSQL ODBC driver (Unicode version)\n"
                                          "Driver=psqlodbcw.so\n"
                                          "Setup=libodbcpsqlS.so\n"
                                          "\n"
                                          "[ODBC Driver 18 for SQL Server]\n"
                                          "Description=Microsoft ODBC Driver 18 for SQL Server\n"
                                          "Driver=/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1\n"
                                          "UsageCount=1\n"
                                          "\n"
                                          "[ODBC Driver 17 for SQL Server]\n"
                                          "Description=Microsoft ODBC Driver 17 for SQL Server\n"
                                          "Driver=/opt/microsoft/msodbcsql17/lib64/libmsodbcsql-17.10.so.5.1\n"
                                          "UsageCount=1\n"
                                          "\n"
                                          "; kept for an old application\n"
                                          "[ODBC Driver 13 for SQL Server]\n"
                                          "Description=Microsoft ODBC Driver 13 for SQL Server\n"
                                          "Driver=/opt/microsoft/msodbcsql/lib64/libmsodbcsql-13.1.so.9.2\n"
                                          "UsageCount=1\n"
                                          "\n"
                                          "[FreeTDS]\n"
                                          "Description=TDS driver (Sybase/MS SQL)\n"
                                          "Driver=/usr/lib/x86_64-linux-gnu/odbc/libtdsodbc.so\n"
                                          "Setup=/usr/lib/x86_64-linux-gnu/odbc/libtdsS.so\n"
                                          "CPTimeout=\n"
                                          "CPReuse=\n");

QStringList namesOf(const DriverInventory &inventory)
{
    QStringList names;
    for (const InstalledDriver &driver : inventory.drivers)
        names << driver.name;
    return names;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Tests hide odbcinst by pointing PATH at an empty directory; each starts from the real one.
const QByteArray originalPath = qgetenv("PATH");

} // namespace

void tst_DriverInventory::init()
{
    qputenv("PATH", originalPath);
    qunsetenv("ODBCSYSINI");
    qunsetenv("ODBCINSTINI");
}

void tst_DriverInventory::versionsFromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");

    QTest::newRow("18.3") << "/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1"
                          << ""
                          << "18.3.2.1";
    QTest::newRow("17.10") << "/opt/microsoft/msodbcsql17/lib64/libmsodbcsql-17.10.so.5.1"
                           << ""
                           << "17.10.5.1";
    QTest::newRow("13.1") << "/opt/microsoft/msodbcsql/lib64/libmsodbcsql-13.1.so.9.2"
                          << ""
                          << "13.1.9.2";
    QTest::newRow("18.1.2.1") << "libmsodbcsql-18.1.so.2.1"
                              << ""
                              << "18.1.2.1";
    QTest::newRow("no .so numbers") << "/usr/lib/libmsodbcsql-18.so"
                                    << ""
                                    << "18";
    QTest::newRow("macOS") << "/opt/homebrew/lib/libmsodbcsql.18.dylib"
                           << ""
                           << "18";
    QTest::newRow("file beats name") << "/opt/x/libmsodbcsql-17.10.so.5.1"
                                     << "ODBC Driver 18 for SQL Server"
                                     << "17.10.5.1";
    QTest::newRow("name's major") << "C:\\Windows\\system32\\msodbcsql17.dll"
                                  << "ODBC Driver 17 for SQL Server"
                                  << "17";
    QTest::newRow("unversioned library") << "/opt/x/libmsodbcsql.so"
                                         << "ODBC Driver 18 for SQL Server"
                                         << "18";
    QTest::newRow("nothing tells") << "/opt/x/libmsodbcsql.so"
                                   << "MSSQL"
                                   << "";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
    QTest::newRow("other library") << "/usr/lib/libtdsodbc.so.0.0.0"
                                   << ""
                                   << "";
}

void tst_DriverInventory::versionsFromPath()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QCOMPARE(msodbcsqlVersionFromPath(path, name), version);
}

void tst_DriverInventory::compareVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");

    QTest::newRow("numeric, not text") << "17.10"
                                       << "17.9" << 1;
    QTest::newRow("reverse") << "17.9"
                             << "17.10" << -1;
    QTest::newRow("missing part is 0") << "17"
                                       << "17.0.0" << 0;
    QTest::newRow("equal") << "18.1.2.1"
                           << "18.1.2.1" << 0;
    QTest::newRow("one build short") << "18.1.1.1"
                                     << "18.1.2.1" << -1;
    QTest::newRow("longer and later") << "18.1.2.1"
                                      << "18.1.2" << 1;
    QTest::newRow("major decides") << "13.1.9.2"
                                   << "17" << -1;
    QTest::newRow("double digit major") << "100"
                                        << "99.99" << 1;
    QTest::newRow("leading digits of a part") << "18.2-beta"
                                              << "18.1.9" << 1;
    QTest::newRow("empty is zero") << ""
                                   << "0" << 0;
}

void tst_DriverInventory::compareVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int result = ::compareVersions(a, b);
    QCOMPARE((result > 0) - (result < 0), sign);
}

void tst_DriverInventory::realisticIni()
{
    const DriverInventory inventory = parseOdbcInstIni(machineIni, QStringLiteral("/etc/odbcinst.ini"));
    QCOMPARE(inventory.source, QStringLiteral("/etc/odbcinst.ini"));
    QVERIFY2(inventory.error.isEmpty(), qPrintable(inventory.error));
    // [ODBC] and PostgreSQL are not SQL Server drivers; the rest keep the file's order.
    QCOMPARE(namesOf(inventory),
             QStringList({ "ODBC Driver 18 for SQL Server", "ODBC Driver 17 for SQL Server",
                           "ODBC Driver 13 for SQL Server", "FreeTDS" }));

    const InstalledDriver &odbc18 = inventory.drivers.at(0);
    QCOMPARE(odbc18.family, QStringLiteral("msodbcsql"));
    QCOMPARE(odbc18.version, QStringLiteral("18.3.2.1"));
    QCOMPARE(odbc18.path, QStringLiteral("/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1"));
    QCOMPARE(odbc18.source, QStringLiteral("/etc/odbcinst.ini"));
    QVERIFY(odbc18.meetsMinimum);
    QVERIFY(odbc18.supportsStrict);
    QCOMPARE(odbc18.minimumNote, QString());

    const InstalledDriver &odbc17 = inventory.drivers.at(1);
    QCOMPARE(odbc17.version, QStringLiteral("17.10.5.1"));
    QVERIFY(odbc17.meetsMinimum);
    QVERIFY(!odbc17.supportsStrict);
    QVERIFY2(odbc17.minimumNote.contains(QLatin1String("18.1.2.1")), qPrintable(odbc17.minimumNote));

    const InstalledDriver &odbc13 = inventory.drivers.at(2);
    QCOMPARE(odbc13.version, QStringLiteral("13.1.9.2"));
    QVERIFY(!odbc13.meetsMinimum);
    QVERIFY(!odbc13.supportsStrict);
    QCOMPARE(odbc13.minimumNote,
             QStringLiteral("ODBC Driver 13 is older than ODBC Driver 17, the oldest Managed Instance supports."));

    const InstalledDriver &freeTds = inventory.drivers.at(3);
    QCOMPARE(freeTds.family, QStringLiteral("freetds"));
    QCOMPARE(freeTds.version, QString());
    QCOMPARE(freeTds.path, QStringLiteral("/usr/lib/x86_64-linux-gnu/odbc/libtdsodbc.so"));
    QVERIFY(freeTds.meetsMinimum);
    QVERIFY(!freeTds.supportsStrict);
    QCOMPARE(freeTds.minimumNote, QString());
}

void tst_DriverInventory::flags_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("meetsMinimum");
    QTest::addColumn<bool>("supportsStrict");
    QTest::addColumn<QString>("noteMentions"); // empty: no note at all

    QTest::newRow("first strict release") << "ODBC Driver 18 for SQL Server"
                                          << "/o/libmsodbcsql-18.1.so.2.1"
                                          << "msodbcsql"
                                          << "18.1.2.1" << true << true << "";
    QTest::newRow("one before strict") << "ODBC Driver 18 for SQL Server"
                                       << "/o/libmsodbcsql-18.1.so.1.1"
                                       << "msodbcsql"
                                       << "18.1.1.1" << true << false << "18.1.2.1";
    QTest::newRow("18.0") << "ODBC Driver 18 for SQL Server"
                          << "/o/libmsodbcsql-18.0.so.1.1"
                          << "msodbcsql"
                          << "18.0.1.1" << true << false << "cannot use Encrypt=Strict";
    QTest::newRow("18 by name only") << "ODBC Driver 18 for SQL Server"
                                     << "/o/libmsodbcsql.so"
                                     << "msodbcsql"
                                     << "18" << true << false << "exact version of ODBC Driver 18 is unknown";
    QTest::newRow("oldest supported") << "ODBC Driver 17 for SQL Server"
                                      << "/o/libmsodbcsql-17.0.so.1.1"
                                      << "msodbcsql"
                                      << "17.0.1.1" << true << false << "18.1.2.1";
    QTest::newRow("17 by name only") << "ODBC Driver 17 for SQL Server"
                                     << ""
                                     << "msodbcsql"
                                     << "17" << true << false << "cannot use Encrypt=Strict";
    QTest::newRow("16.99") << "ODBC Driver 16 for SQL Server"
                           << "/o/libmsodbcsql-16.99.so.1.1"
                           << "msodbcsql"
                           << "16.99.1.1" << false << false << "ODBC Driver 16 is older than ODBC Driver 17";
    QTest::newRow("11 by name") << "ODBC Driver 11 for SQL Server"
                                << ""
                                << "msodbcsql"
                                << "11" << false << false << "ODBC Driver 11 is older";
    QTest::newRow("Microsoft library, own name") << "MSSQL"
                                                 << "/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.4.so.1.1"
                                                 << "msodbcsql"
                                                 << "18.4.1.1" << true << true << "";
    QTest::newRow("Microsoft library, no version") << "MSSQL"
                                                   << "/opt/microsoft/msodbcsql18/lib64/libmsodbcsql.so"
                                                   << "msodbcsql"
                                                   << "" << true << false << "version is unknown";
    QTest::newRow("Native Client") << "SQL Server Native Client 11.0"
                                   << "C:\\Windows\\system32\\sqlncli11.dll"
                                   << "msodbcsql"
                                   << "" << false << false << "SQL Server Native Client 11.0 is not ODBC Driver 17";
    QTest::newRow("Windows' own SQL Server") << "SQL Server"
                                             << "C:\\Windows\\system32\\SQLSRV32.dll"
                                             << "msodbcsql"
                                             << "" << false << false << "is not ODBC Driver 17";
    QTest::newRow("FreeTDS named like Microsoft's") << "ODBC Driver 17 for SQL Server"
                                                    << "/usr/lib/libtdsodbc.so.0"
                                                    << "freetds"
                                                    << "" << true << false << "";
    QTest::newRow("FreeTDS named SQL Server") << "SQL Server"
                                              << "/usr/local/lib/libtdsodbc.so"
                                              << "freetds"
                                              << "" << true << false << "";
    QTest::newRow("FreeTDS by name") << "FreeTDS 1.3"
                                     << "/usr/local/lib/custom.so"
                                     << "freetds"
                                     << "" << true << false << "";
    QTest::newRow("another vendor") << "Devart ODBC Driver for SQL Server"
                                    << "/usr/local/lib/libdevartodbcsqlserver.so"
                                    << "other"
                                    << "" << true << false << "";
    QTest::newRow("SQL Server name, other library") << "SQL Server"
                                                    << "/usr/local/lib/libsomevendor.so"
                                                    << "other"
                                                    << "" << true << false << "";
}

void tst_DriverInventory::flags()
{
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(QString, family);
    QFETCH(QString, version);
    QFETCH(bool, meetsMinimum);
    QFETCH(bool, supportsStrict);
    QFETCH(QString, noteMentions);

    const QString ini = QStringLiteral("[%1]\nDriver=%2\n").arg(name, path);
    const DriverInventory inventory = parseOdbcInstIni(ini, QStringLiteral("test.ini"));
    QCOMPARE(inventory.drivers.size(), 1);
    const InstalledDriver &driver = inventory.drivers.first();
    QCOMPARE(driver.name, name);
    QCOMPARE(driver.path, path);
    QCOMPARE(driver.family, family);
    QCOMPARE(driver.version, version);
    QCOMPARE(driver.meetsMinimum, meetsMinimum);
    QCOMPARE(driver.supportsStrict, supportsStrict);
    if (noteMentions.isEmpty())
        QCOMPARE(driver.minimumNote, QString());
    else
        QVERIFY2(driver.minimumNote.contains(noteMentions), qPrintable(driver.minimumNote));
}

// Each rule here was checked against unixODBC 2.3.11's own `odbcinst -q -d -n NAME`.
void tst_DriverInventory::iniQuirks()
{
    const QString ini = QStringLiteral(
        "[ODBC Drivers]\r\n" // Windows' index, copied over
        "ODBC Driver 18 for SQL Server=Installed\r\n"
        "[ ODBC Driver 18 for SQL Server ] ; trailing text\r\n" // spaces inside the brackets are trimmed
        "\tdriver \t=  /opt/a/libmsodbcsql-18.3.so.2.1 \r\n" // keys case-insensitive, values trimmed
        "Driver=/opt/b/libmsodbcsql-18.0.so.1.1\r\n" // the first key of a name wins
        "   # an indented comment\r\n"
        "[FreeTDS]\n"
        "Driver = /usr/lib/libtdsodbc.so ; not a comment\n" // no inline comments in unixODBC
        "[odbc driver 18 for sql server]\n" // a repeated section is never read
        "Driver=/opt/c/libmsodbcsql-18.1.so.1.1\n"
        "[ ]\n" // a nameless section and its keys
        "Driver=/opt/d/libmsodbcsql-13.1.so.9.2\n"
        "[SQL Server 64]\n"
        "Driver=/opt/e/libmsodbcsql-17.1.so.1.1\n"
        "Driver64=/opt/e/libmsodbcsql-18.2.so.1.1\n" // a 64-bit unixODBC loads Driver64
        "[ODBC Driver 17 for SQL Server]"); // no Driver at all, no final newline

    const DriverInventory inventory = parseOdbcInstIni(ini, QStringLiteral("quirks.ini"));
    QVERIFY2(inventory.error.isEmpty(), qPrintable(inventory.error));
    QCOMPARE(
        namesOf(inventory),
        QStringList({ "ODBC Driver 18 for SQL Server", "FreeTDS", "SQL Server 64", "ODBC Driver 17 for SQL Server" }));
    QCOMPARE(inventory.drivers.at(0).path, QStringLiteral("/opt/a/libmsodbcsql-18.3.so.2.1"));
    QCOMPARE(inventory.drivers.at(0).version, QStringLiteral("18.3.2.1"));
    QCOMPARE(inventory.drivers.at(1).path, QStringLiteral("/usr/lib/libtdsodbc.so ; not a comment"));
    QCOMPARE(inventory.drivers.at(1).family, QStringLiteral("freetds"));
    QCOMPARE(inventory.drivers.at(2).path, QStringLiteral("/opt/e/libmsodbcsql-18.2.so.1.1"));
    QCOMPARE(inventory.drivers.at(2).version, QStringLiteral("18.2.1.1"));
    QCOMPARE(inventory.drivers.at(3).path, QString());
    QCOMPARE(inventory.drivers.at(3).version, QStringLiteral("17"));

    const DriverInventory empty = parseOdbcInstIni(QString(), QStringLiteral("empty.ini"));
    QVERIFY(empty.drivers.isEmpty());
    QCOMPARE(empty.error, QString());
    QCOMPARE(empty.source, QStringLiteral("empty.ini"));
}

// unixODBC 2.3.11 reads no driver at all from a file with anything but comments before its first
// section; the inventory lists what is registered and says why none of it can load.
void tst_DriverInventory::rejectedByUnixOdbc_data()
{
    QTest::addColumn<QString>("ini");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("key before any section")
        << "\n# fine\nTrace=No\n[ODBC Driver 18 for SQL Server]\nDriver=/o/libmsodbcsql-18.3.so.2.1\n"
        << "Line 3 of bad.ini comes before any [section]";
    QTest::newRow("byte-order mark") << QString(QChar(0xFEFF))
            + "[ODBC Driver 18 for SQL Server]\nDriver=/o/libmsodbcsql-18.3.so.2.1\n"
                                     << "bad.ini starts with a byte-order mark";
}

void tst_DriverInventory::rejectedByUnixOdbc()
{
    QFETCH(QString, ini);
    QFETCH(QString, errorMentions);
    const DriverInventory inventory = parseOdbcInstIni(ini, QStringLiteral("bad.ini"));
    QVERIFY2(inventory.error.contains(errorMentions), qPrintable(inventory.error));
    QCOMPARE(namesOf(inventory), QStringList({ "ODBC Driver 18 for SQL Server" }));
}

void tst_DriverInventory::odbcinstOutput()
{
    const QString output = QStringLiteral("unixODBC 2.3.11\n"
                                          "DRIVERS............: /etc/odbcinst.ini\n"
                                          "SYSTEM DATA SOURCES: /etc/odbc.ini\n"
                                          "FILE DATA SOURCES..: /etc/ODBCDataSources\n"
                                          "USER DATA SOURCES..: /root/.odbc.ini\n"
                                          "SQLULEN Size.......: 8\n");
    QCOMPARE(driversFileFromOdbcinstOutput(output), QStringLiteral("/etc/odbcinst.ini"));
    QCOMPARE(driversFileFromOdbcinstOutput(QStringLiteral("DRIVERS............: /a b/odbcinst.ini\r\n")),
             QStringLiteral("/a b/odbcinst.ini"));
    QCOMPARE(driversFileFromOdbcinstOutput(QStringLiteral("unixODBC 2.3.11\nSYSTEM DATA SOURCES: /etc/odbc.ini\n")),
             QString());
    QCOMPARE(driversFileFromOdbcinstOutput(QString()), QString());
}

void tst_DriverInventory::realOdbcinst()
{
    if (QStandardPaths::findExecutable(QStringLiteral("odbcinst")).isEmpty())
        QSKIP("unixODBC's odbcinst is not installed (Debian: odbcinst)");
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    writeFile(directory.filePath(QStringLiteral("odbcinst.ini")), machineIni.toUtf8());
    qputenv("ODBCSYSINI", QFile::encodeName(directory.path()));

    const DriverInventory inventory = readInstalledDrivers();
    QVERIFY2(inventory.error.isEmpty(), qPrintable(inventory.error));
    QCOMPARE(inventory.source, directory.filePath(QStringLiteral("odbcinst.ini")));
    QCOMPARE(namesOf(inventory),
             QStringList({ "ODBC Driver 18 for SQL Server", "ODBC Driver 17 for SQL Server",
                           "ODBC Driver 13 for SQL Server", "FreeTDS" }));
    QVERIFY(inventory.drivers.at(0).supportsStrict);
    QVERIFY(!inventory.drivers.at(2).meetsMinimum);
    QCOMPARE(inventory.drivers.at(0).source, inventory.source);

    // A directory without the file: nothing is registered. unixODBC creates an empty file there when
    // it may write (as root, always), and that reads as an empty inventory, not an error.
    QTemporaryDir emptyDirectory;
    QVERIFY(emptyDirectory.isValid());
    qputenv("ODBCSYSINI", QFile::encodeName(emptyDirectory.path()));
    const QString expectedFile = emptyDirectory.filePath(QStringLiteral("odbcinst.ini"));
    const DriverInventory none = readInstalledDrivers();
    QVERIFY(none.drivers.isEmpty());
    if (QFileInfo::exists(expectedFile)) {
        QCOMPARE(QFileInfo(expectedFile).size(), 0);
        QCOMPARE(none.source, expectedFile);
        QCOMPARE(none.error, QString());
    } else {
        QCOMPARE(none.source, QString());
        QCOMPARE(none.error,
                 QStringLiteral("%1 does not exist: no ODBC driver is registered with unixODBC.").arg(expectedFile));
    }
}

// ODBCINSTINI renames the file inside the system directory, the way unixODBC reads it.
void tst_DriverInventory::realOdbcinstWithInstIniName()
{
    if (QStandardPaths::findExecutable(QStringLiteral("odbcinst")).isEmpty())
        QSKIP("unixODBC's odbcinst is not installed (Debian: odbcinst)");
    // Both set: unixODBC 2.3.11's odbcinst -j prints only the directory, the library reads the named
    // file in it. A decoy odbcinst.ini beside it must not be read.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    writeFile(directory.filePath(QStringLiteral("drivers.ini")),
              "[ODBC Driver 18 for SQL Server]\nDriver=/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.0.so.1.1\n");
    writeFile(directory.filePath(QStringLiteral("odbcinst.ini")), "[FreeTDS]\nDriver=/usr/lib/libtdsodbc.so\n");
    qputenv("ODBCSYSINI", QFile::encodeName(directory.path()));
    qputenv("ODBCINSTINI", "drivers.ini");
    const DriverInventory inventory = readInstalledDrivers();
    QVERIFY2(inventory.error.isEmpty(), qPrintable(inventory.error));
    QCOMPARE(inventory.source, directory.filePath(QStringLiteral("drivers.ini")));
    QCOMPARE(namesOf(inventory), QStringList({ "ODBC Driver 18 for SQL Server" }));
    QCOMPARE(inventory.drivers.first().version, QStringLiteral("18.0.1.1"));
    QVERIFY(!inventory.drivers.first().supportsStrict);
}

void tst_DriverInventory::withoutOdbcinstReadsDefaultFile()
{
    QTemporaryDir noPrograms;
    QTemporaryDir directory;
    QVERIFY(noPrograms.isValid() && directory.isValid());
    qputenv("PATH", QFile::encodeName(noPrograms.path()));
    QVERIFY(QStandardPaths::findExecutable(QStringLiteral("odbcinst")).isEmpty());
    writeFile(
        directory.filePath(QStringLiteral("drivers.ini")),
        "[ODBC Driver 17 for SQL Server]\r\nDriver=/opt/microsoft/msodbcsql17/lib64/libmsodbcsql-17.10.so.5.1\r\n");
    qputenv("ODBCSYSINI", QFile::encodeName(directory.path()));
    qputenv("ODBCINSTINI", "drivers.ini");

    const DriverInventory inventory = readInstalledDrivers();
    QVERIFY2(inventory.error.isEmpty(), qPrintable(inventory.error));
    QCOMPARE(inventory.source, directory.filePath(QStringLiteral("drivers.ini")));
    QCOMPARE(namesOf(inventory), QStringList({ "ODBC Driver 17 for SQL Server" }));
    QCOMPARE(inventory.drivers.first().version, QStringLiteral("17.10.5.1"));
}

void tst_DriverInventory::withoutUnixOdbc()
{
    QTemporaryDir noPrograms;
    QTemporaryDir noConfiguration;
    QVERIFY(noPrograms.isValid() && noConfiguration.isValid());
    qputenv("PATH", QFile::encodeName(noPrograms.path()));
    qputenv("ODBCSYSINI", QFile::encodeName(noConfiguration.path()));

    const DriverInventory inventory = readInstalledDrivers();
    QVERIFY(inventory.drivers.isEmpty());
    QCOMPARE(inventory.source, QString());
    QVERIFY2(inventory.error.contains(QLatin1String("odbcinst is not installed")), qPrintable(inventory.error));
    QVERIFY2(inventory.error.contains(noConfiguration.filePath(QStringLiteral("odbcinst.ini"))),
             qPrintable(inventory.error));
}

QTEST_APPLESS_MAIN(tst_DriverInventory)
#include "tst_driverinventory.moc"

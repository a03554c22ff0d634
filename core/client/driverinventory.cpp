#include "driverinventory.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>

#ifdef Q_OS_WIN
#include <QSettings>
#else
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#endif

namespace {

class DriverInventoryText {
    Q_DECLARE_TR_FUNCTIONS(DriverInventory)
};

// The oldest ODBC driver Managed Instance supports — mi-connectivity.md §5, source [APP]
// (learn.microsoft.com/azure/azure-sql/managed-instance/connect-application-instance).
QString minimumOdbcVersion()
{
    return QStringLiteral("17");
}

// The first ODBC driver that speaks TDS 8 (Encrypt=Strict) — mi-connectivity.md §5, source [TDS8]
// (learn.microsoft.com/sql/relational-databases/security/networking/tds-8).
QString strictOdbcVersion()
{
    return QStringLiteral("18.1.2.1");
}

const QRegularExpression &odbcDriverName()
{
    static const QRegularExpression pattern(QStringLiteral("^ODBC Driver (\\d+) for SQL Server$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString fileNameOf(const QString &path)
{
    // Windows paths use backslashes, and the registry is read on Windows only, but a copied
    // registration may show up anywhere.
    const qsizetype slash = std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    return path.mid(slash + 1);
}

bool isMicrosoftOdbc(const QString &name, const QString &path)
{
    if (fileNameOf(path).contains(QLatin1String("msodbcsql"), Qt::CaseInsensitive))
        return true;
    return odbcDriverName().match(name).hasMatch();
}

// Microsoft's drivers before the "ODBC Driver NN for SQL Server" line: Native Client
// ("SQL Server Native Client 11.0", sqlncli11.dll) and the one Windows ships ("SQL Server",
// SQLSRV32.DLL). Elsewhere "SQL Server" is a popular name for FreeTDS or another vendor's
// library, so the library must agree (or be unknown).
bool isLegacyMicrosoftOdbc(const QString &name, const QString &path)
{
    const bool legacyName = name.startsWith(QLatin1String("SQL Server Native Client"), Qt::CaseInsensitive)
        || name.compare(QLatin1String("SQL Server"), Qt::CaseInsensitive) == 0;
    const QString fileName = fileNameOf(path);
    const bool legacyLibrary = fileName.isEmpty() || fileName.startsWith(QLatin1String("sqlsrv32"), Qt::CaseInsensitive)
        || fileName.startsWith(QLatin1String("sqlncli"), Qt::CaseInsensitive);
    return legacyName && legacyLibrary;
}

bool isFreeTds(const QString &name, const QString &path)
{
    return fileNameOf(path).contains(QLatin1String("libtdsodbc"), Qt::CaseInsensitive)
        || name.contains(QLatin1String("FreeTDS"), Qt::CaseInsensitive);
}

// Other vendors' SQL Server drivers (Devart, DataDirect, …): listed, but nothing is known about them.
bool namesSqlServer(const QString &name)
{
    return name.contains(QLatin1String("SQL Server"), Qt::CaseInsensitive)
        || name.contains(QLatin1String("MSSQL"), Qt::CaseInsensitive);
}

QString majorOf(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0);
}

// Fills family, version and the minimum flags; nullopt when the registration is no SQL Server driver.
// The library path decides before the name: people register FreeTDS as "ODBC Driver 17 for SQL
// Server" to satisfy applications that ask for that name.
std::optional<InstalledDriver> describeDriver(const QString &name, const QString &path, const QString &source)
{
    InstalledDriver driver;
    driver.name = name;
    driver.path = path;
    driver.source = source;

    const bool freeTdsLibrary = fileNameOf(path).contains(QLatin1String("libtdsodbc"), Qt::CaseInsensitive);
    if (!freeTdsLibrary && isMicrosoftOdbc(name, path)) {
        driver.family = QStringLiteral("msodbcsql");
        driver.version = msodbcsqlVersionFromPath(path, name);
        if (driver.version.isEmpty()) {
            driver.minimumNote = DriverInventoryText::tr("The driver's version is unknown; Encrypt=Strict needs "
                                                         "ODBC Driver %1 or later.")
                                     .arg(strictOdbcVersion());
        } else if (compareVersions(driver.version, minimumOdbcVersion()) < 0) {
            driver.meetsMinimum = false;
            driver.minimumNote = DriverInventoryText::tr("ODBC Driver %1 is older than ODBC Driver %2, the oldest "
                                                         "Managed Instance supports.")
                                     .arg(majorOf(driver.version), minimumOdbcVersion());
        } else if (compareVersions(driver.version, strictOdbcVersion()) >= 0) {
            driver.supportsStrict = true;
        } else if (strictOdbcVersion().startsWith(driver.version + QLatin1Char('.'))) {
            // Only a prefix is known ("18" from the name): an 18 may be 18.0 (no strict) or 18.1.2.1 and later.
            driver.minimumNote = DriverInventoryText::tr("The exact version of ODBC Driver %1 is unknown; "
                                                         "Encrypt=Strict needs %2 or later.")
                                     .arg(driver.version, strictOdbcVersion());
        } else {
            driver.minimumNote = DriverInventoryText::tr("ODBC Driver %1 cannot use Encrypt=Strict; that needs "
                                                         "%2 or later.")
                                     .arg(driver.version, strictOdbcVersion());
        }
        return driver;
    }
    if (isLegacyMicrosoftOdbc(name, path)) {
        // Its own version line says nothing about the ODBC Driver line, so none is given.
        driver.family = QStringLiteral("msodbcsql");
        driver.meetsMinimum = false;
        driver.minimumNote = DriverInventoryText::tr("%1 is not ODBC Driver %2 or later, the oldest "
                                                     "Managed Instance supports.")
                                 .arg(name, minimumOdbcVersion());
        return driver;
    }
    if (isFreeTds(name, path)) {
        // No minimum is known for FreeTDS: its flags stay at "meets the minimum, not strict".
        driver.family = QStringLiteral("freetds");
        return driver;
    }
    if (namesSqlServer(name)) {
        driver.family = QStringLiteral("other");
        return driver;
    }
    return std::nullopt;
}

// Sections of odbcinst.ini that are no driver: unixODBC's own settings, and Windows' index of drivers.
bool isDriverSection(const QString &name)
{
    return name.compare(QLatin1String("ODBC"), Qt::CaseInsensitive) != 0
        && name.compare(QLatin1String("ODBC Drivers"), Qt::CaseInsensitive) != 0;
}

#ifndef Q_OS_WIN

// An odbcinst.ini larger than this is not a driver registry; read no further.
constexpr qint64 maxIniSize = 1024 * 1024;

QString odbcInstIniName()
{
    const QString name = qEnvironmentVariable("ODBCINSTINI");
    return name.isEmpty() ? QStringLiteral("odbcinst.ini") : name;
}

// The file unixODBC reads when nobody asks it: $ODBCINSTINI (else odbcinst.ini) inside $ODBCSYSINI
// (else /etc). unixODBC 2.3.11 joins the two even when ODBCINSTINI is absolute, so this does too.
QString defaultOdbcInstIni()
{
    QString directory = qEnvironmentVariable("ODBCSYSINI");
    if (directory.isEmpty())
        directory = QStringLiteral("/etc");
    return QDir::cleanPath(directory + QLatin1Char('/') + odbcInstIniName());
}

struct OdbcinstAnswer {
    QString driversFile;
    QString error; // why odbcinst gave no answer, for people
};

// Note that unixODBC creates an empty drivers file when it can and none exists (any ODBC program
// does the same on its first call); as root that may be /etc/odbcinst.ini. An empty file means
// "no drivers" to unixODBC, as a missing one does.
OdbcinstAnswer askOdbcinst(const QString &program)
{
    QProcess odbcinst;
    odbcinst.setProgram(program);
    odbcinst.setArguments({ QStringLiteral("-j") });
    odbcinst.setStandardInputFile(QProcess::nullDevice());
    odbcinst.setStandardErrorFile(QProcess::nullDevice());
    odbcinst.start();
    if (!odbcinst.waitForStarted(odbcinstTimeoutMs))
        return { {}, DriverInventoryText::tr("%1 -j could not be started: %2").arg(program, odbcinst.errorString()) };
    if (!odbcinst.waitForFinished(odbcinstTimeoutMs)) {
        odbcinst.kill();
        odbcinst.waitForFinished(odbcinstTimeoutMs);
        return {
            {},
            DriverInventoryText::tr("%1 -j did not finish within %2 seconds").arg(program).arg(odbcinstTimeoutMs / 1000)
        };
    }
    if (odbcinst.exitStatus() != QProcess::NormalExit || odbcinst.exitCode() != 0)
        return { {}, DriverInventoryText::tr("%1 -j failed (exit code %2)").arg(program).arg(odbcinst.exitCode()) };
    QString driversFile = driversFileFromOdbcinstOutput(QString::fromLocal8Bit(odbcinst.readAllStandardOutput()));
    if (driversFile.isEmpty())
        return { {}, DriverInventoryText::tr("%1 -j named no DRIVERS file").arg(program) };
    // With both ODBCSYSINI and ODBCINSTINI set, unixODBC 2.3.11's odbcinst -j prints the directory
    // alone ("/tmp/x/") while the library reads $ODBCINSTINI inside it.
    if (driversFile.endsWith(QLatin1Char('/')))
        driversFile += odbcInstIniName();
    return { QDir::cleanPath(driversFile), {} };
}

DriverInventory readOdbcInstIni(const QString &path)
{
    DriverInventory inventory;
    if (!QFileInfo::exists(path)) {
        inventory.error
            = DriverInventoryText::tr("%1 does not exist: no ODBC driver is registered with unixODBC.").arg(path);
        return inventory;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        inventory.error = DriverInventoryText::tr("Cannot read %1: %2").arg(path, file.errorString());
        return inventory;
    }
    const QByteArray bytes = file.read(maxIniSize + 1);
    inventory = parseOdbcInstIni(QString::fromUtf8(bytes.left(maxIniSize)), path);
    if (bytes.size() > maxIniSize && inventory.error.isEmpty())
        inventory.error = DriverInventoryText::tr("%1 is larger than %2 KiB; only its start was read.")
                              .arg(path)
                              .arg(maxIniSize / 1024);
    return inventory;
}

#endif

} // namespace

QString driversFileFromOdbcinstOutput(const QString &output)
{
    // unixODBC prints "DRIVERS............: /etc/odbcinst.ini"; the label is not translated.
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("DRIVERS")))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        return line.mid(colon + 1).trimmed();
    }
    return {};
}

QString msodbcsqlVersionFromPath(const QString &path, const QString &registeredName)
{
    const QString fileName = fileNameOf(path);
    // Linux: libmsodbcsql-MAJOR.MINOR.so.BUILD.REVISION, e.g. libmsodbcsql-18.3.so.2.1 for 18.3.2.1.
    static const QRegularExpression linuxLibrary(
        QStringLiteral("^libmsodbcsql-(\\d+(?:\\.\\d+)*)\\.so((?:\\.\\d+)*)$"));
    // macOS (Homebrew): libmsodbcsql.MAJOR.dylib.
    static const QRegularExpression macLibrary(QStringLiteral("^libmsodbcsql\\.(\\d+)\\.dylib$"));
    if (const QRegularExpressionMatch match = linuxLibrary.match(fileName); match.hasMatch())
        return match.captured(1) + match.captured(2);
    if (const QRegularExpressionMatch match = macLibrary.match(fileName); match.hasMatch())
        return match.captured(1);
    // Windows' msodbcsqlNN.dll holds its full version in VERSIONINFO only, which is not read here;
    // the registered name gives the major there, and wherever the library's name does not.
    if (const QRegularExpressionMatch match = odbcDriverName().match(registeredName.trimmed()); match.hasMatch())
        return match.captured(1);
    return {};
}

int compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    const qsizetype parts = std::max(left.size(), right.size());
    // Each part by its leading digits, so "2-beta" counts as 2 and a missing part as 0.
    const auto number = [](const QStringList &list, qsizetype index) -> qulonglong {
        if (index >= list.size())
            return 0;
        const QString &part = list.at(index);
        qsizetype digits = 0;
        while (digits < part.size() && part.at(digits).isDigit() && part.at(digits).unicode() < 128)
            ++digits;
        return part.left(digits).toULongLong();
    };
    for (qsizetype i = 0; i < parts; ++i) {
        const qulonglong x = number(left, i);
        const qulonglong y = number(right, i);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

DriverInventory parseOdbcInstIni(const QString &text, const QString &source)
{
    DriverInventory inventory;
    inventory.source = source;

    struct Section {
        QString name;
        QString driver;
        QString driver64;
        bool hasDriver = false;
        bool hasDriver64 = false;
    };
    QList<Section> sections;
    qsizetype current = -1; // the section being read; -1 before the first and inside a repeated or nameless one
    bool insideSection = false;

    QString body = text;
    if (body.startsWith(QChar(QChar::ByteOrderMark))) {
        // unixODBC 2.3.11 takes the mark for text before the first section and rejects the file.
        // The drivers are still listed below: they are what the file means to register.
        inventory.error = DriverInventoryText::tr("%1 starts with a byte-order mark; unixODBC cannot read it, "
                                                  "so none of its drivers can be loaded.")
                              .arg(source);
        body.remove(0, 1);
    }

    const QStringList lines = body.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString line = lines.at(index).trimmed(); // also the \r of CRLF files
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            // Whatever follows the closing bracket is ignored, as unixODBC does ("[A] ; note" is [A]).
            const qsizetype close = line.indexOf(QLatin1Char(']'));
            const QString name = line.mid(1, close < 0 ? -1 : close - 1).trimmed();
            insideSection = true;
            current = -1;
            // unixODBC finds the first section of a name: a repeated one is never read.
            const bool repeated = std::any_of(sections.cbegin(), sections.cend(), [&](const Section &section) {
                return section.name.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (!name.isEmpty() && !repeated) {
                sections.append(Section { name, {}, {}, false, false });
                current = sections.size() - 1;
            }
            continue;
        }
        if (!insideSection) {
            // unixODBC refuses the whole file over one such line, so none of its drivers can load.
            if (inventory.error.isEmpty()) {
                inventory.error = DriverInventoryText::tr("Line %1 of %2 comes before any [section]; unixODBC cannot "
                                                          "read the file, so none of its drivers can be loaded.")
                                      .arg(index + 1)
                                      .arg(source);
            }
            continue;
        }
        if (current < 0)
            continue;
        Section &section = sections[current];
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = (equals < 0 ? line : line.left(equals)).trimmed();
        const QString value = equals < 0 ? QString() : line.mid(equals + 1).trimmed();
        // Keys are case-insensitive and the first of a name wins, as in unixODBC's lookups.
        if (key.compare(QLatin1String("Driver"), Qt::CaseInsensitive) == 0 && !section.hasDriver) {
            section.driver = value;
            section.hasDriver = true;
        } else if (key.compare(QLatin1String("Driver64"), Qt::CaseInsensitive) == 0 && !section.hasDriver64) {
            section.driver64 = value;
            section.hasDriver64 = true;
        }
    }

    for (const Section &section : std::as_const(sections)) {
        if (!isDriverSection(section.name))
            continue;
        // A 64-bit unixODBC loads Driver64 when it is set, Driver otherwise.
        const QString path = section.driver64.isEmpty() ? section.driver : section.driver64;
        if (std::optional<InstalledDriver> driver = describeDriver(section.name, path, source))
            inventory.drivers.append(*driver);
    }
    return inventory;
}

DriverInventory readInstalledDrivers()
{
#ifdef Q_OS_WIN
    // Each value under "ODBC Drivers" names an installed driver; its own key holds the DLL as "Driver".
    // QSettings lists the names alphabetically; the registry keeps no installation order.
    const QString key = QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBCINST.INI");
    const QString source = QStringLiteral("HKLM\\SOFTWARE\\ODBC\\ODBCINST.INI");
    QSettings registry(key, QSettings::NativeFormat);
    DriverInventory inventory;
    registry.beginGroup(QStringLiteral("ODBC Drivers"));
    const QStringList names = registry.childKeys();
    registry.endGroup();
    if (registry.status() != QSettings::NoError) {
        inventory.error = DriverInventoryText::tr("Cannot read the registry key %1.").arg(source);
        return inventory;
    }
    inventory.source = source;
    for (const QString &name : names) {
        const QString path = registry.value(name + QStringLiteral("/Driver")).toString();
        if (std::optional<InstalledDriver> driver = describeDriver(name, path, source))
            inventory.drivers.append(*driver);
    }
    return inventory;
#else
    const QString program = QStandardPaths::findExecutable(QStringLiteral("odbcinst"));
    if (program.isEmpty()) {
        // unixODBC's library can be installed without the odbcinst program: read the file it would read.
        const QString fallback = defaultOdbcInstIni();
        if (!QFileInfo::exists(fallback)) {
            DriverInventory inventory;
            inventory.error = DriverInventoryText::tr("unixODBC's odbcinst is not installed and %1 does not exist: "
                                                      "no ODBC driver is registered on this machine.")
                                  .arg(fallback);
            return inventory;
        }
        return readOdbcInstIni(fallback);
    }
    const OdbcinstAnswer answer = askOdbcinst(program);
    if (!answer.error.isEmpty()) {
        const QString fallback = defaultOdbcInstIni();
        DriverInventory inventory = readOdbcInstIni(fallback);
        const QString reason = DriverInventoryText::tr("%1, so %2 was read instead; unixODBC may use another file.")
                                   .arg(answer.error, fallback);
        inventory.error = inventory.error.isEmpty() ? reason : reason + QLatin1Char(' ') + inventory.error;
        return inventory;
    }
    return readOdbcInstIni(answer.driversFile);
#endif
}

QJsonObject driverToJson(const InstalledDriver &driver)
{
    return QJsonObject { { QStringLiteral("name"), driver.name },
                         { QStringLiteral("family"), driver.family },
                         { QStringLiteral("version"), driver.version },
                         { QStringLiteral("path"), driver.path },
                         { QStringLiteral("meets_minimum"), driver.meetsMinimum },
                         { QStringLiteral("supports_strict"), driver.supportsStrict },
                         { QStringLiteral("note"), driver.minimumNote } };
}

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The SQL Server ODBC drivers this machine has registered, and whether each is new enough for
// Managed Instance. One interface over two stores: unixODBC's odbcinst.ini on Linux/Unix, the
// registry on Windows.
//
// The minimums are the only facts encoded here, from the knowledge base's mi-connectivity.md §5
// "Drivers and TLS": ODBC 17 for Managed Instance (its source [APP]), ODBC 18.1.2.1 for TDS 8
// strict encryption, Encrypt=Strict (its source [TDS8]).

struct InstalledDriver {
    QString name; // as registered: "ODBC Driver 18 for SQL Server"
    QString family; // "msodbcsql" (any Microsoft ODBC driver), "freetds", "other"
    QString version; // "18.3.2.1", "17" when only the registered name tells; empty when unknown
    QString path; // the driver library
    QString source; // where it was found: "/etc/odbcinst.ini", "HKLM\\SOFTWARE\\ODBC\\ODBCINST.INI"
    bool meetsMinimum = true; // false when known to be below the minimum for Managed Instance (ODBC 17)
    bool supportsStrict = false; // TDS 8 strict (Encrypt=Strict): ODBC 18.1.2.1 or later
    // For people: why a Microsoft driver falls short of the minimum, or why it cannot (or may not)
    // use Encrypt=Strict. Empty when both flags are true, and for drivers nothing is known about
    // (FreeTDS, other vendors).
    QString minimumNote;
};

struct DriverInventory {
    QList<InstalledDriver> drivers; // SQL Server drivers only, in registration order (alphabetical on Windows)
    QString source; // what was read; empty when nothing could be read
    QString error; // why the inventory is incomplete or unusable, for people; empty when fine
};

// How long `odbcinst -j` may take. It is a local program that only prints paths; anything slower is stuck.
constexpr int odbcinstTimeoutMs = 3000;

// Reads the ODBC driver registrations. On Unix: the odbcinst.ini unixODBC uses, as `odbcinst -j`
// names it (so ODBCSYSINI / ODBCINSTINI count the way unixODBC counts them); without odbcinst, or
// when it fails, the file unixODBC would use by default ($ODBCSYSINI or /etc, then $ODBCINSTINI or
// odbcinst.ini). Like any unixODBC program, odbcinst creates an empty drivers file where none
// exists and it may write. On Windows: HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBCINST.INI.
// Blocks for a few seconds at most (odbcinstTimeoutMs per step of running odbcinst): call it from
// a worker thread in an interactive program.
DriverInventory readInstalledDrivers();

// The pure part: the SQL Server drivers registered in an odbcinst.ini's text, read the way
// unixODBC reads it (first section and first key win, keys case-insensitive, no inline comments).
// `source` names the file in the result. `error` says when unixODBC would reject the whole file.
DriverInventory parseOdbcInstIni(const QString &text, const QString &source);

// The DRIVERS file from `odbcinst -j` output ("DRIVERS............: /etc/odbcinst.ini"); empty
// when the output names none.
QString driversFileFromOdbcinstOutput(const QString &output);

// The version of a Microsoft ODBC driver from its library file name (libmsodbcsql-18.3.so.2.1 →
// "18.3.2.1", libmsodbcsql-17.10.so.5.1 → "17.10.5.1", libmsodbcsql.18.dylib → "18"), else the
// major in the registered name ("ODBC Driver 17 for SQL Server" → "17"); empty when neither tells.
QString msodbcsqlVersionFromPath(const QString &path, const QString &registeredName = {});

// One driver as reports and `miconnect-cli drivers` write it: name, family, version, path,
// meets_minimum, supports_strict and note.
QJsonObject driverToJson(const InstalledDriver &driver);

// Compares dotted versions numerically, missing parts counting as 0 ("17.10" > "17.9", "17" == "17.0").
// Negative, zero or positive like QString::compare.
int compareVersions(const QString &a, const QString &b);

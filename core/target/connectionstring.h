#pragma once

#include "target.h"

#include <QList>
#include <QString>

#include <optional>

// What users paste: a host in any form, or an application's whole connection string.
enum class ConnectionForm {
    Host, // mi.zone.database.windows.net, tcp:host,1433, host:1433, an IP literal …
    AdoNet, // Server=tcp:host,1433;Database=…;Encrypt=True (Microsoft.Data.SqlClient, System.Data.SqlClient)
    Odbc, // Driver={ODBC Driver 18 for SQL Server};Server=…;UID=…;PWD=…
    Jdbc, // jdbc:sqlserver://host:1433;databaseName=…;encrypt=true
    Url, // sqlserver://user:pass@host:1433?database=… (Go, URL-style drivers)
};
QString connectionFormId(ConnectionForm form);
QString connectionFormLabel(ConnectionForm form); // translated, for people

// One key=value of the input, as written (the password's never kept).
struct ConnectionSetting {
    QString key; // canonical lower-case name: "server", "encrypt", "trustservercertificate" …
    QString value;
    QString fragment; // the text of the input it came from, e.g. "TrustServerCertificate=True"
};

// The connection settings that matter for the network path, from whatever form was pasted. The
// password is recognised and dropped here: only the fact that one was present survives.
struct ConnectionSettings {
    ConnectionForm form = ConnectionForm::Host;
    Target target; // target.input is the input without its password
    QString serverFragment; // the text that named the server, for lint evidence
    std::optional<ConnectionSetting> encrypt;
    std::optional<ConnectionSetting> trustServerCertificate;
    std::optional<ConnectionSetting> connectTimeout;
    QString hostNameInCertificate;
    QString database;
    QString user;
    QString authentication;
    QString driver;
    bool passwordPresent = false;
    QStringList unknownKeys;

    // Encrypt as the driver reads it: "strict", "true", "false", or empty when not given.
    QString encryptMode() const;
    bool trustsServerCertificate() const;
    std::optional<int> connectTimeoutSeconds() const;
};

struct ConnectionParse {
    std::optional<ConnectionSettings> settings;
    QString error; // one sentence for the user when settings is empty
    QString sanitized; // the input without any password, safe to show, log or save
};

// Detects the form and parses it; bounds-checked, never keeps a password.
ConnectionParse parseConnectionInput(const QString &text);

// The input with any password removed (or the input itself when none is there).
QString withoutPassword(const QString &text);

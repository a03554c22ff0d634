#pragma once

#include "report.h"

#include <QList>

// One replacement the redaction made: the placeholder that now stands in the report, and what it hides.
struct RedactionEntry {
    QString kind; // "host", "instance", "zone", "address", "subnet", "user", "machine"
    QString placeholder; // e.g. "mi-1.zone-1.database.windows.net", "private-address-1"
    QString original;
};

struct RedactedReport {
    Report report; // the same report, every name, address and user name replaced
    QList<RedactionEntry> legend; // stays on the user's machine unless they ask to save it
};

// Replaces host names, DNS zone ids, IP addresses (keeping their class: private, public, loopback…),
// subnets, user names and the machine name with stable placeholders, the same one for the same value
// everywhere in the report: texts, evidence, titles and every string inside the checks' data.
//
// Placeholders are plain ASCII, never translated, numbered per kind in order of first appearance
// (report.input first, then the machine, the checks and the findings):
// - Azure SQL names keep their shape, because the shape is the diagnosis (VNet-local, public endpoint,
//   private endpoint): only the customer's labels change, the zone id the same way in every name.
//     sim-mi.51a7ed0c0de5.database.windows.net              → mi-1.zone-1.database.windows.net
//     sim-mi.public.51a7ed0c0de5.database.windows.net       → mi-1.public.zone-1.database.windows.net
//     sim-mi.privatelink.51a7ed0c0de5.database.windows.net  → mi-1.privatelink.zone-1.database.windows.net
//     sim-mi.51a7ed0c0de5.privatelink.database.windows.net  → mi-1.zone-1.privatelink.database.windows.net
//     *.51a7ed0c0de5.database.windows.net                   → *.zone-1.database.windows.net
//     contoso.database.windows.net (a single label: a server) → mi-2.database.windows.net
//   Likewise under database.chinacloudapi.cn and database.usgovcloudapi.net. The instance label and
//   the zone id are also replaced where they stand alone ("sim-mi.public.51a7ed0c0de5…" in a lint).
// - Other Azure names keep their service suffix, each run of the customer's labels becomes one host-N:
//   myapp.trafficmanager.net → host-1.trafficmanager.net, cr2.westeurope1-a.control.database.windows.net
//   → host-2.control.database.windows.net (also cloudapp.net, cloudapp.azure.com, azurewebsites.net,
//   *.core.windows.net, vault.azure.net, azure.com, windows.net…; "privatelink" stays).
// - Any other host name: sql.contoso.com → host-3.example; a single-label one (sqlmi) → host-4.
// - Addresses: <class>-address-N, the class from addressClassId(): 10.0.0.4:1433 → private-address-1:1433,
//   [2001:db8::1]:1433 → [documentation-address-1]:1433, 127.x → loopback-address-N, and cgnat,
//   link-local, unique-local, multicast, public. ::ffff:10.0.0.4 is 10.0.0.4. Azure DNS (168.63.129.16),
//   0.0.0.0 and :: stay: they are the same for everyone and say something.
// - Subnets: <class>-subnet-N/<prefix>, e.g. 10.0.1.0/27 → private-subnet-1/27. An address inside the
//   subnet is numbered as an address; the relation is left to the checks' data (gateway_in_subnet).
// - User names (User ID=, UID=, user=, URL user info, user principal names such as app@contoso.com
//   anywhere) → user-N; the machine (and a connection string's Workstation ID) → machine-1.
// - Defence in depth, the parser already drops them: in the input text the values of Password=, PWD=
//   and every key naming a password, secret or token (JDBC trustStorePassword, accessToken…), and a
//   URL's user-info password, become ***. Secrets never reach the legend.
//
// Not redacted: JSON keys, numbers, check and finding ids, the findings' sources (and names of the
// sites they cite, or of microsoft.com, inside texts: links to documentation stay whole), versions,
// cipher and certificate-authority names, database names and SQL Server instance names.
//
// Where a name is only recognisable by its shape (inside sentences): two or more labels, an alphabetic
// top label of two or more letters (or xn--) that is not a file extension (findings.json) nor the
// second half of an id (dns.resolve), and has no capitals (Microsoft.Data.SqlClient and ADO.NET are
// code) unless the name ends in an Azure suffix. Names in structured fields (the input host, the
// servers of the connection string, a check's host, host_name, CNAME chain, certificate subject and
// SANs) are replaced whatever their shape, and then wherever they occur. A user or machine that is an
// ordinary word ("app", "vm") is replaced in values (input, environment, the checks' data) but in
// sentences only when it cannot be mistaken for a word: it has a digit, '-', '_', '.' or '@', or 8
// letters or more. The target's own labels (instance, single-label host) that are ordinary words are
// replaced in sentences as spelt.
//
// A report that is already redacted keeps its placeholders and their numbers; anything new in it is
// numbered after them, so redacting twice changes nothing. Work is linear in the report's size (a
// hand-written scanner, no regular expressions), whatever the file holds.
RedactedReport redactReport(const Report &report);

// The legend as text, one "placeholder = original" per line, for the user's own records. Line breaks
// inside an original are shown as spaces, so every entry stays one line.
QString redactionLegendToText(const QList<RedactionEntry> &legend);

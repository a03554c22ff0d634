#pragma once

#include "report.h"

#include <QList>

// One replacement the redaction made: the placeholder that now stands in the report, and what it hides.
struct RedactionEntry
{
    QString kind;        // "host", "zone", "address", "subnet", "user", "machine"
    QString placeholder; // e.g. "mi-1.zone-1.database.windows.net", "private-address-1"
    QString original;
};

struct RedactedReport
{
    Report report;               // the same report, every name, address and user name replaced
    QList<RedactionEntry> legend; // stays on the user's machine unless they ask to save it
};

// Replaces host names, DNS zone ids, IP addresses (keeping their class: private, public, loopback…),
// subnets, user names and the machine name with stable placeholders, the same one for the same value
// everywhere in the report: texts, evidence, titles and every string inside the checks' data.
RedactedReport redactReport(const Report &report);

// The legend as text, one "placeholder = original" per line, for the user's own records.
QString redactionLegendToText(const QList<RedactionEntry> &legend);

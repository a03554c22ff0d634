#pragma once

#include "knowledge/severity.h"

#include <QStringList>

// One conclusion about this user's setup: the catalog's words plus what was measured here.
struct Finding
{
    QString id;
    Severity severity = Severity::Info;
    QString title;
    QString explanation;
    QString evidence; // what this run saw, e.g. "1433 on 10.0.0.4: no answer within 3000 ms"
    QStringList remedy;
    QStringList sources; // URLs
};

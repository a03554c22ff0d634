#pragma once

#include "probe/nameresolver.h"
#include "probe/portspec.h"

#include <QHash>
#include <QSslCertificate>

#include <chrono>
#include <optional>

// Everything `check` can be told, with the defaults docs/CLI.md documents.
struct CheckOptions {
    static constexpr int defaultSamples = 10;
    static constexpr std::chrono::milliseconds defaultTimeout { 3000 };
    static constexpr int defaultConcurrency = 1024;
    static constexpr quint16 defaultRedirectFirst = 11000;
    static constexpr quint16 defaultRedirectLast = 11999;
    // Nodes whose redirect range is classified; a real subnet has few and each costs a full range.
    static constexpr int maxRangeNodes = 4;

    std::optional<quint16> port;
    QString scenarioId;
    QString pathId; // the connection path the user looks at; empty: the scenario's best
    QHash<QString, bool> checklistAnswers; // prerequisite id → met (true) or not (false); absent: not answered
    std::optional<Subnet> subnet;
    bool redirectRange = true;
    quint16 redirectFirst = defaultRedirectFirst;
    quint16 redirectLast = defaultRedirectLast;
    int samples = defaultSamples;
    std::chrono::milliseconds timeout = defaultTimeout;
    int concurrency = defaultConcurrency;
    ResolveOverrides overrides;
    QHostAddress nameserver; // ask this server for the CNAME chain (null: the system's)
    bool chainLookup = true;
    bool overridesOnly = false; // names without a --resolve answer are not found; nothing is asked (demo, tests)
    bool protocolChecks = true; // PRELOGIN, the two TLS probes and the login
    // The SQL login to try (its password goes to DiagnosisRunner::setLoginPassword and nowhere else);
    // empty: a made-up login, which proves the path without any secret.
    QString loginUser;
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's (--ca-file)
};

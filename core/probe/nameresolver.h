#pragma once

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>

// Answers given on the command line (`--resolve HOST=ADDR`), like curl's --resolve. Host names
// compare case-insensitively; one host may have several addresses.
class ResolveOverrides {
public:
    // "HOST=ADDR" (ADDR may be [v6]). Returns false and says why on a bad entry.
    bool add(const QString &entry, QString *error);
    void add(const QString &host, const QHostAddress &address);
    QList<QHostAddress> lookup(const QString &host) const;
    bool isEmpty() const { return m_answers.isEmpty(); }
    QStringList hosts() const { return m_answers.keys(); }

private:
    QHash<QString, QList<QHostAddress>> m_answers;
};

struct DnsAnswer {
    enum class Outcome {
        Resolved, // the system resolver gave addresses
        Overridden, // --resolve answered; nothing was asked
        Literal, // the host is an IP address; nothing to resolve
        NotFound, // NXDOMAIN, or a name with no A/AAAA records
        TimedOut, // no answer within the timeout
        Failed, // any other resolver failure
    };

    QString host;
    Outcome outcome = Outcome::Failed;
    QList<QHostAddress> addresses; // what applications on this machine get (system resolver, hosts
                                   // file), or the DNS server's answer when one was named
    double systemMs = 0.0;
    QString errorText;

    // From DNS itself (QDnsLookup): the CNAME chain and the final A records, when the lookup ran.
    bool dnsQueried = false;
    QStringList cnameChain; // every name after `host`, in order: host → chain[0] → chain[1] …
    QList<QHostAddress> dnsAddresses;
    double dnsMs = 0.0;
    QString dnsErrorText;

    bool hasAddresses() const { return !addresses.isEmpty(); }
};

QString dnsOutcomeId(DnsAnswer::Outcome outcome);

// Resolves one name the way the application would (QHostInfo: system resolver, hosts file, A and
// AAAA) and, in parallel, asks DNS for the CNAME chain (QDnsLookup), both with timings and one
// timeout. Overrides and IP literals answer without any query.
class NameResolver : public QObject {
    Q_OBJECT

public:
    explicit NameResolver(QObject *parent = nullptr);
    ~NameResolver() override;

    void setOverrides(const ResolveOverrides &overrides) { m_overrides = overrides; }
    // Ask this DNS server (port 53: Qt 6.4 takes no port) and nothing else: addresses then come from
    // its A and AAAA answers, and the system resolver and hosts file are not consulted.
    void setNameserver(const QHostAddress &nameserver) { m_nameserver = nameserver; }
    // The CNAME lookup can be turned off (tests on machines whose resolver must not be asked).
    void setChainLookupEnabled(bool enabled) { m_chainLookupEnabled = enabled; }
    // Only the overrides answer; any other name is "not found" without a query. The demo and the
    // tests use this so that no name a simulated server hands out ever reaches a real resolver.
    void setOverridesOnly(bool only) { m_overridesOnly = only; }

    // finished() follows exactly once, always from the event loop, unless cancel() comes first.
    void start(const QString &host, std::chrono::milliseconds timeout);
    void cancel();

signals:
    void finished(const DnsAnswer &answer);

private:
    void onSystemAnswer(const class QHostInfo &info);
    void onDnsFinished(QDnsLookup *lookup);
    void startDnsLookup(QDnsLookup::Type type);
    void onTimeout();
    void finishIfDone();
    void stopLookups();

    ResolveOverrides m_overrides;
    QHostAddress m_nameserver;
    bool m_chainLookupEnabled = true;
    bool m_overridesOnly = false;

    DnsAnswer m_answer;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    int m_systemLookupId = -1;
    QList<QPointer<QDnsLookup>> m_dnsLookups;
    int m_dnsPending = 0;
    bool m_dnsOnly = false;
    bool m_dnsNotFound = false;
    bool m_systemDone = false;
    bool m_running = false;
};

Q_DECLARE_METATYPE(DnsAnswer)

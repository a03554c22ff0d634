#include "nameresolver.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QMetaObject>

bool ResolveOverrides::add(const QString &entry, QString *error)
{
    const qsizetype equals = entry.indexOf(QLatin1Char('='));
    if (equals <= 0 || equals == entry.size() - 1) {
        if (error)
            *error = QCoreApplication::translate("ResolveOverrides", "'%1' is not HOST=ADDRESS").arg(entry);
        return false;
    }
    const QString host = entry.left(equals).trimmed();
    QString addressText = entry.mid(equals + 1).trimmed();
    if (addressText.startsWith(QLatin1Char('[')) && addressText.endsWith(QLatin1Char(']')))
        addressText = addressText.mid(1, addressText.size() - 2);
    const QHostAddress address(addressText);
    if (host.isEmpty() || address.isNull()) {
        if (error) {
            *error = QCoreApplication::translate("ResolveOverrides",
                                                 "'%1' is not HOST=ADDRESS (ADDRESS must be an IP address)")
                         .arg(entry);
        }
        return false;
    }
    add(host, address);
    return true;
}

void ResolveOverrides::add(const QString &host, const QHostAddress &address)
{
    QList<QHostAddress> &addresses = m_answers[host.toLower()];
    if (!addresses.contains(address))
        addresses.append(address);
}

QList<QHostAddress> ResolveOverrides::lookup(const QString &host) const
{
    return m_answers.value(host.toLower());
}

QString dnsOutcomeId(DnsAnswer::Outcome outcome)
{
    switch (outcome) {
    case DnsAnswer::Outcome::Resolved:
        return QStringLiteral("resolved");
    case DnsAnswer::Outcome::Overridden:
        return QStringLiteral("overridden");
    case DnsAnswer::Outcome::Literal:
        return QStringLiteral("literal");
    case DnsAnswer::Outcome::NotFound:
        return QStringLiteral("not-found");
    case DnsAnswer::Outcome::TimedOut:
        return QStringLiteral("timed-out");
    case DnsAnswer::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

NameResolver::NameResolver(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &NameResolver::onTimeout);
}

NameResolver::~NameResolver()
{
    stopLookups();
}

void NameResolver::start(const QString &host, std::chrono::milliseconds timeout)
{
    cancel();
    m_answer = DnsAnswer {};
    m_answer.host = host;
    m_running = true;
    m_systemDone = false;
    m_dnsPending = 0;
    m_dnsNotFound = false;
    m_dnsOnly = !m_nameserver.isNull();
    m_clock.start();

    const QHostAddress literal(host);
    const QList<QHostAddress> overridden = m_overrides.lookup(host);
    if (!literal.isNull() || !overridden.isEmpty()) {
        m_answer.outcome = literal.isNull() ? DnsAnswer::Outcome::Overridden : DnsAnswer::Outcome::Literal;
        m_answer.addresses = literal.isNull() ? overridden : QList<QHostAddress> { literal };
        m_systemDone = true;
        QMetaObject::invokeMethod(this, &NameResolver::finishIfDone, Qt::QueuedConnection);
        return;
    }
    if (m_overridesOnly) {
        m_answer.outcome = DnsAnswer::Outcome::NotFound;
        m_answer.errorText = tr("not among the names given with --resolve; no resolver was asked");
        m_systemDone = true;
        QMetaObject::invokeMethod(this, &NameResolver::finishIfDone, Qt::QueuedConnection);
        return;
    }

    m_timeout.start(timeout);
    if (m_dnsOnly) {
        // The named server answers everything; the system resolver is not asked at all.
        m_systemDone = true;
        startDnsLookup(QDnsLookup::A);
        startDnsLookup(QDnsLookup::AAAA);
        return;
    }
    m_systemLookupId = QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) { onSystemAnswer(info); });
    if (m_chainLookupEnabled)
        startDnsLookup(QDnsLookup::A);
}

void NameResolver::startDnsLookup(QDnsLookup::Type type)
{
    m_answer.dnsQueried = true;
    ++m_dnsPending;
    auto *lookup = new QDnsLookup(type, m_answer.host, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    connect(lookup, &QDnsLookup::finished, this, [this, lookup] { onDnsFinished(lookup); });
    m_dnsLookups.append(lookup);
    lookup->lookup();
}

void NameResolver::cancel()
{
    m_running = false;
    m_timeout.stop();
    stopLookups();
}

void NameResolver::onSystemAnswer(const QHostInfo &info)
{
    m_systemLookupId = -1;
    if (!m_running || m_systemDone)
        return;
    m_systemDone = true;
    m_answer.systemMs = double(m_clock.nsecsElapsed()) / 1e6;
    m_answer.addresses = info.addresses();
    if (info.error() == QHostInfo::NoError && !m_answer.addresses.isEmpty()) {
        m_answer.outcome = DnsAnswer::Outcome::Resolved;
    } else if (info.error() == QHostInfo::HostNotFound || info.error() == QHostInfo::NoError) {
        m_answer.outcome = DnsAnswer::Outcome::NotFound;
        m_answer.errorText = info.errorString();
    } else {
        m_answer.outcome = DnsAnswer::Outcome::Failed;
        m_answer.errorText = info.errorString();
    }
    finishIfDone();
}

void NameResolver::onDnsFinished(QDnsLookup *lookup)
{
    m_dnsLookups.removeAll(lookup);
    lookup->deleteLater();
    if (!m_running)
        return;
    --m_dnsPending;
    m_answer.dnsMs = double(m_clock.nsecsElapsed()) / 1e6;
    if (lookup->error() == QDnsLookup::NotFoundError) {
        m_dnsNotFound = true;
        m_answer.dnsErrorText = lookup->errorString();
    } else if (lookup->error() != QDnsLookup::NoError) {
        m_answer.dnsErrorText = lookup->errorString();
    } else {
        // Follow the chain from the name asked, so records in any order still read as a path.
        // A and AAAA answers repeat the same chain; the first one to arrive writes it.
        const QList<QDnsDomainNameRecord> records = lookup->canonicalNameRecords();
        if (m_answer.cnameChain.isEmpty()) {
            QString current = m_answer.host.toLower();
            for (int hop = 0; hop < records.size(); ++hop) {
                bool advanced = false;
                for (const QDnsDomainNameRecord &record : records) {
                    if (record.name().toLower() == current) {
                        current = record.value().toLower();
                        m_answer.cnameChain.append(record.value());
                        advanced = true;
                        break;
                    }
                }
                if (!advanced)
                    break;
            }
        }
        for (const QDnsHostAddressRecord &record : lookup->hostAddressRecords()) {
            if (!m_answer.dnsAddresses.contains(record.value()))
                m_answer.dnsAddresses.append(record.value());
        }
    }
    if (m_dnsOnly && m_dnsPending == 0) {
        m_answer.systemMs = m_answer.dnsMs;
        m_answer.addresses = m_answer.dnsAddresses;
        if (!m_answer.addresses.isEmpty()) {
            m_answer.outcome = DnsAnswer::Outcome::Resolved;
        } else if (m_dnsNotFound || m_answer.dnsErrorText.isEmpty()) {
            m_answer.outcome = DnsAnswer::Outcome::NotFound;
            m_answer.errorText = m_dnsNotFound ? m_answer.dnsErrorText : tr("no A or AAAA record");
        } else {
            m_answer.outcome = DnsAnswer::Outcome::Failed;
            m_answer.errorText = m_answer.dnsErrorText;
        }
    }
    finishIfDone();
}

void NameResolver::onTimeout()
{
    if (!m_running)
        return;
    if (!m_systemDone) {
        m_systemDone = true;
        m_answer.outcome = DnsAnswer::Outcome::TimedOut;
        m_answer.systemMs = double(m_clock.nsecsElapsed()) / 1e6;
        m_answer.errorText = tr("no answer from the resolver within the timeout");
    }
    if (m_dnsPending > 0) {
        m_answer.dnsErrorText = tr("no answer from DNS within the timeout");
        if (m_dnsOnly && m_answer.dnsAddresses.isEmpty()) {
            m_answer.outcome = DnsAnswer::Outcome::TimedOut;
            m_answer.errorText = m_answer.dnsErrorText;
            m_answer.systemMs = double(m_clock.nsecsElapsed()) / 1e6;
        } else if (m_dnsOnly) {
            m_answer.outcome = DnsAnswer::Outcome::Resolved; // one of A/AAAA answered in time
            m_answer.addresses = m_answer.dnsAddresses;
        }
    }
    stopLookups();
    finishIfDone();
}

void NameResolver::finishIfDone()
{
    if (!m_running || !m_systemDone || m_dnsPending > 0)
        return;
    m_running = false;
    m_timeout.stop();
    emit finished(m_answer);
}

void NameResolver::stopLookups()
{
    if (m_systemLookupId >= 0) {
        QHostInfo::abortHostLookup(m_systemLookupId);
        m_systemLookupId = -1;
    }
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_dnsLookups)) {
        if (!lookup)
            continue;
        lookup->disconnect(this);
        lookup->abort();
        lookup->deleteLater();
    }
    m_dnsLookups.clear();
    m_dnsPending = 0;
}

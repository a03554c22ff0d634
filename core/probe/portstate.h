#pragma once

#include <QHostAddress>
#include <QString>

// Port states and reasons as nmap names them for connect scans (see docs/PROBING.md).
enum class PortState {
    Open,
    Closed,
    Filtered,
    Unreachable,
    Error,
};

enum class PortReason {
    ConnAccept,      // handshake completed
    ConnRefused,     // RST: the path is open, nothing listens
    NoResponse,      // nothing came back before the probe's own timeout
    HostUnreach,     // ICMP host unreachable arrived for the SYN
    NetUnreach,      // ICMP network unreachable arrived for the SYN
    AdminProhibited, // EACCES/EPERM: a local policy refused the connect
    NoRoute,         // this machine has no route to the address at all (connect failed at once)
    NoSocket,        // the prober ran out of sockets or local ports: not a port state, retried
    LocalError,      // any other local failure (address family unsupported, …)
    Cancelled,       // the probe was cancelled before it finished
};

QString portStateId(PortState state);
QString portReasonId(PortReason reason);
PortState portStateFromId(const QString &id, bool *ok = nullptr);

// Open or closed: a host answered, so the network path to it works.
bool portAnswered(PortState state);

// What one TCP connect attempt produced, before it is named as a port state.
struct ConnectOutcome
{
    enum class Kind {
        Connected,
        Refused,
        HostUnreachable,
        NetworkUnreachable,
        NoRoute,
        AccessDenied,
        TimedOut,
        NoSocket,
        OtherError,
    };
    Kind kind = Kind::OtherError;
    int systemError = 0; // errno (or the platform's equivalent) when there was one
    QString errorText;
};

struct PortProbeResult
{
    QHostAddress address;
    quint16 port = 0;
    PortState state = PortState::Error;
    PortReason reason = PortReason::Cancelled;
    double rttMs = 0.0; // connect() to outcome, monotonic clock; meaningful for open and closed
    QString detail;     // the system's words for an error, when there were any

    bool needsRetry() const { return reason == PortReason::NoSocket; }
};

// The single place where a connect outcome becomes a port state and reason.
PortProbeResult classifyConnectOutcome(const QHostAddress &address, quint16 port,
                                       const ConnectOutcome &outcome, double elapsedMs);

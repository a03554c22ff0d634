#pragma once

#include "checkresult.h"

#include <QList>
#include <QString>

class ScenarioCatalog;

// How a hop of the connection path fared in the checks.
enum class HopState {
    Untested, // no check reached it (grey)
    Ok, // the checks through it passed (green)
    Degraded, // it works, with a warning (amber)
    Broken, // a check through it failed (red)
    NotUsed, // this path does not use it (e.g. the nodes behind a private endpoint, which always proxies)
};

QString hopStateId(HopState state);
QString hopStateLabel(HopState state); // translated: "passed", "warning", "failed", "not tested", "not used"

struct PathHop {
    QString id; // "application", "join", "network", "subnet", "gateway", "nodes"
    QString label; // translated, e.g. "On-premises server", "Site-to-Site VPN", "Gateway"
    QString detail; // e.g. "10.0.0.4:1433", or the subnet
    HopState state = HopState::Untested;
    QString why; // the check summary behind the state
};

struct PathEdge {
    int from = 0; // indexes into PathView::hops
    int to = 0;
    QString label; // the ports the edge carries, e.g. "TCP 1433, 11000–11999"
    HopState state = HopState::Untested;
};

// The recommended connection path of a scenario as hops and edges, each coloured by the checks: what
// the path diagram draws, live and from a saved report alike. Built from the checks' statuses only, so
// the same report always draws the same picture.
struct PathView {
    QString scenarioId;
    QString pathId;
    QString title;
    QList<PathHop> hops;
    QList<PathEdge> edges;

    const PathHop *hop(const QString &id) const;
    // One sentence per hop for screen readers and the plain-text summary.
    QString describe() const;
};

// `pathId` empty: the scenario's best path. `checks` empty: everything untested.
PathView buildPathView(const ScenarioCatalog &catalog, const QString &scenarioId, const QString &pathId,
                       const QList<CheckResult> &checks);

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Checks</name>
    <message numerus="yes">
        <source>%n node(s) answer on %1: %2; %3 address(es) silent</source>
        <translation>
            <numerusform>%n node answers on %1: %2; %3 address(es) silent</numerusform>
            <numerusform>%n nodes answer on %1: %2; %3 address(es) silent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 reachable on %n node(s)</source>
        <translation>
            <numerusform>%1 reachable on %n node</numerusform>
            <numerusform>%1 reachable on %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message numerus="yes">
        <source>Run the checks again every %n second(s) until stopped.</source>
        <translation>
            <numerusform>Run the checks again every %n second until stopped.</numerusform>
            <numerusform>Run the checks again every %n seconds until stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in this run — see the findings.</source>
        <translation>
            <numerusform>%n problem found in this run — see the findings.</numerusform>
            <numerusform>%n problems found in this run — see the findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n problem(s) found — see the findings.</source>
        <translation>
            <numerusform>Done: %n problem found — see the findings.</numerusform>
            <numerusform>Done: %n problems found — see the findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching: round %1 done; the next starts in %n second(s).</source>
        <translation>
            <numerusform>Watching: round %1 done; the next starts in %n second.</numerusform>
            <numerusform>Watching: round %1 done; the next starts in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message numerus="yes">
        <source>Watching: the next round starts in %n second(s); Ctrl+C stops.</source>
        <translation>
            <numerusform>Watching: the next round starts in %n second; Ctrl+C stops.</numerusform>
            <numerusform>Watching: the next round starts in %n seconds; Ctrl+C stops.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsEngine</name>
    <message numerus="yes">
        <source>%1: no answer within %2 ms on %n attempt(s)</source>
        <translation>
            <numerusform>%1: no answer within %2 ms on %n attempt</numerusform>
            <numerusform>%1: no answer within %2 ms on %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer on any port of %n node(s)</source>
        <translation>
            <numerusform>%1: no answer on any port of %n node</numerusform>
            <numerusform>%1: no answer on any port of %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortStateChartView</name>
    <message numerus="yes">
        <source>%n probe(s) failed locally (not shown).</source>
        <translation>
            <numerusform>%n probe failed locally (not shown).</numerusform>
            <numerusform>%n probes failed locally (not shown).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportComparisonText</name>
    <message numerus="yes">
        <source>The later report: %n error(s)</source>
        <translation>
            <numerusform>The later report: %n error</numerusform>
            <numerusform>The later report: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message numerus="yes">
        <source>Verdict: %1 — %n error(s)</source>
        <translation>
            <numerusform>Verdict: %1 — %n error</numerusform>
            <numerusform>Verdict: %1 — %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>

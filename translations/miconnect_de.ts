<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckStatus</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checking the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check runs from this machine; nothing is changed anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>cannot start the simulated instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: checking the simulated instance (profile %1) on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target could be resolved; nothing to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running until interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths, best first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown finding id &apos;%1&apos;; `miconnect-cli explain` lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: stopping the checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: stopping the scan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>MI Connect Wizard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsEngine</name>
    <message>
        <source>%1 did not resolve on this machine: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer within %2 ms on %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered with a reset (connection refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 connection attempts failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: median handshake %2 ms, p95 %3 ms (more than %4 ms is slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers on %2, but none of the other %3 addresses of %4 does</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer on any port of %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 port probes answered, %3 got no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every check that ran passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>What the checks mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most likely cause comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameResolver</name>
    <message>
        <source>no answer from the resolver within the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from DNS within the timeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputOptions</name>
    <message>
        <source>Write the machine-readable result to FILE (- for stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report to FILE; the format follows the extension (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report %1: the format is chosen by extension; supported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortFixture</name>
    <message>
        <source>net.ipv4.tcp_abort_on_overflow is on, so a full accept queue answers with a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emulating filtered ports needs Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port fixtures need a Unix system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only open, closed and filtered ports can be emulated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortRangeScanner</name>
    <message>
        <source>no socket could be had for this probe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveOverrides</name>
    <message>
        <source>&apos;%1&apos; is not HOST=ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST=ADDRESS (ADDRESS must be an IP address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>Where does the application run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommended connection path and the checks depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosting scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure — run the checks without a scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatedInstance</name>
    <message>
        <source>unknown profile &apos;%1&apos;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulated subnet must be an IPv4 loopback subnet of /27 or larger, such as 127.77.0.0/27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the simulator needs more file descriptors than the limit of %1 (ulimit -n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated Managed Instance — profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  host            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  gateway         %1:%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  public endpoint %1 → %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  subnet          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11000-11999 reachable, %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11000-11999 filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11000-11499 reachable (%1 open), 11500-11999 filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  node            %1: 1433 %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Why can&apos;t my application connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard tests the network path to an Azure SQL Managed Instance and explains what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks test the path from &lt;b&gt;this machine&lt;/b&gt;. Run the wizard where the application runs — on the same VM, App Service console or developer box — or the results describe a different path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo against a simulated instance on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a saved report (coming with report export)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Which instance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the host name as the application uses it, for example myinstance.a1b2c3d4e5f6.database.windows.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance.dnszone.database.windows.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.0.0.0/27 — finds the nodes for the redirect checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed Instance &amp;subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per probe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 endpoint, port %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Diagnose the connection to an Azure SQL Managed Instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wizard against the simulated instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: en, de or ja (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

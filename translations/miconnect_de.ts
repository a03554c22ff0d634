<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckStatus</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 → %3</source>
        <translation>%1 → %2 → %3</translation>
    </message>
    <message>
        <source>%1 → %2 (given with --resolve; DNS not asked)</source>
        <translation>%1 → %2 (mit --resolve angegeben; DNS nicht abgefragt)</translation>
    </message>
    <message>
        <source>%1 is an IP address; nothing to resolve</source>
        <translation>%1 ist eine IP-Adresse; keine Auflösung nötig</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>no answer for %1 within %2 ms</source>
        <translation>keine Antwort für %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>resolving %1 failed: %2</source>
        <translation>Auflösen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>needs an address for the host name</source>
        <translation>benötigt eine Adresse für den Hostnamen</translation>
    </message>
    <message>
        <source>no connection attempt finished</source>
        <translation>kein Verbindungsversuch abgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 connects open; median %4 ms, p95 %5 ms</source>
        <translation>%1: %2 von %3 Verbindungen geöffnet; Median %4 ms, p95 %5 ms</translation>
    </message>
    <message>
        <source>%1: %2 of %3 connects failed; median %4 ms</source>
        <translation>%1: %2 von %3 Verbindungen fehlgeschlagen; Median %4 ms</translation>
    </message>
    <message>
        <source>%1: %2 (%3) on every attempt</source>
        <translation>%1: %2 (%3) bei jedem Versuch</translation>
    </message>
    <message>
        <source>give the Managed Instance subnet (--subnet) to find the nodes</source>
        <translation>Geben Sie das Subnetz der Managed Instance (--subnet) an, um die Knoten zu finden</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) answer on %1: %2; %3 address(es) silent</source>
        <translation>
            <numerusform>%n Knoten antwortet an Port %1: %2; %3 Adresse(n) ohne Antwort</numerusform>
            <numerusform>%n Knoten antworten an Port %1: %2; %3 Adresse(n) ohne Antwort</numerusform>
        </translation>
    </message>
    <message>
        <source>only the gateway answers on %1; all %2 other addresses are silent</source>
        <translation>nur das Gateway antwortet an Port %1; alle %2 anderen Adressen antworten nicht</translation>
    </message>
    <message>
        <source>no address in %1 answers on %2</source>
        <translation>keine Adresse in %1 antwortet an Port %2</translation>
    </message>
    <message>
        <source>turned off (--no-redirect-range)</source>
        <translation>deaktiviert (--no-redirect-range)</translation>
    </message>
    <message>
        <source>needs the node addresses: give --subnet so the nodes can be found (the gateway address proves nothing about these ports)</source>
        <translation>benötigt die Knotenadressen: Geben Sie --subnet an, damit die Knoten gefunden werden können (die Gatewayadresse sagt über diese Ports nichts aus)</translation>
    </message>
    <message numerus="yes">
        <source>%1 reachable on %n node(s)</source>
        <translation>
            <numerusform>%1 auf %n Knoten erreichbar</numerusform>
            <numerusform>%1 auf %n Knoten erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 filtered on every node</source>
        <translation>%1 auf allen Knoten gefiltert</translation>
    </message>
    <message>
        <source>%1: %2 port probes answered, %3 filtered</source>
        <translation>%1: %2 Porttests beantwortet, %3 gefiltert</translation>
    </message>
    <message>
        <source>Resolve the host name</source>
        <translation>Hostnamen auflösen</translation>
    </message>
    <message>
        <source>Connect to the gateway</source>
        <translation>Verbindung zum Gateway herstellen</translation>
    </message>
    <message>
        <source>Find the nodes in the subnet</source>
        <translation>Knoten im Subnetz finden</translation>
    </message>
    <message>
        <source>Redirect ports on the nodes</source>
        <translation>Umleitungsports auf den Knoten</translation>
    </message>
    <message>
        <source>no node answered in the subnet, so there is nowhere to classify these ports</source>
        <translation>kein Knoten im Subnetz hat geantwortet, daher gibt es keinen Ort, an dem diese Ports eingestuft werden könnten</translation>
    </message>
    <message>
        <source>not SQL Server: the answer looks like %1 — %2</source>
        <translation>nicht SQL Server: Die Antwort sieht aus wie %1 — %2</translation>
    </message>
    <message>
        <source>no complete answer to PRELOGIN within %1 ms (%2)</source>
        <translation>keine vollständige Antwort auf PRELOGIN innerhalb von %1 ms (%2)</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete (%1)</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war (%1)</translation>
    </message>
    <message>
        <source>a malformed answer: %1</source>
        <translation>fehlerhafte Antwort: %1</translation>
    </message>
    <message>
        <source>no connection: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>needs a gateway port that accepts connections</source>
        <translation>benötigt einen Gatewayport, der Verbindungen annimmt</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms; encryption %3</source>
        <translation>%1 hat in %2 ms geantwortet; Verschlüsselung %3</translation>
    </message>
    <message>
        <source>needs SQL Server to answer PRELOGIN first</source>
        <translation>benötigt zuerst eine Antwort von SQL Server auf PRELOGIN</translation>
    </message>
    <message>
        <source>the certificate does not name %1</source>
        <translation>das Zertifikat enthält den Namen %1 nicht</translation>
    </message>
    <message>
        <source>the issuer %1 is not trusted here</source>
        <translation>dem Aussteller %1 wird auf diesem Computer nicht vertraut</translation>
    </message>
    <message>
        <source>%1 is older than TLS 1.2</source>
        <translation>%1 ist älter als TLS 1.2</translation>
    </message>
    <message>
        <source>%1, %2; certificate %3 issued by %4</source>
        <translation>%1, %2; Zertifikat %3, ausgestellt von %4</translation>
    </message>
    <message>
        <source>%1: the server sent the alert %2</source>
        <translation>%1: Der Server hat den Alert %2 gesendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ask for SQL Server (PRELOGIN)</source>
        <translation>SQL Server abfragen (PRELOGIN)</translation>
    </message>
    <message>
        <source>TLS as Encrypt=True gets it</source>
        <translation>TLS, wie Encrypt=True es erhält</translation>
    </message>
    <message>
        <source>TLS as Encrypt=Strict gets it (TDS 8)</source>
        <translation>TLS, wie Encrypt=Strict es erhält (TDS 8)</translation>
    </message>
    <message>
        <source>error %1 (state %2): %3</source>
        <translation>Fehler %1 (Status %2): %3</translation>
    </message>
    <message>
        <source>logged in as %1 (TDS %2)</source>
        <translation>angemeldet als %1 (TDS %2)</translation>
    </message>
    <message>
        <source>login failed for the made-up user, as it should: the engine read the login</source>
        <translation>Anmeldung für den fiktiven Benutzer wie erwartet fehlgeschlagen: Die Datenbank-Engine hat die Anmeldung gelesen</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>umgeleitet</translation>
    </message>
    <message>
        <source>needs SQL Server to answer and a TLS session first</source>
        <translation>benötigt zuerst eine Antwort von SQL Server und eine TLS-Sitzung</translation>
    </message>
    <message>
        <source>proxy: the gateway answered the login itself; %1</source>
        <translation>Proxy: Das Gateway hat die Anmeldung selbst beantwortet; %1</translation>
    </message>
    <message>
        <source>the gateway redirected to a server without a name</source>
        <translation>das Gateway hat an einen Server ohne Namen umgeleitet</translation>
    </message>
    <message>
        <source>redirect to %1, which does not resolve here: %2</source>
        <translation>Umleitung an %1, das sich hier nicht auflösen lässt: %2</translation>
    </message>
    <message>
        <source>redirect to %1; cancelled before it was resolved</source>
        <translation>Umleitung an %1; vor der Auflösung abgebrochen</translation>
    </message>
    <message>
        <source>redirect to %1 (%2); that port is %3 from here (%4)</source>
        <translation>Umleitung an %1 (%2); dieser Port ist von hier aus %3 (%4)</translation>
    </message>
    <message>
        <source>redirect to %1 (%2); cancelled</source>
        <translation>Umleitung an %1 (%2); abgebrochen</translation>
    </message>
    <message>
        <source>redirect via %1 (%2); %3</source>
        <translation>Umleitung über %1 (%2); %3</translation>
    </message>
    <message>
        <source>Log in (LOGIN7) and follow a redirect</source>
        <translation>Anmelden (LOGIN7) und einer Umleitung folgen</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>no SQL Server ODBC driver is registered here (.NET, JDBC and Node.js drivers are not listed)</source>
        <translation>hier ist kein SQL Server-ODBC-Treiber registriert (.NET-, JDBC- und Node.js-Treiber werden nicht aufgeführt)</translation>
    </message>
    <message>
        <source>too old for Managed Instance: %1</source>
        <translation>zu alt für Managed Instance: %1</translation>
    </message>
    <message>
        <source>SQL Server drivers on this machine</source>
        <translation>SQL Server-Treiber auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checking the path</source>
        <translation>Pfad wird geprüft</translation>
    </message>
    <message>
        <source>Each check runs from this machine; nothing is changed anywhere.</source>
        <translation>Jede Prüfung wird von diesem Computer aus ausgeführt; es werden nirgends Änderungen vorgenommen.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>&amp;Cancel checks</source>
        <translation>Prüfungen &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Cannot run the checks: %1</source>
        <translation>Die Prüfungen können nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>&amp;Latenz</translation>
    </message>
    <message>
        <source>P&amp;ort states</source>
        <translation>P&amp;ortzustände</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>Ü&amp;berwachen</translation>
    </message>
    <message numerus="yes">
        <source>Run the checks again every %n second(s) until stopped.</source>
        <translation>
            <numerusform>Wiederholt die Prüfungen im Abstand von %n Sekunde, bis die Überwachung beendet wird.</numerusform>
            <numerusform>Wiederholt die Prüfungen im Abstand von %n Sekunden, bis die Überwachung beendet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1: running…</source>
        <translation>Durchlauf %1: wird ausgeführt…</translation>
    </message>
    <message>
        <source>Done: nothing wrong found.</source>
        <translation>Fertig: keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n problem(s) found — see the findings.</source>
        <translation>
            <numerusform>Fertig: %n Problem gefunden — siehe Befunde.</numerusform>
            <numerusform>Fertig: %n Probleme gefunden — siehe Befunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Überwachung &amp;beenden</translation>
    </message>
    <message numerus="yes">
        <source>Watching: round %1 done; the next starts in %n second(s).</source>
        <translation>
            <numerusform>Überwachung: Durchlauf %1 abgeschlossen; der nächste beginnt in %n Sekunde.</numerusform>
            <numerusform>Überwachung: Durchlauf %1 abgeschlossen; der nächste beginnt in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks in this report</source>
        <translation>Die Prüfungen in diesem Bericht</translation>
    </message>
    <message>
        <source>What ran from %1 on %2; nothing runs from this machine.</source>
        <translation>Was von %1 am %2 ausgeführt wurde; auf diesem Computer wird nichts ausgeführt.</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>einem unbenannten Computer</translation>
    </message>
    <message>
        <source>This run was cancelled before every check finished.</source>
        <translation>Diese Ausführung wurde abgebrochen, bevor alle Prüfungen abgeschlossen waren.</translation>
    </message>
    <message>
        <source>Nothing wrong found in this run.</source>
        <translation>Bei dieser Ausführung wurden keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in this run — see the findings.</source>
        <translation>
            <numerusform>Bei dieser Ausführung wurde %n Problem gefunden — siehe Befunde.</numerusform>
            <numerusform>Bei dieser Ausführung wurden %n Probleme gefunden — siehe Befunde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Write the machine-readable result to FILE (- for stdout).</source>
        <translation>Schreibt das maschinenlesbare Ergebnis in FILE (- für stdout).</translation>
    </message>
    <message>
        <source>Write a report to FILE; the format follows the extension (%1).</source>
        <translation>Schreibt einen Bericht in FILE; das Format richtet sich nach der Dateierweiterung (%1).</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Keine Fortschrittsanzeige auf stderr.</translation>
    </message>
    <message>
        <source>--report %1: the format is chosen by extension; supported: %2</source>
        <translation>--report %1: Das Format wird anhand der Dateierweiterung gewählt; unterstützt: %2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Verwendung: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Connect to port N (default: from TARGET, else 3342 for .public. hosts, else 1433).</source>
        <translation>Verbindet mit Port N (Standard: aus TARGET, sonst 3342 für .public.-Hosts, sonst 1433).</translation>
    </message>
    <message>
        <source>Hosting scenario id (see `miconnect-cli scenarios`).</source>
        <translation>ID des Hostingszenarios (siehe `miconnect-cli scenarios`).</translation>
    </message>
    <message>
        <source>The Managed Instance subnet: probe 1433 on its addresses to find the nodes.</source>
        <translation>Das Subnetz der Managed Instance: Port 1433 wird auf dessen Adressen getestet, um die Knoten zu finden.</translation>
    </message>
    <message>
        <source>Legacy redirect ports to classify on the nodes (default 11000-11999).</source>
        <translation>Ältere Umleitungsports, die auf den Knoten klassifiziert werden (Standard: 11000-11999).</translation>
    </message>
    <message>
        <source>Do not classify the legacy redirect ports.</source>
        <translation>Klassifiziert die älteren Umleitungsports nicht.</translation>
    </message>
    <message>
        <source>Timed TCP connects to the gateway (default 10).</source>
        <translation>Anzahl zeitgemessener TCP-Verbindungen zum Gateway (Standard: 10).</translation>
    </message>
    <message>
        <source>Per-probe timeout in milliseconds (default 3000; 1000 for demo).</source>
        <translation>Timeout pro Test in Millisekunden (Standard: 3000; 1000 für demo).</translation>
    </message>
    <message>
        <source>Probes in flight at most (default 1024, lowered to fit the file-descriptor limit).</source>
        <translation>Maximale Anzahl gleichzeitiger Tests (Standard: 1024, wird bei Bedarf an das Limit für Dateideskriptoren angepasst).</translation>
    </message>
    <message>
        <source>Answer HOST with ADDR without asking DNS (repeatable).</source>
        <translation>Beantwortet HOST mit ADDR, ohne DNS abzufragen (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Ask this DNS server (port 53) instead of the system resolver.</source>
        <translation>Fragt diesen DNS-Server (Port 53) statt des System-Resolvers ab.</translation>
    </message>
    <message>
        <source>Simulated instance profile: %1.</source>
        <translation>Profil der simulierten Instanz: %1.</translation>
    </message>
    <message>
        <source>Run `check` against the built-in simulated instance on loopback.</source>
        <translation>Führt `check` für die integrierte simulierte Instanz auf Loopback aus.</translation>
    </message>
    <message>
        <source>Diagnose the network path from this machine to one Managed Instance.</source>
        <translation>Diagnostiziert den Netzwerkpfad von diesem Computer zu einer Managed Instance.</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;; known: %2</source>
        <translation>unbekanntes Profil „%1“; bekannt: %2</translation>
    </message>
    <message>
        <source>demo takes no target; it checks the simulated instance</source>
        <translation>demo akzeptiert kein Ziel; es prüft die simulierte Instanz</translation>
    </message>
    <message>
        <source>check needs a TARGET (a host name or connection string)</source>
        <translation>check benötigt ein TARGET (einen Hostnamen oder eine Verbindungszeichenfolge)</translation>
    </message>
    <message>
        <source>check takes one TARGET; put a connection string in quotes</source>
        <translation>check akzeptiert genau ein TARGET; setzen Sie eine Verbindungszeichenfolge in Anführungszeichen</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;; known: %2</source>
        <translation>unbekanntes Szenario „%1“; bekannt: %2</translation>
    </message>
    <message>
        <source>--subnet: %1</source>
        <translation>--subnet: %1</translation>
    </message>
    <message>
        <source>--subnet must be an IPv4 subnet from /16 to /28 (Managed Instance subnets are IPv4, /27 or larger)</source>
        <translation>--subnet muss ein IPv4-Subnetz von /16 bis /28 sein (Managed Instance-Subnetze sind IPv4-Subnetze der Größe /27 oder größer)</translation>
    </message>
    <message>
        <source>--resolve: %1</source>
        <translation>--resolve: %1</translation>
    </message>
    <message>
        <source>--dns-server must be an IP address, not &apos;%1&apos;</source>
        <translation>--dns-server muss eine IP-Adresse sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--redirect-range: %1</source>
        <translation>--redirect-range: %1</translation>
    </message>
    <message>
        <source>Ports to classify, e.g. 1433,3342,11000-11999.</source>
        <translation>Zu klassifizierende Ports, z. B. 1433,3342,11000-11999.</translation>
    </message>
    <message>
        <source>Per-probe timeout in milliseconds (default 3000).</source>
        <translation>Timeout pro Test in Millisekunden (Standard: 3000).</translation>
    </message>
    <message>
        <source>A host, an address, a CIDR, or a comma-separated list of them.</source>
        <translation>Ein Host, eine Adresse, ein CIDR oder eine durch Kommas getrennte Liste davon.</translation>
    </message>
    <message>
        <source>Classify TCP ports as open, closed, filtered or unreachable, as nmap names them.</source>
        <translation>Klassifiziert TCP-Ports mit den Zustandsnamen von nmap: open (offen), closed (geschlossen), filtered (gefiltert) oder unreachable (nicht erreichbar).</translation>
    </message>
    <message>
        <source>scan needs one TARGETS argument (a host, address, CIDR, or a comma-separated list)</source>
        <translation>scan benötigt ein TARGETS-Argument (einen Host, eine Adresse, ein CIDR oder eine durch Kommas getrennte Liste)</translation>
    </message>
    <message>
        <source>scan needs --ports, e.g. --ports 1433,3342,11000-11999</source>
        <translation>scan benötigt --ports, z. B. --ports 1433,3342,11000-11999</translation>
    </message>
    <message>
        <source>--ports: %1</source>
        <translation>--ports: %1</translation>
    </message>
    <message>
        <source>%1 has %2 addresses; scan takes at most %3 (a /20) — use a longer prefix</source>
        <translation>%1 hat %2 Adressen; scan akzeptiert höchstens %3 (ein /20) — verwenden Sie ein längeres Präfix</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name, address or CIDR</source>
        <translation>„%1“ ist weder ein Hostname noch eine Adresse oder ein CIDR</translation>
    </message>
    <message>
        <source>scan needs at least one target</source>
        <translation>scan benötigt mindestens ein Ziel</translation>
    </message>
    <message>
        <source>%1 addresses in all; scan takes at most %2</source>
        <translation>insgesamt %1 Adressen; scan akzeptiert höchstens %2</translation>
    </message>
    <message>
        <source>%1 probes in all; scan runs at most %2 at once</source>
        <translation>insgesamt %1 Tests; scan führt höchstens %2 gleichzeitig aus</translation>
    </message>
    <message>
        <source>Profile: %1.</source>
        <translation>Profil: %1.</translation>
    </message>
    <message>
        <source>Use this loopback subnet (e.g. 127.77.0.0/27) instead of a random one.</source>
        <translation>Verwendet dieses Loopback-Subnetz (z. B. 127.77.0.0/27) statt eines zufälligen.</translation>
    </message>
    <message>
        <source>Print the endpoints as one JSON line to FILE (- for stdout).</source>
        <translation>Gibt die Endpunkte als eine JSON-Zeile in FILE aus (- für stdout).</translation>
    </message>
    <message>
        <source>Run the simulated instance on loopback until interrupted; print its endpoints.</source>
        <translation>Führt die simulierte Instanz auf Loopback bis zur Unterbrechung aus und gibt ihre Endpunkte aus.</translation>
    </message>
    <message>
        <source>simulate takes no positional arguments</source>
        <translation>simulate akzeptiert keine Positionsargumente</translation>
    </message>
    <message>
        <source>Write the result as JSON to FILE (- for stdout).</source>
        <translation>Schreibt das Ergebnis als JSON in FILE (- für stdout).</translation>
    </message>
    <message>
        <source>A finding id such as tcp.gateway-filtered; without it, all ids are listed.</source>
        <translation>Eine Befund-ID wie tcp.gateway-filtered; ohne Angabe werden alle IDs aufgelistet.</translation>
    </message>
    <message>
        <source>Print a finding&apos;s explanation, remedy and sources.</source>
        <translation>Gibt Erklärung, Abhilfe und Quellen eines Befunds aus.</translation>
    </message>
    <message>
        <source>List the hosting scenarios and their recommended paths.</source>
        <translation>Listet die Hostingszenarien und ihre empfohlenen Pfade auf.</translation>
    </message>
    <message>
        <source>explain takes one finding id</source>
        <translation>explain akzeptiert genau eine Befund-ID</translation>
    </message>
    <message>
        <source>no command given; try `miconnect-cli --help`</source>
        <translation>kein Befehl angegeben; versuchen Sie `miconnect-cli --help`</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try `miconnect-cli --help`</source>
        <translation>unbekannter Befehl „%1“; versuchen Sie `miconnect-cli --help`</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a corporate or test CA).</source>
        <translation>Vertraut zusätzlich den CA-Zertifikaten in dieser PEM-Datei (einer Unternehmens- oder Test-CA).</translation>
    </message>
    <message>
        <source>--ca-file %1: %2</source>
        <translation>--ca-file %1: %2</translation>
    </message>
    <message>
        <source>--ca-file %1: no PEM certificate in it</source>
        <translation>--ca-file %1: enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>The SQL Server version the simulated gateway reports (default 16.0.4165.4).</source>
        <translation>Die SQL Server-Version, die das simulierte Gateway meldet (Standard: 16.0.4165.4).</translation>
    </message>
    <message>
        <source>The encryption mode it answers PRELOGIN with: off, on, not-supported or required (default).</source>
        <translation>Der Verschlüsselungsmodus in seiner Antwort auf PRELOGIN: off, on, not-supported oder required (Standard).</translation>
    </message>
    <message>
        <source>--sql-version must look like 16.0.4165.4, not &apos;%1&apos;</source>
        <translation>--sql-version muss wie 16.0.4165.4 aussehen, nicht wie „%1“</translation>
    </message>
    <message>
        <source>--encryption must be off, on, not-supported or required, not &apos;%1&apos;</source>
        <translation>--encryption muss off, on, not-supported oder required sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Answer a prerequisite of the scenario&apos;s checklist (see `miconnect-cli scenarios ID`); repeatable.</source>
        <translation>Beantwortet eine Voraussetzung aus der Checkliste des Szenarios (siehe `miconnect-cli scenarios ID`); mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Repeat the checks every SECONDS until interrupted; print what changed each round.</source>
        <translation>Wiederholt die Prüfungen alle SECONDS Sekunden bis zur Unterbrechung und gibt nach jedem Durchlauf aus, was sich geändert hat.</translation>
    </message>
    <message>
        <source>A host (name, host,port, host:port, IP address, tcp:host,port) or a whole connection string (ADO.NET, ODBC, JDBC, URL) in quotes.</source>
        <translation>Ein Host (Name, host,port, host:port, IP-Adresse, tcp:host,port) oder eine vollständige Verbindungszeichenfolge (ADO.NET, ODBC, JDBC, URL) in Anführungszeichen.</translation>
    </message>
    <message>
        <source>--checklist: unknown item &apos;%1&apos; (`miconnect-cli scenarios ID` lists a scenario&apos;s items)</source>
        <translation>--checklist: unbekannter Eintrag „%1“ (`miconnect-cli scenarios ID` listet die Einträge eines Szenarios auf)</translation>
    </message>
    <message>
        <source>--checklist %1: answer yes or no</source>
        <translation>--checklist %1: Die Antwort muss yes oder no lauten</translation>
    </message>
    <message>
        <source>A scenario id: its paths, checklist, ports and sources; without it, all scenarios.</source>
        <translation>Eine Szenario-ID: zeigt deren Pfade, Checkliste, Ports und Quellen; ohne Angabe alle Szenarien.</translation>
    </message>
    <message>
        <source>scenarios takes at most one scenario id</source>
        <translation>scenarios akzeptiert höchstens eine Szenario-ID</translation>
    </message>
    <message>
        <source>cannot write %1: no writer for this format</source>
        <translation>%1 kann nicht geschrieben werden: Für dieses Format ist kein Ausgabemodul vorhanden</translation>
    </message>
    <message>
        <source>Replace host names, DNS zone ids, addresses, user names and the machine name with placeholders in every output.</source>
        <translation>Ersetzt in jeder Ausgabe Hostnamen, DNS-Zonen-IDs, Adressen, Benutzernamen und den Computernamen durch Platzhalter.</translation>
    </message>
    <message>
        <source>With --redact: keep the placeholders and what they stand for in FILE, for your own records (never send it).</source>
        <translation>Mit --redact: Speichert die Platzhalter und ihre Bedeutung in FILE, für Ihre eigenen Unterlagen (niemals weitergeben).</translation>
    </message>
    <message>
        <source>--redaction-legend only makes sense with --redact</source>
        <translation>--redaction-legend ist nur zusammen mit --redact sinnvoll</translation>
    </message>
    <message>
        <source>--report %1: this build has no GUI libraries, which draw the HTML and PDF reports; supported: %2</source>
        <translation>--report %1: Dieser Build enthält keine GUI-Bibliotheken, die zum Zeichnen der HTML- und PDF-Berichte nötig sind; unterstützt: %2</translation>
    </message>
    <message>
        <source>Write the comparison as JSON to FILE (- for stdout).</source>
        <translation>Schreibt den Vergleich als JSON in FILE (- für stdout).</translation>
    </message>
    <message>
        <source>Write the comparison to FILE: .md, .txt or .json.</source>
        <translation>Schreibt den Vergleich in FILE: .md, .txt oder .json.</translation>
    </message>
    <message>
        <source>The report from before the change (JSON).</source>
        <translation>Der Bericht vor der Änderung (JSON).</translation>
    </message>
    <message>
        <source>The report from after it (JSON).</source>
        <translation>Der Bericht nach der Änderung (JSON).</translation>
    </message>
    <message>
        <source>Compare two reports of the same instance, before and after a change: what got better, what got worse.</source>
        <translation>Vergleicht zwei Berichte derselben Instanz vor und nach einer Änderung: was besser und was schlechter geworden ist.</translation>
    </message>
    <message>
        <source>compare needs two reports: BEFORE.json AFTER.json</source>
        <translation>compare benötigt zwei Berichte: BEFORE.json AFTER.json</translation>
    </message>
    <message>
        <source>--report %1: a comparison is written as .md, .txt or .json</source>
        <translation>--report %1: Ein Vergleich wird als .md, .txt oder .json geschrieben</translation>
    </message>
    <message>
        <source>Log in as this SQL login instead of a made-up one; the password is asked for (or read as one line from standard input) and used for this run only.</source>
        <translation>Meldet sich mit dieser SQL-Anmeldung statt mit einer fiktiven an; das Kennwort wird abgefragt (oder als eine Zeile von der Standardeingabe gelesen) und nur für diesen Lauf verwendet.</translation>
    </message>
    <message>
        <source>--login needs a SQL login name of at most %1 characters</source>
        <translation>--login benötigt einen SQL-Anmeldenamen mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>--login cannot be combined with --watch</source>
        <translation>--login kann nicht mit --watch kombiniert werden</translation>
    </message>
    <message>
        <source>List this machine&apos;s SQL Server ODBC drivers and whether each is new enough for Managed Instance.</source>
        <translation>Listet die SQL Server-ODBC-Treiber dieses Computers auf und gibt an, ob jeder davon für Managed Instance neu genug ist.</translation>
    </message>
    <message>
        <source>drivers takes no arguments</source>
        <translation>drivers akzeptiert keine Argumente</translation>
    </message>
    <message>
        <source>Language of messages and reports: %1 (default: the system&apos;s).</source>
        <translation>Sprache der Meldungen und Berichte: %1 (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Language of the report on stdout and in --report and --json files: %1 (default: the --lang language). Support engineers often want en.</source>
        <translation>Sprache des Berichts auf stdout und in den Dateien von --report und --json: %1 (Standard: die Sprache von --lang). Supportmitarbeiter möchten oft en.</translation>
    </message>
    <message>
        <source>--report-lang must be one of %1, not &apos;%2&apos;</source>
        <translation>--report-lang muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>Usage: miconnect-cli COMMAND [options]

Diagnose why an application cannot connect to Azure SQL Managed Instance, from this machine.

Commands:
  check TARGET [options]     diagnose the path to one Managed Instance
  scan TARGETS --ports SPEC  classify TCP ports (open/closed/filtered/unreachable)
  demo [--profile NAME]      run `check` against the built-in simulated instance
  simulate [--profile NAME]  run the simulated instance until interrupted
  scenarios [ID]             hosting scenarios: paths, checklist, ports, sources
  explain [FINDING_ID]       print a finding&apos;s explanation, remedy and sources
  compare BEFORE AFTER       compare two saved reports: what got better, what got worse
  drivers                    this machine&apos;s SQL Server ODBC drivers, checked against the minimums

  --help, -h                 this help; COMMAND --help for a command&apos;s options
  --version                  print the version
  --lang LANG                messages and reports in en, de or ja (default: the system&apos;s)

Exit codes: 0 no error found, 1 an error finding, 2 bad input or usage, 3 internal failure,
130 interrupted.
</source>
        <translation>Verwendung: miconnect-cli COMMAND [options]

Diagnostiziert von diesem Computer aus, warum eine Anwendung keine Verbindung mit Azure SQL Managed Instance herstellen kann.

Befehle:
  check TARGET [options]     diagnostiziert den Pfad zu einer Managed Instance
  scan TARGETS --ports SPEC  klassifiziert TCP-Ports (open/closed/filtered/unreachable)
  demo [--profile NAME]      führt `check` für die integrierte simulierte Instanz aus
  simulate [--profile NAME]  führt die simulierte Instanz bis zur Unterbrechung aus
  scenarios [ID]             Hostingszenarien: Pfade, Checkliste, Ports, Quellen
  explain [FINDING_ID]       gibt Erklärung, Abhilfe und Quellen eines Befunds aus
  compare BEFORE AFTER       vergleicht zwei gespeicherte Berichte: was besser, was schlechter ist
  drivers                    prüft die SQL Server-ODBC-Treiber dieses Computers gegen die Mindestversionen

  --help, -h                 diese Hilfe; COMMAND --help zeigt die Optionen eines Befehls
  --version                  gibt die Version aus
  --lang LANG                Meldungen und Berichte auf en, de oder ja (Standard: wie das System)

Exitcodes: 0 kein Fehler gefunden, 1 ein Befund vom Typ Fehler, 2 ungültige Eingabe oder
Verwendung, 3 interner Fehler, 130 unterbrochen.
</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>cannot start the simulated instance: %1</source>
        <translation>die simulierte Instanz kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Demo: checking the simulated instance (profile %1) on %2</source>
        <translation>Demo: Die simulierte Instanz (Profil %1) auf %2 wird geprüft</translation>
    </message>
    <message>
        <source>… %1</source>
        <translation>… %1</translation>
    </message>
    <message>
        <source>  %1: %2/%3</source>
        <translation>  %1: %2/%3</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>no target could be resolved; nothing to scan</source>
        <translation>kein Ziel konnte aufgelöst werden; nichts zu scannen</translation>
    </message>
    <message>
        <source>scanning: %1/%2</source>
        <translation>Scan läuft: %1/%2</translation>
    </message>
    <message>
        <source>Running until interrupted (Ctrl+C).</source>
        <translation>Läuft bis zur Unterbrechung (Ctrl+C).</translation>
    </message>
    <message>
        <source>Paths, best first:</source>
        <translation>Pfade, der beste zuerst:</translation>
    </message>
    <message>
        <source>unknown finding id &apos;%1&apos;; `miconnect-cli explain` lists them</source>
        <translation>unbekannte Befund-ID „%1“; `miconnect-cli explain` listet alle IDs auf</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Empfohlene Schritte:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Knowledge as of %1.</source>
        <translation>Wissensstand: %1.</translation>
    </message>
    <message>
        <source>Interrupted: stopping the checks…</source>
        <translation>Unterbrochen: Prüfungen werden beendet…</translation>
    </message>
    <message>
        <source>Interrupted: stopping the scan…</source>
        <translation>Unterbrochen: Scan wird beendet…</translation>
    </message>
    <message>
        <source>The connection string holds a password: it was dropped and is not used, shown or saved.</source>
        <translation>Die Verbindungszeichenfolge enthält ein Kennwort: Es wurde entfernt und wird weder verwendet noch angezeigt oder gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Watching: the next round starts in %n second(s); Ctrl+C stops.</source>
        <translation>
            <numerusform>Überwachung: Der nächste Durchlauf beginnt in %n Sekunde; Beenden mit Ctrl+C.</numerusform>
            <numerusform>Überwachung: Der nächste Durchlauf beginnt in %n Sekunden; Beenden mit Ctrl+C.</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] round %2: no change</source>
        <translation>[%1] Durchlauf %2: keine Änderung</translation>
    </message>
    <message>
        <source>[%1] round %2: %3</source>
        <translation>[%1] Durchlauf %2: %3</translation>
    </message>
    <message>
        <source>%1: TCP %2 to the %3</source>
        <translation>%1: TCP %2 zum Ziel %3</translation>
    </message>
    <message>
        <source>Checklist (answer with --checklist ID=yes|no):</source>
        <translation>Checkliste (Antwort mit --checklist ID=yes|no):</translation>
    </message>
    <message>
        <source>Demo: checking the simulated instance (profile %1)</source>
        <translation>Demo: Die simulierte Instanz (Profil %1) wird geprüft</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kennwort für %1: </translation>
    </message>
    <message>
        <source>--login %1: no password on standard input</source>
        <translation>--login %1: kein Kennwort in der Standardeingabe</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>TOO OLD</source>
        <translation>ZU ALT (TOO OLD)</translation>
    </message>
    <message>
        <source>ok, Encrypt=Strict too</source>
        <translation>OK, auch Encrypt=Strict</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>no SQL Server ODBC driver is registered here</source>
        <translation>auf diesem Computer ist kein SQL Server-ODBC-Treiber registriert</translation>
    </message>
    <message>
        <source>SQL Server ODBC drivers</source>
        <translation>SQL Server-ODBC-Treiber</translation>
    </message>
    <message>
        <source>SQL Server ODBC drivers registered in %1</source>
        <translation>In %1 registrierte SQL Server-ODBC-Treiber</translation>
    </message>
</context>
<context>
    <name>ConnectAttempt</name>
    <message>
        <source>not an IPv4 or IPv6 address</source>
        <translation>keine IPv4- oder IPv6-Adresse</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>MI Connect Wizard</source>
        <translation>MI Connect Wizard</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>Der Bericht kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open a saved report</source>
        <translation>Gespeicherten Bericht öffnen</translation>
    </message>
    <message>
        <source>MI Connect Wizard reports (*.json)</source>
        <translation>MI Connect Wizard-Berichte (*.json)</translation>
    </message>
    <message>
        <source>MI Connect Wizard — %1 (read-only)</source>
        <translation>MI Connect Wizard — %1 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>ConnectionLint</name>
    <message>
        <source>%1 is an IP address; the gateway routes by host name</source>
        <translation>%1 ist eine IP-Adresse; das Gateway leitet Verbindungen anhand des Hostnamens weiter</translation>
    </message>
    <message>
        <source>the server is given as %1\%2; Managed Instance has no named instances</source>
        <translation>der Server ist als %1\%2 angegeben; Managed Instance hat keine benannten Instanzen</translation>
    </message>
    <message>
        <source>%1 is the public endpoint, which listens on 3342, not %2</source>
        <translation>%1 ist der öffentliche Endpunkt, der an Port 3342 lauscht, nicht an %2</translation>
    </message>
    <message>
        <source>%1 is the VNet-local endpoint, which listens on 1433, not %2</source>
        <translation>%1 ist der VNet-lokale Endpunkt, der an Port 1433 lauscht, nicht an %2</translation>
    </message>
    <message>
        <source>the public-endpoint scenario needs %1.public.%2… on port 3342, but %3 is the VNet-local name</source>
        <translation>das Szenario public-endpoint erfordert %1.public.%2… an Port 3342, aber %3 ist der VNet-lokale Name</translation>
    </message>
    <message>
        <source>%1 is the public endpoint, but the chosen scenario connects through the VNet (port 1433, VNet-local name)</source>
        <translation>%1 ist der öffentliche Endpunkt, aber das gewählte Szenario verbindet über das VNet (Port 1433, VNet-lokaler Name)</translation>
    </message>
    <message>
        <source>%1 is not a *.database.windows.net name and no HostNameInCertificate is set</source>
        <translation>%1 ist kein Name der Form *.database.windows.net, und HostNameInCertificate ist nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 is an alias; HostNameInCertificate=%2 tells the driver the real name</source>
        <translation>%1 ist ein Alias; HostNameInCertificate=%2 teilt dem Treiber den tatsächlichen Namen mit</translation>
    </message>
    <message>
        <source>%1 turns encryption off for everything after the login</source>
        <translation>%1 deaktiviert die Verschlüsselung für alles nach der Anmeldung</translation>
    </message>
    <message>
        <source>%1 accepts any certificate</source>
        <translation>%1 akzeptiert jedes Zertifikat</translation>
    </message>
    <message>
        <source>%1: %2 s is less than the %3 s recommended</source>
        <translation>%1: %2 s liegt unter den empfohlenen %3 s</translation>
    </message>
</context>
<context>
    <name>ConnectionStrings</name>
    <message>
        <source>the setting at character %1 has no value (expected key=value)</source>
        <translation>die Einstellung an Zeichen %1 hat keinen Wert (erwartet: key=value)</translation>
    </message>
    <message>
        <source>the quoted value of the setting at character %1 never ends</source>
        <translation>der Wert in Anführungszeichen der Einstellung an Zeichen %1 wird nie abgeschlossen</translation>
    </message>
    <message>
        <source>the braced value of the setting at character %1 never ends</source>
        <translation>der Wert in geschweiften Klammern der Einstellung an Zeichen %1 wird nie abgeschlossen</translation>
    </message>
    <message>
        <source>unexpected text after the quoted value of the setting at character %1</source>
        <translation>unerwarteter Text nach dem Wert in Anführungszeichen der Einstellung an Zeichen %1</translation>
    </message>
    <message>
        <source>too many settings in one connection string</source>
        <translation>zu viele Einstellungen in einer Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>The connection string names no server (Server=, Data Source=, Address=…).</source>
        <translation>Die Verbindungszeichenfolge gibt keinen Server an (Server=, Data Source=, Address=…).</translation>
    </message>
    <message>
        <source>(a connection string that could not be read)</source>
        <translation>(eine Verbindungszeichenfolge, die nicht gelesen werden konnte)</translation>
    </message>
    <message>
        <source>(a connection URL that could not be read)</source>
        <translation>(eine Verbindungs-URL, die nicht gelesen werden konnte)</translation>
    </message>
    <message>
        <source>That is not a connection URL such as sqlserver://host:1433?database=db.</source>
        <translation>Das ist keine Verbindungs-URL wie sqlserver://host:1433?database=db.</translation>
    </message>
    <message>
        <source>That is too long to be a connection string.</source>
        <translation>Das ist zu lang für eine Verbindungszeichenfolge.</translation>
    </message>
    <message>
        <source>A host name</source>
        <translation>Ein Hostname</translation>
    </message>
    <message>
        <source>An ADO.NET (SqlClient) connection string</source>
        <translation>Eine ADO.NET-Verbindungszeichenfolge (SqlClient)</translation>
    </message>
    <message>
        <source>An ODBC connection string</source>
        <translation>Eine ODBC-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>A JDBC connection URL</source>
        <translation>Eine JDBC-Verbindungs-URL</translation>
    </message>
    <message>
        <source>A connection URL</source>
        <translation>Eine Verbindungs-URL</translation>
    </message>
</context>
<context>
    <name>DriverInventory</name>
    <message>
        <source>The driver&apos;s version is unknown; Encrypt=Strict needs ODBC Driver %1 or later.</source>
        <translation>Die Version des Treibers ist unbekannt; Encrypt=Strict erfordert ODBC Driver %1 oder höher.</translation>
    </message>
    <message>
        <source>ODBC Driver %1 is older than ODBC Driver %2, the oldest Managed Instance supports.</source>
        <translation>ODBC Driver %1 ist älter als ODBC Driver %2, die älteste Version, die Managed Instance unterstützt.</translation>
    </message>
    <message>
        <source>The exact version of ODBC Driver %1 is unknown; Encrypt=Strict needs %2 or later.</source>
        <translation>Die genaue Version von ODBC Driver %1 ist unbekannt; Encrypt=Strict erfordert %2 oder höher.</translation>
    </message>
    <message>
        <source>ODBC Driver %1 cannot use Encrypt=Strict; that needs %2 or later.</source>
        <translation>ODBC Driver %1 kann Encrypt=Strict nicht verwenden; dafür ist %2 oder höher erforderlich.</translation>
    </message>
    <message>
        <source>%1 is not ODBC Driver %2 or later, the oldest Managed Instance supports.</source>
        <translation>%1 ist nicht ODBC Driver %2 oder höher, die älteste Version, die Managed Instance unterstützt.</translation>
    </message>
    <message>
        <source>%1 -j could not be started: %2</source>
        <translation>%1 -j konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 -j did not finish within %2 seconds</source>
        <translation>%1 -j wurde nicht innerhalb von %2 Sekunden beendet</translation>
    </message>
    <message>
        <source>%1 -j failed (exit code %2)</source>
        <translation>%1 -j ist fehlgeschlagen (Exitcode %2)</translation>
    </message>
    <message>
        <source>%1 -j named no DRIVERS file</source>
        <translation>%1 -j hat keine DRIVERS-Datei genannt</translation>
    </message>
    <message>
        <source>%1 does not exist: no ODBC driver is registered with unixODBC.</source>
        <translation>%1 existiert nicht: Bei unixODBC ist kein ODBC-Treiber registriert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; only its start was read.</source>
        <translation>%1 ist größer als %2 KiB; nur der Anfang wurde gelesen.</translation>
    </message>
    <message>
        <source>%1 starts with a byte-order mark; unixODBC cannot read it, so none of its drivers can be loaded.</source>
        <translation>%1 beginnt mit einer Bytereihenfolgemarkierung (BOM); unixODBC kann die Datei nicht lesen, daher kann keiner ihrer Treiber geladen werden.</translation>
    </message>
    <message>
        <source>Line %1 of %2 comes before any [section]; unixODBC cannot read the file, so none of its drivers can be loaded.</source>
        <translation>Zeile %1 von %2 steht vor dem ersten [section]-Abschnitt; unixODBC kann die Datei nicht lesen, daher kann keiner ihrer Treiber geladen werden.</translation>
    </message>
    <message>
        <source>Cannot read the registry key %1.</source>
        <translation>Der Registrierungsschlüssel %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>unixODBC&apos;s odbcinst is not installed and %1 does not exist: no ODBC driver is registered on this machine.</source>
        <translation>odbcinst von unixODBC ist nicht installiert, und %1 existiert nicht: Auf diesem Computer ist kein ODBC-Treiber registriert.</translation>
    </message>
    <message>
        <source>%1, so %2 was read instead; unixODBC may use another file.</source>
        <translation>%1, daher wurde stattdessen %2 gelesen; unixODBC verwendet möglicherweise eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>FindingsEngine</name>
    <message>
        <source>%1 did not resolve on this machine: %2</source>
        <translation>%1 wurde auf diesem Computer nicht aufgelöst: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer within %2 ms on %n attempt(s)</source>
        <translation>
            <numerusform>%1: keine Antwort innerhalb von %2 ms bei %n Versuch</numerusform>
            <numerusform>%1: keine Antwort innerhalb von %2 ms bei %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered with a reset (connection refused)</source>
        <translation>%1 hat mit einem Reset geantwortet (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 connection attempts failed</source>
        <translation>%1: %2 von %3 Verbindungsversuchen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: median handshake %2 ms, p95 %3 ms (more than %4 ms is slow)</source>
        <translation>%1: Handshake-Median %2 ms, p95 %3 ms (mehr als %4 ms gilt als langsam)</translation>
    </message>
    <message>
        <source>%1 answers on %2, but none of the other %3 addresses of %4 does</source>
        <translation>%1 antwortet an Port %2, aber keine der anderen %3 Adressen von %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer on any port of %n node(s)</source>
        <translation>
            <numerusform>%1: keine Antwort an irgendeinem Port von %n Knoten</numerusform>
            <numerusform>%1: keine Antwort an irgendeinem Port von %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 port probes answered, %3 got no answer</source>
        <translation>%1: %2 Porttests beantwortet, %3 ohne Antwort</translation>
    </message>
    <message>
        <source>every check that ran passed</source>
        <translation>alle ausgeführten Prüfungen waren erfolgreich</translation>
    </message>
    <message>
        <source>the answer to PRELOGIN breaks the TDS protocol: %1</source>
        <translation>die Antwort auf PRELOGIN verstößt gegen das TDS-Protokoll: %1</translation>
    </message>
    <message>
        <source>the answer to PRELOGIN looks like %1: %2</source>
        <translation>die Antwort auf PRELOGIN sieht aus wie %1: %2</translation>
    </message>
    <message>
        <source>no complete answer to PRELOGIN within %1 ms: %2</source>
        <translation>keine vollständige Antwort auf PRELOGIN innerhalb von %1 ms: %2</translation>
    </message>
    <message>
        <source>the connection closed before the answer to PRELOGIN was complete: %1</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort auf PRELOGIN vollständig war: %1</translation>
    </message>
    <message>
        <source>%1: the server answered with the alert %2</source>
        <translation>%1: Der Server hat mit dem Alert %2 geantwortet</translation>
    </message>
    <message>
        <source>%1: negotiated %2</source>
        <translation>%1: %2 ausgehandelt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is issued by %3, which this machine does not trust — a TLS-inspecting proxy may be re-signing the connection</source>
        <translation>%1: %2 wurde von %3 ausgestellt, dem dieser Computer nicht vertraut — möglicherweise signiert ein TLS-inspizierender Proxy die Verbindung neu</translation>
    </message>
    <message>
        <source>%1: the certificate names %2, not %3</source>
        <translation>%1: Das Zertifikat lautet auf %2, nicht auf %3</translation>
    </message>
    <message>
        <source>answered no: %1</source>
        <translation>mit Nein beantwortet: %1</translation>
    </message>
    <message>
        <source>%1 is an alias of %2, which has no address here</source>
        <translation>%1 ist ein Alias von %2, für den es hier keine Adresse gibt</translation>
    </message>
    <message>
        <source>this machine uses %1 for %2, but DNS answers %3</source>
        <translation>dieser Computer verwendet %1 für %2, aber DNS antwortet mit %3</translation>
    </message>
    <message>
        <source>%1 resolves to %2, a public address</source>
        <translation>%1 wird in %2 aufgelöst, eine öffentliche Adresse</translation>
    </message>
    <message>
        <source>%1 redirects the login to %2; %3 does not resolve here: %4</source>
        <translation>%1 leitet die Anmeldung an %2 um; %3 lässt sich hier nicht auflösen: %4</translation>
    </message>
    <message>
        <source>%1 redirects the login to %2 (%3); that port is %4 from here (%5)</source>
        <translation>%1 leitet die Anmeldung an %2 (%3) um; dieser Port ist von hier aus %4 (%5)</translation>
    </message>
    <message>
        <source>%1 answered the login of %2 with error %3 (state %4, class %5): %6</source>
        <translation>%1 hat die Anmeldung von %2 mit Fehler %3 beantwortet (Status %4, Klasse %5): %6</translation>
    </message>
    <message>
        <source> — the instance proxies connections today (the gateway answered the login itself), so this matters only if its connection type becomes Redirect</source>
        <translation> — die Instanz leitet Verbindungen derzeit als Proxy weiter (das Gateway hat die Anmeldung selbst beantwortet), daher ist dies nur von Bedeutung, wenn ihr Verbindungstyp zu Redirect wechselt</translation>
    </message>
    <message>
        <source>the connection string names %1; %2 registers no such driver</source>
        <translation>die Verbindungszeichenfolge nennt %1; %2 registriert keinen solchen Treiber</translation>
    </message>
    <message>
        <source>Encrypt=Strict in the connection string; %1</source>
        <translation>Encrypt=Strict in der Verbindungszeichenfolge; %1</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>What the checks mean</source>
        <translation>Was die Prüfungen bedeuten</translation>
    </message>
    <message>
        <source>Seen here:</source>
        <translation>Hier beobachtet:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Empfohlene Schritte</translation>
    </message>
    <message>
        <source>The most likely cause comes first. The path shows where it breaks.</source>
        <translation>Die wahrscheinlichste Ursache steht an erster Stelle. Der Pfad zeigt, wo die Verbindung abbricht.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings: the checks did not get far enough to judge. Run them again.</source>
        <translation>Keine Befunde: Die Prüfungen sind nicht weit genug gekommen, um etwas zu beurteilen. Führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Connection path</source>
        <translation>Verbindungspfad</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>Handshake times to the gateway</source>
        <translation>Handshake-Zeiten zum Gateway</translation>
    </message>
    <message>
        <source>Port states in the instance subnet and the redirect range</source>
        <translation>Portzustände im Subnetz der Instanz und im Umleitungsbereich</translation>
    </message>
    <message>
        <source>Made with %1 on %2, %3.</source>
        <translation>Erstellt mit %1 auf %2, %3.</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>Connect your application to Azure SQL Managed Instance</source>
        <translation>Verbinden Ihrer Anwendung mit Azure SQL Managed Instance</translation>
    </message>
    <message>
        <source>Connectivity architecture for Azure SQL Managed Instance</source>
        <translation>Konnektivitätsarchitektur für Azure SQL Managed Instance</translation>
    </message>
    <message>
        <source>Azure SQL Connectivity Checker</source>
        <translation>Azure SQL Connectivity Checker</translation>
    </message>
    <message>
        <source>Azure SQL Managed Instance connection types</source>
        <translation>Verbindungstypen für Azure SQL Managed Instance</translation>
    </message>
    <message>
        <source>Azure SQL Managed Instance frequently asked questions</source>
        <translation>Häufig gestellte Fragen zu Azure SQL Managed Instance</translation>
    </message>
    <message>
        <source>Nmap: port scanning basics (port states)</source>
        <translation>Nmap: Grundlagen des Portscannens (Portzustände)</translation>
    </message>
    <message>
        <source>Azure Private Link for Azure SQL Managed Instance</source>
        <translation>Azure Private Link für Azure SQL Managed Instance</translation>
    </message>
    <message>
        <source>Configure public endpoint in Azure SQL Managed Instance</source>
        <translation>Konfigurieren eines öffentlichen Endpunkts in Azure SQL Managed Instance</translation>
    </message>
    <message>
        <source>TDS 8.0</source>
        <translation>TDS 8.0</translation>
    </message>
    <message>
        <source>Configure minimal TLS version in Azure SQL Managed Instance</source>
        <translation>Konfigurieren der TLS-Mindestversion in Azure SQL Managed Instance</translation>
    </message>
    <message>
        <source>Troubleshoot connectivity issues and other errors</source>
        <translation>Beheben von Konnektivitätsproblemen und anderen Fehlern</translation>
    </message>
    <message>
        <source>The host name is not valid</source>
        <translation>Der Hostname ist ungültig</translation>
    </message>
    <message>
        <source>The server part of the input is not a syntactically valid host name or IP address, so no check could be run against it.</source>
        <translation>Der Serverteil der Eingabe ist weder ein syntaktisch gültiger Hostname noch eine gültige IP-Adresse, daher konnte keine Prüfung dafür ausgeführt werden.</translation>
    </message>
    <message>
        <source>Copy the host name from the Azure portal (Managed Instance → Overview → Host) or from the application&apos;s connection string.</source>
        <translation>Kopieren Sie den Hostnamen aus dem Azure-Portal (Managed Instance → Übersicht → Host) oder aus der Verbindungszeichenfolge der Anwendung.</translation>
    </message>
    <message>
        <source>Remove spaces, quotes and any scheme such as https:// from the value.</source>
        <translation>Entfernen Sie Leerzeichen, Anführungszeichen und Schemas wie https:// aus dem Wert.</translation>
    </message>
    <message>
        <source>The instance is addressed by IP address</source>
        <translation>Die Instanz wird über eine IP-Adresse angesprochen</translation>
    </message>
    <message>
        <source>The Managed Instance gateway routes connections by host name. Connecting by IP address is not supported (error 40532), and the addresses can change without notice.</source>
        <translation>Das Gateway der Managed Instance leitet Verbindungen anhand des Hostnamens weiter. Verbindungen über eine IP-Adresse werden nicht unterstützt (Fehler 40532), und die Adressen können sich ohne Vorankündigung ändern.</translation>
    </message>
    <message>
        <source>Use the instance&apos;s host name (&lt;instance&gt;.&lt;dns-zone&gt;.database.windows.net) in the connection string.</source>
        <translation>Verwenden Sie in der Verbindungszeichenfolge den Hostnamen der Instanz (&lt;instance&gt;.&lt;dns-zone&gt;.database.windows.net).</translation>
    </message>
    <message>
        <source>If a private endpoint or a custom DNS alias is why an IP is used, resolve the host name to that address through DNS instead.</source>
        <translation>Wenn eine IP-Adresse wegen eines privaten Endpunkts oder eines benutzerdefinierten DNS-Alias verwendet wird, lösen Sie stattdessen den Hostnamen per DNS in diese Adresse auf.</translation>
    </message>
    <message>
        <source>A named instance (host\INSTANCE) is given</source>
        <translation>Eine benannte Instanz (host\INSTANCE) ist angegeben</translation>
    </message>
    <message>
        <source>Managed Instance is always the default instance on its host name; a \INSTANCE suffix makes drivers ask the SQL Browser service on UDP 1434, which does not exist there.</source>
        <translation>Managed Instance ist unter ihrem Hostnamen immer die Standardinstanz. Ein Suffix \INSTANCE veranlasst Treiber, den SQL Browser-Dienst über UDP 1434 abzufragen, den es dort nicht gibt.</translation>
    </message>
    <message>
        <source>Remove the \INSTANCE part and connect to the host name with port 1433 (3342 for the public endpoint).</source>
        <translation>Entfernen Sie den Teil \INSTANCE, und stellen Sie die Verbindung mit dem Hostnamen über Port 1433 her (3342 für den öffentlichen Endpunkt).</translation>
    </message>
    <message>
        <source>The host is not a Managed Instance host name</source>
        <translation>Der Host ist kein Hostname einer Managed Instance</translation>
    </message>
    <message>
        <source>The name does not end in database.windows.net (or a sovereign cloud&apos;s equivalent). A DNS alias works for the network path, but certificate validation fails unless the driver is told the real name, and the gateway needs the real name to route.</source>
        <translation>Der Name endet nicht auf database.windows.net (oder die Entsprechung einer souveränen Cloud). Ein DNS-Alias funktioniert für den Netzwerkpfad, aber die Zertifikatüberprüfung schlägt fehl, sofern dem Treiber nicht der tatsächliche Name mitgeteilt wird, und das Gateway benötigt den tatsächlichen Namen für das Routing.</translation>
    </message>
    <message>
        <source>Prefer the instance&apos;s own host name.</source>
        <translation>Verwenden Sie vorzugsweise den eigenen Hostnamen der Instanz.</translation>
    </message>
    <message>
        <source>If an alias is required, set HostNameInCertificate (or the driver&apos;s equivalent) to the instance&apos;s real host name.</source>
        <translation>Wenn ein Alias erforderlich ist, legen Sie HostNameInCertificate (oder die Entsprechung im Treiber) auf den tatsächlichen Hostnamen der Instanz fest.</translation>
    </message>
    <message>
        <source>The public endpoint is used with the wrong port</source>
        <translation>Der öffentliche Endpunkt wird mit dem falschen Port verwendet</translation>
    </message>
    <message>
        <source>The public endpoint (&lt;instance&gt;.public.&lt;dns-zone&gt;.database.windows.net) listens only on port 3342, never on 1433.</source>
        <translation>Der öffentliche Endpunkt (&lt;instance&gt;.public.&lt;dns-zone&gt;.database.windows.net) lauscht nur an Port 3342, niemals an 1433.</translation>
    </message>
    <message>
        <source>Use port 3342 with the public host name (Server=tcp:&lt;instance&gt;.public.&lt;dns-zone&gt;.database.windows.net,3342).</source>
        <translation>Verwenden Sie Port 3342 mit dem öffentlichen Hostnamen (Server=tcp:&lt;instance&gt;.public.&lt;dns-zone&gt;.database.windows.net,3342).</translation>
    </message>
    <message>
        <source>Or use the VNet-local host name with port 1433 from inside the VNet.</source>
        <translation>Oder verwenden Sie innerhalb des VNet den VNet-lokalen Hostnamen mit Port 1433.</translation>
    </message>
    <message>
        <source>The VNet-local endpoint is used with the wrong port</source>
        <translation>Der VNet-lokale Endpunkt wird mit dem falschen Port verwendet</translation>
    </message>
    <message>
        <source>The VNet-local endpoint and private endpoints listen on port 1433. Port 3342 belongs to the public endpoint&apos;s host name, and custom ports are not supported.</source>
        <translation>Der VNet-lokale Endpunkt und private Endpunkte lauschen an Port 1433. Port 3342 gehört zum Hostnamen des öffentlichen Endpunkts, und benutzerdefinierte Ports werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use port 1433 with the VNet-local host name.</source>
        <translation>Verwenden Sie Port 1433 mit dem VNet-lokalen Hostnamen.</translation>
    </message>
    <message>
        <source>To use port 3342, use the public host name (&lt;instance&gt;.public.&lt;dns-zone&gt;…) and enable the public endpoint.</source>
        <translation>Um Port 3342 zu verwenden, nutzen Sie den öffentlichen Hostnamen (&lt;instance&gt;.public.&lt;dns-zone&gt;…), und aktivieren Sie den öffentlichen Endpunkt.</translation>
    </message>
    <message>
        <source>Encryption is turned off in the connection string</source>
        <translation>Die Verschlüsselung ist in der Verbindungszeichenfolge deaktiviert</translation>
    </message>
    <message>
        <source>Managed Instance always encrypts the login and requires TLS 1.2 or later. Encrypt=False only weakens what the driver verifies and hides certificate problems until a driver update turns encryption back on.</source>
        <translation>Managed Instance verschlüsselt die Anmeldung immer und erfordert TLS 1.2 oder höher. Encrypt=False schwächt nur die Überprüfungen des Treibers ab und verbirgt Zertifikatprobleme, bis ein Treiberupdate die Verschlüsselung wieder aktiviert.</translation>
    </message>
    <message>
        <source>Set Encrypt=True (or Encrypt=Strict for TDS 8 where the driver supports it).</source>
        <translation>Legen Sie Encrypt=True fest (oder Encrypt=Strict für TDS 8, sofern der Treiber dies unterstützt).</translation>
    </message>
    <message>
        <source>The server certificate is trusted without checking</source>
        <translation>Dem Serverzertifikat wird ohne Überprüfung vertraut</translation>
    </message>
    <message>
        <source>TrustServerCertificate=True accepts any certificate, including one from a machine in the middle. It is usually added to silence a name-mismatch error whose real cause is an alias, an IP address or a same-VNet private endpoint.</source>
        <translation>TrustServerCertificate=True akzeptiert jedes Zertifikat, auch das eines dazwischengeschalteten Computers (Man-in-the-Middle). Die Einstellung wird meist hinzugefügt, um einen Fehler wegen eines nicht übereinstimmenden Namens zu unterdrücken, dessen eigentliche Ursache ein Alias, eine IP-Adresse oder ein privater Endpunkt im selben VNet ist.</translation>
    </message>
    <message>
        <source>Remove TrustServerCertificate=True.</source>
        <translation>Entfernen Sie TrustServerCertificate=True.</translation>
    </message>
    <message>
        <source>Connect with the instance&apos;s real host name, or set HostNameInCertificate to it.</source>
        <translation>Stellen Sie die Verbindung mit dem tatsächlichen Hostnamen der Instanz her, oder legen Sie HostNameInCertificate auf diesen Namen fest.</translation>
    </message>
    <message>
        <source>The connection timeout is short</source>
        <translation>Das Verbindungstimeout ist kurz</translation>
    </message>
    <message>
        <source>A connect timeout under 30 seconds turns transient reconfigurations and slow first connections into failures.</source>
        <translation>Ein Verbindungstimeout unter 30 Sekunden macht aus vorübergehenden Neukonfigurationen und langsamen ersten Verbindungen Fehler.</translation>
    </message>
    <message>
        <source>Set Connect Timeout=30 (or more) and retry transient errors with backoff (5 s first, up to 60 s).</source>
        <translation>Legen Sie Connect Timeout=30 (oder mehr) fest, und wiederholen Sie vorübergehende Fehler mit Backoff (zuerst 5 s, bis zu 60 s).</translation>
    </message>
    <message>
        <source>The host name does not resolve</source>
        <translation>Der Hostname wird nicht aufgelöst</translation>
    </message>
    <message>
        <source>This machine&apos;s resolver found no address for the host name. Applications fail with error 26, 40 or 53 (server not found).</source>
        <translation>Der Resolver dieses Computers hat keine Adresse für den Hostnamen gefunden. Anwendungen schlagen mit Fehler 26, 40 oder 53 fehl (Server nicht gefunden).</translation>
    </message>
    <message>
        <source>Check the spelling: the full name is &lt;instance&gt;.&lt;dns-zone&gt;.database.windows.net.</source>
        <translation>Prüfen Sie die Schreibweise: Der vollständige Name lautet &lt;instance&gt;.&lt;dns-zone&gt;.database.windows.net.</translation>
    </message>
    <message>
        <source>If this machine uses a custom DNS server, make it forward Azure names to Azure DNS (168.63.129.16) or to a resolver that can.</source>
        <translation>Wenn dieser Computer einen benutzerdefinierten DNS-Server verwendet, konfigurieren Sie ihn so, dass er Azure-Namen an Azure DNS (168.63.129.16) oder an einen Resolver weiterleitet, der sie auflösen kann.</translation>
    </message>
    <message>
        <source>For a private endpoint, link the private DNS zone privatelink.&lt;dns-zone&gt;.database.windows.net to this VNet and add an A record for the instance.</source>
        <translation>Verknüpfen Sie bei einem privaten Endpunkt die private DNS-Zone privatelink.&lt;dns-zone&gt;.database.windows.net mit diesem VNet, und fügen Sie einen A-Eintrag für die Instanz hinzu.</translation>
    </message>
    <message>
        <source>Over Point-to-Site VPN, make sure the VPN client uses the VNet&apos;s DNS servers.</source>
        <translation>Stellen Sie bei einem Point-to-Site-VPN sicher, dass der VPN-Client die DNS-Server des VNet verwendet.</translation>
    </message>
    <message>
        <source>The name resolves to a public address where a private one is expected</source>
        <translation>Der Name wird in eine öffentliche Adresse aufgelöst, obwohl eine private erwartet wird</translation>
    </message>
    <message>
        <source>From inside the VNet, or a network joined to it, the VNet-local host name must resolve to a private address in the instance&apos;s subnet. A public answer means this machine asks a DNS server that does not see the VNet&apos;s view.</source>
        <translation>Innerhalb des VNet oder in einem damit verbundenen Netzwerk muss der VNet-lokale Hostname in eine private Adresse im Subnetz der Instanz aufgelöst werden. Eine öffentliche Antwort bedeutet, dass dieser Computer einen DNS-Server abfragt, der die Sicht des VNet nicht kennt.</translation>
    </message>
    <message>
        <source>Point this machine&apos;s DNS at a server that forwards to Azure DNS (168.63.129.16) from inside the VNet.</source>
        <translation>Konfigurieren Sie für diesen Computer einen DNS-Server, der innerhalb des VNet an Azure DNS (168.63.129.16) weiterleitet.</translation>
    </message>
    <message>
        <source>Remove hosts-file entries and conditional forwarders that override database.windows.net.</source>
        <translation>Entfernen Sie Einträge in der hosts-Datei und bedingte Weiterleitungen, die database.windows.net überschreiben.</translation>
    </message>
    <message>
        <source>The name points to privatelink but no private address answers</source>
        <translation>Der Name verweist auf privatelink, aber es wird keine private Adresse zurückgegeben</translation>
    </message>
    <message>
        <source>The CNAME chain passes through a privatelink name, but no A record answers it from this machine: the private DNS zone is missing, not linked to this VNet, or lacks the instance&apos;s record.</source>
        <translation>Die CNAME-Kette führt über einen privatelink-Namen, aber von diesem Computer aus liefert kein A-Eintrag eine Antwort dafür: Die private DNS-Zone fehlt, ist nicht mit diesem VNet verknüpft oder enthält keinen Eintrag für die Instanz.</translation>
    </message>
    <message>
        <source>Create the private DNS zone privatelink.&lt;dns-zone&gt;.database.windows.net (never the bare zone name for a same-VNet endpoint).</source>
        <translation>Erstellen Sie die private DNS-Zone privatelink.&lt;dns-zone&gt;.database.windows.net (für einen Endpunkt im selben VNet niemals den Zonennamen ohne privatelink).</translation>
    </message>
    <message>
        <source>Link the zone to the client&apos;s VNet and add an A record for the instance pointing to the private endpoint&apos;s address.</source>
        <translation>Verknüpfen Sie die Zone mit dem VNet des Clients, und fügen Sie für die Instanz einen A-Eintrag hinzu, der auf die Adresse des privaten Endpunkts verweist.</translation>
    </message>
    <message>
        <source>The hosts file overrides the instance&apos;s name</source>
        <translation>Die hosts-Datei überschreibt den Namen der Instanz</translation>
    </message>
    <message>
        <source>The address this machine uses for the name differs from what DNS answers, which usually means a hosts-file entry. Such entries go stale when the instance&apos;s addresses change.</source>
        <translation>Die Adresse, die dieser Computer für den Namen verwendet, weicht von der DNS-Antwort ab; das deutet meist auf einen Eintrag in der hosts-Datei hin. Solche Einträge veralten, wenn sich die Adressen der Instanz ändern.</translation>
    </message>
    <message>
        <source>Remove the database.windows.net entries from the hosts file (/etc/hosts, or C:\Windows\System32\drivers\etc\hosts).</source>
        <translation>Entfernen Sie die Einträge für database.windows.net aus der hosts-Datei (/etc/hosts oder C:\Windows\System32\drivers\etc\hosts).</translation>
    </message>
    <message>
        <source>Fix DNS instead, so every client gets the right answer.</source>
        <translation>Korrigieren Sie stattdessen das DNS, damit jeder Client die richtige Antwort erhält.</translation>
    </message>
    <message>
        <source>Nothing answers on the gateway port: the path is blocked</source>
        <translation>Am Gatewayport antwortet nichts: Der Pfad ist blockiert</translation>
    </message>
    <message>
        <source>Connections to the instance&apos;s port got no answer at all before the timeout. A network security group, firewall or route drops the traffic; applications see timeouts (error 10060, -2, or a pre-login timeout).</source>
        <translation>Verbindungen zum Port der Instanz haben bis zum Timeout keinerlei Antwort erhalten. Eine Netzwerksicherheitsgruppe (NSG), eine Firewall oder eine Route verwirft den Datenverkehr; Anwendungen erhalten Timeouts (Fehler 10060, -2 oder ein Pre-Login-Timeout).</translation>
    </message>
    <message>
        <source>Allow outbound TCP to the instance&apos;s port (1433, or 3342 for the public endpoint) from this machine&apos;s network, including firewalls and network virtual appliances on the way.</source>
        <translation>Lassen Sie ausgehenden TCP-Datenverkehr vom Netzwerk dieses Computers zum Port der Instanz zu (1433 oder 3342 für den öffentlichen Endpunkt), auch in Firewalls und virtuellen Netzwerkgeräten (NVAs) auf dem Weg.</translation>
    </message>
    <message>
        <source>On the Managed Instance subnet&apos;s NSG, allow inbound TCP on that port from this machine&apos;s address range, above the deny rules.</source>
        <translation>Lassen Sie in der NSG des Managed Instance-Subnetzes eingehenden TCP-Datenverkehr an diesem Port aus dem Adressbereich dieses Computers zu, mit höherer Priorität als die Verweigerungsregeln.</translation>
    </message>
    <message>
        <source>Check that the network joining this machine to the instance&apos;s VNet (peering, VPN, ExpressRoute) is connected and routes the instance&apos;s subnet.</source>
        <translation>Prüfen Sie, ob die Netzwerkverbindung zwischen diesem Computer und dem VNet der Instanz (Peering, VPN, ExpressRoute) besteht und das Subnetz der Instanz routet.</translation>
    </message>
    <message>
        <source>The gateway address refuses the connection</source>
        <translation>Die Gatewayadresse lehnt die Verbindung ab</translation>
    </message>
    <message>
        <source>The address answered with a reset: the network path works but nothing accepts connections on that port there. The name points to the wrong machine, the port is wrong, or a firewall on the way rejects the connection actively.</source>
        <translation>Die Adresse hat mit einem Reset geantwortet: Der Netzwerkpfad funktioniert, aber dort nimmt nichts Verbindungen an diesem Port an. Der Name verweist auf den falschen Computer, der Port ist falsch, oder eine Firewall auf dem Weg lehnt die Verbindung aktiv ab.</translation>
    </message>
    <message>
        <source>Check that the host name resolves to the instance (see the DNS check) and the port is 1433 (3342 for the public endpoint).</source>
        <translation>Prüfen Sie, ob der Hostname in die Adresse der Instanz aufgelöst wird (siehe DNS-Prüfung) und der Port 1433 lautet (3342 für den öffentlichen Endpunkt).</translation>
    </message>
    <message>
        <source>For the public endpoint, enable it on the instance and allow TCP 3342 inbound on the subnet&apos;s NSG.</source>
        <translation>Wenn Sie den öffentlichen Endpunkt verwenden, aktivieren Sie ihn auf der Instanz, und lassen Sie in der NSG des Subnetzes eingehenden TCP-Datenverkehr an Port 3342 zu.</translation>
    </message>
    <message>
        <source>Check firewalls that reject rather than drop connections.</source>
        <translation>Prüfen Sie Firewalls, die Verbindungen ablehnen, statt sie zu verwerfen.</translation>
    </message>
    <message>
        <source>This machine has no route to the instance</source>
        <translation>Dieser Computer hat keine Route zur Instanz</translation>
    </message>
    <message>
        <source>The connection failed before anything was sent, or an ICMP unreachable came back: this machine, or a router on the way, has no route to the instance&apos;s address. Typical causes are a VPN that is not connected or does not carry the instance&apos;s address range.</source>
        <translation>Die Verbindung ist fehlgeschlagen, bevor etwas gesendet wurde, oder es kam eine ICMP-Unreachable-Meldung zurück: Dieser Computer oder ein Router auf dem Weg hat keine Route zur Adresse der Instanz. Typische Ursache ist ein VPN, das nicht verbunden ist oder den Adressbereich der Instanz nicht überträgt.</translation>
    </message>
    <message>
        <source>Connect the VPN (Point-to-Site, Site-to-Site) or check ExpressRoute and peering status.</source>
        <translation>Verbinden Sie das VPN (Point-to-Site, Site-to-Site), oder prüfen Sie den Status von ExpressRoute und Peering.</translation>
    </message>
    <message>
        <source>Make sure the routes this machine learns include the Managed Instance VNet&apos;s address prefixes (route print, ip route).</source>
        <translation>Stellen Sie sicher, dass die Routen, die dieser Computer lernt, die Adresspräfixe des VNet der Managed Instance enthalten (route print, ip route).</translation>
    </message>
    <message>
        <source>For App Service, check that VNet integration is configured and that Route All is on if the address is not RFC 1918.</source>
        <translation>Prüfen Sie bei App Service, ob die VNet-Integration konfiguriert ist und ob Route All aktiviert ist, falls die Adresse nicht im Bereich von RFC 1918 liegt.</translation>
    </message>
    <message>
        <source>Connections take long to open</source>
        <translation>Der Verbindungsaufbau dauert lange</translation>
    </message>
    <message>
        <source>The TCP handshake to the gateway takes much longer than within a region. Every connection and every round trip pays this, and short timeouts start to fail.</source>
        <translation>Der TCP-Handshake zum Gateway dauert viel länger als innerhalb einer Region. Jede Verbindung und jeder Roundtrip ist davon betroffen, und kurze Timeouts führen zunehmend zu Fehlern.</translation>
    </message>
    <message>
        <source>Run the application in the instance&apos;s region, or close to it.</source>
        <translation>Führen Sie die Anwendung in der Region der Instanz oder in deren Nähe aus.</translation>
    </message>
    <message>
        <source>Prefer VNet peering over VPN gateways where possible: peering stays on the Microsoft backbone.</source>
        <translation>Verwenden Sie nach Möglichkeit VNet-Peering statt VPN-Gateways: Beim Peering bleibt der Datenverkehr im Microsoft-Backbone.</translation>
    </message>
    <message>
        <source>Use connection pooling so handshakes are rare.</source>
        <translation>Verwenden Sie Verbindungspooling, damit Handshakes selten sind.</translation>
    </message>
    <message>
        <source>Some connection attempts fail</source>
        <translation>Einige Verbindungsversuche schlagen fehl</translation>
    </message>
    <message>
        <source>Most handshakes succeed but some do not: an overloaded appliance, an asymmetric route, port exhaustion on a NAT device, or a transient reconfiguration.</source>
        <translation>Die meisten Handshakes gelingen, einige jedoch nicht. Mögliche Ursachen: ein überlastetes Gerät, eine asymmetrische Route, Portauslastung auf einem NAT-Gerät oder eine vorübergehende Neukonfiguration.</translation>
    </message>
    <message>
        <source>Retry transient failures with backoff (5 s first, up to 60 s).</source>
        <translation>Wiederholen Sie vorübergehende Fehler mit Backoff (zuerst 5 s, bis zu 60 s).</translation>
    </message>
    <message>
        <source>Check firewalls and NVAs on the path for drops or connection-table exhaustion.</source>
        <translation>Prüfen Sie Firewalls und NVAs auf dem Pfad auf verworfene Pakete oder eine erschöpfte Verbindungstabelle.</translation>
    </message>
    <message>
        <source>Run the checks again in watch mode and compare.</source>
        <translation>Führen Sie die Prüfungen im Überwachungsmodus erneut aus, und vergleichen Sie die Ergebnisse.</translation>
    </message>
    <message>
        <source>Something other than SQL Server answers</source>
        <translation>Etwas anderes als SQL Server antwortet</translation>
    </message>
    <message>
        <source>The port accepts connections but the reply is not a TDS PRELOGIN answer. A proxy, a web server or the wrong host answers instead of the instance.</source>
        <translation>Der Port nimmt Verbindungen an, aber die Antwort ist keine TDS-PRELOGIN-Antwort. Statt der Instanz antwortet ein Proxy, ein Webserver oder der falsche Host.</translation>
    </message>
    <message>
        <source>Check that the name resolves to the instance and not to a proxy or another service.</source>
        <translation>Prüfen Sie, ob der Name in die Adresse der Instanz aufgelöst wird und nicht in die eines Proxys oder eines anderen Diensts.</translation>
    </message>
    <message>
        <source>Check for TLS-inspecting or application-level proxies between this machine and the instance.</source>
        <translation>Prüfen Sie, ob sich zwischen diesem Computer und der Instanz TLS-inspizierende Proxys oder Proxys auf Anwendungsebene befinden.</translation>
    </message>
    <message>
        <source>The connection opens but SQL Server never answers</source>
        <translation>Die Verbindung wird geöffnet, aber SQL Server antwortet nie</translation>
    </message>
    <message>
        <source>The TCP handshake succeeds but no PRELOGIN reply comes back. An appliance that accepts connections on behalf of the destination but cannot reach it is the usual cause.</source>
        <translation>Der TCP-Handshake gelingt, aber es kommt keine PRELOGIN-Antwort zurück. Die übliche Ursache ist ein Gerät, das Verbindungen stellvertretend für das Ziel annimmt, das Ziel selbst aber nicht erreichen kann.</translation>
    </message>
    <message>
        <source>Check firewalls and NVAs that terminate TCP connections.</source>
        <translation>Prüfen Sie Firewalls und NVAs, die TCP-Verbindungen terminieren.</translation>
    </message>
    <message>
        <source>Check the routes from the appliance to the Managed Instance subnet.</source>
        <translation>Prüfen Sie die Routen vom Gerät zum Subnetz der Managed Instance.</translation>
    </message>
    <message>
        <source>The TLS handshake fails</source>
        <translation>Der TLS-Handshake schlägt fehl</translation>
    </message>
    <message>
        <source>SQL Server answered, but the encrypted session could not be set up. The client&apos;s TLS settings, an inspecting proxy or a damaged path can cause this.</source>
        <translation>SQL Server hat geantwortet, aber die verschlüsselte Sitzung konnte nicht aufgebaut werden. Ursache können die TLS-Einstellungen des Clients, ein inspizierender Proxy oder ein gestörter Pfad sein.</translation>
    </message>
    <message>
        <source>Update the operating system and driver so they support TLS 1.2 or later.</source>
        <translation>Aktualisieren Sie Betriebssystem und Treiber, damit sie TLS 1.2 oder höher unterstützen.</translation>
    </message>
    <message>
        <source>Check for TLS-inspecting proxies on the path.</source>
        <translation>Prüfen Sie, ob sich TLS-inspizierende Proxys auf dem Pfad befinden.</translation>
    </message>
    <message>
        <source>The negotiated TLS version is too old</source>
        <translation>Die ausgehandelte TLS-Version ist zu alt</translation>
    </message>
    <message>
        <source>Managed Instance requires TLS 1.2 or later; TLS 1.0 and 1.1 ended on 31 August 2025. Clients limited to older versions fail with error 47072.</source>
        <translation>Managed Instance erfordert TLS 1.2 oder höher; die Unterstützung für TLS 1.0 und 1.1 endete am 31. August 2025. Clients, die nur ältere Versionen beherrschen, schlagen mit Fehler 47072 fehl.</translation>
    </message>
    <message>
        <source>Update the operating system, runtime and driver to versions that negotiate TLS 1.2 or later.</source>
        <translation>Aktualisieren Sie Betriebssystem, Runtime und Treiber auf Versionen, die TLS 1.2 oder höher aushandeln.</translation>
    </message>
    <message>
        <source>The certificate does not match the host name</source>
        <translation>Das Zertifikat stimmt nicht mit dem Hostnamen überein</translation>
    </message>
    <message>
        <source>Drivers that validate the certificate (the default in ODBC 18 and Microsoft.Data.SqlClient 4 and later) reject a certificate that does not name the host they connect to. This happens with aliases, IP addresses and same-VNet private endpoints.</source>
        <translation>Treiber, die das Zertifikat überprüfen (Standard ab ODBC 18 und Microsoft.Data.SqlClient 4), lehnen ein Zertifikat ab, das nicht auf den Host ausgestellt ist, mit dem sie sich verbinden. Das geschieht bei Aliasen, IP-Adressen und privaten Endpunkten im selben VNet.</translation>
    </message>
    <message>
        <source>Connect with the instance&apos;s real host name.</source>
        <translation>Stellen Sie die Verbindung mit dem tatsächlichen Hostnamen der Instanz her.</translation>
    </message>
    <message>
        <source>Or set HostNameInCertificate to the name in the certificate.</source>
        <translation>Oder legen Sie HostNameInCertificate auf den Namen im Zertifikat fest.</translation>
    </message>
    <message>
        <source>Use TrustServerCertificate=True only as a last resort; it cannot be used with Encrypt=Strict.</source>
        <translation>Verwenden Sie TrustServerCertificate=True nur als letzten Ausweg; mit Encrypt=Strict ist es nicht verwendbar.</translation>
    </message>
    <message>
        <source>The certificate is not from a trusted authority</source>
        <translation>Das Zertifikat stammt nicht von einer vertrauenswürdigen Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>The certificate chain does not end at an authority this machine trusts. If the issuer is not a public CA, a TLS-inspecting proxy is probably re-signing the connection.</source>
        <translation>Die Zertifikatkette endet nicht bei einer Zertifizierungsstelle, der dieser Computer vertraut. Wenn der Aussteller keine öffentliche Zertifizierungsstelle ist, signiert vermutlich ein TLS-inspizierender Proxy die Verbindung neu.</translation>
    </message>
    <message>
        <source>Exempt the instance&apos;s host name from TLS inspection on the proxy or firewall.</source>
        <translation>Nehmen Sie den Hostnamen der Instanz auf dem Proxy oder der Firewall von der TLS-Inspektion aus.</translation>
    </message>
    <message>
        <source>Otherwise update the machine&apos;s trusted root certificates.</source>
        <translation>Aktualisieren Sie andernfalls die vertrauenswürdigen Stammzertifikate des Computers.</translation>
    </message>
    <message>
        <source>The legacy redirect ports 11000–11999 are blocked</source>
        <translation>Die älteren Umleitungsports 11000–11999 sind blockiert</translation>
    </message>
    <message>
        <source>No port in the redirect range answered on the instance&apos;s nodes. Instances that still use the legacy redirect ports fail after login while the port 1433 test passes; since October 2025 redirect uses port 1433 across the subnet instead.</source>
        <translation>Auf den Knoten der Instanz hat kein Port im Umleitungsbereich geantwortet. Bei Instanzen, die noch die älteren Umleitungsports verwenden, schlagen Verbindungen nach der Anmeldung fehl, obwohl der Test von Port 1433 erfolgreich ist; seit Oktober 2025 verwendet die Umleitung stattdessen Port 1433 im gesamten Subnetz.</translation>
    </message>
    <message>
        <source>Allow outbound TCP 11000–11999 from this machine&apos;s network to the whole Managed Instance subnet range.</source>
        <translation>Lassen Sie ausgehenden TCP-Datenverkehr an 11000–11999 vom Netzwerk dieses Computers zum gesamten Adressbereich des Managed Instance-Subnetzes zu.</translation>
    </message>
    <message>
        <source>On the Managed Instance subnet&apos;s NSG, allow inbound TCP 11000–11999 from this machine&apos;s range.</source>
        <translation>Lassen Sie in der NSG des Managed Instance-Subnetzes eingehenden TCP-Datenverkehr an 11000–11999 aus dem Adressbereich dieses Computers zu.</translation>
    </message>
    <message>
        <source>Or switch the instance&apos;s connection type to Proxy, at some cost in latency.</source>
        <translation>Oder stellen Sie den Verbindungstyp der Instanz auf Proxy um, was sich etwas auf die Latenz auswirkt.</translation>
    </message>
    <message>
        <source>Part of the redirect range 11000–11999 is blocked</source>
        <translation>Ein Teil des Umleitungsbereichs 11000–11999 ist blockiert</translation>
    </message>
    <message>
        <source>Some redirect ports answer on the nodes and others do not. A firewall rule covers only part of the range, so connections fail or succeed depending on which port the database uses on its node.</source>
        <translation>Einige Umleitungsports antworten auf den Knoten, andere nicht. Eine Firewallregel deckt nur einen Teil des Bereichs ab, daher gelingen oder scheitern Verbindungen je nachdem, welchen Port die Datenbank auf ihrem Knoten verwendet.</translation>
    </message>
    <message>
        <source>Allow the whole range 11000–11999 to the whole Managed Instance subnet range, in firewalls and NSGs alike.</source>
        <translation>Lassen Sie den gesamten Bereich 11000–11999 zum gesamten Adressbereich des Managed Instance-Subnetzes zu, in Firewalls ebenso wie in NSGs.</translation>
    </message>
    <message>
        <source>Only the gateway answers: redirect connections will fail</source>
        <translation>Nur das Gateway antwortet: Umgeleitete Verbindungen schlagen fehl</translation>
    </message>
    <message>
        <source>Port 1433 answers on the gateway address but on no other address of the Managed Instance subnet. Redirect (the default connection type) sends the client to a node&apos;s own address in that subnet, so a rule that allows only the gateway&apos;s address breaks every redirected connection while port tests on the gateway pass.</source>
        <translation>Port 1433 antwortet an der Gatewayadresse, aber an keiner anderen Adresse des Managed Instance-Subnetzes. Bei der Umleitung (Redirect, dem Standardverbindungstyp) wird der Client an die eigene Adresse eines Knotens in diesem Subnetz weitergeleitet. Eine Regel, die nur die Adresse des Gateways zulässt, unterbricht daher jede umgeleitete Verbindung, während Porttests am Gateway erfolgreich sind.</translation>
    </message>
    <message>
        <source>Allow TCP 1433 (and 11000–11999 for legacy redirect) to the whole Managed Instance subnet range, not only to the gateway&apos;s address.</source>
        <translation>Lassen Sie TCP 1433 (und 11000–11999 für die ältere Umleitung) zum gesamten Adressbereich des Managed Instance-Subnetzes zu, nicht nur zur Adresse des Gateways.</translation>
    </message>
    <message>
        <source>Or switch the instance&apos;s connection type to Proxy.</source>
        <translation>Oder stellen Sie den Verbindungstyp der Instanz auf Proxy um.</translation>
    </message>
    <message>
        <source>Every check passed</source>
        <translation>Alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>The path from this machine to the instance works for every check that ran. If the application still fails, look at credentials, the database name and the driver version next.</source>
        <translation>Der Pfad von diesem Computer zur Instanz funktioniert für alle ausgeführten Prüfungen. Wenn die Anwendung weiterhin fehlschlägt, prüfen Sie als Nächstes Anmeldeinformationen, Datenbanknamen und Treiberversion.</translation>
    </message>
    <message>
        <source>Compare the application&apos;s connection string with the host and port checked here.</source>
        <translation>Vergleichen Sie die Verbindungszeichenfolge der Anwendung mit dem hier geprüften Host und Port.</translation>
    </message>
    <message>
        <source>Check the login (error 18456) and the driver&apos;s version.</source>
        <translation>Prüfen Sie die Anmeldung (Fehler 18456) und die Version des Treibers.</translation>
    </message>
    <message>
        <source>Same VNet as the instance</source>
        <translation>Dasselbe VNet wie die Instanz</translation>
    </message>
    <message>
        <source>A VM, scale set or App Service Environment in the Managed Instance&apos;s own virtual network.</source>
        <translation>Eine VM, eine VM-Skalierungsgruppe oder eine App Service-Umgebung im virtuellen Netzwerk der Managed Instance selbst.</translation>
    </message>
    <message>
        <source>Another VNet in the same region</source>
        <translation>Anderes VNet in derselben Region</translation>
    </message>
    <message>
        <source>Another VNet in another region</source>
        <translation>Anderes VNet in einer anderen Region</translation>
    </message>
    <message>
        <source>Hub and spoke through a gateway VNet</source>
        <translation>Hub-and-Spoke über ein Gateway-VNet</translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation>Lokal (On-Premises)</translation>
    </message>
    <message>
        <source>The application runs in your own data centre or office network.</source>
        <translation>Die Anwendung wird in Ihrem eigenen Rechenzentrum oder Büronetzwerk ausgeführt.</translation>
    </message>
    <message>
        <source>Azure App Service</source>
        <translation>Azure App Service</translation>
    </message>
    <message>
        <source>A web app or function in multi-tenant App Service.</source>
        <translation>Eine Web-App oder Funktion in mehrinstanzenfähigem App Service.</translation>
    </message>
    <message>
        <source>A developer&apos;s machine</source>
        <translation>Entwicklercomputer</translation>
    </message>
    <message>
        <source>A laptop or workstation outside Azure.</source>
        <translation>Ein Laptop oder eine Arbeitsstation außerhalb von Azure.</translation>
    </message>
    <message>
        <source>Any client over the public endpoint</source>
        <translation>Beliebiger Client über den öffentlichen Endpunkt</translation>
    </message>
    <message>
        <source>Through a private endpoint</source>
        <translation>Über einen privaten Endpunkt</translation>
    </message>
    <message>
        <source>A private endpoint for the instance in the application&apos;s own VNet.</source>
        <translation>Ein privater Endpunkt für die Instanz im eigenen VNet der Anwendung.</translation>
    </message>
    <message>
        <source>The public endpoint (&lt;instance&gt;.public.&lt;dns-zone&gt;…, port 3342) and the VNet-local endpoint (&lt;instance&gt;.&lt;dns-zone&gt;…, port 1433) are different doors. A connection through the VNet must use the VNet-local name; a connection over the internet must use the public one.</source>
        <translation>Der öffentliche Endpunkt (&lt;instance&gt;.public.&lt;dns-zone&gt;…, Port 3342) und der VNet-lokale Endpunkt (&lt;instance&gt;.&lt;dns-zone&gt;…, Port 1433) sind verschiedene Zugänge. Eine Verbindung über das VNet muss den VNet-lokalen Namen verwenden, eine Verbindung über das Internet den öffentlichen.</translation>
    </message>
    <message>
        <source>Use the host name and port that belong to the path the application takes: the VNet-local name on 1433 through the VNet, the .public. name on 3342 over the internet.</source>
        <translation>Verwenden Sie den Hostnamen und Port, die zum Pfad der Anwendung gehören: über das VNet den VNet-lokalen Namen mit Port 1433, über das Internet den .public.-Namen mit Port 3342.</translation>
    </message>
    <message>
        <source>The host name does not fit the hosting scenario</source>
        <translation>Der Hostname passt nicht zum Hostingszenario</translation>
    </message>
    <message>
        <source>If the app uses VNet integration with custom DNS, set the app setting WEBSITE_DNS_SERVER or the VNet&apos;s DNS servers to a resolver that forwards to Azure DNS (168.63.129.16).</source>
        <translation>Wenn die App VNet-Integration mit benutzerdefiniertem DNS verwendet, legen Sie die App-Einstellung WEBSITE_DNS_SERVER oder die DNS-Server des VNet auf einen Resolver fest, der an Azure DNS (168.63.129.16) weiterleitet.</translation>
    </message>
    <message>
        <source>Check the spelling: &lt;instance&gt;.&lt;dns-zone&gt;.database.windows.net.</source>
        <translation>Prüfen Sie die Schreibweise: &lt;instance&gt;.&lt;dns-zone&gt;.database.windows.net.</translation>
    </message>
    <message>
        <source>Make the Point-to-Site VPN client use the VNet&apos;s DNS servers (or add the DNS server to the client profile).</source>
        <translation>Sorgen Sie dafür, dass der Point-to-Site-VPN-Client die DNS-Server des VNet verwendet (oder fügen Sie den DNS-Server dem Clientprofil hinzu).</translation>
    </message>
    <message>
        <source>Forward database.windows.net (or the instance&apos;s zone) from on-premises DNS to a resolver in the VNet that asks Azure DNS (168.63.129.16), such as Azure DNS Private Resolver.</source>
        <translation>Leiten Sie database.windows.net (oder die Zone der Instanz) vom lokalen DNS an einen Resolver im VNet weiter, der Azure DNS (168.63.129.16) abfragt, etwa Azure DNS Private Resolver.</translation>
    </message>
    <message>
        <source>Create the private DNS zone privatelink.&lt;dns-zone&gt;.database.windows.net, link it to the application&apos;s VNet and add an A record for the instance pointing to the private endpoint.</source>
        <translation>Erstellen Sie die private DNS-Zone privatelink.&lt;dns-zone&gt;.database.windows.net, verknüpfen Sie sie mit dem VNet der Anwendung, und fügen Sie für die Instanz einen A-Eintrag hinzu, der auf den privaten Endpunkt verweist.</translation>
    </message>
    <message>
        <source>Turn on Route All for the app&apos;s VNet integration, or make sure the instance&apos;s address is RFC 1918.</source>
        <translation>Aktivieren Sie Route All für die VNet-Integration der App, oder stellen Sie sicher, dass die Adresse der Instanz im Bereich von RFC 1918 liegt.</translation>
    </message>
    <message>
        <source>Allow inbound TCP 1433 from the integration subnet on the Managed Instance subnet&apos;s NSG.</source>
        <translation>Lassen Sie in der NSG des Managed Instance-Subnetzes eingehenden TCP-Datenverkehr an Port 1433 aus dem Integrationssubnetz zu.</translation>
    </message>
    <message>
        <source>Check that the integration VNet is peered with the Managed Instance VNet and the peering is Connected.</source>
        <translation>Prüfen Sie, ob das Integrations-VNet per Peering mit dem VNet der Managed Instance verbunden ist und das Peering den Status „Verbunden“ hat.</translation>
    </message>
    <message>
        <source>Connect the Point-to-Site VPN, or use the public endpoint on port 3342.</source>
        <translation>Verbinden Sie das Point-to-Site-VPN, oder verwenden Sie den öffentlichen Endpunkt an Port 3342.</translation>
    </message>
    <message>
        <source>Allow inbound TCP 1433 from the VPN client address pool on the Managed Instance subnet&apos;s NSG.</source>
        <translation>Lassen Sie in der NSG des Managed Instance-Subnetzes eingehenden TCP-Datenverkehr an Port 1433 aus dem Adresspool der VPN-Clients zu.</translation>
    </message>
    <message>
        <source>Allow outbound TCP 1433 to the Managed Instance subnet range on the on-premises firewall.</source>
        <translation>Lassen Sie in der lokalen Firewall ausgehenden TCP-Datenverkehr an Port 1433 zum Adressbereich des Managed Instance-Subnetzes zu.</translation>
    </message>
    <message>
        <source>Check that the Site-to-Site VPN or ExpressRoute connection is up and carries the Managed Instance VNet&apos;s prefixes.</source>
        <translation>Prüfen Sie, ob die Site-to-Site-VPN- oder ExpressRoute-Verbindung aktiv ist und die Präfixe des VNet der Managed Instance überträgt.</translation>
    </message>
    <message>
        <source>Allow inbound TCP 1433 from the on-premises ranges on the Managed Instance subnet&apos;s NSG.</source>
        <translation>Lassen Sie in der NSG des Managed Instance-Subnetzes eingehenden TCP-Datenverkehr an Port 1433 aus den lokalen Adressbereichen zu.</translation>
    </message>
    <message>
        <source>Enable the public endpoint on the instance.</source>
        <translation>Aktivieren Sie den öffentlichen Endpunkt auf der Instanz.</translation>
    </message>
    <message>
        <source>Allow inbound TCP 3342 from the application&apos;s public addresses on the Managed Instance subnet&apos;s NSG, above the deny rules.</source>
        <translation>Lassen Sie in der NSG des Managed Instance-Subnetzes eingehenden TCP-Datenverkehr an Port 3342 von den öffentlichen Adressen der Anwendung zu, mit höherer Priorität als die Verweigerungsregeln.</translation>
    </message>
    <message>
        <source>Allow outbound TCP 3342 from the application&apos;s network.</source>
        <translation>Lassen Sie ausgehenden TCP-Datenverkehr an Port 3342 aus dem Netzwerk der Anwendung zu.</translation>
    </message>
    <message>
        <source>Check that VNet integration is configured and Route All is on if the address is not RFC 1918.</source>
        <translation>Prüfen Sie, ob die VNet-Integration konfiguriert ist und ob Route All aktiviert ist, falls die Adresse nicht im Bereich von RFC 1918 liegt.</translation>
    </message>
    <message>
        <source>Check the peering between the integration VNet and the Managed Instance VNet.</source>
        <translation>Prüfen Sie das Peering zwischen dem Integrations-VNet und dem VNet der Managed Instance.</translation>
    </message>
    <message>
        <source>Connect the Point-to-Site VPN client.</source>
        <translation>Verbinden Sie den Point-to-Site-VPN-Client.</translation>
    </message>
    <message>
        <source>Download the VPN client profile again if the Managed Instance VNet&apos;s prefixes are missing from its routes.</source>
        <translation>Laden Sie das VPN-Clientprofil erneut herunter, wenn in dessen Routen die Präfixe des VNet der Managed Instance fehlen.</translation>
    </message>
    <message>
        <source>Check that the Site-to-Site VPN or ExpressRoute connection is up.</source>
        <translation>Prüfen Sie, ob die Site-to-Site-VPN- oder ExpressRoute-Verbindung aktiv ist.</translation>
    </message>
    <message>
        <source>Make sure the on-premises routers learn (or have static routes for) the Managed Instance VNet&apos;s prefixes.</source>
        <translation>Stellen Sie sicher, dass die lokalen Router die Präfixe des VNet der Managed Instance lernen (oder statische Routen dafür haben).</translation>
    </message>
    <message>
        <source>Allow TCP 11000–11999 to the whole Managed Instance subnet range on the hub&apos;s firewall or NVA.</source>
        <translation>Lassen Sie in der Firewall oder im NVA des Hubs TCP 11000–11999 zum gesamten Adressbereich des Managed Instance-Subnetzes zu.</translation>
    </message>
    <message>
        <source>Allow outbound TCP 11000–11999 to the whole Managed Instance subnet range on the on-premises firewall.</source>
        <translation>Lassen Sie in der lokalen Firewall ausgehenden TCP-Datenverkehr an 11000–11999 zum gesamten Adressbereich des Managed Instance-Subnetzes zu.</translation>
    </message>
    <message>
        <source>Allow TCP 1433 and 11000–11999 to the whole Managed Instance subnet range on the hub&apos;s firewall or NVA, not only to the gateway&apos;s address.</source>
        <translation>Lassen Sie in der Firewall oder im NVA des Hubs TCP 1433 und 11000–11999 zum gesamten Adressbereich des Managed Instance-Subnetzes zu, nicht nur zur Adresse des Gateways.</translation>
    </message>
    <message>
        <source>Allow outbound TCP 1433 and 11000–11999 to the whole Managed Instance subnet range on the on-premises firewall, not only to the gateway&apos;s address.</source>
        <translation>Lassen Sie in der lokalen Firewall ausgehenden TCP-Datenverkehr an 1433 und 11000–11999 zum gesamten Adressbereich des Managed Instance-Subnetzes zu, nicht nur zur Adresse des Gateways.</translation>
    </message>
    <message>
        <source>The checklist for this hosting scenario has an item answered no. The path depends on it, so it is the first thing to fix, whatever the live checks show.</source>
        <translation>In der Checkliste für dieses Hostingszenario wurde ein Eintrag mit Nein beantwortet. Der Pfad hängt davon ab; beheben Sie diesen Punkt daher zuerst, unabhängig davon, was die Live-Prüfungen zeigen.</translation>
    </message>
    <message>
        <source>Fix the items listed as not met, then run the checks again.</source>
        <translation>Beheben Sie die als nicht erfüllt aufgeführten Punkte, und führen Sie die Prüfungen dann erneut aus.</translation>
    </message>
    <message>
        <source>A prerequisite of the connection path is not met</source>
        <translation>Eine Voraussetzung des Verbindungspfads ist nicht erfüllt</translation>
    </message>
    <message>
        <source>Configure gateway-required virtual network integration</source>
        <translation>Konfigurieren der Integration virtueller Netzwerke mit erforderlichem Gateway</translation>
    </message>
    <message>
        <source>Integrate your app with an Azure virtual network</source>
        <translation>Integrieren Ihrer App in ein virtuelles Azure-Netzwerk</translation>
    </message>
    <message>
        <source>same VNet</source>
        <translation>dasselbe VNet</translation>
    </message>
    <message>
        <source>Resources in the Managed Instance&apos;s own virtual network reach it directly, even from other subnets.</source>
        <translation>Ressourcen im virtuellen Netzwerk der Managed Instance selbst erreichen sie direkt, auch aus anderen Subnetzen.</translation>
    </message>
    <message>
        <source>Directly inside the VNet</source>
        <translation>Direkt innerhalb des VNet</translation>
    </message>
    <message>
        <source>peering</source>
        <translation>Peering</translation>
    </message>
    <message>
        <source>The two virtual networks are peered; traffic stays on the Microsoft backbone with no noticeable added latency.</source>
        <translation>Die beiden virtuellen Netzwerke sind per Peering verbunden; der Datenverkehr bleibt im Microsoft-Backbone, ohne spürbare zusätzliche Latenz.</translation>
    </message>
    <message>
        <source>VNet peering</source>
        <translation>VNet-Peering</translation>
    </message>
    <message>
        <source>global peering</source>
        <translation>globales Peering</translation>
    </message>
    <message>
        <source>Peering across regions. Managed Instance subnets created after 22 September 2020 support it; older virtual clusters need a maintenance-window change or a subnet move first.</source>
        <translation>Peering über Regionen hinweg. Managed Instance-Subnetze, die nach dem 22. September 2020 erstellt wurden, unterstützen es; ältere virtuelle Cluster benötigen zuerst eine Änderung des Wartungsfensters oder eine Verschiebung in ein anderes Subnetz.</translation>
    </message>
    <message>
        <source>Global VNet peering</source>
        <translation>Globales VNet-Peering</translation>
    </message>
    <message>
        <source>VNet-to-VNet VPN</source>
        <translation>VNet-zu-VNet-VPN</translation>
    </message>
    <message>
        <source>VPN gateways in both virtual networks, joined by a VNet-to-VNet connection. Adds latency and gateway cost; use it where peering is not possible.</source>
        <translation>VPN-Gateways in beiden virtuellen Netzwerken, verbunden über eine VNet-zu-VNet-Verbindung. Erhöht Latenz und Gatewaykosten; verwenden Sie diese Option, wenn kein Peering möglich ist.</translation>
    </message>
    <message>
        <source>VNet-to-VNet VPN gateway</source>
        <translation>VNet-zu-VNet-VPN-Gateway</translation>
    </message>
    <message>
        <source>Site-to-Site VPN</source>
        <translation>Site-to-Site-VPN</translation>
    </message>
    <message>
        <source>An IPsec tunnel between your network&apos;s VPN device and a VPN gateway in the Managed Instance VNet (or a hub peered with it).</source>
        <translation>Ein IPsec-Tunnel zwischen dem VPN-Gerät Ihres Netzwerks und einem VPN-Gateway im VNet der Managed Instance (oder in einem per Peering damit verbundenen Hub).</translation>
    </message>
    <message>
        <source>ExpressRoute</source>
        <translation>ExpressRoute</translation>
    </message>
    <message>
        <source>A private circuit from your network to Azure; private peering carries traffic to the Managed Instance VNet.</source>
        <translation>Eine private Leitung von Ihrem Netzwerk zu Azure; über privates Peering gelangt der Datenverkehr zum VNet der Managed Instance.</translation>
    </message>
    <message>
        <source>ExpressRoute (private peering)</source>
        <translation>ExpressRoute (privates Peering)</translation>
    </message>
    <message>
        <source>Point-to-Site VPN</source>
        <translation>Point-to-Site-VPN</translation>
    </message>
    <message>
        <source>A VPN client on the developer&apos;s machine connects to a VPN gateway in the Managed Instance VNet (Azure certificate authentication).</source>
        <translation>Ein VPN-Client auf dem Computer des Entwicklers verbindet sich mit einem VPN-Gateway im VNet der Managed Instance (Azure-Zertifikatauthentifizierung).</translation>
    </message>
    <message>
        <source>VNet integration</source>
        <translation>VNet-Integration</translation>
    </message>
    <message>
        <source>The app joins a delegated subnet in a VNet in its own region; from there it reaches the Managed Instance VNet directly or over peering (global peering included).</source>
        <translation>Die App wird in ein delegiertes Subnetz eines VNet in ihrer eigenen Region eingebunden; von dort erreicht sie das VNet der Managed Instance direkt oder über Peering (einschließlich globalem Peering).</translation>
    </message>
    <message>
        <source>App Service regional VNet integration</source>
        <translation>Regionale VNet-Integration von App Service</translation>
    </message>
    <message>
        <source>gateway-required integration</source>
        <translation>Integration mit erforderlichem Gateway</translation>
    </message>
    <message>
        <source>The older App Service integration over Point-to-Site SSTP to a VNet gateway (Windows only). Only here does the 2018 rule about gateways and peering apply.</source>
        <translation>Die ältere App Service-Integration über Point-to-Site-SSTP mit einem VNet-Gateway (nur Windows). Nur hier gilt die Regel von 2018 zu Gateways und Peering.</translation>
    </message>
    <message>
        <source>Gateway-required VNet integration (legacy)</source>
        <translation>VNet-Integration mit erforderlichem Gateway (älteres Verfahren)</translation>
    </message>
    <message>
        <source>private endpoint</source>
        <translation>privater Endpunkt</translation>
    </message>
    <message>
        <source>An endpoint for the instance (sub-resource managedInstance) in the application&apos;s own VNet, even in another subscription or tenant. Always proxy on 1433; DNS is manual.</source>
        <translation>Ein Endpunkt für die Instanz (Unterressource managedInstance) im eigenen VNet der Anwendung, auch in einem anderen Abonnement oder Mandanten. Immer Proxy an Port 1433; DNS wird manuell eingerichtet.</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>Privater Endpunkt</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>The instance&apos;s optional public endpoint, &lt;instance&gt;.public.&lt;dns-zone&gt;.database.windows.net on port 3342. Always proxy.</source>
        <translation>Der optionale öffentliche Endpunkt der Instanz, &lt;instance&gt;.public.&lt;dns-zone&gt;.database.windows.net an Port 3342. Immer Proxy.</translation>
    </message>
    <message>
        <source>Public endpoint</source>
        <translation>Öffentlicher Endpunkt</translation>
    </message>
    <message>
        <source>The application subnet&apos;s NSG allows outbound TCP 1433 (and 11000–11999 for legacy redirect) to the Managed Instance subnet range.</source>
        <translation>Die NSG des Anwendungssubnetzes lässt ausgehenden TCP-Datenverkehr an 1433 (und 11000–11999 für die ältere Umleitung) zum Adressbereich des Managed Instance-Subnetzes zu.</translation>
    </message>
    <message>
        <source>The Managed Instance subnet&apos;s NSG allows inbound TCP 1433 (and 11000–11999) from the application&apos;s subnet, above its deny rules.</source>
        <translation>Die NSG des Managed Instance-Subnetzes lässt eingehenden TCP-Datenverkehr an 1433 (und 11000–11999) aus dem Subnetz der Anwendung zu, mit höherer Priorität als ihre Verweigerungsregeln.</translation>
    </message>
    <message>
        <source>No route sends traffic for the Managed Instance subnet through a firewall or NVA that drops it.</source>
        <translation>Keine Route leitet den Datenverkehr für das Managed Instance-Subnetz über eine Firewall oder ein NVA, wo er verworfen wird.</translation>
    </message>
    <message>
        <source>The peering shows Connected on both virtual networks.</source>
        <translation>Das Peering zeigt in beiden virtuellen Netzwerken den Status „Verbunden“ an.</translation>
    </message>
    <message>
        <source>Each peered VNet that contains Managed Instance subnets has its own route table and NSG rules allowing the other side.</source>
        <translation>Jedes per Peering verbundene VNet mit Managed Instance-Subnetzen hat eine eigene Routingtabelle und eigene NSG-Regeln, die die Gegenseite zulassen.</translation>
    </message>
    <message>
        <source>The instance&apos;s virtual cluster supports global peering (subnet created after 2020-09-22, or moved since).</source>
        <translation>Der virtuelle Cluster der Instanz unterstützt globales Peering (Subnetz nach dem 2020-09-22 erstellt oder seitdem verschoben).</translation>
    </message>
    <message>
        <source>The VPN connection shows Connected, with traffic counted in both directions.</source>
        <translation>Die VPN-Verbindung zeigt den Status „Verbunden“ an, und in beiden Richtungen wird Datenverkehr gezählt.</translation>
    </message>
    <message>
        <source>The Managed Instance VNet&apos;s address prefixes are routed over the connection on the application&apos;s side.</source>
        <translation>Auf der Seite der Anwendung werden die Adresspräfixe des VNet der Managed Instance über die Verbindung geroutet.</translation>
    </message>
    <message>
        <source>The on-premises firewall allows outbound TCP 1433 (and 11000–11999 for legacy redirect) to the Managed Instance subnet range.</source>
        <translation>Die lokale Firewall lässt ausgehenden TCP-Datenverkehr an 1433 (und 11000–11999 für die ältere Umleitung) zum Adressbereich des Managed Instance-Subnetzes zu.</translation>
    </message>
    <message>
        <source>On-premises DNS resolves the instance&apos;s name (forwarding to Azure DNS through a resolver in the VNet, or the public record).</source>
        <translation>Das lokale DNS löst den Namen der Instanz auf (per Weiterleitung an Azure DNS über einen Resolver im VNet oder über den öffentlichen Eintrag).</translation>
    </message>
    <message>
        <source>The circuit&apos;s private peering is provisioned and the Managed Instance VNet (or its hub) is connected to it.</source>
        <translation>Das private Peering der Leitung ist bereitgestellt, und das VNet der Managed Instance (oder dessen Hub) ist damit verbunden.</translation>
    </message>
    <message>
        <source>Microsoft peering is not enabled on a circuit peered with the Managed Instance VNet.</source>
        <translation>Auf einer Leitung, die per Peering mit dem VNet der Managed Instance verbunden ist, ist kein Microsoft-Peering aktiviert.</translation>
    </message>
    <message>
        <source>The VPN client is connected, and the gateway&apos;s ingress and egress counters are not zero.</source>
        <translation>Der VPN-Client ist verbunden, und die Zähler des Gateways für eingehenden und ausgehenden Datenverkehr sind nicht null.</translation>
    </message>
    <message>
        <source>The client&apos;s routes (routes.txt, route print, ip route) include the Managed Instance VNet&apos;s prefixes.</source>
        <translation>Die Routen des Clients (routes.txt, route print, ip route) enthalten die Präfixe des VNet der Managed Instance.</translation>
    </message>
    <message>
        <source>The VPN client resolves the instance&apos;s name through the VNet&apos;s DNS (or the public record).</source>
        <translation>Der VPN-Client löst den Namen der Instanz über das DNS des VNet auf (oder über den öffentlichen Eintrag).</translation>
    </message>
    <message>
        <source>The integration subnet is delegated to Microsoft.Web/serverFarms, in the app&apos;s region, and large enough (/26 recommended).</source>
        <translation>Das Integrationssubnetz ist an Microsoft.Web/serverFarms delegiert, befindet sich in der Region der App und ist groß genug (/26 empfohlen).</translation>
    </message>
    <message>
        <source>Route All is on, or the instance&apos;s addresses are RFC 1918 (only those enter the VNet otherwise).</source>
        <translation>Route All ist aktiviert, oder die Adressen der Instanz liegen im Bereich von RFC 1918 (andernfalls gelangen nur solche Adressen ins VNet).</translation>
    </message>
    <message>
        <source>The Managed Instance VNet has no gateway of its own.</source>
        <translation>Das VNet der Managed Instance hat kein eigenes Gateway.</translation>
    </message>
    <message>
        <source>The Managed Instance VNet&apos;s peering has Use remote gateways set.</source>
        <translation>Beim Peering des VNet der Managed Instance ist die Option „Use remote gateways“ aktiviert.</translation>
    </message>
    <message>
        <source>The peered VNet with the gateway has Allow gateway transit set.</source>
        <translation>Beim per Peering verbundenen VNet mit dem Gateway ist die Option „Allow gateway transit“ aktiviert.</translation>
    </message>
    <message>
        <source>The app&apos;s network configuration was synced after the peering changed.</source>
        <translation>Die Netzwerkkonfiguration der App wurde nach der Änderung des Peerings synchronisiert.</translation>
    </message>
    <message>
        <source>The private endpoint connection is approved on the instance.</source>
        <translation>Die Verbindung des privaten Endpunkts ist auf der Instanz genehmigt.</translation>
    </message>
    <message>
        <source>A private DNS zone privatelink.&lt;dns-zone&gt;.database.windows.net is linked to the application&apos;s VNet, with an A record for the instance pointing to the endpoint.</source>
        <translation>Eine private DNS-Zone privatelink.&lt;dns-zone&gt;.database.windows.net ist mit dem VNet der Anwendung verknüpft und enthält für die Instanz einen A-Eintrag, der auf den Endpunkt verweist.</translation>
    </message>
    <message>
        <source>For an endpoint in the instance&apos;s own VNet: the privatelink zone name is not used, and the driver uses Encrypt=Strict with HostNameInCertificate.</source>
        <translation>Für einen Endpunkt im eigenen VNet der Instanz: Der privatelink-Zonenname wird nicht verwendet, und der Treiber verwendet Encrypt=Strict mit HostNameInCertificate.</translation>
    </message>
    <message>
        <source>The public endpoint is enabled on the instance (by the Managed Instance administrator).</source>
        <translation>Der öffentliche Endpunkt ist auf der Instanz aktiviert (durch den Administrator der Managed Instance).</translation>
    </message>
    <message>
        <source>The Managed Instance subnet&apos;s NSG allows inbound TCP 3342 from the application&apos;s public addresses, above its deny rules (by the network administrator).</source>
        <translation>Die NSG des Managed Instance-Subnetzes lässt eingehenden TCP-Datenverkehr an 3342 von den öffentlichen Adressen der Anwendung zu, mit höherer Priorität als ihre Verweigerungsregeln (durch den Netzwerkadministrator).</translation>
    </message>
    <message>
        <source>The Managed Instance subnet has no 0.0.0.0/0 route to an NVA (it breaks the return path).</source>
        <translation>Das Managed Instance-Subnetz hat keine 0.0.0.0/0-Route zu einem NVA (eine solche Route unterbricht den Rückweg).</translation>
    </message>
    <message>
        <source>The application&apos;s network allows outbound TCP 3342 to the internet.</source>
        <translation>Das Netzwerk der Anwendung lässt ausgehenden TCP-Datenverkehr an 3342 ins Internet zu.</translation>
    </message>
    <message>
        <source>If the VNet uses custom DNS servers, they forward Azure names to Azure DNS (168.63.129.16).</source>
        <translation>Wenn das VNet benutzerdefinierte DNS-Server verwendet, leiten diese Azure-Namen an Azure DNS (168.63.129.16) weiter.</translation>
    </message>
    <message>
        <source>The hub VNet&apos;s peering has Allow gateway transit set.</source>
        <translation>Beim Peering des Hub-VNet ist die Option „Allow gateway transit“ aktiviert.</translation>
    </message>
    <message>
        <source>A firewall or NVA in the hub allows TCP 1433 (and 11000–11999) to the Managed Instance subnet range, both ways.</source>
        <translation>Eine Firewall oder ein NVA im Hub lässt TCP 1433 (und 11000–11999) zum Adressbereich des Managed Instance-Subnetzes in beiden Richtungen zu.</translation>
    </message>
    <message>
        <source>On a VM, scale set or container in Azure</source>
        <translation>Auf einer VM, in einer VM-Skalierungsgruppe oder in einem Container in Azure</translation>
    </message>
    <message>
        <source>In Azure App Service (a web app or function)</source>
        <translation>In Azure App Service (Web-App oder Funktion)</translation>
    </message>
    <message>
        <source>In our own data centre or office</source>
        <translation>In unserem eigenen Rechenzentrum oder Büro</translation>
    </message>
    <message>
        <source>On my own computer</source>
        <translation>Auf meinem eigenen Computer</translation>
    </message>
    <message>
        <source>Where does the application&apos;s code run?</source>
        <translation>Wo wird der Code der Anwendung ausgeführt?</translation>
    </message>
    <message>
        <source>The Managed Instance&apos;s own VNet</source>
        <translation>Im VNet der Managed Instance selbst</translation>
    </message>
    <message>
        <source>A VNet in another region</source>
        <translation>In einem VNet in einer anderen Region</translation>
    </message>
    <message>
        <source>A spoke that reaches Azure through a hub VNet&apos;s gateway</source>
        <translation>In einem Spoke, der Azure über das Gateway eines Hub-VNet erreicht</translation>
    </message>
    <message>
        <source>It connects through a private endpoint in its own VNet</source>
        <translation>Die Anwendung verbindet sich über einen privaten Endpunkt in ihrem eigenen VNet</translation>
    </message>
    <message>
        <source>Which virtual network is it in?</source>
        <translation>In welchem virtuellen Netzwerk befindet sich die Anwendung?</translation>
    </message>
    <message>
        <source>A VPN or ExpressRoute to the Managed Instance&apos;s VNet</source>
        <translation>Über ein VPN oder ExpressRoute zum VNet der Managed Instance</translation>
    </message>
    <message>
        <source>It is not: we use the instance&apos;s public endpoint</source>
        <translation>Gar nicht: Wir verwenden den öffentlichen Endpunkt der Instanz</translation>
    </message>
    <message>
        <source>How is your network joined to Azure?</source>
        <translation>Wie ist Ihr Netzwerk mit Azure verbunden?</translation>
    </message>
    <message>
        <source>The application runs in a different virtual network in the instance&apos;s region, in this or another subscription.</source>
        <translation>Die Anwendung wird in einem anderen virtuellen Netzwerk in der Region der Instanz ausgeführt, in diesem oder einem anderen Abonnement.</translation>
    </message>
    <message>
        <source>The application runs in a virtual network in a different Azure region.</source>
        <translation>Die Anwendung wird in einem virtuellen Netzwerk in einer anderen Azure-Region ausgeführt.</translation>
    </message>
    <message>
        <source>The application reaches the instance through a hub VNet and its gateway.</source>
        <translation>Die Anwendung erreicht die Instanz über ein Hub-VNet und dessen Gateway.</translation>
    </message>
    <message>
        <source>Any machine on the internet, through the instance&apos;s public endpoint on port 3342.</source>
        <translation>Ein beliebiger Computer im Internet, über den öffentlichen Endpunkt der Instanz an Port 3342.</translation>
    </message>
    <message>
        <source>The gateway answered the login with a redirect (the connection type Redirect): the client must now connect to a node&apos;s own address and port in the Managed Instance subnet. That connection does not get through from here, so applications fail after the gateway accepted them, while every port test on the gateway passes.</source>
        <translation>Das Gateway hat die Anmeldung mit einer Umleitung beantwortet (Verbindungstyp Redirect): Der Client muss sich nun mit der eigenen Adresse und dem Port eines Knotens im Managed Instance-Subnetz verbinden. Diese Verbindung kommt von hier aus nicht durch, daher schlagen Anwendungen fehl, nachdem das Gateway sie angenommen hat, während jeder Porttest am Gateway erfolgreich ist.</translation>
    </message>
    <message>
        <source>Or switch the instance&apos;s connection type to Proxy, which keeps every connection on the gateway.</source>
        <translation>Oder stellen Sie den Verbindungstyp der Instanz auf Proxy um; dann bleibt jede Verbindung beim Gateway.</translation>
    </message>
    <message>
        <source>Allow outbound TCP 1433 and 11000–11999 to the whole Managed Instance subnet range on the on-premises firewall and across the VPN or ExpressRoute, not only to the gateway&apos;s address.</source>
        <translation>Lassen Sie in der lokalen Firewall sowie über das VPN oder ExpressRoute ausgehenden TCP-Datenverkehr an 1433 und 11000–11999 zum gesamten Adressbereich des Managed Instance-Subnetzes zu, nicht nur zur Adresse des Gateways.</translation>
    </message>
    <message>
        <source>The gateway redirects the login to a node this machine cannot reach</source>
        <translation>Das Gateway leitet die Anmeldung an einen Knoten um, den dieser Computer nicht erreichen kann</translation>
    </message>
    <message>
        <source>After the login the gateway sends the client to a node by host name. This machine&apos;s resolver has no address for that name, so the redirected connection cannot even start. A custom DNS server that does not forward Azure&apos;s names, or an override of database.windows.net, causes this.</source>
        <translation>Nach der Anmeldung leitet das Gateway den Client anhand eines Hostnamens an einen Knoten weiter. Der Resolver dieses Computers hat keine Adresse für diesen Namen, daher kann die umgeleitete Verbindung nicht einmal beginnen. Ursache ist ein benutzerdefinierter DNS-Server, der die Namen von Azure nicht weiterleitet, oder eine Überschreibung von database.windows.net.</translation>
    </message>
    <message>
        <source>Make this machine&apos;s DNS resolve every name under the instance&apos;s zone: forward database.windows.net to Azure DNS (168.63.129.16) from a resolver inside Azure, or through a DNS forwarder that reaches it.</source>
        <translation>Sorgen Sie dafür, dass das DNS dieses Computers jeden Namen in der Zone der Instanz auflöst: Leiten Sie database.windows.net von einem Resolver in Azure aus an Azure DNS (168.63.129.16) weiter, oder über eine DNS-Weiterleitung, die diesen erreicht.</translation>
    </message>
    <message>
        <source>Remove hosts-file entries and DNS zones that override database.windows.net or its subdomains.</source>
        <translation>Entfernen Sie Einträge in der hosts-Datei und DNS-Zonen, die database.windows.net oder dessen Unterdomänen überschreiben.</translation>
    </message>
    <message>
        <source>The node the gateway redirects to has a name this machine cannot resolve</source>
        <translation>Der Knoten, an den das Gateway umleitet, hat einen Namen, den dieser Computer nicht auflösen kann</translation>
    </message>
    <message>
        <source>The gateway routes each login by the server name the client sends. Error 40532 means it serves no such name: the client connected by IP address, through a stale DNS entry or an alias, or to the public endpoint while it is disabled.</source>
        <translation>Das Gateway leitet jede Anmeldung anhand des Servernamens weiter, den der Client sendet. Fehler 40532 bedeutet, dass es keinen solchen Namen bedient: Der Client hat sich über eine IP-Adresse, über einen veralteten DNS-Eintrag oder einen Alias oder mit dem öffentlichen Endpunkt verbunden, während dieser deaktiviert ist.</translation>
    </message>
    <message>
        <source>Connect with the instance&apos;s full host name, exactly as the portal shows it; never by IP address or a private alias.</source>
        <translation>Stellen Sie die Verbindung mit dem vollständigen Hostnamen der Instanz her, genau so, wie ihn das Portal anzeigt; niemals über eine IP-Adresse oder einen privaten Alias.</translation>
    </message>
    <message>
        <source>For the public endpoint, make sure it is enabled on the instance and use the name with .public. and port 3342.</source>
        <translation>Stellen Sie beim öffentlichen Endpunkt sicher, dass er auf der Instanz aktiviert ist, und verwenden Sie den Namen mit .public. und Port 3342.</translation>
    </message>
    <message>
        <source>The gateway does not know the server name in the login (error 40532)</source>
        <translation>Das Gateway kennt den Servernamen in der Anmeldung nicht (Fehler 40532)</translation>
    </message>
    <message>
        <source>The login arrived over a TLS version older than the minimal TLS version the instance is configured to accept. Managed Instance requires TLS 1.2 or later; an instance may also demand a newer minimum.</source>
        <translation>Die Anmeldung kam über eine TLS-Version an, die älter ist als die TLS-Mindestversion, die die Instanz laut ihrer Konfiguration akzeptiert. Managed Instance erfordert TLS 1.2 oder höher; eine Instanz kann auch eine neuere Mindestversion verlangen.</translation>
    </message>
    <message>
        <source>Update the operating system, runtime and driver so that they negotiate the instance&apos;s minimal TLS version.</source>
        <translation>Aktualisieren Sie Betriebssystem, Runtime und Treiber, damit sie die TLS-Mindestversion der Instanz aushandeln.</translation>
    </message>
    <message>
        <source>Check the instance&apos;s minimal TLS version setting; lower it only if a client cannot be updated and the policy allows it.</source>
        <translation>Prüfen Sie die Einstellung für die TLS-Mindestversion der Instanz; senken Sie sie nur, wenn ein Client nicht aktualisiert werden kann und die Richtlinie dies zulässt.</translation>
    </message>
    <message>
        <source>The instance refuses the login: TLS below its minimum version (error 47072)</source>
        <translation>Die Instanz lehnt die Anmeldung ab: TLS unter ihrer Mindestversion (Fehler 47072)</translation>
    </message>
    <message>
        <source>The engine itself answered the login with an error: the connection got all the way to it, so the network is not the problem. Error 18456 means the user name, the password or the authentication method is wrong, or the login has no access; 4060 means the database does not exist or the login may not open it.</source>
        <translation>Die Datenbank-Engine selbst hat die Anmeldung mit einem Fehler beantwortet: Die Verbindung ist bis zu ihr durchgekommen, das Netzwerk ist also nicht das Problem. Fehler 18456 bedeutet, dass der Benutzername, das Kennwort oder die Authentifizierungsmethode falsch ist oder die Anmeldung keinen Zugriff hat; 4060 bedeutet, dass die Datenbank nicht existiert oder die Anmeldung sie nicht öffnen darf.</translation>
    </message>
    <message>
        <source>Check the user name, the password and the authentication method the application uses.</source>
        <translation>Prüfen Sie den Benutzernamen, das Kennwort und die Authentifizierungsmethode, die die Anwendung verwendet.</translation>
    </message>
    <message>
        <source>Check that the login exists on the instance and may open the database in the connection string.</source>
        <translation>Prüfen Sie, ob die Anmeldung auf der Instanz existiert und die Datenbank aus der Verbindungszeichenfolge öffnen darf.</translation>
    </message>
    <message>
        <source>The login was refused: the network path works, the credentials or database do not</source>
        <translation>Die Anmeldung wurde abgelehnt: Der Netzwerkpfad funktioniert, die Anmeldeinformationen oder die Datenbank nicht</translation>
    </message>
    <message>
        <source>Errors 40613, 40197 and 40501 mean the instance is moving, failing over or throttling. They pass; applications must retry.</source>
        <translation>Die Fehler 40613, 40197 und 40501 bedeuten, dass die Instanz verschoben wird, ein Failover durchführt oder drosselt. Sie gehen vorüber; Anwendungen müssen die Verbindung wiederholen.</translation>
    </message>
    <message>
        <source>Retry the connection with exponential backoff: 5 seconds first, up to 60 seconds.</source>
        <translation>Wiederholen Sie die Verbindung mit exponentiellem Backoff: zuerst nach 5 Sekunden, bis zu 60 Sekunden.</translation>
    </message>
    <message>
        <source>Use the retry logic built into the driver or the application framework.</source>
        <translation>Verwenden Sie die Wiederholungslogik, die in den Treiber oder das Anwendungsframework integriert ist.</translation>
    </message>
    <message>
        <source>The instance is busy or reconfiguring (a transient error)</source>
        <translation>Die Instanz ist ausgelastet oder wird neu konfiguriert (ein vorübergehender Fehler)</translation>
    </message>
    <message>
        <source>The server answered the login with an error this tool does not interpret. Its number and message are the evidence.</source>
        <translation>Der Server hat die Anmeldung mit einem Fehler beantwortet, den dieses Tool nicht auswertet. Nummer und Meldung des Fehlers sind der Nachweis.</translation>
    </message>
    <message>
        <source>Look up the error number in the Azure SQL troubleshooting guide.</source>
        <translation>Schlagen Sie die Fehlernummer im Leitfaden zur Problembehandlung für Azure SQL nach.</translation>
    </message>
    <message>
        <source>The server refused the login</source>
        <translation>Der Server hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The TLS session came up and the login was sent, but no complete answer came back before the timeout, or the connection closed. An appliance that inspects or shapes the traffic after the handshake, or an overloaded server, can do this.</source>
        <translation>Die TLS-Sitzung wurde aufgebaut und die Anmeldung gesendet, aber vor dem Timeout kam keine vollständige Antwort zurück, oder die Verbindung wurde geschlossen. Ein Gerät, das den Datenverkehr nach dem Handshake untersucht oder drosselt, oder ein überlasteter Server kann dies verursachen.</translation>
    </message>
    <message>
        <source>Check firewalls, proxies and intrusion-prevention systems on the path for rules that act on SQL traffic after the handshake.</source>
        <translation>Prüfen Sie Firewalls, Proxys und Intrusion-Prevention-Systeme auf dem Pfad auf Regeln, die nach dem Handshake auf SQL-Datenverkehr einwirken.</translation>
    </message>
    <message>
        <source>Retry with a longer timeout (--timeout, or Connect Timeout of at least 30 seconds in the connection string).</source>
        <translation>Versuchen Sie es mit einem längeren Timeout erneut (--timeout oder Connect Timeout von mindestens 30 Sekunden in der Verbindungszeichenfolge).</translation>
    </message>
    <message>
        <source>TLS works but the login gets no answer</source>
        <translation>TLS funktioniert, aber die Anmeldung erhält keine Antwort</translation>
    </message>
    <message>
        <source>The connection string asks for an ODBC driver by name, and this machine has no driver registered under that name. The application fails before any network traffic, whatever the network allows.</source>
        <translation>Die Verbindungszeichenfolge verlangt einen ODBC-Treiber mit Namen, und auf diesem Computer ist kein Treiber unter diesem Namen registriert. Die Anwendung scheitert vor jedem Netzwerkverkehr, was auch immer das Netzwerk erlaubt.</translation>
    </message>
    <message>
        <source>Install the Microsoft ODBC Driver for SQL Server the connection string names (ODBC Driver 18 is current), or change Driver= to one that is installed (miconnect-cli drivers lists them).</source>
        <translation>Installieren Sie den Microsoft ODBC Driver for SQL Server, den die Verbindungszeichenfolge nennt (aktuell ist ODBC Driver 18), oder ändern Sie Driver= auf einen installierten Treiber (miconnect-cli drivers listet sie auf).</translation>
    </message>
    <message>
        <source>The driver the connection string names is not installed here</source>
        <translation>Der Treiber aus der Verbindungszeichenfolge ist hier nicht installiert</translation>
    </message>
    <message>
        <source>Managed Instance needs at least ODBC Driver 17 (and TDS 7.4 for redirect). Older Microsoft drivers and SQL Server Native Client cannot be relied on: they may fail the TLS the instance requires or be proxied without redirect.</source>
        <translation>Managed Instance benötigt mindestens ODBC Driver 17 (und TDS 7.4 für Umleitung). Auf ältere Microsoft-Treiber und SQL Server Native Client ist kein Verlass: Sie können an der TLS-Version scheitern, die die Instanz verlangt, oder ohne Umleitung über den Proxy laufen.</translation>
    </message>
    <message>
        <source>Install Microsoft ODBC Driver 18 for SQL Server and name it in the connection string&apos;s Driver=.</source>
        <translation>Installieren Sie Microsoft ODBC Driver 18 for SQL Server und nennen Sie ihn in Driver= der Verbindungszeichenfolge.</translation>
    </message>
    <message>
        <source>The SQL Server driver is older than Managed Instance supports</source>
        <translation>Der SQL Server-Treiber ist älter, als Managed Instance unterstützt</translation>
    </message>
    <message>
        <source>The connection string asks for TDS 8 strict encryption, which ODBC drivers support from 18.1.2.1 on. An older driver rejects the setting or connects without it.</source>
        <translation>Die Verbindungszeichenfolge verlangt die strikte Verschlüsselung von TDS 8, die ODBC-Treiber ab 18.1.2.1 unterstützen. Ein älterer Treiber lehnt die Einstellung ab oder verbindet sich ohne sie.</translation>
    </message>
    <message>
        <source>Update to Microsoft ODBC Driver 18.1.2.1 or later.</source>
        <translation>Aktualisieren Sie auf Microsoft ODBC Driver 18.1.2.1 oder neuer.</translation>
    </message>
    <message>
        <source>Or use Encrypt=True (Mandatory) with certificate validation until the driver is updated.</source>
        <translation>Oder verwenden Sie Encrypt=True (Mandatory) mit Zertifikatprüfung, bis der Treiber aktualisiert ist.</translation>
    </message>
    <message>
        <source>Encrypt=Strict needs a newer driver</source>
        <translation>Encrypt=Strict braucht einen neueren Treiber</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>--lang needs a language: %1</source>
        <translation>--lang braucht eine Sprache: %1</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &apos;%2&apos;</source>
        <translation>--lang muss eines von %1 sein, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>LatencyChartView</name>
    <message>
        <source>Gateway latency chart</source>
        <translation>Latenzdiagramm des Gateways</translation>
    </message>
    <message>
        <source>Gateway handshake times</source>
        <translation>Handshake-Zeiten zum Gateway</translation>
    </message>
    <message>
        <source>handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Handshake (ms)</source>
        <translation>Handshake (ms)</translation>
    </message>
    <message>
        <source>Attempt %1: %2 ms</source>
        <translation>Versuch %1: %2 ms</translation>
    </message>
    <message>
        <source>Attempt %1: no handshake</source>
        <translation>Versuch %1: kein Handshake</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>Min. %1</translation>
    </message>
    <message>
        <source>min %1 ms</source>
        <translation>Min. %1 ms</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>median %1 ms</source>
        <translation>Median %1 ms</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>p95 %1 ms</source>
        <translation>p95 %1 ms</translation>
    </message>
    <message>
        <source>No handshakes yet.</source>
        <translation>Noch keine Handshakes.</translation>
    </message>
    <message>
        <source>%1 of %2 handshakes succeeded.</source>
        <translation>%1 von %2 Handshakes erfolgreich.</translation>
    </message>
    <message>
        <source>%1 of %2 handshakes succeeded; min %3 ms, median %4 ms, p95 %5 ms.</source>
        <translation>%1 von %2 Handshakes erfolgreich; Minimum %3 ms, Median %4 ms, p95 %5 ms.</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>No check ran.</source>
        <translation>Es wurde keine Prüfung ausgeführt.</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>Antworten der Checkliste</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Findings — most likely cause first</source>
        <translation>Befunde — wahrscheinlichste Ursache zuerst</translation>
    </message>
    <message>
        <source>No findings: the checks did not get far enough to judge.</source>
        <translation>Keine Befunde: Die Prüfungen sind nicht weit genug gekommen, um etwas zu beurteilen.</translation>
    </message>
    <message>
        <source>Seen here:</source>
        <translation>Hier beobachtet:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Empfohlene Schritte:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>MI Connect Wizard %1</source>
        <translation>MI Connect Wizard %1</translation>
    </message>
    <message>
        <source>MI Connect Wizard report — %1, port %2</source>
        <translation>MI Connect Wizard-Bericht — %1, Port %2</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Connection path</source>
        <translation>Verbindungspfad</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Instance subnet</source>
        <translation>Subnetz der Instanz</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>keine Probleme gefunden</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>Probleme gefunden</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted: host names, addresses, user names and the machine name are replaced by placeholders.</source>
        <translation>Geschwärzt: Hostnamen, Adressen, Benutzernamen und der Computername sind durch Platzhalter ersetzt.</translation>
    </message>
    <message>
        <source>Cancelled before every check finished: the results are incomplete.</source>
        <translation>Abgebrochen, bevor alle Prüfungen abgeschlossen waren: Die Ergebnisse sind unvollständig.</translation>
    </message>
    <message>
        <source>The input held a password. It was removed before the checks ran and appears nowhere in this report.</source>
        <translation>Die Eingabe enthielt ein Kennwort. Es wurde vor den Prüfungen entfernt und ist nirgends in diesem Bericht enthalten.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>NameResolver</name>
    <message>
        <source>no answer from the resolver within the timeout</source>
        <translation>keine Antwort vom Resolver innerhalb des Timeouts</translation>
    </message>
    <message>
        <source>no answer from DNS within the timeout</source>
        <translation>keine Antwort vom DNS innerhalb des Timeouts</translation>
    </message>
    <message>
        <source>no A or AAAA record</source>
        <translation>kein A- oder AAAA-Eintrag</translation>
    </message>
    <message>
        <source>not among the names given with --resolve; no resolver was asked</source>
        <translation>nicht unter den mit --resolve angegebenen Namen; kein Resolver wurde abgefragt</translation>
    </message>
</context>
<context>
    <name>PathDiagramView</name>
    <message>
        <source>No connection path to show yet.</source>
        <translation>Noch kein Verbindungspfad zum Anzeigen vorhanden.</translation>
    </message>
    <message>
        <source>Connection path diagram</source>
        <translation>Diagramm des Verbindungspfads</translation>
    </message>
    <message>
        <source>Cannot save the diagram to %1: %2</source>
        <translation>Das Diagramm kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht codiert werden</translation>
    </message>
    <message>
        <source>MI Connect Wizard — %1</source>
        <translation>MI Connect Wizard — %1</translation>
    </message>
    <message>
        <source>Cannot save the diagram to %1: the SVG could not be drawn</source>
        <translation>Das Diagramm kann nicht in %1 gespeichert werden: Das SVG konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <source>The recommended path</source>
        <translation>Der empfohlene Pfad</translation>
    </message>
    <message>
        <source>How this scenario should reach the instance. Tick what you know is in place; the checks come next and colour the path.</source>
        <translation>So sollte dieses Szenario die Instanz erreichen. Haken Sie ab, was Ihres Wissens erfüllt ist; danach folgen die Prüfungen und färben den Pfad ein.</translation>
    </message>
    <message>
        <source>Connection &amp;path:</source>
        <translation>Verbindungs&amp;pfad:</translation>
    </message>
    <message>
        <source>Prerequisite checklist</source>
        <translation>Checkliste der Voraussetzungen</translation>
    </message>
    <message>
        <source>Each item cycles through not sure, yes and no.</source>
        <translation>Jeder Eintrag wechselt der Reihe nach zwischen „unsicher“, „ja“ und „nein“.</translation>
    </message>
    <message>
        <source>Prere&amp;quisites (☑ in place · ☐ not in place · ▣ not sure):</source>
        <translation>V&amp;oraussetzungen (☑ erfüllt · ☐ nicht erfüllt · ▣ unsicher):</translation>
    </message>
    <message>
        <source>Export diagram as P&amp;NG…</source>
        <translation>Diagramm als P&amp;NG exportieren…</translation>
    </message>
    <message>
        <source>Export diagram as S&amp;VG…</source>
        <translation>Diagramm als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>the whole Managed Instance subnet</source>
        <translation>das gesamte Subnetz der Managed Instance</translation>
    </message>
    <message>
        <source>the private endpoint</source>
        <translation>den privaten Endpunkt</translation>
    </message>
    <message>
        <source>the gateway</source>
        <translation>das Gateway</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Umleitung (Redirect)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>%1: TCP %2 to %3</source>
        <translation>%1: TCP %2 an %3</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>Ports:</translation>
    </message>
    <message>
        <source>Export the path diagram</source>
        <translation>Pfaddiagramm exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>The path in this report</source>
        <translation>Der Pfad in diesem Bericht</translation>
    </message>
    <message>
        <source>Checked from %1 on %2: the path coloured by those results, and the prerequisites as they were answered.</source>
        <translation>Geprüft von %1 am %2: der Pfad, eingefärbt nach diesen Ergebnissen, und die Voraussetzungen, wie sie beantwortet wurden.</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>einem unbenannten Computer</translation>
    </message>
</context>
<context>
    <name>PathView</name>
    <message>
        <source>Application VM</source>
        <translation>Anwendungs-VM</translation>
    </message>
    <message>
        <source>Application VNet</source>
        <translation>Anwendungs-VNet</translation>
    </message>
    <message>
        <source>On-premises server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>App Service app</source>
        <translation>App Service-App</translation>
    </message>
    <message>
        <source>Developer machine</source>
        <translation>Entwicklercomputer</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Connection path: %1.</source>
        <translation>Verbindungspfad: %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Private Link</source>
        <translation>Private Link</translation>
    </message>
    <message>
        <source>Managed Instance VNet</source>
        <translation>VNet der Managed Instance</translation>
    </message>
    <message>
        <source>Managed Instance subnet</source>
        <translation>Subnetz der Managed Instance</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>the gateway answered the login itself (connection type Proxy): no connection goes to the nodes</source>
        <translation>das Gateway hat die Anmeldung selbst beantwortet (Verbindungstyp Proxy): Keine Verbindung geht an die Knoten</translation>
    </message>
</context>
<context>
    <name>PortFixture</name>
    <message>
        <source>net.ipv4.tcp_abort_on_overflow is on, so a full accept queue answers with a reset</source>
        <translation>net.ipv4.tcp_abort_on_overflow ist aktiviert, daher antwortet eine volle Accept-Warteschlange mit einem Reset</translation>
    </message>
    <message>
        <source>emulating filtered ports needs Linux</source>
        <translation>das Emulieren gefilterter Ports erfordert Linux</translation>
    </message>
    <message>
        <source>port fixtures need a Unix system</source>
        <translation>Port-Fixtures erfordern ein Unix-System</translation>
    </message>
    <message>
        <source>only open, closed and filtered ports can be emulated</source>
        <translation>nur offene, geschlossene und gefilterte Ports können emuliert werden</translation>
    </message>
</context>
<context>
    <name>PortRangeScanner</name>
    <message>
        <source>no socket could be had for this probe</source>
        <translation>für diesen Test war kein Socket verfügbar</translation>
    </message>
</context>
<context>
    <name>PortSpec</name>
    <message>
        <source>&apos;%1&apos; is not a port or port range (1-65535)</source>
        <translation>„%1“ ist weder ein Port noch ein Portbereich (1-65535)</translation>
    </message>
    <message>
        <source>port range &apos;%1&apos; runs backwards</source>
        <translation>der Portbereich „%1“ ist absteigend angegeben</translation>
    </message>
    <message>
        <source>the port list is too long</source>
        <translation>die Portliste ist zu lang</translation>
    </message>
    <message>
        <source>no ports given</source>
        <translation>keine Ports angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CIDR subnet such as 10.0.0.0/27</source>
        <translation>„%1“ ist kein CIDR-Subnetz wie 10.0.0.0/27</translation>
    </message>
    <message>
        <source>%1 has %2 addresses; at most %3 can be probed at once — use a longer prefix</source>
        <translation>%1 hat %2 Adressen; höchstens %3 können gleichzeitig getestet werden — verwenden Sie ein längeres Präfix</translation>
    </message>
</context>
<context>
    <name>PortStateChartView</name>
    <message>
        <source>Port state chart</source>
        <translation>Diagramm der Portzustände</translation>
    </message>
    <message>
        <source>Subnet sweep, port %1</source>
        <translation>Subnetz-Scan, Port %1</translation>
    </message>
    <message>
        <source>%1 (gateway)</source>
        <translation>%1 (Gateway)</translation>
    </message>
    <message>
        <source>Subnet sweep of %1 on port %2: %3 answered, %4 silent.</source>
        <translation>Subnetz-Scan von %1 an Port %2: %3 mit Antwort, %4 ohne Antwort.</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Mit Antwort: %1</translation>
    </message>
    <message>
        <source>%1: %2 open, %3 closed, %4 filtered.</source>
        <translation>%1: %2 offen, %3 geschlossen, %4 gefiltert.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Gefiltert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) failed locally (not shown).</source>
        <translation>
            <numerusform>%n Test lokal fehlgeschlagen (nicht dargestellt).</numerusform>
            <numerusform>%n Tests lokal fehlgeschlagen (nicht dargestellt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Port states: no data yet</source>
        <translation>Portzustände: noch keine Daten</translation>
    </message>
    <message>
        <source>No port scan results yet.</source>
        <translation>Noch keine Ergebnisse des Portscans.</translation>
    </message>
    <message>
        <source>Port states at a glance</source>
        <translation>Portzustände im Überblick</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>filtered (no answer)</source>
        <translation>gefiltert (keine Antwort)</translation>
    </message>
    <message>
        <source>Share of the probes</source>
        <translation>Anteil der Tests</translation>
    </message>
    <message>
        <source>Subnet sweep: %1 answered, %2 silent.</source>
        <translation>Subnetz-Scan: %1 mit Antwort, %2 ohne Antwort.</translation>
    </message>
</context>
<context>
    <name>PreloginReplyReader</name>
    <message>
        <source>the answer is a TDS packet of type 0x%1, not a reply (0x04)</source>
        <translation>die Antwort ist ein TDS-Paket vom Typ 0x%1, kein Antwortpaket (0x04)</translation>
    </message>
</context>
<context>
    <name>ReportComparisonText</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>same</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>runs now</source>
        <translation>wird jetzt ausgeführt</translation>
    </message>
    <message>
        <source>new check</source>
        <translation>neue Prüfung</translation>
    </message>
    <message>
        <source>no longer runs</source>
        <translation>wird nicht mehr ausgeführt</translation>
    </message>
    <message>
        <source>not in the later report</source>
        <translation>nicht im späteren Bericht</translation>
    </message>
    <message>
        <source>milder</source>
        <translation>weniger schwerwiegend</translation>
    </message>
    <message>
        <source>more severe</source>
        <translation>schwerwiegender</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>weiterhin vorhanden</translation>
    </message>
    <message>
        <source>new (its check did not run before)</source>
        <translation>neu (die zugehörige Prüfung lief vorher nicht)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>not seen (its check did not run this time)</source>
        <translation>nicht beobachtet (die zugehörige Prüfung lief diesmal nicht)</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>Different targets: the earlier report is about %1, the later one about %2. This compares two instances, not one instance before and after a change.</source>
        <translation>Unterschiedliche Ziele: Der frühere Bericht betrifft %1, der spätere %2. Hier werden zwei Instanzen verglichen, nicht eine Instanz vor und nach einer Änderung.</translation>
    </message>
    <message>
        <source>The earlier run was cancelled before every check finished: what it skipped is neither better nor worse.</source>
        <translation>Die frühere Ausführung wurde abgebrochen, bevor alle Prüfungen abgeschlossen waren: Was sie übersprungen hat, gilt weder als besser noch als schlechter.</translation>
    </message>
    <message>
        <source>The later run was cancelled before every check finished: what it skipped is neither better nor worse.</source>
        <translation>Die spätere Ausführung wurde abgebrochen, bevor alle Prüfungen abgeschlossen waren: Was sie übersprungen hat, gilt weder als besser noch als schlechter.</translation>
    </message>
    <message>
        <source>Names and addresses are placeholders in a redacted report, so whether both reports are about the same instance cannot be told from them.</source>
        <translation>In einem geschwärzten Bericht sind Namen und Adressen Platzhalter; daher lässt sich daran nicht erkennen, ob beide Berichte dieselbe Instanz betreffen.</translation>
    </message>
    <message>
        <source>%1 better, %2 worse.</source>
        <translation>%1 besser, %2 schlechter.</translation>
    </message>
    <message numerus="yes">
        <source>The later report: %n error(s)</source>
        <translation>
            <numerusform>Der spätere Bericht: %n Fehler</numerusform>
            <numerusform>Der spätere Bericht: %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n Fehler</numerusform>
            <numerusform>%1: %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>MI Connect Wizard — what changed between two reports</source>
        <translation>MI Connect Wizard — was sich zwischen zwei Berichten geändert hat</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <source>%1 · Scenario: %2 · %3</source>
        <translation>%1 · Szenario: %2 · %3</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1: [%2] %3  (%4)</source>
        <translation>%1: [%2] %3  (%4)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>(Different targets.)</source>
        <translation>(Unterschiedliche Ziele.)</translation>
    </message>
    <message>
        <source>MI Connect Wizard: what changed between two reports</source>
        <translation>MI Connect Wizard: was sich zwischen zwei Berichten geändert hat</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Report verdict</source>
        <translation>Ergebnis des Berichts</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Latest summary</source>
        <translation>Letzte Zusammenfassung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Machine: %1 · Scenario: %2</source>
        <translation>Computer: %1 · Szenario: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot save the report to %1: the file name must end in one of %2.</source>
        <translation>Der Bericht kann nicht in %1 gespeichert werden: Der Dateiname muss auf eine der folgenden Erweiterungen enden: %2.</translation>
    </message>
    <message>
        <source>Cannot save the report to %1: %2</source>
        <translation>Der Bericht kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the report to %1: the PDF could not be drawn (it needs the graphical program).</source>
        <translation>Der Bericht kann nicht in %1 gespeichert werden: Das PDF konnte nicht gezeichnet werden (dafür ist das grafische Programm erforderlich).</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ist weder true noch false</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>holds something other than text</source>
        <translation>enthält etwas anderes als Text</translation>
    </message>
    <message>
        <source>This file is too large to be a report (%1 MB).</source>
        <translation>Diese Datei ist zu groß für einen Bericht (%1 MB).</translation>
    </message>
    <message>
        <source>This is not a report: it is not valid JSON (%1 at byte %2).</source>
        <translation>Dies ist kein Bericht: Es ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>This is not a report: the JSON is not an object.</source>
        <translation>Dies ist kein Bericht: Das JSON ist kein Objekt.</translation>
    </message>
    <message>
        <source>This is the result of a port scan, not a diagnosis report.</source>
        <translation>Dies ist das Ergebnis eines Portscans, kein Diagnosebericht.</translation>
    </message>
    <message>
        <source>This is not a MI Connect Wizard report (its schema is &quot;%1&quot;).</source>
        <translation>Dies ist kein MI Connect Wizard-Bericht (sein Schema ist „%1“).</translation>
    </message>
    <message>
        <source>This report was written by a newer version of MI Connect Wizard (schema %1); this version reads %2. Update MI Connect Wizard to open it.</source>
        <translation>Dieser Bericht wurde von einer neueren Version von MI Connect Wizard geschrieben (Schema %1); diese Version liest %2. Aktualisieren Sie MI Connect Wizard, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>is not a port number</source>
        <translation>ist keine Portnummer</translation>
    </message>
    <message>
        <source>holds something other than true or false</source>
        <translation>enthält etwas anderes als true oder false</translation>
    </message>
    <message>
        <source>is not a known endpoint kind</source>
        <translation>ist keine bekannte Endpunktart</translation>
    </message>
    <message>
        <source>is not a known status</source>
        <translation>ist kein bekannter Status</translation>
    </message>
    <message>
        <source>is not a known severity</source>
        <translation>ist kein bekannter Schweregrad</translation>
    </message>
    <message>
        <source>This report is damaged: %1.</source>
        <translation>Dieser Bericht ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a report (%2 MB).</source>
        <translation>%1 ist zu groß für einen Bericht (%2 MB).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Copy the summary into a ticket or save the report for a support engineer. Passwords never appear in it.</source>
        <translation>Kopieren Sie die Zusammenfassung in ein Ticket, oder speichern Sie den Bericht für einen Supporttechniker. Kennwörter sind darin nie enthalten.</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Zusammenfassung des Berichts</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>Die Zusammenfassung befindet sich in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>✖ Cannot save %1: %2</source>
        <translation>✖ %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Re&amp;dact host names, addresses, user names and this machine&apos;s name</source>
        <translation>&amp;Hostnamen, Adressen, Benutzernamen und den Namen dieses Computers schwärzen</translation>
    </message>
    <message>
        <source>Each is replaced by a placeholder that is the same everywhere in the report, and an address keeps its kind (private, public…). The legend of placeholders stays here unless you save it.</source>
        <translation>Jeder Wert wird durch einen Platzhalter ersetzt, der überall im Bericht derselbe ist, und eine Adresse behält ihre Art (privat, öffentlich…). Die Legende der Platzhalter bleibt hier, sofern Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>JSON for a support engineer, Markdown for a ticket, HTML or PDF to read and print, or plain text.</source>
        <translation>JSON für einen Supporttechniker, Markdown für ein Ticket, HTML oder PDF zum Lesen und Drucken oder reiner Text.</translation>
    </message>
    <message>
        <source>Save &amp;legend…</source>
        <translation>&amp;Legende speichern…</translation>
    </message>
    <message>
        <source>The placeholders and what they stand for, for your own records. Do not send it.</source>
        <translation>Die Platzhalter und ihre Bedeutung, für Ihre eigenen Unterlagen. Geben Sie sie nicht weiter.</translation>
    </message>
    <message>
        <source>Co&amp;mpare with an earlier report…</source>
        <translation>Mit früherem Bericht &amp;vergleichen…</translation>
    </message>
    <message>
        <source>What got better and what got worse since a report saved before a change.</source>
        <translation>Was seit einem vor einer Änderung gespeicherten Bericht besser und was schlechter geworden ist.</translation>
    </message>
    <message>
        <source>JSON report for a support engineer (*.json)</source>
        <translation>JSON-Bericht für einen Supporttechniker (*.json)</translation>
    </message>
    <message>
        <source>Markdown for a ticket (*.md)</source>
        <translation>Markdown für ein Ticket (*.md)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Saved %1, redacted.</source>
        <translation>%1 gespeichert (geschwärzt).</translation>
    </message>
    <message>
        <source>Save the redaction legend</source>
        <translation>Legende der Schwärzung speichern</translation>
    </message>
    <message>
        <source>Saved the legend to %1. Keep it; do not send it with the report.</source>
        <translation>Legende in %1 gespeichert. Bewahren Sie sie auf; senden Sie sie nicht mit dem Bericht.</translation>
    </message>
    <message>
        <source>The report from before the change</source>
        <translation>Der Bericht vor der Änderung</translation>
    </message>
    <message>
        <source>MI Connect Wizard reports (*.json)</source>
        <translation>MI Connect Wizard-Berichte (*.json)</translation>
    </message>
    <message>
        <source>Before and after: %1 → this report</source>
        <translation>Vorher und nachher: %1 → dieser Bericht</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <source>Compared: better than before.</source>
        <translation>Verglichen: besser als vorher.</translation>
    </message>
    <message>
        <source>Compared: worse than before.</source>
        <translation>Verglichen: schlechter als vorher.</translation>
    </message>
    <message>
        <source>Compared: some things better, some worse.</source>
        <translation>Verglichen: manches besser, manches schlechter.</translation>
    </message>
    <message>
        <source>Compared: no change.</source>
        <translation>Verglichen: keine Änderung.</translation>
    </message>
    <message>
        <source>The saved report as it was sent. Save it in another format, or compare it with an earlier one.</source>
        <translation>Der gespeicherte Bericht, wie er gesendet wurde. Speichern Sie ihn in einem anderen Format oder vergleichen Sie ihn mit einem früheren Bericht.</translation>
    </message>
    <message>
        <source>Write the report in &amp;English</source>
        <translation>Bericht auf &amp;Englisch schreiben</translation>
    </message>
    <message>
        <source>The summary and every saved format use English; the wizard stays in its language.</source>
        <translation>Die Zusammenfassung und jedes gespeicherte Format sind englisch; der Assistent bleibt in seiner Sprache.</translation>
    </message>
</context>
<context>
    <name>ResolveOverrides</name>
    <message>
        <source>&apos;%1&apos; is not HOST=ADDRESS</source>
        <translation>„%1“ hat nicht die Form HOST=ADDRESS</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST=ADDRESS (ADDRESS must be an IP address)</source>
        <translation>„%1“ hat nicht die Form HOST=ADDRESS (ADDRESS muss eine IP-Adresse sein)</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>Where does the application run?</source>
        <translation>Wo wird die Anwendung ausgeführt?</translation>
    </message>
    <message>
        <source>&amp;Hosting scenario:</source>
        <translation>&amp;Hostingszenario:</translation>
    </message>
    <message>
        <source>Hosting scenario</source>
        <translation>Hostingszenario</translation>
    </message>
    <message>
        <source>The recommended connection path, its checklist and the advice depend on it.</source>
        <translation>Davon hängen der empfohlene Verbindungspfad, seine Checkliste und die Empfehlungen ab.</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>Kein Szenario</translation>
    </message>
    <message>
        <source>Run the checks without judging them against a hosting scenario.</source>
        <translation>Führt die Prüfungen aus, ohne sie anhand eines Hostingszenarios zu bewerten.</translation>
    </message>
    <message>
        <source>Not &amp;sure? Answer a few questions</source>
        <translation>Nicht &amp;sicher? Ein paar Fragen beantworten</translation>
    </message>
    <message>
        <source>Which scenario fits?</source>
        <translation>Welches Szenario passt?</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Vorschlag: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>SimProfile</name>
    <message>
        <source>An NSG or firewall drops everything to the subnet: the gateway never answers.</source>
        <translation>Eine NSG oder Firewall verwirft den gesamten Datenverkehr zum Subnetz: Das Gateway antwortet nie.</translation>
    </message>
    <message>
        <source>The gateway address resets connections on 1433.</source>
        <translation>Die Gatewayadresse setzt Verbindungen an Port 1433 zurück.</translation>
    </message>
    <message>
        <source>A rule allows only the gateway&apos;s address: the nodes are silent on every port.</source>
        <translation>Eine Regel lässt nur die Adresse des Gateways zu: Die Knoten antworten an keinem Port.</translation>
    </message>
    <message>
        <source>1433 is open to the whole subnet but the legacy redirect range 11000-11999 is dropped.</source>
        <translation>Port 1433 ist für das gesamte Subnetz offen, aber der ältere Umleitungsbereich 11000-11999 wird verworfen.</translation>
    </message>
    <message>
        <source>Only 11000-11499 of the redirect range is allowed; 11500-11999 is dropped.</source>
        <translation>Vom Umleitungsbereich ist nur 11000-11499 zugelassen; 11500-11999 wird verworfen.</translation>
    </message>
    <message>
        <source>A web server answers on 1433 instead of SQL Server.</source>
        <translation>An Port 1433 antwortet ein Webserver statt SQL Server.</translation>
    </message>
    <message>
        <source>A TLS-only service answers on 1433 and rejects PRELOGIN.</source>
        <translation>An Port 1433 antwortet ein reiner TLS-Dienst und lehnt PRELOGIN ab.</translation>
    </message>
    <message>
        <source>Something answers on 1433 with binary noise.</source>
        <translation>An Port 1433 antwortet etwas mit zufälligen Binärdaten.</translation>
    </message>
    <message>
        <source>The PRELOGIN answer breaks off after twelve bytes and the connection closes.</source>
        <translation>Die PRELOGIN-Antwort bricht nach zwölf Bytes ab, und die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>The answer&apos;s TDS header claims 65535 bytes.</source>
        <translation>Der TDS-Header der Antwort gibt eine Länge von 65535 Bytes an.</translation>
    </message>
    <message>
        <source>The right answer, one byte per second.</source>
        <translation>Die richtige Antwort, aber nur ein Byte pro Sekunde.</translation>
    </message>
    <message>
        <source>Half of the PRELOGIN answer, then the connection closes.</source>
        <translation>Die Hälfte der PRELOGIN-Antwort, dann wird die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Connections are accepted and nothing is ever sent, like an appliance that cannot reach the server.</source>
        <translation>Verbindungen werden angenommen, aber es wird nie etwas gesendet, wie bei einem Gerät, das den Server nicht erreichen kann.</translation>
    </message>
    <message>
        <source>A TLS-inspecting proxy re-signs the certificate with its own CA.</source>
        <translation>Ein TLS-inspizierender Proxy signiert das Zertifikat mit seiner eigenen CA neu.</translation>
    </message>
    <message>
        <source>The certificate names another host.</source>
        <translation>Das Zertifikat lautet auf einen anderen Host.</translation>
    </message>
    <message>
        <source>The server speaks only TLS 1.0 and refuses every newer version.</source>
        <translation>Der Server unterstützt nur TLS 1.0 und lehnt jede neuere Version ab.</translation>
    </message>
    <message>
        <source>The TLS handshake is refused with handshake_failure.</source>
        <translation>Der TLS-Handshake wird mit handshake_failure abgelehnt.</translation>
    </message>
    <message>
        <source>Gateway and nodes answer on 1433; the redirect range is reachable; the gateway redirects logins to a node.</source>
        <translation>Gateway und Knoten antworten an Port 1433; der Umleitungsbereich ist erreichbar; das Gateway leitet Anmeldungen an einen Knoten um.</translation>
    </message>
    <message>
        <source>Proxy connection type: the gateway answers the login itself.</source>
        <translation>Verbindungstyp Proxy: Das Gateway beantwortet die Anmeldung selbst.</translation>
    </message>
    <message>
        <source>Redirect as before October 2025: the gateway sends logins to a node&apos;s port in 11000-11999.</source>
        <translation>Umleitung (Redirect) wie vor Oktober 2025: Das Gateway leitet Anmeldungen an einen Port eines Knotens im Bereich 11000-11999 um.</translation>
    </message>
    <message>
        <source>The gateway redirects to a node port a firewall drops, while 1433 on the nodes is open.</source>
        <translation>Das Gateway leitet an einen Knotenport um, den eine Firewall verwirft, während Port 1433 auf den Knoten offen ist.</translation>
    </message>
    <message>
        <source>The gateway redirects to a node name that does not resolve here.</source>
        <translation>Das Gateway leitet an einen Knotennamen um, der sich hier nicht auflösen lässt.</translation>
    </message>
    <message>
        <source>The gateway refuses the login with 40532: it serves no such name.</source>
        <translation>Das Gateway lehnt die Anmeldung mit 40532 ab: Es bedient keinen solchen Namen.</translation>
    </message>
    <message>
        <source>The gateway refuses the login with 47072: the client&apos;s TLS is below the minimum.</source>
        <translation>Das Gateway lehnt die Anmeldung mit 47072 ab: Das TLS des Clients liegt unter der Mindestversion.</translation>
    </message>
</context>
<context>
    <name>SimulatedInstance</name>
    <message>
        <source>unknown profile &apos;%1&apos;; known: %2</source>
        <translation>unbekanntes Profil „%1“; bekannt: %2</translation>
    </message>
    <message>
        <source> — the simulator needs more file descriptors than the limit of %1 (ulimit -n)</source>
        <translation> — der Simulator benötigt mehr Dateideskriptoren als das Limit von %1 (ulimit -n)</translation>
    </message>
    <message>
        <source>Simulated Managed Instance — profile %1</source>
        <translation>Simulierte Managed Instance — Profil %1</translation>
    </message>
    <message>
        <source>  host            %1</source>
        <translation>  Host                  %1</translation>
    </message>
    <message>
        <source>  gateway         %1:%2 (%3)</source>
        <translation>  Gateway               %1:%2 (%3)</translation>
    </message>
    <message>
        <source>  public endpoint %1 → %2:%3</source>
        <translation>  Öffentlicher Endpunkt %1 → %2:%3</translation>
    </message>
    <message>
        <source>  subnet          %1</source>
        <translation>  Subnetz               %1</translation>
    </message>
    <message>
        <source>11000-11999 reachable, %1 open</source>
        <translation>11000-11999 erreichbar, %1 offen</translation>
    </message>
    <message>
        <source>11000-11999 filtered</source>
        <translation>11000-11999 gefiltert</translation>
    </message>
    <message>
        <source>11000-11499 reachable (%1 open), 11500-11999 filtered</source>
        <translation>11000-11499 erreichbar (%1 offen), 11500-11999 gefiltert</translation>
    </message>
    <message>
        <source>  node            %1: 1433 %2; %3</source>
        <translation>  Knoten                %1: 1433 %2; %3</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Probieren Sie:</translation>
    </message>
    <message>
        <source>the simulated subnet must be an IPv4 subnet of /27 or larger, such as 127.77.0.0/27</source>
        <translation>das simulierte Subnetz muss ein IPv4-Subnetz der Größe /27 oder größer sein, z. B. 127.77.0.0/27</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Why can&apos;t my application connect?</source>
        <translation>Warum kann meine Anwendung keine Verbindung herstellen?</translation>
    </message>
    <message>
        <source>This wizard tests the network path to an Azure SQL Managed Instance and explains what to change.</source>
        <translation>Dieser Assistent testet den Netzwerkpfad zu einer Azure SQL Managed Instance und erklärt, was zu ändern ist.</translation>
    </message>
    <message>
        <source>The checks test the path from &lt;b&gt;this machine&lt;/b&gt;. Run the wizard where the application runs — on the same VM, App Service console or developer box — or the results describe a different path.</source>
        <translation>Die Prüfungen testen den Pfad von &lt;b&gt;diesem Computer&lt;/b&gt; aus. Führen Sie den Assistenten dort aus, wo die Anwendung läuft — auf derselben VM, in der App Service-Konsole oder auf dem Entwicklerrechner —, sonst beschreiben die Ergebnisse einen anderen Pfad.</translation>
    </message>
    <message>
        <source>&amp;New diagnosis</source>
        <translation>&amp;Neue Diagnose</translation>
    </message>
    <message>
        <source>&amp;Demo against a simulated instance on this machine</source>
        <translation>&amp;Demo mit einer simulierten Instanz auf diesem Computer</translation>
    </message>
    <message>
        <source>Check the path to your instance from this machine.</source>
        <translation>Prüft den Pfad von diesem Computer zu Ihrer Instanz.</translation>
    </message>
    <message>
        <source>&amp;Open a saved report</source>
        <translation>&amp;Gespeicherten Bericht öffnen</translation>
    </message>
    <message>
        <source>Condition of the simulated instance</source>
        <translation>Zustand der simulierten Instanz</translation>
    </message>
    <message>
        <source>Simulated &amp;condition:</source>
        <translation>Simulierter &amp;Zustand:</translation>
    </message>
    <message>
        <source>C&amp;hoose a report…</source>
        <translation>Bericht a&amp;uswählen…</translation>
    </message>
    <message>
        <source>Ctrl+O opens a report from any page; you can also drop a report file on the window.</source>
        <translation>Strg+O öffnet auf jeder Seite einen Bericht; Sie können eine Berichtsdatei auch auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>Showing %1, read-only. Next shows what its checks found.</source>
        <translation>%1 wird schreibgeschützt angezeigt. „Weiter“ zeigt, was die Prüfungen darin ergeben haben.</translation>
    </message>
    <message>
        <source>See what someone else&apos;s checks found, from the JSON report they saved.</source>
        <translation>Sehen Sie sich an, was die Prüfungen einer anderen Person ergeben haben, anhand des JSON-Berichts, den sie gespeichert hat.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Open a saved report</source>
        <translation>Gespeicherten Bericht öffnen</translation>
    </message>
    <message>
        <source>MI Connect Wizard reports (*.json)</source>
        <translation>MI Connect Wizard-Berichte (*.json)</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The wizard speaks %1 from its next start.</source>
        <translation>Ab dem nächsten Start spricht der Assistent %1.</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Which instance?</source>
        <translation>Welche Instanz?</translation>
    </message>
    <message>
        <source>10.0.0.0/27 — finds the nodes for the redirect checks</source>
        <translation>10.0.0.0/27 — findet die Knoten für die Umleitungsprüfungen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Managed Instance &amp;subnet:</source>
        <translation>&amp;Subnetz der Managed Instance:</translation>
    </message>
    <message>
        <source>&amp;Timeout per probe:</source>
        <translation>&amp;Timeout pro Test:</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Sa&amp;mples:</source>
        <translation>Stich&amp;proben:</translation>
    </message>
    <message>
        <source>Paste the host name as the application uses it, or its whole connection string; a password in it is recognised and dropped.</source>
        <translation>Fügen Sie den Hostnamen so ein, wie die Anwendung ihn verwendet, oder ihre vollständige Verbindungszeichenfolge; ein darin enthaltenes Kennwort wird erkannt und entfernt.</translation>
    </message>
    <message>
        <source>&amp;Host or connection string:</source>
        <translation>&amp;Host oder Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <source>The password in it is ignored: it is never kept, shown or saved.</source>
        <translation>Das darin enthaltene Kennwort wird ignoriert: Es wird weder aufbewahrt noch angezeigt oder gespeichert.</translation>
    </message>
    <message>
        <source>⚠ %1 — %2</source>
        <translation>⚠ %1 — %2</translation>
    </message>
    <message>
        <source>instance.dnszone.database.windows.net, or Server=tcp:…;Database=…</source>
        <translation>instance.dnszone.database.windows.net oder Server=tcp:…;Database=…</translation>
    </message>
    <message>
        <source>Host or connection string</source>
        <translation>Host oder Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>What the input says</source>
        <translation>Auswertung der Eingabe</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>from the host (1433, or 3342 for .public.)</source>
        <translation>aus dem Hostnamen (1433 oder 3342 für .public.)</translation>
    </message>
    <message>
        <source>Classify the &amp;legacy redirect ports on the nodes</source>
        <translation>Ä&amp;ltere Umleitungsports auf den Knoten klassifizieren</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Redirect &amp;range:</source>
        <translation>Umleitungs&amp;bereich:</translation>
    </message>
    <message>
        <source>the simulator&apos;s own subnet</source>
        <translation>das eigene Subnetz des Simulators</translation>
    </message>
    <message>
        <source>✔ %1 for %2, port %3</source>
        <translation>✔ %1 für %2, Port %3</translation>
    </message>
    <message>
        <source>empty: a made-up login, which proves the path without any secret</source>
        <translation>leer: eine fiktive Anmeldung, die den Pfad ohne jedes Geheimnis nachweist</translation>
    </message>
    <message>
        <source>Used for this run&apos;s login only; never shown, saved or written to a report.</source>
        <translation>Wird nur für die Anmeldung dieses Laufs verwendet; wird nie angezeigt, gespeichert oder in einen Bericht geschrieben.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>SQL lo&amp;gin to try:</source>
        <translation>Zu testende SQL-&amp;Anmeldung:</translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>Enter the instance&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen der Instanz ein.</translation>
    </message>
    <message>
        <source>That is too long to be a host name.</source>
        <translation>Das ist zu lang für einen Hostnamen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; opens a bracket for an IPv6 address but never closes it.</source>
        <translation>„%1“ öffnet eine Klammer für eine IPv6-Adresse, schließt sie aber nicht.</translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address in &apos;%1&apos;.</source>
        <translation>Unerwarteter Text nach der IPv6-Adresse in „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid port (1-65535).</source>
        <translation>„%1“ ist kein gültiger Port (1-65535).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>Named pipes and shared memory cannot reach Managed Instance; use tcp:host,1433.</source>
        <translation>Named Pipes und Shared Memory können Managed Instance nicht erreichen; verwenden Sie tcp:host,1433.</translation>
    </message>
    <message>
        <source>the VNet-local endpoint</source>
        <translation>den VNet-lokalen Endpunkt</translation>
    </message>
    <message>
        <source>the public endpoint</source>
        <translation>den öffentlichen Endpunkt</translation>
    </message>
    <message>
        <source>a private endpoint</source>
        <translation>einen privaten Endpunkt</translation>
    </message>
    <message>
        <source>a name outside database.windows.net</source>
        <translation>einen Namen außerhalb von database.windows.net</translation>
    </message>
    <message>
        <source>an IP address</source>
        <translation>eine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>TdsLoginProbe</name>
    <message>
        <source>no answer to the login within the timeout</source>
        <translation>keine Antwort auf die Anmeldung innerhalb des Timeouts</translation>
    </message>
    <message>
        <source>the TLS session ended before the login</source>
        <translation>die TLS-Sitzung endete vor der Anmeldung</translation>
    </message>
    <message>
        <source>the server closed the connection after the login without a complete answer</source>
        <translation>der Server hat die Verbindung nach der Anmeldung ohne vollständige Antwort geschlossen</translation>
    </message>
    <message>
        <source>the answer to the login is a TDS message of type 0x%1, not a tabular response</source>
        <translation>die Antwort auf die Anmeldung ist eine TDS-Nachricht vom Typ 0x%1, keine tabellarische Antwort</translation>
    </message>
    <message>
        <source>the answer to the login has neither an acknowledgement nor an error</source>
        <translation>die Antwort auf die Anmeldung enthält weder eine Bestätigung noch einen Fehler</translation>
    </message>
    <message>
        <source>a routing token without a login acknowledgement: drivers count that as a failed login and do not follow it</source>
        <translation>ein Routing-Token ohne Anmeldebestätigung: Treiber werten das als fehlgeschlagene Anmeldung und folgen ihm nicht</translation>
    </message>
</context>
<context>
    <name>TdsPreloginProbe</name>
    <message>
        <source>no TCP connection within the timeout</source>
        <translation>keine TCP-Verbindung innerhalb des Timeouts</translation>
    </message>
    <message>
        <source>nothing arrived after the PRELOGIN</source>
        <translation>nach dem PRELOGIN ist nichts angekommen</translation>
    </message>
    <message>
        <source>%1 bytes arrived; the answer was not complete</source>
        <translation>%1 Bytes empfangen; die Antwort war unvollständig</translation>
    </message>
</context>
<context>
    <name>TdsText</name>
    <message>
        <source>the option table has no terminator</source>
        <translation>der Optionstabelle fehlt das Endezeichen</translation>
    </message>
    <message>
        <source>the option table is cut short</source>
        <translation>die Optionstabelle ist abgeschnitten</translation>
    </message>
    <message>
        <source>option 0x%1 points past the end of the message (offset %2, length %3, message %4 bytes)</source>
        <translation>Option 0x%1 verweist über das Ende der Nachricht hinaus (Offset %2, Länge %3, Nachricht %4 Bytes)</translation>
    </message>
    <message>
        <source>option 0x%1 appears twice</source>
        <translation>Option 0x%1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>the first option is not VERSION</source>
        <translation>die erste Option ist nicht VERSION</translation>
    </message>
    <message>
        <source>VERSION has %1 bytes instead of 6</source>
        <translation>VERSION hat %1 Bytes statt 6</translation>
    </message>
    <message>
        <source>ENCRYPTION has %1 bytes instead of 1</source>
        <translation>ENCRYPTION hat %1 Bytes statt 1</translation>
    </message>
    <message>
        <source>INSTOPT is %1 bytes long</source>
        <translation>INSTOPT ist %1 Bytes lang</translation>
    </message>
    <message>
        <source>THREADID has %1 bytes</source>
        <translation>THREADID hat %1 Bytes</translation>
    </message>
    <message>
        <source>MARS has %1 bytes instead of 1</source>
        <translation>MARS hat %1 Bytes statt 1</translation>
    </message>
    <message>
        <source>VERSION or ENCRYPTION is missing</source>
        <translation>VERSION oder ENCRYPTION fehlt</translation>
    </message>
    <message>
        <source>a packet header claims %1 bytes (TDS allows %2 to %3)</source>
        <translation>ein Paketheader gibt %1 Bytes an (TDS erlaubt %2 bis %3)</translation>
    </message>
    <message>
        <source>packet type changes from 0x%1 to 0x%2 inside one message</source>
        <translation>der Pakettyp wechselt innerhalb einer Nachricht von 0x%1 zu 0x%2</translation>
    </message>
    <message>
        <source>the message grows past %1 bytes</source>
        <translation>die Nachricht wird größer als %1 Bytes</translation>
    </message>
    <message>
        <source>expected a TDS packet carrying TLS, got byte 0x%1</source>
        <translation>TDS-Paket mit TLS-Daten erwartet, aber Byte 0x%1 erhalten</translation>
    </message>
    <message>
        <source>a TDS packet carrying TLS claims %1 bytes</source>
        <translation>ein TDS-Paket mit TLS-Daten gibt %1 Bytes an</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the protocol allows at most %3</source>
        <translation>%1 ist %2 Zeichen lang; das Protokoll erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>%1 starts at byte %2, inside the %3-byte fixed part of the login</source>
        <translation>%1 beginnt bei Byte %2, innerhalb des %3 Bytes langen festen Teils der Anmeldenachricht</translation>
    </message>
    <message>
        <source>%1 runs past the end of the login (offset %2, %3 characters, login %4 bytes)</source>
        <translation>%1 reicht über das Ende der Anmeldenachricht hinaus (Offset %2, %3 Zeichen, Anmeldenachricht %4 Bytes)</translation>
    </message>
    <message>
        <source>%1 runs past the end of the login (offset %2, %3 bytes, login %4 bytes)</source>
        <translation>%1 reicht über das Ende der Anmeldenachricht hinaus (Offset %2, %3 Bytes, Anmeldenachricht %4 Bytes)</translation>
    </message>
    <message>
        <source>the %1 token is cut short before its length</source>
        <translation>das %1-Token ist vor seiner Längenangabe abgeschnitten</translation>
    </message>
    <message>
        <source>the %1 token claims %2 bytes, but only %3 are left</source>
        <translation>das %1-Token gibt %2 Bytes an, aber nur %3 sind übrig</translation>
    </message>
    <message>
        <source>the fields of the %1 token need more than its %2 bytes (a text claims more characters than are there)</source>
        <translation>die Felder des %1-Tokens benötigen mehr als dessen %2 Bytes (ein Text gibt mehr Zeichen an, als vorhanden sind)</translation>
    </message>
    <message>
        <source>the routing ENVCHANGE&apos;s value claims %1 bytes, more than its token&apos;s %2</source>
        <translation>der Wert des Routing-ENVCHANGE gibt %1 Bytes an, mehr als die %2 seines Tokens</translation>
    </message>
    <message>
        <source>the routing ENVCHANGE does not end with the empty old value the protocol requires (token %1 bytes, value %2)</source>
        <translation>das Routing-ENVCHANGE endet nicht mit dem leeren alten Wert, den das Protokoll verlangt (Token %1 Bytes, Wert %2)</translation>
    </message>
    <message>
        <source>the routing ENVCHANGE&apos;s server name does not fill its value length of %1 bytes</source>
        <translation>der Servername im Routing-ENVCHANGE füllt dessen Wertlänge von %1 Bytes nicht aus</translation>
    </message>
    <message>
        <source>the routing ENVCHANGE names no server</source>
        <translation>das Routing-ENVCHANGE nennt keinen Server</translation>
    </message>
    <message>
        <source>an ENVCHANGE token is empty</source>
        <translation>ein ENVCHANGE-Token ist leer</translation>
    </message>
    <message>
        <source>the values of ENVCHANGE type %1 need more than its %2 bytes</source>
        <translation>die Werte des ENVCHANGE vom Typ %1 benötigen mehr als dessen %2 Bytes</translation>
    </message>
    <message>
        <source>the packet size ENVCHANGE says &apos;%1&apos;, not a number from %2 to %3</source>
        <translation>das ENVCHANGE für die Paketgröße lautet „%1“, keine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>the FEATUREEXTACK token ends without its terminator</source>
        <translation>das FEATUREEXTACK-Token endet ohne sein Endezeichen</translation>
    </message>
    <message>
        <source>feature 0x%1 in the FEATUREEXTACK token is cut short before its length</source>
        <translation>Feature 0x%1 im FEATUREEXTACK-Token ist vor seiner Längenangabe abgeschnitten</translation>
    </message>
    <message>
        <source>feature 0x%1 in the FEATUREEXTACK token claims %2 bytes, but only %3 are left</source>
        <translation>Feature 0x%1 im FEATUREEXTACK-Token gibt %2 Bytes an, aber nur %3 sind übrig</translation>
    </message>
    <message>
        <source>the answer holds a %1 token (0x%2), whose length only column descriptions can tell; a login answer has none</source>
        <translation>die Antwort enthält ein %1-Token (0x%2), dessen Länge sich nur aus Spaltenbeschreibungen ergibt; eine Antwort auf eine Anmeldung enthält keine</translation>
    </message>
    <message>
        <source>the %1 token needs %2 bytes, but only %3 are left</source>
        <translation>das %1-Token benötigt %2 Bytes, aber nur %3 sind übrig</translation>
    </message>
    <message>
        <source>the login is %1 bytes long; the protocol allows at most %2</source>
        <translation>die Anmeldenachricht ist %1 Bytes lang; das Protokoll erlaubt höchstens %2</translation>
    </message>
    <message>
        <source>the login has %1 bytes, fewer than the %2 of its fixed part</source>
        <translation>die Anmeldenachricht hat %1 Bytes, weniger als die %2 ihres festen Teils</translation>
    </message>
    <message>
        <source>the login says it is %1 bytes long but carries %2</source>
        <translation>die Anmeldenachricht gibt eine Länge von %1 Bytes an, enthält aber %2</translation>
    </message>
    <message>
        <source>the login&apos;s first offset (ibHostName) is 0, so it does not say where its variable part starts</source>
        <translation>der erste Offset der Anmeldenachricht (ibHostName) ist 0, daher ist nicht angegeben, wo ihr variabler Teil beginnt</translation>
    </message>
    <message>
        <source>the login&apos;s feature extension block is said to start at byte %1, outside its variable part (login %2 bytes)</source>
        <translation>der Block der Featureerweiterungen in der Anmeldenachricht beginnt laut Angabe bei Byte %1, außerhalb ihres variablen Teils (Anmeldenachricht %2 Bytes)</translation>
    </message>
    <message>
        <source>the answer to the login is empty</source>
        <translation>die Antwort auf die Anmeldung ist leer</translation>
    </message>
    <message>
        <source>%1 bytes follow the final DONE token</source>
        <translation>auf das abschließende DONE-Token folgen %1 Bytes</translation>
    </message>
    <message>
        <source>the %1 token has %2 of its %3 bytes</source>
        <translation>das %1-Token hat nur %2 seiner %3 Bytes</translation>
    </message>
    <message>
        <source>the answer ends without a final DONE token</source>
        <translation>die Antwort endet ohne abschließendes DONE-Token</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>MI Connect Wizard %1 — %2, port %3</source>
        <translation>MI Connect Wizard %1 — %2, Port %3</translation>
    </message>
    <message>
        <source>Endpoint: %1 · Scenario: %2 · %3</source>
        <translation>Endpunkt: %1 · Szenario: %2 · %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Findings — most likely cause first</source>
        <translation>Befunde — wahrscheinlichste Ursache zuerst</translation>
    </message>
    <message>
        <source>Seen here: %1</source>
        <translation>Hier beobachtet: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Empfohlene Schritte:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Cancelled before every check finished.</source>
        <translation>Abgebrochen, bevor alle Prüfungen abgeschlossen waren.</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: %1 — %n error(s)</source>
        <translation>
            <numerusform>Ergebnis: %1 — %n Fehler</numerusform>
            <numerusform>Ergebnis: %1 — %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 open, %3 closed, %4 filtered</source>
        <translation>%1: %2 offen, %3 geschlossen, %4 gefiltert</translation>
    </message>
    <message>
        <source>, %1 unreachable</source>
        <translation>, %1 nicht erreichbar</translation>
    </message>
    <message>
        <source>, %1 errors</source>
        <translation>, %1 Fehler</translation>
    </message>
    <message>
        <source>%1 ports on %2 hosts in %3 s%4</source>
        <translation>%1 Ports auf %2 Hosts in %3 s%4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <source>no TCP connection within the timeout</source>
        <translation>keine TCP-Verbindung innerhalb des Timeouts</translation>
    </message>
    <message>
        <source>the exchange did not finish within the timeout</source>
        <translation>der Austausch wurde nicht innerhalb des Timeouts abgeschlossen</translation>
    </message>
    <message>
        <source>this machine&apos;s Qt has no TLS backend</source>
        <translation>das Qt auf diesem Computer hat kein TLS-Back-End</translation>
    </message>
    <message>
        <source>the server&apos;s PRELOGIN answer says encryption is not supported</source>
        <translation>laut der PRELOGIN-Antwort des Servers wird Verschlüsselung nicht unterstützt</translation>
    </message>
    <message>
        <source>the server sent the alert %1</source>
        <translation>der Server hat den Alert %1 gesendet</translation>
    </message>
</context>
<context>
    <name>TlsRelay</name>
    <message>
        <source>cannot open the local relay: %1</source>
        <translation>das lokale Relay kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Diagnose the connection to an Azure SQL Managed Instance.</source>
        <translation>Diagnostiziert die Verbindung zu einer Azure SQL Managed Instance.</translation>
    </message>
    <message>
        <source>Open the wizard against the simulated instance.</source>
        <translation>Öffnet den Assistenten mit der simulierten Instanz.</translation>
    </message>
    <message>
        <source>The simulated instance&apos;s condition: %1.</source>
        <translation>Zustand der simulierten Instanz: %1.</translation>
    </message>
    <message>
        <source>Start with this hosting scenario chosen.</source>
        <translation>Startet mit diesem vorausgewählten Hostingszenario.</translation>
    </message>
    <message>
        <source>Walk every page for scripts/screenshots, naming each shot with PREFIX.</source>
        <translation>Durchläuft alle Seiten für Skripte/Screenshots; der Name jeder Aufnahme beginnt mit PREFIX.</translation>
    </message>
    <message>
        <source>A saved JSON report to open read-only.</source>
        <translation>Ein gespeicherter JSON-Bericht, der schreibgeschützt geöffnet wird.</translation>
    </message>
    <message>
        <source>give at most one report to open</source>
        <translation>geben Sie höchstens einen Bericht zum Öffnen an</translation>
    </message>
    <message>
        <source>Language: en, de or ja (default: the one chosen in the wizard, else the system&apos;s).</source>
        <translation>Sprache: en, de oder ja (Standard: die im Assistenten gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;; known: %2</source>
        <translation>unbekanntes Profil „%1“; bekannt: %2</translation>
    </message>
</context>
</TS>

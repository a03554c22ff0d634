<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CheckStatus</name>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
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
        <translation>%1 → %2 (--resolve で指定、DNS には問い合わせていません)</translation>
    </message>
    <message>
        <source>%1 is an IP address; nothing to resolve</source>
        <translation>%1 は IP アドレスです。名前解決は不要です</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 を解決できません: %2</translation>
    </message>
    <message>
        <source>no answer for %1 within %2 ms</source>
        <translation>%2 ms 以内に %1 の応答がありません</translation>
    </message>
    <message>
        <source>resolving %1 failed: %2</source>
        <translation>%1 の名前解決に失敗しました: %2</translation>
    </message>
    <message>
        <source>needs an address for the host name</source>
        <translation>ホスト名のアドレスが必要です</translation>
    </message>
    <message>
        <source>no connection attempt finished</source>
        <translation>完了した接続試行はありません</translation>
    </message>
    <message>
        <source>%1: %2 of %3 connects open; median %4 ms, p95 %5 ms</source>
        <translation>%1: %3 回中 %2 回接続に成功、中央値 %4 ms、p95 %5 ms</translation>
    </message>
    <message>
        <source>%1: %2 of %3 connects failed; median %4 ms</source>
        <translation>%1: %3 回中 %2 回接続に失敗、中央値 %4 ms</translation>
    </message>
    <message>
        <source>%1: %2 (%3) on every attempt</source>
        <translation>%1: すべての試行で %2 (%3)</translation>
    </message>
    <message>
        <source>give the Managed Instance subnet (--subnet) to find the nodes</source>
        <translation>ノードを見つけるには Managed Instance のサブネット (--subnet) を指定してください</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) answer on %1: %2; %3 address(es) silent</source>
        <translation>
            <numerusform>%n 個のノードがポート %1 で応答: %2、応答なしのアドレス %3 個</numerusform>
        </translation>
    </message>
    <message>
        <source>only the gateway answers on %1; all %2 other addresses are silent</source>
        <translation>ポート %1 で応答するのはゲートウェイのみです。他の %2 個のアドレスはすべて応答しません</translation>
    </message>
    <message>
        <source>no address in %1 answers on %2</source>
        <translation>%1 内のどのアドレスもポート %2 で応答しません</translation>
    </message>
    <message>
        <source>turned off (--no-redirect-range)</source>
        <translation>無効 (--no-redirect-range)</translation>
    </message>
    <message>
        <source>needs the node addresses: give --subnet so the nodes can be found (the gateway address proves nothing about these ports)</source>
        <translation>ノードのアドレスが必要です。ノードを見つけられるように --subnet を指定してください (ゲートウェイのアドレスからは、これらのポートについて何もわかりません)</translation>
    </message>
    <message numerus="yes">
        <source>%1 reachable on %n node(s)</source>
        <translation>
            <numerusform>%1 は %n 個のノードで到達可能</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 filtered on every node</source>
        <translation>%1 はすべてのノードでフィルタリングされています</translation>
    </message>
    <message>
        <source>%1: %2 port probes answered, %3 filtered</source>
        <translation>%1: %2 件のポート プローブに応答あり、%3 件はフィルタリング</translation>
    </message>
    <message>
        <source>Resolve the host name</source>
        <translation>ホスト名の解決</translation>
    </message>
    <message>
        <source>Connect to the gateway</source>
        <translation>ゲートウェイへの接続</translation>
    </message>
    <message>
        <source>Find the nodes in the subnet</source>
        <translation>サブネット内のノードの検出</translation>
    </message>
    <message>
        <source>Redirect ports on the nodes</source>
        <translation>ノード上のリダイレクト ポート</translation>
    </message>
    <message>
        <source>no node answered in the subnet, so there is nowhere to classify these ports</source>
        <translation>サブネット内で応答したノードがないため、これらのポートを分類する対象がありません</translation>
    </message>
    <message>
        <source>not SQL Server: the answer looks like %1 — %2</source>
        <translation>SQL Server ではありません: 応答は %1 のようです — %2</translation>
    </message>
    <message>
        <source>no complete answer to PRELOGIN within %1 ms (%2)</source>
        <translation>%1 ms 以内に PRELOGIN への完全な応答がありません (%2)</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete (%1)</source>
        <translation>応答が完了する前に接続が閉じられました (%1)</translation>
    </message>
    <message>
        <source>a malformed answer: %1</source>
        <translation>不正な形式の応答: %1</translation>
    </message>
    <message>
        <source>no connection: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>needs a gateway port that accepts connections</source>
        <translation>接続を受け付けるゲートウェイ ポートが必要です</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms; encryption %3</source>
        <translation>%1 が %2 ms で応答しました。暗号化: %3</translation>
    </message>
    <message>
        <source>needs SQL Server to answer PRELOGIN first</source>
        <translation>先に SQL Server が PRELOGIN に応答する必要があります</translation>
    </message>
    <message>
        <source>the certificate does not name %1</source>
        <translation>証明書に %1 という名前が含まれていません</translation>
    </message>
    <message>
        <source>the issuer %1 is not trusted here</source>
        <translation>発行者 %1 はこのコンピューターで信頼されていません</translation>
    </message>
    <message>
        <source>%1 is older than TLS 1.2</source>
        <translation>%1 は TLS 1.2 より古いバージョンです</translation>
    </message>
    <message>
        <source>%1, %2; certificate %3 issued by %4</source>
        <translation>%1、%2。証明書 %3 (発行者: %4)</translation>
    </message>
    <message>
        <source>%1: the server sent the alert %2</source>
        <translation>%1: サーバーがアラート %2 を送信しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ask for SQL Server (PRELOGIN)</source>
        <translation>SQL Server への問い合わせ (PRELOGIN)</translation>
    </message>
    <message>
        <source>TLS as Encrypt=True gets it</source>
        <translation>Encrypt=True で使われる TLS</translation>
    </message>
    <message>
        <source>TLS as Encrypt=Strict gets it (TDS 8)</source>
        <translation>Encrypt=Strict で使われる TLS (TDS 8)</translation>
    </message>
    <message>
        <source>error %1 (state %2): %3</source>
        <translation>エラー %1 (状態 %2): %3</translation>
    </message>
    <message>
        <source>logged in as %1 (TDS %2)</source>
        <translation>%1 としてログインしました (TDS %2)</translation>
    </message>
    <message>
        <source>login failed for the made-up user, as it should: the engine read the login</source>
        <translation>架空のユーザーのログインは想定どおり失敗しました。データベース エンジンがログインを読み取りました</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>リダイレクトされました</translation>
    </message>
    <message>
        <source>needs SQL Server to answer and a TLS session first</source>
        <translation>先に SQL Server の応答と TLS セッションが必要です</translation>
    </message>
    <message>
        <source>proxy: the gateway answered the login itself; %1</source>
        <translation>プロキシ (Proxy): ゲートウェイ自身がログインに応答しました。%1</translation>
    </message>
    <message>
        <source>the gateway redirected to a server without a name</source>
        <translation>ゲートウェイが名前のないサーバーにリダイレクトしました</translation>
    </message>
    <message>
        <source>redirect to %1, which does not resolve here: %2</source>
        <translation>%1 へのリダイレクトですが、ここでは名前を解決できません: %2</translation>
    </message>
    <message>
        <source>redirect to %1; cancelled before it was resolved</source>
        <translation>%1 へのリダイレクト。名前解決の前にキャンセルされました</translation>
    </message>
    <message>
        <source>redirect to %1 (%2); that port is %3 from here (%4)</source>
        <translation>%1 (%2) へのリダイレクト。ここから見たそのポートの状態: %3 (%4)</translation>
    </message>
    <message>
        <source>redirect to %1 (%2); cancelled</source>
        <translation>%1 (%2) へのリダイレクト。キャンセルされました</translation>
    </message>
    <message>
        <source>redirect via %1 (%2); %3</source>
        <translation>%1 (%2) 経由でリダイレクト。%3</translation>
    </message>
    <message>
        <source>Log in (LOGIN7) and follow a redirect</source>
        <translation>ログイン (LOGIN7) とリダイレクトの追跡</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未読み取り</translation>
    </message>
    <message>
        <source>no SQL Server ODBC driver is registered here (.NET, JDBC and Node.js drivers are not listed)</source>
        <translation>このコンピューターには SQL Server の ODBC ドライバーが登録されていません (.NET、JDBC、Node.js のドライバーは一覧に含まれません)</translation>
    </message>
    <message>
        <source>too old for Managed Instance: %1</source>
        <translation>Managed Instance には古すぎます: %1</translation>
    </message>
    <message>
        <source>SQL Server drivers on this machine</source>
        <translation>このコンピューターの SQL Server ドライバー</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checking the path</source>
        <translation>経路を確認しています</translation>
    </message>
    <message>
        <source>Each check runs from this machine; nothing is changed anywhere.</source>
        <translation>各チェックはこのコンピューターから実行されます。どこにも変更は加えられません。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>&amp;Cancel checks</source>
        <translation>チェックをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Cannot run the checks: %1</source>
        <translation>チェックを実行できません: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>待機時間(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;ort states</source>
        <translation>ポートの状態(&amp;O)</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>全体の進行状況</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>監視(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>Run the checks again every %n second(s) until stopped.</source>
        <translation>
            <numerusform>停止するまで、%n 秒ごとにチェックを再実行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1: running…</source>
        <translation>%1 回目: 実行中…</translation>
    </message>
    <message>
        <source>Done: nothing wrong found.</source>
        <translation>完了: 問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n problem(s) found — see the findings.</source>
        <translation>
            <numerusform>完了: %n 件の問題が見つかりました — 検出結果を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>監視を停止(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>Watching: round %1 done; the next starts in %n second(s).</source>
        <translation>
            <numerusform>監視中: %1 回目が完了しました。次の実行は %n 秒後に開始します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks in this report</source>
        <translation>このレポートのチェック</translation>
    </message>
    <message>
        <source>What ran from %1 on %2; nothing runs from this machine.</source>
        <translation>%1 で %2 に実行された内容です。このコンピューターからは何も実行されません。</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>名前のないコンピューター</translation>
    </message>
    <message>
        <source>This run was cancelled before every check finished.</source>
        <translation>この実行は、すべてのチェックが完了する前にキャンセルされました。</translation>
    </message>
    <message>
        <source>Nothing wrong found in this run.</source>
        <translation>この実行では問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in this run — see the findings.</source>
        <translation>
            <numerusform>この実行で %n 件の問題が見つかりました — 検出結果を参照してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Write the machine-readable result to FILE (- for stdout).</source>
        <translation>機械可読な結果を FILE に書き込みます (- で stdout)。</translation>
    </message>
    <message>
        <source>Write a report to FILE; the format follows the extension (%1).</source>
        <translation>レポートを FILE に書き込みます。形式は拡張子によって決まります (%1)。</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>stderr に進行状況を出力しません。</translation>
    </message>
    <message>
        <source>--report %1: the format is chosen by extension; supported: %2</source>
        <translation>--report %1: 形式は拡張子によって選択されます。サポートされている拡張子: %2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 には %2 から %3 までの整数を指定してください (&apos;%4&apos; は無効です)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使用法: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Connect to port N (default: from TARGET, else 3342 for .public. hosts, else 1433).</source>
        <translation>ポート N に接続します (既定値: TARGET の指定。指定がなければ .public. ホストは 3342、それ以外は 1433)。</translation>
    </message>
    <message>
        <source>Hosting scenario id (see `miconnect-cli scenarios`).</source>
        <translation>ホスティング シナリオの ID (`miconnect-cli scenarios` を参照)。</translation>
    </message>
    <message>
        <source>The Managed Instance subnet: probe 1433 on its addresses to find the nodes.</source>
        <translation>Managed Instance のサブネット。そのアドレスのポート 1433 をプローブしてノードを見つけます。</translation>
    </message>
    <message>
        <source>Legacy redirect ports to classify on the nodes (default 11000-11999).</source>
        <translation>ノード上で分類する従来のリダイレクト ポート (既定値: 11000-11999)。</translation>
    </message>
    <message>
        <source>Do not classify the legacy redirect ports.</source>
        <translation>従来のリダイレクト ポートを分類しません。</translation>
    </message>
    <message>
        <source>Timed TCP connects to the gateway (default 10).</source>
        <translation>ゲートウェイへの時間計測付き TCP 接続の回数 (既定値: 10)。</translation>
    </message>
    <message>
        <source>Per-probe timeout in milliseconds (default 3000; 1000 for demo).</source>
        <translation>プローブごとのタイムアウト (ミリ秒) (既定値: 3000、demo では 1000)。</translation>
    </message>
    <message>
        <source>Probes in flight at most (default 1024, lowered to fit the file-descriptor limit).</source>
        <translation>同時に実行するプローブの最大数 (既定値: 1024。ファイル記述子の上限に合わせて引き下げられます)。</translation>
    </message>
    <message>
        <source>Answer HOST with ADDR without asking DNS (repeatable).</source>
        <translation>DNS に問い合わせずに HOST を ADDR に解決します (複数回指定可)。</translation>
    </message>
    <message>
        <source>Ask this DNS server (port 53) instead of the system resolver.</source>
        <translation>システムのリゾルバーの代わりに、この DNS サーバー (ポート 53) に問い合わせます。</translation>
    </message>
    <message>
        <source>Simulated instance profile: %1.</source>
        <translation>シミュレートされたインスタンスのプロファイル: %1。</translation>
    </message>
    <message>
        <source>Run `check` against the built-in simulated instance on loopback.</source>
        <translation>ループバック上の組み込みのシミュレートされたインスタンスに対して `check` を実行します。</translation>
    </message>
    <message>
        <source>Diagnose the network path from this machine to one Managed Instance.</source>
        <translation>このコンピューターから 1 つの Managed Instance へのネットワーク経路を診断します。</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;; known: %2</source>
        <translation>不明なプロファイル &apos;%1&apos; です。既知のプロファイル: %2</translation>
    </message>
    <message>
        <source>demo takes no target; it checks the simulated instance</source>
        <translation>demo にはターゲットを指定できません。シミュレートされたインスタンスをチェックします</translation>
    </message>
    <message>
        <source>check needs a TARGET (a host name or connection string)</source>
        <translation>check には TARGET (ホスト名または接続文字列) が必要です</translation>
    </message>
    <message>
        <source>check takes one TARGET; put a connection string in quotes</source>
        <translation>check に指定できる TARGET は 1 つだけです。接続文字列は引用符で囲んでください</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;; known: %2</source>
        <translation>不明なシナリオ &apos;%1&apos; です。既知のシナリオ: %2</translation>
    </message>
    <message>
        <source>--subnet: %1</source>
        <translation>--subnet: %1</translation>
    </message>
    <message>
        <source>--subnet must be an IPv4 subnet from /16 to /28 (Managed Instance subnets are IPv4, /27 or larger)</source>
        <translation>--subnet には /16 から /28 までの IPv4 サブネットを指定してください (Managed Instance のサブネットは IPv4 で、/27 以上です)</translation>
    </message>
    <message>
        <source>--resolve: %1</source>
        <translation>--resolve: %1</translation>
    </message>
    <message>
        <source>--dns-server must be an IP address, not &apos;%1&apos;</source>
        <translation>--dns-server には IP アドレスを指定してください (&apos;%1&apos; は無効です)</translation>
    </message>
    <message>
        <source>--redirect-range: %1</source>
        <translation>--redirect-range: %1</translation>
    </message>
    <message>
        <source>Ports to classify, e.g. 1433,3342,11000-11999.</source>
        <translation>分類するポート (例: 1433,3342,11000-11999)。</translation>
    </message>
    <message>
        <source>Per-probe timeout in milliseconds (default 3000).</source>
        <translation>プローブごとのタイムアウト (ミリ秒) (既定値: 3000)。</translation>
    </message>
    <message>
        <source>A host, an address, a CIDR, or a comma-separated list of them.</source>
        <translation>ホスト、アドレス、CIDR、またはそれらのコンマ区切りリスト。</translation>
    </message>
    <message>
        <source>Classify TCP ports as open, closed, filtered or unreachable, as nmap names them.</source>
        <translation>TCP ポートを nmap の状態名で open (開いている)、closed (閉じている)、filtered (フィルタリング)、unreachable (到達不能) に分類します。</translation>
    </message>
    <message>
        <source>scan needs one TARGETS argument (a host, address, CIDR, or a comma-separated list)</source>
        <translation>scan には TARGETS 引数が 1 つ必要です (ホスト、アドレス、CIDR、またはそれらのコンマ区切りリスト)</translation>
    </message>
    <message>
        <source>scan needs --ports, e.g. --ports 1433,3342,11000-11999</source>
        <translation>scan には --ports が必要です (例: --ports 1433,3342,11000-11999)</translation>
    </message>
    <message>
        <source>--ports: %1</source>
        <translation>--ports: %1</translation>
    </message>
    <message>
        <source>%1 has %2 addresses; scan takes at most %3 (a /20) — use a longer prefix</source>
        <translation>%1 には %2 個のアドレスがあります。scan で扱えるのは最大 %3 個 (/20) です — より長いプレフィックスを使用してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name, address or CIDR</source>
        <translation>&apos;%1&apos; はホスト名、アドレス、CIDR のいずれでもありません</translation>
    </message>
    <message>
        <source>scan needs at least one target</source>
        <translation>scan には少なくとも 1 つのターゲットが必要です</translation>
    </message>
    <message>
        <source>%1 addresses in all; scan takes at most %2</source>
        <translation>アドレスは合計 %1 個です。scan で扱えるのは最大 %2 個です</translation>
    </message>
    <message>
        <source>%1 probes in all; scan runs at most %2 at once</source>
        <translation>プローブは合計 %1 件です。scan が一度に実行できるのは最大 %2 件です</translation>
    </message>
    <message>
        <source>Profile: %1.</source>
        <translation>プロファイル: %1。</translation>
    </message>
    <message>
        <source>Use this loopback subnet (e.g. 127.77.0.0/27) instead of a random one.</source>
        <translation>ランダムなサブネットの代わりに、このループバック サブネット (例: 127.77.0.0/27) を使用します。</translation>
    </message>
    <message>
        <source>Print the endpoints as one JSON line to FILE (- for stdout).</source>
        <translation>エンドポイントを 1 行の JSON として FILE に出力します (- で stdout)。</translation>
    </message>
    <message>
        <source>Run the simulated instance on loopback until interrupted; print its endpoints.</source>
        <translation>中断されるまでループバック上でシミュレートされたインスタンスを実行し、そのエンドポイントを出力します。</translation>
    </message>
    <message>
        <source>simulate takes no positional arguments</source>
        <translation>simulate には位置引数を指定できません</translation>
    </message>
    <message>
        <source>Write the result as JSON to FILE (- for stdout).</source>
        <translation>結果を JSON として FILE に書き込みます (- で stdout)。</translation>
    </message>
    <message>
        <source>A finding id such as tcp.gateway-filtered; without it, all ids are listed.</source>
        <translation>tcp.gateway-filtered などの検出結果 ID。省略すると、すべての ID が一覧表示されます。</translation>
    </message>
    <message>
        <source>Print a finding&apos;s explanation, remedy and sources.</source>
        <translation>検出結果の説明、対処方法、参考資料を出力します。</translation>
    </message>
    <message>
        <source>List the hosting scenarios and their recommended paths.</source>
        <translation>ホスティング シナリオとその推奨経路を一覧表示します。</translation>
    </message>
    <message>
        <source>explain takes one finding id</source>
        <translation>explain に指定できる検出結果 ID は 1 つだけです</translation>
    </message>
    <message>
        <source>no command given; try `miconnect-cli --help`</source>
        <translation>コマンドが指定されていません。`miconnect-cli --help` を試してください</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try `miconnect-cli --help`</source>
        <translation>不明なコマンド &apos;%1&apos; です。`miconnect-cli --help` を試してください</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a corporate or test CA).</source>
        <translation>この PEM ファイル内の CA 証明書 (企業の CA やテスト用の CA) も信頼します。</translation>
    </message>
    <message>
        <source>--ca-file %1: %2</source>
        <translation>--ca-file %1: %2</translation>
    </message>
    <message>
        <source>--ca-file %1: no PEM certificate in it</source>
        <translation>--ca-file %1: PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>The SQL Server version the simulated gateway reports (default 16.0.4165.4).</source>
        <translation>シミュレートされたゲートウェイが報告する SQL Server のバージョン (既定値: 16.0.4165.4)。</translation>
    </message>
    <message>
        <source>The encryption mode it answers PRELOGIN with: off, on, not-supported or required (default).</source>
        <translation>PRELOGIN への応答で返す暗号化モード: off、on、not-supported、required (既定値)。</translation>
    </message>
    <message>
        <source>--sql-version must look like 16.0.4165.4, not &apos;%1&apos;</source>
        <translation>--sql-version は 16.0.4165.4 の形式で指定してください (&apos;%1&apos; は無効です)</translation>
    </message>
    <message>
        <source>--encryption must be off, on, not-supported or required, not &apos;%1&apos;</source>
        <translation>--encryption には off、on、not-supported、required のいずれかを指定してください (&apos;%1&apos; は無効です)</translation>
    </message>
    <message>
        <source>Answer a prerequisite of the scenario&apos;s checklist (see `miconnect-cli scenarios ID`); repeatable.</source>
        <translation>シナリオのチェックリストにある前提条件に回答します (`miconnect-cli scenarios ID` を参照、複数回指定可)。</translation>
    </message>
    <message>
        <source>Repeat the checks every SECONDS until interrupted; print what changed each round.</source>
        <translation>中断されるまで SECONDS 秒ごとにチェックを繰り返し、毎回、変化した内容を出力します。</translation>
    </message>
    <message>
        <source>A host (name, host,port, host:port, IP address, tcp:host,port) or a whole connection string (ADO.NET, ODBC, JDBC, URL) in quotes.</source>
        <translation>ホスト (名前、host,port、host:port、IP アドレス、tcp:host,port)、または引用符で囲んだ接続文字列全体 (ADO.NET、ODBC、JDBC、URL)。</translation>
    </message>
    <message>
        <source>--checklist: unknown item &apos;%1&apos; (`miconnect-cli scenarios ID` lists a scenario&apos;s items)</source>
        <translation>--checklist: 不明な項目 &apos;%1&apos; です (`miconnect-cli scenarios ID` でシナリオの項目を一覧表示できます)</translation>
    </message>
    <message>
        <source>--checklist %1: answer yes or no</source>
        <translation>--checklist %1: yes または no で回答してください</translation>
    </message>
    <message>
        <source>A scenario id: its paths, checklist, ports and sources; without it, all scenarios.</source>
        <translation>シナリオ ID。指定するとその経路、チェックリスト、ポート、参考資料を表示し、省略するとすべてのシナリオを表示します。</translation>
    </message>
    <message>
        <source>scenarios takes at most one scenario id</source>
        <translation>scenarios に指定できるシナリオ ID は 1 つまでです</translation>
    </message>
    <message>
        <source>cannot write %1: no writer for this format</source>
        <translation>%1 に書き込めません: この形式に対応する出力機能がありません</translation>
    </message>
    <message>
        <source>Replace host names, DNS zone ids, addresses, user names and the machine name with placeholders in every output.</source>
        <translation>すべての出力で、ホスト名、DNS ゾーン ID、アドレス、ユーザー名、コンピューター名をプレースホルダーに置き換えます。</translation>
    </message>
    <message>
        <source>With --redact: keep the placeholders and what they stand for in FILE, for your own records (never send it).</source>
        <translation>--redact と併用: プレースホルダーとそれが表す値を、手元の記録用に FILE に保存します (絶対に送信しないでください)。</translation>
    </message>
    <message>
        <source>--redaction-legend only makes sense with --redact</source>
        <translation>--redaction-legend は --redact と併用する場合にのみ意味があります</translation>
    </message>
    <message>
        <source>--report %1: this build has no GUI libraries, which draw the HTML and PDF reports; supported: %2</source>
        <translation>--report %1: このビルドには、HTML および PDF レポートの描画に使う GUI ライブラリが含まれていません。サポートされている拡張子: %2</translation>
    </message>
    <message>
        <source>Write the comparison as JSON to FILE (- for stdout).</source>
        <translation>比較結果を JSON として FILE に書き込みます (- で stdout)。</translation>
    </message>
    <message>
        <source>Write the comparison to FILE: .md, .txt or .json.</source>
        <translation>比較結果を FILE に書き込みます (.md、.txt、.json)。</translation>
    </message>
    <message>
        <source>The report from before the change (JSON).</source>
        <translation>変更前のレポート (JSON)。</translation>
    </message>
    <message>
        <source>The report from after it (JSON).</source>
        <translation>変更後のレポート (JSON)。</translation>
    </message>
    <message>
        <source>Compare two reports of the same instance, before and after a change: what got better, what got worse.</source>
        <translation>同じインスタンスについて変更前と変更後の 2 つのレポートを比較し、何が改善し、何が悪化したかを示します。</translation>
    </message>
    <message>
        <source>compare needs two reports: BEFORE.json AFTER.json</source>
        <translation>compare には 2 つのレポートが必要です: BEFORE.json AFTER.json</translation>
    </message>
    <message>
        <source>--report %1: a comparison is written as .md, .txt or .json</source>
        <translation>--report %1: 比較結果は .md、.txt、.json のいずれかの形式で書き込まれます</translation>
    </message>
    <message>
        <source>Log in as this SQL login instead of a made-up one; the password is asked for (or read as one line from standard input) and used for this run only.</source>
        <translation>架空のログインではなく、この SQL ログインでログインします。パスワードは入力を求められ (または標準入力から 1 行として読み取られ)、この実行でのみ使用されます。</translation>
    </message>
    <message>
        <source>--login needs a SQL login name of at most %1 characters</source>
        <translation>--login には %1 文字以内の SQL ログイン名を指定してください</translation>
    </message>
    <message>
        <source>--login cannot be combined with --watch</source>
        <translation>--login は --watch と併用できません</translation>
    </message>
    <message>
        <source>List this machine&apos;s SQL Server ODBC drivers and whether each is new enough for Managed Instance.</source>
        <translation>このコンピューターの SQL Server ODBC ドライバーを一覧表示し、それぞれが Managed Instance に対して十分に新しいかどうかを示します。</translation>
    </message>
    <message>
        <source>drivers takes no arguments</source>
        <translation>drivers には引数を指定できません</translation>
    </message>
    <message>
        <source>Language of messages and reports: %1 (default: the system&apos;s).</source>
        <translation>メッセージとレポートの言語: %1 (既定: システムの言語)。</translation>
    </message>
    <message>
        <source>Language of the report on stdout and in --report and --json files: %1 (default: the --lang language). Support engineers often want en.</source>
        <translation>stdout と --report、--json のファイルに書くレポートの言語: %1 (既定: --lang の言語)。サポート エンジニアには en が好まれることがよくあります。</translation>
    </message>
    <message>
        <source>--report-lang must be one of %1, not &apos;%2&apos;</source>
        <translation>--report-lang には %1 のいずれかを指定してください (&apos;%2&apos; は使えません)</translation>
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
        <translation>使用法: miconnect-cli COMMAND [options]

アプリケーションが Azure SQL Managed Instance に接続できない原因を、このコンピューターから診断します。

コマンド:
  check TARGET [options]     1 つの Managed Instance への経路を診断します
  scan TARGETS --ports SPEC  TCP ポートを分類します (open/closed/filtered/unreachable)
  demo [--profile NAME]      組み込みのシミュレートされたインスタンスに対して `check` を実行します
  simulate [--profile NAME]  中断されるまでシミュレートされたインスタンスを実行します
  scenarios [ID]             ホスティング シナリオ: 経路、チェックリスト、ポート、参考資料
  explain [FINDING_ID]       検出結果の説明、対処方法、参考資料を出力します
  compare BEFORE AFTER       保存した 2 つのレポートを比較し、改善点と悪化点を示します
  drivers                    このコンピューターの SQL Server ODBC ドライバーを最小バージョンと照合します

  --help, -h                 このヘルプ。コマンドのオプションは COMMAND --help で表示します
  --version                  バージョンを表示します
  --lang LANG                メッセージとレポートの言語: en、de、ja (既定: システムの言語)

終了コード: 0 エラーなし、1 エラーの検出結果あり、2 入力または使用法が不正、3 内部エラー、
130 中断。
</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>cannot start the simulated instance: %1</source>
        <translation>シミュレートされたインスタンスを開始できません: %1</translation>
    </message>
    <message>
        <source>Demo: checking the simulated instance (profile %1) on %2</source>
        <translation>デモ: %2 上のシミュレートされたインスタンス (プロファイル %1) をチェックしています</translation>
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
        <translation>%1 を解決できません: %2</translation>
    </message>
    <message>
        <source>no target could be resolved; nothing to scan</source>
        <translation>解決できたターゲットがないため、スキャンする対象がありません</translation>
    </message>
    <message>
        <source>scanning: %1/%2</source>
        <translation>スキャン中: %1/%2</translation>
    </message>
    <message>
        <source>Running until interrupted (Ctrl+C).</source>
        <translation>中断されるまで実行します (Ctrl+C)。</translation>
    </message>
    <message>
        <source>Paths, best first:</source>
        <translation>経路 (推奨順):</translation>
    </message>
    <message>
        <source>unknown finding id &apos;%1&apos;; `miconnect-cli explain` lists them</source>
        <translation>不明な検出結果 ID &apos;%1&apos; です。`miconnect-cli explain` で一覧を表示できます</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>参考資料:</translation>
    </message>
    <message>
        <source>Knowledge as of %1.</source>
        <translation>%1 時点の情報です。</translation>
    </message>
    <message>
        <source>Interrupted: stopping the checks…</source>
        <translation>中断されました: チェックを停止しています…</translation>
    </message>
    <message>
        <source>Interrupted: stopping the scan…</source>
        <translation>中断されました: スキャンを停止しています…</translation>
    </message>
    <message>
        <source>The connection string holds a password: it was dropped and is not used, shown or saved.</source>
        <translation>接続文字列にパスワードが含まれています。パスワードは破棄され、使用、表示、保存されることはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Watching: the next round starts in %n second(s); Ctrl+C stops.</source>
        <translation>
            <numerusform>監視中: 次の実行は %n 秒後に開始します。Ctrl+C で停止します。</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] round %2: no change</source>
        <translation>[%1] %2 回目: 変更なし</translation>
    </message>
    <message>
        <source>[%1] round %2: %3</source>
        <translation>[%1] %2 回目: %3</translation>
    </message>
    <message>
        <source>%1: TCP %2 to the %3</source>
        <translation>%1: %3 への TCP %2</translation>
    </message>
    <message>
        <source>Checklist (answer with --checklist ID=yes|no):</source>
        <translation>チェックリスト (--checklist ID=yes|no で回答):</translation>
    </message>
    <message>
        <source>Demo: checking the simulated instance (profile %1)</source>
        <translation>デモ: シミュレートされたインスタンス (プロファイル %1) をチェックしています</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>--login %1: no password on standard input</source>
        <translation>--login %1: 標準入力にパスワードがありません</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>バージョン不明</translation>
    </message>
    <message>
        <source>TOO OLD</source>
        <translation>古すぎる (TOO OLD)</translation>
    </message>
    <message>
        <source>ok, Encrypt=Strict too</source>
        <translation>OK (Encrypt=Strict にも対応)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>no SQL Server ODBC driver is registered here</source>
        <translation>このコンピューターには SQL Server ODBC ドライバーが登録されていません</translation>
    </message>
    <message>
        <source>SQL Server ODBC drivers</source>
        <translation>SQL Server ODBC ドライバー</translation>
    </message>
    <message>
        <source>SQL Server ODBC drivers registered in %1</source>
        <translation>%1 に登録されている SQL Server ODBC ドライバー</translation>
    </message>
</context>
<context>
    <name>ConnectAttempt</name>
    <message>
        <source>not an IPv4 or IPv6 address</source>
        <translation>IPv4 または IPv6 のアドレスではありません</translation>
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
        <translation>レポートを開けません</translation>
    </message>
    <message>
        <source>Open a saved report</source>
        <translation>保存したレポートを開く</translation>
    </message>
    <message>
        <source>MI Connect Wizard reports (*.json)</source>
        <translation>MI Connect Wizard レポート (*.json)</translation>
    </message>
    <message>
        <source>MI Connect Wizard — %1 (read-only)</source>
        <translation>MI Connect Wizard — %1 (読み取り専用)</translation>
    </message>
</context>
<context>
    <name>ConnectionLint</name>
    <message>
        <source>%1 is an IP address; the gateway routes by host name</source>
        <translation>%1 は IP アドレスです。ゲートウェイはホスト名に基づいて接続をルーティングします</translation>
    </message>
    <message>
        <source>the server is given as %1\%2; Managed Instance has no named instances</source>
        <translation>サーバーが %1\%2 として指定されています。Managed Instance には名前付きインスタンスはありません</translation>
    </message>
    <message>
        <source>%1 is the public endpoint, which listens on 3342, not %2</source>
        <translation>%1 はパブリック エンドポイントで、リッスンするポートは %2 ではなく 3342 です</translation>
    </message>
    <message>
        <source>%1 is the VNet-local endpoint, which listens on 1433, not %2</source>
        <translation>%1 は VNet ローカル エンドポイントで、リッスンするポートは %2 ではなく 1433 です</translation>
    </message>
    <message>
        <source>the public-endpoint scenario needs %1.public.%2… on port 3342, but %3 is the VNet-local name</source>
        <translation>public-endpoint シナリオではポート 3342 の %1.public.%2… が必要ですが、%3 は VNet ローカルの名前です</translation>
    </message>
    <message>
        <source>%1 is the public endpoint, but the chosen scenario connects through the VNet (port 1433, VNet-local name)</source>
        <translation>%1 はパブリック エンドポイントですが、選択したシナリオでは VNet 経由で接続します (ポート 1433、VNet ローカルの名前)</translation>
    </message>
    <message>
        <source>%1 is not a *.database.windows.net name and no HostNameInCertificate is set</source>
        <translation>%1 は *.database.windows.net の名前ではなく、HostNameInCertificate も設定されていません</translation>
    </message>
    <message>
        <source>%1 is an alias; HostNameInCertificate=%2 tells the driver the real name</source>
        <translation>%1 はエイリアスです。HostNameInCertificate=%2 によって実際の名前がドライバーに伝えられます</translation>
    </message>
    <message>
        <source>%1 turns encryption off for everything after the login</source>
        <translation>%1 により、ログイン後のすべての通信で暗号化が無効になります</translation>
    </message>
    <message>
        <source>%1 accepts any certificate</source>
        <translation>%1 により、あらゆる証明書が受け入れられます</translation>
    </message>
    <message>
        <source>%1: %2 s is less than the %3 s recommended</source>
        <translation>%1: %2 秒は推奨値の %3 秒未満です</translation>
    </message>
</context>
<context>
    <name>ConnectionStrings</name>
    <message>
        <source>the setting at character %1 has no value (expected key=value)</source>
        <translation>%1 文字目の設定に値がありません (key=value の形式が必要です)</translation>
    </message>
    <message>
        <source>the quoted value of the setting at character %1 never ends</source>
        <translation>%1 文字目の設定の、引用符で囲まれた値が閉じられていません</translation>
    </message>
    <message>
        <source>the braced value of the setting at character %1 never ends</source>
        <translation>%1 文字目の設定の、中かっこで囲まれた値が閉じられていません</translation>
    </message>
    <message>
        <source>unexpected text after the quoted value of the setting at character %1</source>
        <translation>%1 文字目の設定の、引用符で囲まれた値の後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>too many settings in one connection string</source>
        <translation>1 つの接続文字列に含まれる設定が多すぎます</translation>
    </message>
    <message>
        <source>The connection string names no server (Server=, Data Source=, Address=…).</source>
        <translation>接続文字列にサーバーが指定されていません (Server=、Data Source=、Address=…)。</translation>
    </message>
    <message>
        <source>(a connection string that could not be read)</source>
        <translation>(読み取れなかった接続文字列)</translation>
    </message>
    <message>
        <source>(a connection URL that could not be read)</source>
        <translation>(読み取れなかった接続 URL)</translation>
    </message>
    <message>
        <source>That is not a connection URL such as sqlserver://host:1433?database=db.</source>
        <translation>sqlserver://host:1433?database=db のような接続 URL ではありません。</translation>
    </message>
    <message>
        <source>That is too long to be a connection string.</source>
        <translation>接続文字列としては長すぎます。</translation>
    </message>
    <message>
        <source>A host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>An ADO.NET (SqlClient) connection string</source>
        <translation>ADO.NET (SqlClient) 接続文字列</translation>
    </message>
    <message>
        <source>An ODBC connection string</source>
        <translation>ODBC 接続文字列</translation>
    </message>
    <message>
        <source>A JDBC connection URL</source>
        <translation>JDBC 接続 URL</translation>
    </message>
    <message>
        <source>A connection URL</source>
        <translation>接続 URL</translation>
    </message>
</context>
<context>
    <name>DriverInventory</name>
    <message>
        <source>The driver&apos;s version is unknown; Encrypt=Strict needs ODBC Driver %1 or later.</source>
        <translation>ドライバーのバージョンが不明です。Encrypt=Strict には ODBC Driver %1 以降が必要です。</translation>
    </message>
    <message>
        <source>ODBC Driver %1 is older than ODBC Driver %2, the oldest Managed Instance supports.</source>
        <translation>ODBC Driver %1 は、Managed Instance がサポートする最も古いバージョンである ODBC Driver %2 より古いバージョンです。</translation>
    </message>
    <message>
        <source>The exact version of ODBC Driver %1 is unknown; Encrypt=Strict needs %2 or later.</source>
        <translation>ODBC Driver %1 の正確なバージョンが不明です。Encrypt=Strict には %2 以降が必要です。</translation>
    </message>
    <message>
        <source>ODBC Driver %1 cannot use Encrypt=Strict; that needs %2 or later.</source>
        <translation>ODBC Driver %1 では Encrypt=Strict を使用できません。Encrypt=Strict には %2 以降が必要です。</translation>
    </message>
    <message>
        <source>%1 is not ODBC Driver %2 or later, the oldest Managed Instance supports.</source>
        <translation>%1 は、Managed Instance がサポートする最も古いバージョンである ODBC Driver %2 以降ではありません。</translation>
    </message>
    <message>
        <source>%1 -j could not be started: %2</source>
        <translation>%1 -j を開始できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 -j did not finish within %2 seconds</source>
        <translation>%1 -j が %2 秒以内に終了しませんでした</translation>
    </message>
    <message>
        <source>%1 -j failed (exit code %2)</source>
        <translation>%1 -j が失敗しました (終了コード %2)</translation>
    </message>
    <message>
        <source>%1 -j named no DRIVERS file</source>
        <translation>%1 -j の出力に DRIVERS ファイルがありません</translation>
    </message>
    <message>
        <source>%1 does not exist: no ODBC driver is registered with unixODBC.</source>
        <translation>%1 が存在しません。unixODBC に登録されている ODBC ドライバーはありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; only its start was read.</source>
        <translation>%1 が %2 KiB を超えているため、先頭部分のみを読み取りました。</translation>
    </message>
    <message>
        <source>%1 starts with a byte-order mark; unixODBC cannot read it, so none of its drivers can be loaded.</source>
        <translation>%1 の先頭にバイト オーダー マーク (BOM) があります。unixODBC はこのファイルを読み取れないため、そこに登録されたドライバーはどれも読み込めません。</translation>
    </message>
    <message>
        <source>Line %1 of %2 comes before any [section]; unixODBC cannot read the file, so none of its drivers can be loaded.</source>
        <translation>%2 の %1 行目が、どの [section] よりも前にあります。unixODBC はこのファイルを読み取れないため、そこに登録されたドライバーはどれも読み込めません。</translation>
    </message>
    <message>
        <source>Cannot read the registry key %1.</source>
        <translation>レジストリ キー %1 を読み取れません。</translation>
    </message>
    <message>
        <source>unixODBC&apos;s odbcinst is not installed and %1 does not exist: no ODBC driver is registered on this machine.</source>
        <translation>unixODBC の odbcinst がインストールされておらず、%1 も存在しません。このコンピューターには ODBC ドライバーが登録されていません。</translation>
    </message>
    <message>
        <source>%1, so %2 was read instead; unixODBC may use another file.</source>
        <translation>%1。そのため、代わりに %2 を読み取りました。unixODBC は別のファイルを使用している可能性があります。</translation>
    </message>
</context>
<context>
    <name>FindingsEngine</name>
    <message>
        <source>%1 did not resolve on this machine: %2</source>
        <translation>このコンピューターで %1 を解決できませんでした: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer within %2 ms on %n attempt(s)</source>
        <translation>
            <numerusform>%1: %n 回の試行で、%2 ms 以内に応答がありませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered with a reset (connection refused)</source>
        <translation>%1 がリセットで応答しました (接続拒否)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 connection attempts failed</source>
        <translation>%1: %3 回中 %2 回の接続試行が失敗しました</translation>
    </message>
    <message>
        <source>%1: median handshake %2 ms, p95 %3 ms (more than %4 ms is slow)</source>
        <translation>%1: ハンドシェイクの中央値 %2 ms、p95 %3 ms (%4 ms を超えると低速)</translation>
    </message>
    <message>
        <source>%1 answers on %2, but none of the other %3 addresses of %4 does</source>
        <translation>%1 はポート %2 で応答しますが、%4 の他の %3 個のアドレスはどれも応答しません</translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer on any port of %n node(s)</source>
        <translation>
            <numerusform>%1: %n 個のノードのどのポートからも応答がありません</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 port probes answered, %3 got no answer</source>
        <translation>%1: %2 件のポート プローブに応答あり、%3 件は応答なし</translation>
    </message>
    <message>
        <source>every check that ran passed</source>
        <translation>実行したすべてのチェックに合格しました</translation>
    </message>
    <message>
        <source>the answer to PRELOGIN breaks the TDS protocol: %1</source>
        <translation>PRELOGIN への応答が TDS プロトコルに違反しています: %1</translation>
    </message>
    <message>
        <source>the answer to PRELOGIN looks like %1: %2</source>
        <translation>PRELOGIN への応答は %1 のようです: %2</translation>
    </message>
    <message>
        <source>no complete answer to PRELOGIN within %1 ms: %2</source>
        <translation>%1 ms 以内に PRELOGIN への完全な応答がありません: %2</translation>
    </message>
    <message>
        <source>the connection closed before the answer to PRELOGIN was complete: %1</source>
        <translation>PRELOGIN への応答が完了する前に接続が閉じられました: %1</translation>
    </message>
    <message>
        <source>%1: the server answered with the alert %2</source>
        <translation>%1: サーバーがアラート %2 で応答しました</translation>
    </message>
    <message>
        <source>%1: negotiated %2</source>
        <translation>%1: %2 がネゴシエートされました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is issued by %3, which this machine does not trust — a TLS-inspecting proxy may be re-signing the connection</source>
        <translation>%1: %2 の発行者は %3 ですが、このコンピューターはこの発行者を信頼していません — TLS 検査を行うプロキシが接続を再署名している可能性があります</translation>
    </message>
    <message>
        <source>%1: the certificate names %2, not %3</source>
        <translation>%1: 証明書に記載された名前は %2 で、%3 ではありません</translation>
    </message>
    <message>
        <source>answered no: %1</source>
        <translation>「いいえ」と回答: %1</translation>
    </message>
    <message>
        <source>%1 is an alias of %2, which has no address here</source>
        <translation>%1 は %2 のエイリアスですが、ここではそのアドレスを取得できません</translation>
    </message>
    <message>
        <source>this machine uses %1 for %2, but DNS answers %3</source>
        <translation>このコンピューターは %2 に %1 を使用していますが、DNS の応答は %3 です</translation>
    </message>
    <message>
        <source>%1 resolves to %2, a public address</source>
        <translation>%1 はパブリック アドレス %2 に解決されます</translation>
    </message>
    <message>
        <source>%1 redirects the login to %2; %3 does not resolve here: %4</source>
        <translation>%1 はログインを %2 にリダイレクトしますが、ここでは %3 を解決できません: %4</translation>
    </message>
    <message>
        <source>%1 redirects the login to %2 (%3); that port is %4 from here (%5)</source>
        <translation>%1 はログインを %2 (%3) にリダイレクトしますが、ここから見たそのポートの状態は %4 です (%5)</translation>
    </message>
    <message>
        <source>%1 answered the login of %2 with error %3 (state %4, class %5): %6</source>
        <translation>%1 が %2 のログインにエラー %3 (状態 %4、クラス %5) で応答しました: %6</translation>
    </message>
    <message>
        <source> — the instance proxies connections today (the gateway answered the login itself), so this matters only if its connection type becomes Redirect</source>
        <translation> — 現在、このインスタンスは接続をプロキシしています (ゲートウェイ自身がログインに応答しました)。そのため、これが問題になるのは接続の種類が Redirect に変わった場合だけです</translation>
    </message>
    <message>
        <source>the connection string names %1; %2 registers no such driver</source>
        <translation>接続文字列は %1 を指定していますが、%2 にそのドライバーは登録されていません</translation>
    </message>
    <message>
        <source>Encrypt=Strict in the connection string; %1</source>
        <translation>接続文字列に Encrypt=Strict があります。%1</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>What the checks mean</source>
        <translation>チェック結果の意味</translation>
    </message>
    <message>
        <source>Seen here:</source>
        <translation>今回の検出内容:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>The most likely cause comes first. The path shows where it breaks.</source>
        <translation>可能性の高い原因から順に表示されます。経路図には、どこで途切れているかが示されます。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>No findings: the checks did not get far enough to judge. Run them again.</source>
        <translation>検出結果はありません: チェックが判定できる段階まで進みませんでした。チェックを再実行してください。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>参考資料:</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Connection path</source>
        <translation>接続経路</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>測定結果</translation>
    </message>
    <message>
        <source>Handshake times to the gateway</source>
        <translation>ゲートウェイへのハンドシェイク時間</translation>
    </message>
    <message>
        <source>Port states in the instance subnet and the redirect range</source>
        <translation>インスタンスのサブネットとリダイレクト範囲のポートの状態</translation>
    </message>
    <message>
        <source>Made with %1 on %2, %3.</source>
        <translation>%1 により %2 で作成 (%3)。</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>Connect your application to Azure SQL Managed Instance</source>
        <translation>アプリケーションを Azure SQL Managed Instance に接続する</translation>
    </message>
    <message>
        <source>Connectivity architecture for Azure SQL Managed Instance</source>
        <translation>Azure SQL Managed Instance の接続アーキテクチャ</translation>
    </message>
    <message>
        <source>Azure SQL Connectivity Checker</source>
        <translation>Azure SQL Connectivity Checker</translation>
    </message>
    <message>
        <source>Azure SQL Managed Instance connection types</source>
        <translation>Azure SQL Managed Instance の接続の種類</translation>
    </message>
    <message>
        <source>Azure SQL Managed Instance frequently asked questions</source>
        <translation>Azure SQL Managed Instance に関してよく寄せられる質問</translation>
    </message>
    <message>
        <source>Nmap: port scanning basics (port states)</source>
        <translation>Nmap: ポート スキャンの基礎 (ポートの状態)</translation>
    </message>
    <message>
        <source>Azure Private Link for Azure SQL Managed Instance</source>
        <translation>Azure SQL Managed Instance 用の Azure Private Link</translation>
    </message>
    <message>
        <source>Configure public endpoint in Azure SQL Managed Instance</source>
        <translation>Azure SQL Managed Instance でパブリック エンドポイントを構成する</translation>
    </message>
    <message>
        <source>TDS 8.0</source>
        <translation>TDS 8.0</translation>
    </message>
    <message>
        <source>Configure minimal TLS version in Azure SQL Managed Instance</source>
        <translation>Azure SQL Managed Instance で最小 TLS バージョンを構成する</translation>
    </message>
    <message>
        <source>Troubleshoot connectivity issues and other errors</source>
        <translation>接続の問題とその他のエラーのトラブルシューティング</translation>
    </message>
    <message>
        <source>The host name is not valid</source>
        <translation>ホスト名が無効です</translation>
    </message>
    <message>
        <source>The server part of the input is not a syntactically valid host name or IP address, so no check could be run against it.</source>
        <translation>入力のサーバー部分が、構文上有効なホスト名でも IP アドレスでもないため、チェックを実行できませんでした。</translation>
    </message>
    <message>
        <source>Copy the host name from the Azure portal (Managed Instance → Overview → Host) or from the application&apos;s connection string.</source>
        <translation>Azure portal (Managed Instance → 概要 → ホスト) またはアプリケーションの接続文字列からホスト名をコピーしてください。</translation>
    </message>
    <message>
        <source>Remove spaces, quotes and any scheme such as https:// from the value.</source>
        <translation>値からスペース、引用符、および https:// などのスキームを削除してください。</translation>
    </message>
    <message>
        <source>The instance is addressed by IP address</source>
        <translation>インスタンスが IP アドレスで指定されています</translation>
    </message>
    <message>
        <source>The Managed Instance gateway routes connections by host name. Connecting by IP address is not supported (error 40532), and the addresses can change without notice.</source>
        <translation>Managed Instance のゲートウェイは、ホスト名に基づいて接続をルーティングします。IP アドレスによる接続はサポートされておらず (エラー 40532)、アドレスは予告なく変更される可能性があります。</translation>
    </message>
    <message>
        <source>Use the instance&apos;s host name (&lt;instance&gt;.&lt;dns-zone&gt;.database.windows.net) in the connection string.</source>
        <translation>接続文字列では、インスタンスのホスト名 (&lt;instance&gt;.&lt;dns-zone&gt;.database.windows.net) を使用してください。</translation>
    </message>
    <message>
        <source>If a private endpoint or a custom DNS alias is why an IP is used, resolve the host name to that address through DNS instead.</source>
        <translation>プライベート エンドポイントまたはカスタム DNS エイリアスのために IP アドレスを使用している場合は、代わりに DNS でホスト名をそのアドレスに解決させてください。</translation>
    </message>
    <message>
        <source>A named instance (host\INSTANCE) is given</source>
        <translation>名前付きインスタンス (host\INSTANCE) が指定されています</translation>
    </message>
    <message>
        <source>Managed Instance is always the default instance on its host name; a \INSTANCE suffix makes drivers ask the SQL Browser service on UDP 1434, which does not exist there.</source>
        <translation>Managed Instance は、そのホスト名では常に既定のインスタンスです。\INSTANCE サフィックスを付けると、ドライバーは UDP 1434 で SQL Browser サービスに問い合わせますが、このサービスは Managed Instance には存在しません。</translation>
    </message>
    <message>
        <source>Remove the \INSTANCE part and connect to the host name with port 1433 (3342 for the public endpoint).</source>
        <translation>\INSTANCE の部分を削除し、ポート 1433 (パブリック エンドポイントの場合は 3342) でホスト名に接続してください。</translation>
    </message>
    <message>
        <source>The host is not a Managed Instance host name</source>
        <translation>ホストが Managed Instance のホスト名ではありません</translation>
    </message>
    <message>
        <source>The name does not end in database.windows.net (or a sovereign cloud&apos;s equivalent). A DNS alias works for the network path, but certificate validation fails unless the driver is told the real name, and the gateway needs the real name to route.</source>
        <translation>名前が database.windows.net (またはソブリン クラウドの同等のドメイン) で終わっていません。DNS エイリアスでもネットワーク経路は機能しますが、ドライバーに実際の名前を指定しない限り証明書の検証は失敗します。また、ゲートウェイがルーティングを行うには実際の名前が必要です。</translation>
    </message>
    <message>
        <source>Prefer the instance&apos;s own host name.</source>
        <translation>インスタンス自体のホスト名を使用することをお勧めします。</translation>
    </message>
    <message>
        <source>If an alias is required, set HostNameInCertificate (or the driver&apos;s equivalent) to the instance&apos;s real host name.</source>
        <translation>エイリアスが必要な場合は、HostNameInCertificate (またはドライバーの同等の設定) にインスタンスの実際のホスト名を設定してください。</translation>
    </message>
    <message>
        <source>The public endpoint is used with the wrong port</source>
        <translation>パブリック エンドポイントが誤ったポートで使用されています</translation>
    </message>
    <message>
        <source>The public endpoint (&lt;instance&gt;.public.&lt;dns-zone&gt;.database.windows.net) listens only on port 3342, never on 1433.</source>
        <translation>パブリック エンドポイント (&lt;instance&gt;.public.&lt;dns-zone&gt;.database.windows.net) はポート 3342 でのみリッスンし、1433 ではリッスンしません。</translation>
    </message>
    <message>
        <source>Use port 3342 with the public host name (Server=tcp:&lt;instance&gt;.public.&lt;dns-zone&gt;.database.windows.net,3342).</source>
        <translation>パブリック ホスト名ではポート 3342 を使用してください (Server=tcp:&lt;instance&gt;.public.&lt;dns-zone&gt;.database.windows.net,3342)。</translation>
    </message>
    <message>
        <source>Or use the VNet-local host name with port 1433 from inside the VNet.</source>
        <translation>または、VNet 内から VNet ローカルのホスト名をポート 1433 で使用してください。</translation>
    </message>
    <message>
        <source>The VNet-local endpoint is used with the wrong port</source>
        <translation>VNet ローカル エンドポイントが誤ったポートで使用されています</translation>
    </message>
    <message>
        <source>The VNet-local endpoint and private endpoints listen on port 1433. Port 3342 belongs to the public endpoint&apos;s host name, and custom ports are not supported.</source>
        <translation>VNet ローカル エンドポイントとプライベート エンドポイントはポート 1433 でリッスンします。ポート 3342 はパブリック エンドポイントのホスト名用であり、カスタム ポートはサポートされていません。</translation>
    </message>
    <message>
        <source>Use port 1433 with the VNet-local host name.</source>
        <translation>VNet ローカルのホスト名ではポート 1433 を使用してください。</translation>
    </message>
    <message>
        <source>To use port 3342, use the public host name (&lt;instance&gt;.public.&lt;dns-zone&gt;…) and enable the public endpoint.</source>
        <translation>ポート 3342 を使用するには、パブリック ホスト名 (&lt;instance&gt;.public.&lt;dns-zone&gt;…) を使用し、パブリック エンドポイントを有効にしてください。</translation>
    </message>
    <message>
        <source>Encryption is turned off in the connection string</source>
        <translation>接続文字列で暗号化が無効になっています</translation>
    </message>
    <message>
        <source>Managed Instance always encrypts the login and requires TLS 1.2 or later. Encrypt=False only weakens what the driver verifies and hides certificate problems until a driver update turns encryption back on.</source>
        <translation>Managed Instance は常にログインを暗号化し、TLS 1.2 以降を必要とします。Encrypt=False はドライバーによる検証を弱めるだけで、ドライバーの更新によって暗号化が再び有効になるまで証明書の問題を隠してしまいます。</translation>
    </message>
    <message>
        <source>Set Encrypt=True (or Encrypt=Strict for TDS 8 where the driver supports it).</source>
        <translation>Encrypt=True を設定してください (ドライバーが対応している場合は、TDS 8 用に Encrypt=Strict)。</translation>
    </message>
    <message>
        <source>The server certificate is trusted without checking</source>
        <translation>サーバー証明書が検証なしで信頼されています</translation>
    </message>
    <message>
        <source>TrustServerCertificate=True accepts any certificate, including one from a machine in the middle. It is usually added to silence a name-mismatch error whose real cause is an alias, an IP address or a same-VNet private endpoint.</source>
        <translation>TrustServerCertificate=True を指定すると、中間者のコンピューターからの証明書を含め、あらゆる証明書が受け入れられます。この設定は通常、名前の不一致エラーを抑制するために追加されますが、そのエラーの本当の原因はエイリアス、IP アドレス、または同じ VNet 内のプライベート エンドポイントです。</translation>
    </message>
    <message>
        <source>Remove TrustServerCertificate=True.</source>
        <translation>TrustServerCertificate=True を削除してください。</translation>
    </message>
    <message>
        <source>Connect with the instance&apos;s real host name, or set HostNameInCertificate to it.</source>
        <translation>インスタンスの実際のホスト名で接続するか、HostNameInCertificate にそのホスト名を設定してください。</translation>
    </message>
    <message>
        <source>The connection timeout is short</source>
        <translation>接続タイムアウトが短く設定されています</translation>
    </message>
    <message>
        <source>A connect timeout under 30 seconds turns transient reconfigurations and slow first connections into failures.</source>
        <translation>接続タイムアウトが 30 秒未満だと、一時的な再構成や時間のかかる初回接続が失敗になります。</translation>
    </message>
    <message>
        <source>Set Connect Timeout=30 (or more) and retry transient errors with backoff (5 s first, up to 60 s).</source>
        <translation>Connect Timeout=30 (以上) を設定し、一時的なエラーはバックオフ付きで再試行してください (最初は 5 秒、最大 60 秒)。</translation>
    </message>
    <message>
        <source>The host name does not resolve</source>
        <translation>ホスト名を解決できません</translation>
    </message>
    <message>
        <source>This machine&apos;s resolver found no address for the host name. Applications fail with error 26, 40 or 53 (server not found).</source>
        <translation>このコンピューターのリゾルバーで、ホスト名のアドレスが見つかりませんでした。アプリケーションはエラー 26、40、または 53 (サーバーが見つからない) で失敗します。</translation>
    </message>
    <message>
        <source>Check the spelling: the full name is &lt;instance&gt;.&lt;dns-zone&gt;.database.windows.net.</source>
        <translation>スペルを確認してください。完全な名前は &lt;instance&gt;.&lt;dns-zone&gt;.database.windows.net です。</translation>
    </message>
    <message>
        <source>If this machine uses a custom DNS server, make it forward Azure names to Azure DNS (168.63.129.16) or to a resolver that can.</source>
        <translation>このコンピューターがカスタム DNS サーバーを使用している場合は、Azure の名前を Azure DNS (168.63.129.16)、またはそれらを解決できるリゾルバーに転送するように構成してください。</translation>
    </message>
    <message>
        <source>For a private endpoint, link the private DNS zone privatelink.&lt;dns-zone&gt;.database.windows.net to this VNet and add an A record for the instance.</source>
        <translation>プライベート エンドポイントの場合は、プライベート DNS ゾーン privatelink.&lt;dns-zone&gt;.database.windows.net をこの VNet にリンクし、インスタンスの A レコードを追加してください。</translation>
    </message>
    <message>
        <source>Over Point-to-Site VPN, make sure the VPN client uses the VNet&apos;s DNS servers.</source>
        <translation>Point-to-Site VPN 経由の場合は、VPN クライアントが VNet の DNS サーバーを使用していることを確認してください。</translation>
    </message>
    <message>
        <source>The name resolves to a public address where a private one is expected</source>
        <translation>プライベート アドレスが想定されるところで、名前がパブリック アドレスに解決されています</translation>
    </message>
    <message>
        <source>From inside the VNet, or a network joined to it, the VNet-local host name must resolve to a private address in the instance&apos;s subnet. A public answer means this machine asks a DNS server that does not see the VNet&apos;s view.</source>
        <translation>VNet 内、または VNet に接続されたネットワークからは、VNet ローカルのホスト名がインスタンスのサブネット内のプライベート アドレスに解決される必要があります。パブリック アドレスが返される場合、このコンピューターは VNet 側の名前解決を参照できない DNS サーバーに問い合わせています。</translation>
    </message>
    <message>
        <source>Point this machine&apos;s DNS at a server that forwards to Azure DNS (168.63.129.16) from inside the VNet.</source>
        <translation>このコンピューターの DNS 設定を、VNet 内から Azure DNS (168.63.129.16) に転送するサーバーに向けてください。</translation>
    </message>
    <message>
        <source>Remove hosts-file entries and conditional forwarders that override database.windows.net.</source>
        <translation>database.windows.net を上書きする hosts ファイルのエントリと条件付きフォワーダーを削除してください。</translation>
    </message>
    <message>
        <source>The name points to privatelink but no private address answers</source>
        <translation>名前は privatelink を指していますが、プライベート アドレスが返されません</translation>
    </message>
    <message>
        <source>The CNAME chain passes through a privatelink name, but no A record answers it from this machine: the private DNS zone is missing, not linked to this VNet, or lacks the instance&apos;s record.</source>
        <translation>CNAME チェーンは privatelink の名前を経由していますが、このコンピューターからはその名前に対する A レコードが返されません。プライベート DNS ゾーンが存在しないか、この VNet にリンクされていないか、インスタンスのレコードがありません。</translation>
    </message>
    <message>
        <source>Create the private DNS zone privatelink.&lt;dns-zone&gt;.database.windows.net (never the bare zone name for a same-VNet endpoint).</source>
        <translation>プライベート DNS ゾーン privatelink.&lt;dns-zone&gt;.database.windows.net を作成してください (同じ VNet 内のエンドポイントでは、privatelink の付かないゾーン名は決して使用しないでください)。</translation>
    </message>
    <message>
        <source>Link the zone to the client&apos;s VNet and add an A record for the instance pointing to the private endpoint&apos;s address.</source>
        <translation>ゾーンをクライアントの VNet にリンクし、プライベート エンドポイントのアドレスを指すインスタンスの A レコードを追加してください。</translation>
    </message>
    <message>
        <source>The hosts file overrides the instance&apos;s name</source>
        <translation>hosts ファイルがインスタンスの名前を上書きしています</translation>
    </message>
    <message>
        <source>The address this machine uses for the name differs from what DNS answers, which usually means a hosts-file entry. Such entries go stale when the instance&apos;s addresses change.</source>
        <translation>このコンピューターがこの名前に使用しているアドレスが、DNS の応答と異なります。通常は hosts ファイルのエントリが原因です。このようなエントリは、インスタンスのアドレスが変わると古くなります。</translation>
    </message>
    <message>
        <source>Remove the database.windows.net entries from the hosts file (/etc/hosts, or C:\Windows\System32\drivers\etc\hosts).</source>
        <translation>hosts ファイル (/etc/hosts または C:\Windows\System32\drivers\etc\hosts) から database.windows.net のエントリを削除してください。</translation>
    </message>
    <message>
        <source>Fix DNS instead, so every client gets the right answer.</source>
        <translation>代わりに DNS を修正して、すべてのクライアントが正しい応答を受け取れるようにしてください。</translation>
    </message>
    <message>
        <source>Nothing answers on the gateway port: the path is blocked</source>
        <translation>ゲートウェイ ポートで応答がありません: 経路がブロックされています</translation>
    </message>
    <message>
        <source>Connections to the instance&apos;s port got no answer at all before the timeout. A network security group, firewall or route drops the traffic; applications see timeouts (error 10060, -2, or a pre-login timeout).</source>
        <translation>インスタンスのポートへの接続に対して、タイムアウトまでまったく応答がありませんでした。ネットワーク セキュリティ グループ (NSG)、ファイアウォール、またはルートがトラフィックを破棄しています。アプリケーションではタイムアウト (エラー 10060、-2、またはプレログイン タイムアウト) が発生します。</translation>
    </message>
    <message>
        <source>Allow outbound TCP to the instance&apos;s port (1433, or 3342 for the public endpoint) from this machine&apos;s network, including firewalls and network virtual appliances on the way.</source>
        <translation>このコンピューターのネットワークからインスタンスのポート (1433、パブリック エンドポイントの場合は 3342) への送信 TCP を許可してください。経路上のファイアウォールやネットワーク仮想アプライアンス (NVA) も対象です。</translation>
    </message>
    <message>
        <source>On the Managed Instance subnet&apos;s NSG, allow inbound TCP on that port from this machine&apos;s address range, above the deny rules.</source>
        <translation>Managed Instance のサブネットの NSG で、このコンピューターのアドレス範囲からそのポートへの受信 TCP を、拒否規則より優先度の高い規則で許可してください。</translation>
    </message>
    <message>
        <source>Check that the network joining this machine to the instance&apos;s VNet (peering, VPN, ExpressRoute) is connected and routes the instance&apos;s subnet.</source>
        <translation>このコンピューターとインスタンスの VNet を結ぶネットワーク (ピアリング、VPN、ExpressRoute) が接続されていて、インスタンスのサブネットへのルートがあることを確認してください。</translation>
    </message>
    <message>
        <source>The gateway address refuses the connection</source>
        <translation>ゲートウェイ アドレスが接続を拒否しています</translation>
    </message>
    <message>
        <source>The address answered with a reset: the network path works but nothing accepts connections on that port there. The name points to the wrong machine, the port is wrong, or a firewall on the way rejects the connection actively.</source>
        <translation>アドレスがリセットで応答しました。ネットワーク経路は機能していますが、そのアドレスではそのポートで接続を受け付けているものがありません。名前が誤ったコンピューターを指しているか、ポートが誤っているか、経路上のファイアウォールが接続を能動的に拒否しています。</translation>
    </message>
    <message>
        <source>Check that the host name resolves to the instance (see the DNS check) and the port is 1433 (3342 for the public endpoint).</source>
        <translation>ホスト名がインスタンスに解決されること (DNS チェックを参照) と、ポートが 1433 (パブリック エンドポイントの場合は 3342) であることを確認してください。</translation>
    </message>
    <message>
        <source>For the public endpoint, enable it on the instance and allow TCP 3342 inbound on the subnet&apos;s NSG.</source>
        <translation>パブリック エンドポイントを使用する場合は、インスタンスでパブリック エンドポイントを有効にし、サブネットの NSG で TCP 3342 の受信を許可してください。</translation>
    </message>
    <message>
        <source>Check firewalls that reject rather than drop connections.</source>
        <translation>接続を破棄するのではなく拒否するファイアウォールがないか確認してください。</translation>
    </message>
    <message>
        <source>This machine has no route to the instance</source>
        <translation>このコンピューターからインスタンスへのルートがありません</translation>
    </message>
    <message>
        <source>The connection failed before anything was sent, or an ICMP unreachable came back: this machine, or a router on the way, has no route to the instance&apos;s address. Typical causes are a VPN that is not connected or does not carry the instance&apos;s address range.</source>
        <translation>何も送信されないうちに接続が失敗したか、ICMP 到達不能メッセージが返されました。このコンピューター、または経路上のルーターに、インスタンスのアドレスへのルートがありません。典型的な原因は、VPN が接続されていないか、VPN がインスタンスのアドレス範囲を伝送していないことです。</translation>
    </message>
    <message>
        <source>Connect the VPN (Point-to-Site, Site-to-Site) or check ExpressRoute and peering status.</source>
        <translation>VPN (Point-to-Site、Site-to-Site) に接続するか、ExpressRoute とピアリングの状態を確認してください。</translation>
    </message>
    <message>
        <source>Make sure the routes this machine learns include the Managed Instance VNet&apos;s address prefixes (route print, ip route).</source>
        <translation>このコンピューターが学習するルートに、Managed Instance の VNet のアドレス プレフィックスが含まれていることを確認してください (route print、ip route)。</translation>
    </message>
    <message>
        <source>For App Service, check that VNet integration is configured and that Route All is on if the address is not RFC 1918.</source>
        <translation>App Service の場合は、VNet 統合が構成されていること、およびアドレスが RFC 1918 の範囲外であれば Route All が有効になっていることを確認してください。</translation>
    </message>
    <message>
        <source>Connections take long to open</source>
        <translation>接続の確立に時間がかかっています</translation>
    </message>
    <message>
        <source>The TCP handshake to the gateway takes much longer than within a region. Every connection and every round trip pays this, and short timeouts start to fail.</source>
        <translation>ゲートウェイへの TCP ハンドシェイクに、リージョン内の場合よりもはるかに長い時間がかかっています。すべての接続とすべてのラウンドトリップにこの遅延が加わり、短いタイムアウトでは失敗するようになります。</translation>
    </message>
    <message>
        <source>Run the application in the instance&apos;s region, or close to it.</source>
        <translation>アプリケーションをインスタンスと同じリージョン、またはその近くで実行してください。</translation>
    </message>
    <message>
        <source>Prefer VNet peering over VPN gateways where possible: peering stays on the Microsoft backbone.</source>
        <translation>可能であれば、VPN ゲートウェイよりも VNet ピアリングを使用してください。ピアリングのトラフィックは Microsoft のバックボーン上にとどまります。</translation>
    </message>
    <message>
        <source>Use connection pooling so handshakes are rare.</source>
        <translation>ハンドシェイクの回数を減らすため、接続プールを使用してください。</translation>
    </message>
    <message>
        <source>Some connection attempts fail</source>
        <translation>一部の接続試行が失敗しています</translation>
    </message>
    <message>
        <source>Most handshakes succeed but some do not: an overloaded appliance, an asymmetric route, port exhaustion on a NAT device, or a transient reconfiguration.</source>
        <translation>ほとんどのハンドシェイクは成功しますが、一部は失敗します。原因として、過負荷のアプライアンス、非対称ルート、NAT デバイスでのポート枯渇、または一時的な再構成が考えられます。</translation>
    </message>
    <message>
        <source>Retry transient failures with backoff (5 s first, up to 60 s).</source>
        <translation>一時的なエラーはバックオフ付きで再試行してください (最初は 5 秒、最大 60 秒)。</translation>
    </message>
    <message>
        <source>Check firewalls and NVAs on the path for drops or connection-table exhaustion.</source>
        <translation>経路上のファイアウォールと NVA で、パケットの破棄や接続テーブルの枯渇が発生していないか確認してください。</translation>
    </message>
    <message>
        <source>Run the checks again in watch mode and compare.</source>
        <translation>監視モードでチェックを再実行し、結果を比較してください。</translation>
    </message>
    <message>
        <source>Something other than SQL Server answers</source>
        <translation>SQL Server 以外のものが応答しています</translation>
    </message>
    <message>
        <source>The port accepts connections but the reply is not a TDS PRELOGIN answer. A proxy, a web server or the wrong host answers instead of the instance.</source>
        <translation>ポートは接続を受け付けますが、応答が TDS PRELOGIN の応答ではありません。インスタンスではなく、プロキシ、Web サーバー、または誤ったホストが応答しています。</translation>
    </message>
    <message>
        <source>Check that the name resolves to the instance and not to a proxy or another service.</source>
        <translation>名前がプロキシや別のサービスではなく、インスタンスに解決されることを確認してください。</translation>
    </message>
    <message>
        <source>Check for TLS-inspecting or application-level proxies between this machine and the instance.</source>
        <translation>このコンピューターとインスタンスの間に、TLS 検査を行うプロキシやアプリケーション レベルのプロキシがないか確認してください。</translation>
    </message>
    <message>
        <source>The connection opens but SQL Server never answers</source>
        <translation>接続は確立されますが、SQL Server から応答がありません</translation>
    </message>
    <message>
        <source>The TCP handshake succeeds but no PRELOGIN reply comes back. An appliance that accepts connections on behalf of the destination but cannot reach it is the usual cause.</source>
        <translation>TCP ハンドシェイクは成功しますが、PRELOGIN の応答が返ってきません。通常の原因は、宛先に代わって接続を受け付けるものの、宛先自体には到達できないアプライアンスです。</translation>
    </message>
    <message>
        <source>Check firewalls and NVAs that terminate TCP connections.</source>
        <translation>TCP 接続を終端するファイアウォールと NVA を確認してください。</translation>
    </message>
    <message>
        <source>Check the routes from the appliance to the Managed Instance subnet.</source>
        <translation>アプライアンスから Managed Instance のサブネットへのルートを確認してください。</translation>
    </message>
    <message>
        <source>The TLS handshake fails</source>
        <translation>TLS ハンドシェイクが失敗しています</translation>
    </message>
    <message>
        <source>SQL Server answered, but the encrypted session could not be set up. The client&apos;s TLS settings, an inspecting proxy or a damaged path can cause this.</source>
        <translation>SQL Server は応答しましたが、暗号化されたセッションを確立できませんでした。クライアントの TLS 設定、検査を行うプロキシ、または経路の障害が原因である可能性があります。</translation>
    </message>
    <message>
        <source>Update the operating system and driver so they support TLS 1.2 or later.</source>
        <translation>TLS 1.2 以降をサポートするように、オペレーティング システムとドライバーを更新してください。</translation>
    </message>
    <message>
        <source>Check for TLS-inspecting proxies on the path.</source>
        <translation>経路上に TLS 検査を行うプロキシがないか確認してください。</translation>
    </message>
    <message>
        <source>The negotiated TLS version is too old</source>
        <translation>ネゴシエートされた TLS バージョンが古すぎます</translation>
    </message>
    <message>
        <source>Managed Instance requires TLS 1.2 or later; TLS 1.0 and 1.1 ended on 31 August 2025. Clients limited to older versions fail with error 47072.</source>
        <translation>Managed Instance では TLS 1.2 以降が必要です。TLS 1.0 と 1.1 のサポートは 2025 年 8 月 31 日に終了しました。古いバージョンしか使用できないクライアントは、エラー 47072 で失敗します。</translation>
    </message>
    <message>
        <source>Update the operating system, runtime and driver to versions that negotiate TLS 1.2 or later.</source>
        <translation>オペレーティング システム、ランタイム、ドライバーを、TLS 1.2 以降をネゴシエートできるバージョンに更新してください。</translation>
    </message>
    <message>
        <source>The certificate does not match the host name</source>
        <translation>証明書がホスト名と一致しません</translation>
    </message>
    <message>
        <source>Drivers that validate the certificate (the default in ODBC 18 and Microsoft.Data.SqlClient 4 and later) reject a certificate that does not name the host they connect to. This happens with aliases, IP addresses and same-VNet private endpoints.</source>
        <translation>証明書を検証するドライバー (ODBC 18 および Microsoft.Data.SqlClient 4 以降の既定の動作) は、接続先のホスト名が記載されていない証明書を拒否します。これは、エイリアス、IP アドレス、同じ VNet 内のプライベート エンドポイントを使用した場合に発生します。</translation>
    </message>
    <message>
        <source>Connect with the instance&apos;s real host name.</source>
        <translation>インスタンスの実際のホスト名で接続してください。</translation>
    </message>
    <message>
        <source>Or set HostNameInCertificate to the name in the certificate.</source>
        <translation>または、HostNameInCertificate に証明書内の名前を設定してください。</translation>
    </message>
    <message>
        <source>Use TrustServerCertificate=True only as a last resort; it cannot be used with Encrypt=Strict.</source>
        <translation>TrustServerCertificate=True は最後の手段としてのみ使用してください。Encrypt=Strict とは併用できません。</translation>
    </message>
    <message>
        <source>The certificate is not from a trusted authority</source>
        <translation>証明書が信頼された証明機関によって発行されていません</translation>
    </message>
    <message>
        <source>The certificate chain does not end at an authority this machine trusts. If the issuer is not a public CA, a TLS-inspecting proxy is probably re-signing the connection.</source>
        <translation>証明書チェーンが、このコンピューターが信頼する証明機関で終わっていません。発行者がパブリック CA でない場合は、TLS 検査を行うプロキシが接続を再署名している可能性があります。</translation>
    </message>
    <message>
        <source>Exempt the instance&apos;s host name from TLS inspection on the proxy or firewall.</source>
        <translation>プロキシまたはファイアウォールで、インスタンスのホスト名を TLS 検査の対象から除外してください。</translation>
    </message>
    <message>
        <source>Otherwise update the machine&apos;s trusted root certificates.</source>
        <translation>それ以外の場合は、コンピューターの信頼されたルート証明書を更新してください。</translation>
    </message>
    <message>
        <source>The legacy redirect ports 11000–11999 are blocked</source>
        <translation>従来のリダイレクト ポート 11000–11999 がブロックされています</translation>
    </message>
    <message>
        <source>No port in the redirect range answered on the instance&apos;s nodes. Instances that still use the legacy redirect ports fail after login while the port 1433 test passes; since October 2025 redirect uses port 1433 across the subnet instead.</source>
        <translation>インスタンスのノードで、リダイレクト範囲のどのポートも応答しませんでした。従来のリダイレクト ポートを引き続き使用しているインスタンスでは、ポート 1433 のテストに合格していてもログイン後に接続が失敗します。2025 年 10 月以降、リダイレクトでは代わりにサブネット全体でポート 1433 が使用されます。</translation>
    </message>
    <message>
        <source>Allow outbound TCP 11000–11999 from this machine&apos;s network to the whole Managed Instance subnet range.</source>
        <translation>このコンピューターのネットワークから Managed Instance のサブネット範囲全体への送信 TCP 11000–11999 を許可してください。</translation>
    </message>
    <message>
        <source>On the Managed Instance subnet&apos;s NSG, allow inbound TCP 11000–11999 from this machine&apos;s range.</source>
        <translation>Managed Instance のサブネットの NSG で、このコンピューターのアドレス範囲からの受信 TCP 11000–11999 を許可してください。</translation>
    </message>
    <message>
        <source>Or switch the instance&apos;s connection type to Proxy, at some cost in latency.</source>
        <translation>または、インスタンスの接続の種類をプロキシに切り替えてください (待機時間がいくらか増加します)。</translation>
    </message>
    <message>
        <source>Part of the redirect range 11000–11999 is blocked</source>
        <translation>リダイレクト範囲 11000–11999 の一部がブロックされています</translation>
    </message>
    <message>
        <source>Some redirect ports answer on the nodes and others do not. A firewall rule covers only part of the range, so connections fail or succeed depending on which port the database uses on its node.</source>
        <translation>ノード上で応答するリダイレクト ポートと応答しないリダイレクト ポートがあります。ファイアウォール規則が範囲の一部しか対象にしていないため、データベースがそのノードで使用するポートによって、接続が成功したり失敗したりします。</translation>
    </message>
    <message>
        <source>Allow the whole range 11000–11999 to the whole Managed Instance subnet range, in firewalls and NSGs alike.</source>
        <translation>ファイアウォールと NSG の両方で、Managed Instance のサブネット範囲全体に対して 11000–11999 の範囲全体を許可してください。</translation>
    </message>
    <message>
        <source>Only the gateway answers: redirect connections will fail</source>
        <translation>ゲートウェイのみが応答しています: リダイレクト接続は失敗します</translation>
    </message>
    <message>
        <source>Port 1433 answers on the gateway address but on no other address of the Managed Instance subnet. Redirect (the default connection type) sends the client to a node&apos;s own address in that subnet, so a rule that allows only the gateway&apos;s address breaks every redirected connection while port tests on the gateway pass.</source>
        <translation>ポート 1433 はゲートウェイ アドレスでは応答しますが、Managed Instance のサブネットの他のアドレスでは応答しません。リダイレクト (既定の接続の種類) では、クライアントはそのサブネット内のノード自体のアドレスに誘導されます。そのため、ゲートウェイのアドレスのみを許可する規則では、ゲートウェイでのポート テストには合格しても、リダイレクトされる接続はすべて失敗します。</translation>
    </message>
    <message>
        <source>Allow TCP 1433 (and 11000–11999 for legacy redirect) to the whole Managed Instance subnet range, not only to the gateway&apos;s address.</source>
        <translation>TCP 1433 (従来のリダイレクトの場合は 11000–11999 も) を、ゲートウェイのアドレスだけでなく Managed Instance のサブネット範囲全体に対して許可してください。</translation>
    </message>
    <message>
        <source>Or switch the instance&apos;s connection type to Proxy.</source>
        <translation>または、インスタンスの接続の種類をプロキシに切り替えてください。</translation>
    </message>
    <message>
        <source>Every check passed</source>
        <translation>すべてのチェックに合格しました</translation>
    </message>
    <message>
        <source>The path from this machine to the instance works for every check that ran. If the application still fails, look at credentials, the database name and the driver version next.</source>
        <translation>実行したすべてのチェックで、このコンピューターからインスタンスへの経路は機能しています。それでもアプリケーションが失敗する場合は、次に資格情報、データベース名、ドライバーのバージョンを確認してください。</translation>
    </message>
    <message>
        <source>Compare the application&apos;s connection string with the host and port checked here.</source>
        <translation>アプリケーションの接続文字列を、ここでチェックしたホストおよびポートと比較してください。</translation>
    </message>
    <message>
        <source>Check the login (error 18456) and the driver&apos;s version.</source>
        <translation>ログイン (エラー 18456) とドライバーのバージョンを確認してください。</translation>
    </message>
    <message>
        <source>Same VNet as the instance</source>
        <translation>インスタンスと同じ VNet</translation>
    </message>
    <message>
        <source>A VM, scale set or App Service Environment in the Managed Instance&apos;s own virtual network.</source>
        <translation>Managed Instance 自体の仮想ネットワーク内の VM、スケール セット、または App Service Environment。</translation>
    </message>
    <message>
        <source>Another VNet in the same region</source>
        <translation>同じリージョン内の別の VNet</translation>
    </message>
    <message>
        <source>Another VNet in another region</source>
        <translation>別のリージョン内の別の VNet</translation>
    </message>
    <message>
        <source>Hub and spoke through a gateway VNet</source>
        <translation>ゲートウェイ VNet 経由のハブ アンド スポーク</translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation>オンプレミス</translation>
    </message>
    <message>
        <source>The application runs in your own data centre or office network.</source>
        <translation>アプリケーションは、自社のデータセンターまたはオフィス ネットワークで実行されています。</translation>
    </message>
    <message>
        <source>Azure App Service</source>
        <translation>Azure App Service</translation>
    </message>
    <message>
        <source>A web app or function in multi-tenant App Service.</source>
        <translation>マルチテナントの App Service 上の Web アプリまたは関数。</translation>
    </message>
    <message>
        <source>A developer&apos;s machine</source>
        <translation>開発者のコンピューター</translation>
    </message>
    <message>
        <source>A laptop or workstation outside Azure.</source>
        <translation>Azure 外のノート PC またはワークステーション。</translation>
    </message>
    <message>
        <source>Any client over the public endpoint</source>
        <translation>パブリック エンドポイント経由の任意のクライアント</translation>
    </message>
    <message>
        <source>Through a private endpoint</source>
        <translation>プライベート エンドポイント経由</translation>
    </message>
    <message>
        <source>A private endpoint for the instance in the application&apos;s own VNet.</source>
        <translation>アプリケーション自体の VNet 内にある、インスタンス用のプライベート エンドポイント。</translation>
    </message>
    <message>
        <source>The public endpoint (&lt;instance&gt;.public.&lt;dns-zone&gt;…, port 3342) and the VNet-local endpoint (&lt;instance&gt;.&lt;dns-zone&gt;…, port 1433) are different doors. A connection through the VNet must use the VNet-local name; a connection over the internet must use the public one.</source>
        <translation>パブリック エンドポイント (&lt;instance&gt;.public.&lt;dns-zone&gt;…、ポート 3342) と VNet ローカル エンドポイント (&lt;instance&gt;.&lt;dns-zone&gt;…、ポート 1433) は別々の入り口です。VNet 経由の接続では VNet ローカルの名前を、インターネット経由の接続ではパブリックの名前を使用する必要があります。</translation>
    </message>
    <message>
        <source>Use the host name and port that belong to the path the application takes: the VNet-local name on 1433 through the VNet, the .public. name on 3342 over the internet.</source>
        <translation>アプリケーションが通る経路に対応するホスト名とポートを使用してください。VNet 経由では VNet ローカルの名前とポート 1433、インターネット経由では .public. の名前とポート 3342 です。</translation>
    </message>
    <message>
        <source>The host name does not fit the hosting scenario</source>
        <translation>ホスト名がホスティング シナリオに合っていません</translation>
    </message>
    <message>
        <source>If the app uses VNet integration with custom DNS, set the app setting WEBSITE_DNS_SERVER or the VNet&apos;s DNS servers to a resolver that forwards to Azure DNS (168.63.129.16).</source>
        <translation>アプリがカスタム DNS で VNet 統合を使用している場合は、アプリ設定 WEBSITE_DNS_SERVER または VNet の DNS サーバーに、Azure DNS (168.63.129.16) に転送するリゾルバーを設定してください。</translation>
    </message>
    <message>
        <source>Check the spelling: &lt;instance&gt;.&lt;dns-zone&gt;.database.windows.net.</source>
        <translation>スペルを確認してください (&lt;instance&gt;.&lt;dns-zone&gt;.database.windows.net)。</translation>
    </message>
    <message>
        <source>Make the Point-to-Site VPN client use the VNet&apos;s DNS servers (or add the DNS server to the client profile).</source>
        <translation>Point-to-Site VPN クライアントが VNet の DNS サーバーを使用するように構成してください (または、クライアント プロファイルに DNS サーバーを追加してください)。</translation>
    </message>
    <message>
        <source>Forward database.windows.net (or the instance&apos;s zone) from on-premises DNS to a resolver in the VNet that asks Azure DNS (168.63.129.16), such as Azure DNS Private Resolver.</source>
        <translation>オンプレミスの DNS から、database.windows.net (またはインスタンスのゾーン) を、Azure DNS (168.63.129.16) に問い合わせる VNet 内のリゾルバー (Azure DNS Private Resolver など) に転送してください。</translation>
    </message>
    <message>
        <source>Create the private DNS zone privatelink.&lt;dns-zone&gt;.database.windows.net, link it to the application&apos;s VNet and add an A record for the instance pointing to the private endpoint.</source>
        <translation>プライベート DNS ゾーン privatelink.&lt;dns-zone&gt;.database.windows.net を作成してアプリケーションの VNet にリンクし、プライベート エンドポイントを指すインスタンスの A レコードを追加してください。</translation>
    </message>
    <message>
        <source>Turn on Route All for the app&apos;s VNet integration, or make sure the instance&apos;s address is RFC 1918.</source>
        <translation>アプリの VNet 統合で Route All を有効にするか、インスタンスのアドレスが RFC 1918 の範囲内であることを確認してください。</translation>
    </message>
    <message>
        <source>Allow inbound TCP 1433 from the integration subnet on the Managed Instance subnet&apos;s NSG.</source>
        <translation>Managed Instance のサブネットの NSG で、統合サブネットからの受信 TCP 1433 を許可してください。</translation>
    </message>
    <message>
        <source>Check that the integration VNet is peered with the Managed Instance VNet and the peering is Connected.</source>
        <translation>統合 VNet が Managed Instance の VNet とピアリングされていて、ピアリングの状態が「接続済み」であることを確認してください。</translation>
    </message>
    <message>
        <source>Connect the Point-to-Site VPN, or use the public endpoint on port 3342.</source>
        <translation>Point-to-Site VPN に接続するか、ポート 3342 でパブリック エンドポイントを使用してください。</translation>
    </message>
    <message>
        <source>Allow inbound TCP 1433 from the VPN client address pool on the Managed Instance subnet&apos;s NSG.</source>
        <translation>Managed Instance のサブネットの NSG で、VPN クライアント アドレス プールからの受信 TCP 1433 を許可してください。</translation>
    </message>
    <message>
        <source>Allow outbound TCP 1433 to the Managed Instance subnet range on the on-premises firewall.</source>
        <translation>オンプレミスのファイアウォールで、Managed Instance のサブネット範囲への送信 TCP 1433 を許可してください。</translation>
    </message>
    <message>
        <source>Check that the Site-to-Site VPN or ExpressRoute connection is up and carries the Managed Instance VNet&apos;s prefixes.</source>
        <translation>Site-to-Site VPN または ExpressRoute の接続が確立されていて、Managed Instance の VNet のプレフィックスを伝送していることを確認してください。</translation>
    </message>
    <message>
        <source>Allow inbound TCP 1433 from the on-premises ranges on the Managed Instance subnet&apos;s NSG.</source>
        <translation>Managed Instance のサブネットの NSG で、オンプレミスのアドレス範囲からの受信 TCP 1433 を許可してください。</translation>
    </message>
    <message>
        <source>Enable the public endpoint on the instance.</source>
        <translation>インスタンスでパブリック エンドポイントを有効にしてください。</translation>
    </message>
    <message>
        <source>Allow inbound TCP 3342 from the application&apos;s public addresses on the Managed Instance subnet&apos;s NSG, above the deny rules.</source>
        <translation>Managed Instance のサブネットの NSG で、アプリケーションのパブリック アドレスからの受信 TCP 3342 を、拒否規則より優先度の高い規則で許可してください。</translation>
    </message>
    <message>
        <source>Allow outbound TCP 3342 from the application&apos;s network.</source>
        <translation>アプリケーションのネットワークからの送信 TCP 3342 を許可してください。</translation>
    </message>
    <message>
        <source>Check that VNet integration is configured and Route All is on if the address is not RFC 1918.</source>
        <translation>VNet 統合が構成されていること、およびアドレスが RFC 1918 の範囲外であれば Route All が有効になっていることを確認してください。</translation>
    </message>
    <message>
        <source>Check the peering between the integration VNet and the Managed Instance VNet.</source>
        <translation>統合 VNet と Managed Instance の VNet の間のピアリングを確認してください。</translation>
    </message>
    <message>
        <source>Connect the Point-to-Site VPN client.</source>
        <translation>Point-to-Site VPN クライアントを接続してください。</translation>
    </message>
    <message>
        <source>Download the VPN client profile again if the Managed Instance VNet&apos;s prefixes are missing from its routes.</source>
        <translation>VPN クライアント プロファイルのルートに Managed Instance の VNet のプレフィックスが含まれていない場合は、プロファイルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Check that the Site-to-Site VPN or ExpressRoute connection is up.</source>
        <translation>Site-to-Site VPN または ExpressRoute の接続が確立されていることを確認してください。</translation>
    </message>
    <message>
        <source>Make sure the on-premises routers learn (or have static routes for) the Managed Instance VNet&apos;s prefixes.</source>
        <translation>オンプレミスのルーターが Managed Instance の VNet のプレフィックスを学習している (またはそれらへの静的ルートを持っている) ことを確認してください。</translation>
    </message>
    <message>
        <source>Allow TCP 11000–11999 to the whole Managed Instance subnet range on the hub&apos;s firewall or NVA.</source>
        <translation>ハブのファイアウォールまたは NVA で、Managed Instance のサブネット範囲全体への TCP 11000–11999 を許可してください。</translation>
    </message>
    <message>
        <source>Allow outbound TCP 11000–11999 to the whole Managed Instance subnet range on the on-premises firewall.</source>
        <translation>オンプレミスのファイアウォールで、Managed Instance のサブネット範囲全体への送信 TCP 11000–11999 を許可してください。</translation>
    </message>
    <message>
        <source>Allow TCP 1433 and 11000–11999 to the whole Managed Instance subnet range on the hub&apos;s firewall or NVA, not only to the gateway&apos;s address.</source>
        <translation>ハブのファイアウォールまたは NVA で、TCP 1433 と 11000–11999 を、ゲートウェイのアドレスだけでなく Managed Instance のサブネット範囲全体に対して許可してください。</translation>
    </message>
    <message>
        <source>Allow outbound TCP 1433 and 11000–11999 to the whole Managed Instance subnet range on the on-premises firewall, not only to the gateway&apos;s address.</source>
        <translation>オンプレミスのファイアウォールで、送信 TCP 1433 と 11000–11999 を、ゲートウェイのアドレスだけでなく Managed Instance のサブネット範囲全体に対して許可してください。</translation>
    </message>
    <message>
        <source>The checklist for this hosting scenario has an item answered no. The path depends on it, so it is the first thing to fix, whatever the live checks show.</source>
        <translation>このホスティング シナリオのチェックリストに、「いいえ」と回答された項目があります。経路はこの項目に依存するため、ライブ チェックの結果にかかわらず、最初にこの項目を修正してください。</translation>
    </message>
    <message>
        <source>Fix the items listed as not met, then run the checks again.</source>
        <translation>満たされていないと示された項目を修正してから、チェックを再実行してください。</translation>
    </message>
    <message>
        <source>A prerequisite of the connection path is not met</source>
        <translation>接続経路の前提条件が満たされていません</translation>
    </message>
    <message>
        <source>Configure gateway-required virtual network integration</source>
        <translation>ゲートウェイが必要な仮想ネットワーク統合を構成する</translation>
    </message>
    <message>
        <source>Integrate your app with an Azure virtual network</source>
        <translation>アプリを Azure 仮想ネットワークと統合する</translation>
    </message>
    <message>
        <source>same VNet</source>
        <translation>同じ VNet</translation>
    </message>
    <message>
        <source>Resources in the Managed Instance&apos;s own virtual network reach it directly, even from other subnets.</source>
        <translation>Managed Instance 自体の仮想ネットワーク内のリソースは、別のサブネットからでも Managed Instance に直接到達できます。</translation>
    </message>
    <message>
        <source>Directly inside the VNet</source>
        <translation>VNet 内から直接</translation>
    </message>
    <message>
        <source>peering</source>
        <translation>ピアリング</translation>
    </message>
    <message>
        <source>The two virtual networks are peered; traffic stays on the Microsoft backbone with no noticeable added latency.</source>
        <translation>2 つの仮想ネットワークがピアリングされています。トラフィックは Microsoft のバックボーン上にとどまり、待機時間が目立って増えることはありません。</translation>
    </message>
    <message>
        <source>VNet peering</source>
        <translation>VNet ピアリング</translation>
    </message>
    <message>
        <source>global peering</source>
        <translation>グローバル ピアリング</translation>
    </message>
    <message>
        <source>Peering across regions. Managed Instance subnets created after 22 September 2020 support it; older virtual clusters need a maintenance-window change or a subnet move first.</source>
        <translation>リージョンをまたぐピアリングです。2020 年 9 月 22 日より後に作成された Managed Instance のサブネットでサポートされます。それより古い仮想クラスターでは、先にメンテナンス期間の変更またはサブネットの移動が必要です。</translation>
    </message>
    <message>
        <source>Global VNet peering</source>
        <translation>グローバル VNet ピアリング</translation>
    </message>
    <message>
        <source>VNet-to-VNet VPN</source>
        <translation>VNet-to-VNet VPN</translation>
    </message>
    <message>
        <source>VPN gateways in both virtual networks, joined by a VNet-to-VNet connection. Adds latency and gateway cost; use it where peering is not possible.</source>
        <translation>両方の仮想ネットワークの VPN ゲートウェイを VNet-to-VNet 接続で結びます。待機時間とゲートウェイのコストが増えるため、ピアリングを使用できない場合に使用してください。</translation>
    </message>
    <message>
        <source>VNet-to-VNet VPN gateway</source>
        <translation>VNet-to-VNet VPN ゲートウェイ</translation>
    </message>
    <message>
        <source>Site-to-Site VPN</source>
        <translation>Site-to-Site VPN</translation>
    </message>
    <message>
        <source>An IPsec tunnel between your network&apos;s VPN device and a VPN gateway in the Managed Instance VNet (or a hub peered with it).</source>
        <translation>自社ネットワークの VPN デバイスと、Managed Instance の VNet (またはそれとピアリングされたハブ) 内の VPN ゲートウェイとの間の IPsec トンネルです。</translation>
    </message>
    <message>
        <source>ExpressRoute</source>
        <translation>ExpressRoute</translation>
    </message>
    <message>
        <source>A private circuit from your network to Azure; private peering carries traffic to the Managed Instance VNet.</source>
        <translation>自社ネットワークから Azure へのプライベート回線です。プライベート ピアリングによって、トラフィックが Managed Instance の VNet に送られます。</translation>
    </message>
    <message>
        <source>ExpressRoute (private peering)</source>
        <translation>ExpressRoute (プライベート ピアリング)</translation>
    </message>
    <message>
        <source>Point-to-Site VPN</source>
        <translation>Point-to-Site VPN</translation>
    </message>
    <message>
        <source>A VPN client on the developer&apos;s machine connects to a VPN gateway in the Managed Instance VNet (Azure certificate authentication).</source>
        <translation>開発者のコンピューター上の VPN クライアントが、Managed Instance の VNet 内の VPN ゲートウェイに接続します (Azure 証明書認証)。</translation>
    </message>
    <message>
        <source>VNet integration</source>
        <translation>VNet 統合</translation>
    </message>
    <message>
        <source>The app joins a delegated subnet in a VNet in its own region; from there it reaches the Managed Instance VNet directly or over peering (global peering included).</source>
        <translation>アプリは、同じリージョンにある VNet の委任されたサブネットに参加し、そこから直接、またはピアリング (グローバル ピアリングを含む) 経由で Managed Instance の VNet に到達します。</translation>
    </message>
    <message>
        <source>App Service regional VNet integration</source>
        <translation>App Service のリージョン VNet 統合</translation>
    </message>
    <message>
        <source>gateway-required integration</source>
        <translation>ゲートウェイが必要な統合</translation>
    </message>
    <message>
        <source>The older App Service integration over Point-to-Site SSTP to a VNet gateway (Windows only). Only here does the 2018 rule about gateways and peering apply.</source>
        <translation>Point-to-Site SSTP で VNet ゲートウェイに接続する、従来の App Service 統合です (Windows のみ)。ゲートウェイとピアリングに関する 2018 年のルールが適用されるのは、この場合だけです。</translation>
    </message>
    <message>
        <source>Gateway-required VNet integration (legacy)</source>
        <translation>ゲートウェイが必要な VNet 統合 (従来)</translation>
    </message>
    <message>
        <source>private endpoint</source>
        <translation>プライベート エンドポイント</translation>
    </message>
    <message>
        <source>An endpoint for the instance (sub-resource managedInstance) in the application&apos;s own VNet, even in another subscription or tenant. Always proxy on 1433; DNS is manual.</source>
        <translation>アプリケーション自体の VNet 内にある、インスタンス用のエンドポイント (サブリソース managedInstance) です。別のサブスクリプションやテナントにあってもかまいません。常にポート 1433 でのプロキシ接続となり、DNS は手動で構成します。</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>プライベート エンドポイント</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <source>The instance&apos;s optional public endpoint, &lt;instance&gt;.public.&lt;dns-zone&gt;.database.windows.net on port 3342. Always proxy.</source>
        <translation>インスタンスのオプションのパブリック エンドポイント (&lt;instance&gt;.public.&lt;dns-zone&gt;.database.windows.net、ポート 3342) です。常にプロキシ接続です。</translation>
    </message>
    <message>
        <source>Public endpoint</source>
        <translation>パブリック エンドポイント</translation>
    </message>
    <message>
        <source>The application subnet&apos;s NSG allows outbound TCP 1433 (and 11000–11999 for legacy redirect) to the Managed Instance subnet range.</source>
        <translation>アプリケーションのサブネットの NSG で、Managed Instance のサブネット範囲への送信 TCP 1433 (従来のリダイレクトの場合は 11000–11999 も) が許可されています。</translation>
    </message>
    <message>
        <source>The Managed Instance subnet&apos;s NSG allows inbound TCP 1433 (and 11000–11999) from the application&apos;s subnet, above its deny rules.</source>
        <translation>Managed Instance のサブネットの NSG で、アプリケーションのサブネットからの受信 TCP 1433 (および 11000–11999) が、拒否規則より優先度の高い規則で許可されています。</translation>
    </message>
    <message>
        <source>No route sends traffic for the Managed Instance subnet through a firewall or NVA that drops it.</source>
        <translation>Managed Instance のサブネット宛てのトラフィックを、そのトラフィックを破棄するファイアウォールや NVA 経由で送るルートはありません。</translation>
    </message>
    <message>
        <source>The peering shows Connected on both virtual networks.</source>
        <translation>両方の仮想ネットワークで、ピアリングの状態が「接続済み」と表示されています。</translation>
    </message>
    <message>
        <source>Each peered VNet that contains Managed Instance subnets has its own route table and NSG rules allowing the other side.</source>
        <translation>Managed Instance のサブネットを含む、ピアリングされた各 VNet に、独自のルート テーブルと、相手側を許可する NSG 規則があります。</translation>
    </message>
    <message>
        <source>The instance&apos;s virtual cluster supports global peering (subnet created after 2020-09-22, or moved since).</source>
        <translation>インスタンスの仮想クラスターがグローバル ピアリングをサポートしています (サブネットが 2020-09-22 より後に作成されたか、それ以降に移動されています)。</translation>
    </message>
    <message>
        <source>The VPN connection shows Connected, with traffic counted in both directions.</source>
        <translation>VPN 接続の状態が「接続済み」と表示され、双方向でトラフィックが計上されています。</translation>
    </message>
    <message>
        <source>The Managed Instance VNet&apos;s address prefixes are routed over the connection on the application&apos;s side.</source>
        <translation>アプリケーション側で、Managed Instance の VNet のアドレス プレフィックスがこの接続経由でルーティングされています。</translation>
    </message>
    <message>
        <source>The on-premises firewall allows outbound TCP 1433 (and 11000–11999 for legacy redirect) to the Managed Instance subnet range.</source>
        <translation>オンプレミスのファイアウォールで、Managed Instance のサブネット範囲への送信 TCP 1433 (従来のリダイレクトの場合は 11000–11999 も) が許可されています。</translation>
    </message>
    <message>
        <source>On-premises DNS resolves the instance&apos;s name (forwarding to Azure DNS through a resolver in the VNet, or the public record).</source>
        <translation>オンプレミスの DNS でインスタンスの名前を解決できます (VNet 内のリゾルバー経由で Azure DNS に転送するか、パブリック レコードを使用)。</translation>
    </message>
    <message>
        <source>The circuit&apos;s private peering is provisioned and the Managed Instance VNet (or its hub) is connected to it.</source>
        <translation>回線のプライベート ピアリングがプロビジョニングされ、Managed Instance の VNet (またはそのハブ) が回線に接続されています。</translation>
    </message>
    <message>
        <source>Microsoft peering is not enabled on a circuit peered with the Managed Instance VNet.</source>
        <translation>Managed Instance の VNet とピアリングされた回線で、Microsoft ピアリングが有効になっていません。</translation>
    </message>
    <message>
        <source>The VPN client is connected, and the gateway&apos;s ingress and egress counters are not zero.</source>
        <translation>VPN クライアントが接続されていて、ゲートウェイのイングレスとエグレスのカウンターが 0 ではありません。</translation>
    </message>
    <message>
        <source>The client&apos;s routes (routes.txt, route print, ip route) include the Managed Instance VNet&apos;s prefixes.</source>
        <translation>クライアントのルート (routes.txt、route print、ip route) に Managed Instance の VNet のプレフィックスが含まれています。</translation>
    </message>
    <message>
        <source>The VPN client resolves the instance&apos;s name through the VNet&apos;s DNS (or the public record).</source>
        <translation>VPN クライアントが、VNet の DNS (またはパブリック レコード) を使用してインスタンスの名前を解決できます。</translation>
    </message>
    <message>
        <source>The integration subnet is delegated to Microsoft.Web/serverFarms, in the app&apos;s region, and large enough (/26 recommended).</source>
        <translation>統合サブネットが Microsoft.Web/serverFarms に委任され、アプリと同じリージョンにあり、十分な大きさ (/26 を推奨) があります。</translation>
    </message>
    <message>
        <source>Route All is on, or the instance&apos;s addresses are RFC 1918 (only those enter the VNet otherwise).</source>
        <translation>Route All が有効になっているか、インスタンスのアドレスが RFC 1918 の範囲内です (Route All が無効な場合、VNet に送られるのはその範囲のアドレスだけです)。</translation>
    </message>
    <message>
        <source>The Managed Instance VNet has no gateway of its own.</source>
        <translation>Managed Instance の VNet に独自のゲートウェイがありません。</translation>
    </message>
    <message>
        <source>The Managed Instance VNet&apos;s peering has Use remote gateways set.</source>
        <translation>Managed Instance の VNet のピアリングで「Use remote gateways」が設定されています。</translation>
    </message>
    <message>
        <source>The peered VNet with the gateway has Allow gateway transit set.</source>
        <translation>ゲートウェイがある、ピアリングされた VNet で「Allow gateway transit」が設定されています。</translation>
    </message>
    <message>
        <source>The app&apos;s network configuration was synced after the peering changed.</source>
        <translation>ピアリングの変更後に、アプリのネットワーク構成が同期されています。</translation>
    </message>
    <message>
        <source>The private endpoint connection is approved on the instance.</source>
        <translation>プライベート エンドポイント接続がインスタンスで承認されています。</translation>
    </message>
    <message>
        <source>A private DNS zone privatelink.&lt;dns-zone&gt;.database.windows.net is linked to the application&apos;s VNet, with an A record for the instance pointing to the endpoint.</source>
        <translation>プライベート DNS ゾーン privatelink.&lt;dns-zone&gt;.database.windows.net がアプリケーションの VNet にリンクされ、エンドポイントを指すインスタンスの A レコードがあります。</translation>
    </message>
    <message>
        <source>For an endpoint in the instance&apos;s own VNet: the privatelink zone name is not used, and the driver uses Encrypt=Strict with HostNameInCertificate.</source>
        <translation>インスタンス自体の VNet 内のエンドポイントの場合: privatelink のゾーン名は使用されず、ドライバーは Encrypt=Strict と HostNameInCertificate を使用しています。</translation>
    </message>
    <message>
        <source>The public endpoint is enabled on the instance (by the Managed Instance administrator).</source>
        <translation>インスタンスでパブリック エンドポイントが有効になっています (Managed Instance の管理者が設定)。</translation>
    </message>
    <message>
        <source>The Managed Instance subnet&apos;s NSG allows inbound TCP 3342 from the application&apos;s public addresses, above its deny rules (by the network administrator).</source>
        <translation>Managed Instance のサブネットの NSG で、アプリケーションのパブリック アドレスからの受信 TCP 3342 が、拒否規則より優先度の高い規則で許可されています (ネットワーク管理者が設定)。</translation>
    </message>
    <message>
        <source>The Managed Instance subnet has no 0.0.0.0/0 route to an NVA (it breaks the return path).</source>
        <translation>Managed Instance のサブネットに、NVA への 0.0.0.0/0 ルートがありません (このルートがあると戻りの経路が機能しません)。</translation>
    </message>
    <message>
        <source>The application&apos;s network allows outbound TCP 3342 to the internet.</source>
        <translation>アプリケーションのネットワークで、インターネットへの送信 TCP 3342 が許可されています。</translation>
    </message>
    <message>
        <source>If the VNet uses custom DNS servers, they forward Azure names to Azure DNS (168.63.129.16).</source>
        <translation>VNet でカスタム DNS サーバーを使用している場合、それらのサーバーは Azure の名前を Azure DNS (168.63.129.16) に転送します。</translation>
    </message>
    <message>
        <source>The hub VNet&apos;s peering has Allow gateway transit set.</source>
        <translation>ハブ VNet のピアリングで「Allow gateway transit」が設定されています。</translation>
    </message>
    <message>
        <source>A firewall or NVA in the hub allows TCP 1433 (and 11000–11999) to the Managed Instance subnet range, both ways.</source>
        <translation>ハブ内のファイアウォールまたは NVA で、Managed Instance のサブネット範囲との TCP 1433 (および 11000–11999) が双方向で許可されています。</translation>
    </message>
    <message>
        <source>On a VM, scale set or container in Azure</source>
        <translation>Azure の VM、スケール セット、またはコンテナー</translation>
    </message>
    <message>
        <source>In Azure App Service (a web app or function)</source>
        <translation>Azure App Service (Web アプリまたは関数)</translation>
    </message>
    <message>
        <source>In our own data centre or office</source>
        <translation>自社のデータセンターまたはオフィス</translation>
    </message>
    <message>
        <source>On my own computer</source>
        <translation>自分のコンピューター</translation>
    </message>
    <message>
        <source>Where does the application&apos;s code run?</source>
        <translation>アプリケーションのコードはどこで実行されていますか?</translation>
    </message>
    <message>
        <source>The Managed Instance&apos;s own VNet</source>
        <translation>Managed Instance 自体の VNet</translation>
    </message>
    <message>
        <source>A VNet in another region</source>
        <translation>別のリージョンの VNet</translation>
    </message>
    <message>
        <source>A spoke that reaches Azure through a hub VNet&apos;s gateway</source>
        <translation>ハブ VNet のゲートウェイ経由で Azure に接続するスポーク</translation>
    </message>
    <message>
        <source>It connects through a private endpoint in its own VNet</source>
        <translation>アプリケーション自体の VNet 内のプライベート エンドポイント経由で接続</translation>
    </message>
    <message>
        <source>Which virtual network is it in?</source>
        <translation>アプリケーションはどの仮想ネットワーク内にありますか?</translation>
    </message>
    <message>
        <source>A VPN or ExpressRoute to the Managed Instance&apos;s VNet</source>
        <translation>Managed Instance の VNet への VPN または ExpressRoute</translation>
    </message>
    <message>
        <source>It is not: we use the instance&apos;s public endpoint</source>
        <translation>接続していない: インスタンスのパブリック エンドポイントを使用</translation>
    </message>
    <message>
        <source>How is your network joined to Azure?</source>
        <translation>ネットワークはどのように Azure に接続されていますか?</translation>
    </message>
    <message>
        <source>The application runs in a different virtual network in the instance&apos;s region, in this or another subscription.</source>
        <translation>アプリケーションは、インスタンスと同じリージョンにある別の仮想ネットワーク (同じサブスクリプションまたは別のサブスクリプション) で実行されています。</translation>
    </message>
    <message>
        <source>The application runs in a virtual network in a different Azure region.</source>
        <translation>アプリケーションは、別の Azure リージョンにある仮想ネットワークで実行されています。</translation>
    </message>
    <message>
        <source>The application reaches the instance through a hub VNet and its gateway.</source>
        <translation>アプリケーションは、ハブ VNet とそのゲートウェイを経由してインスタンスに到達します。</translation>
    </message>
    <message>
        <source>Any machine on the internet, through the instance&apos;s public endpoint on port 3342.</source>
        <translation>インターネット上の任意のコンピューター (ポート 3342 でインスタンスのパブリック エンドポイントを経由)。</translation>
    </message>
    <message>
        <source>The gateway answered the login with a redirect (the connection type Redirect): the client must now connect to a node&apos;s own address and port in the Managed Instance subnet. That connection does not get through from here, so applications fail after the gateway accepted them, while every port test on the gateway passes.</source>
        <translation>ゲートウェイはログインにリダイレクトで応答しました (接続の種類 Redirect)。クライアントは次に、Managed Instance のサブネット内にあるノード自体のアドレスとポートに接続する必要があります。ここからはその接続が通らないため、ゲートウェイでのポート テストにはすべて合格していても、アプリケーションはゲートウェイに受け付けられた後で失敗します。</translation>
    </message>
    <message>
        <source>Or switch the instance&apos;s connection type to Proxy, which keeps every connection on the gateway.</source>
        <translation>または、インスタンスの接続の種類をプロキシ (Proxy) に切り替えてください。すべての接続がゲートウェイで処理されるようになります。</translation>
    </message>
    <message>
        <source>Allow outbound TCP 1433 and 11000–11999 to the whole Managed Instance subnet range on the on-premises firewall and across the VPN or ExpressRoute, not only to the gateway&apos;s address.</source>
        <translation>オンプレミスのファイアウォールと、VPN または ExpressRoute の経路上で、送信 TCP 1433 と 11000–11999 を、ゲートウェイのアドレスだけでなく Managed Instance のサブネット範囲全体に対して許可してください。</translation>
    </message>
    <message>
        <source>The gateway redirects the login to a node this machine cannot reach</source>
        <translation>ゲートウェイが、このコンピューターから到達できないノードにログインをリダイレクトしています</translation>
    </message>
    <message>
        <source>After the login the gateway sends the client to a node by host name. This machine&apos;s resolver has no address for that name, so the redirected connection cannot even start. A custom DNS server that does not forward Azure&apos;s names, or an override of database.windows.net, causes this.</source>
        <translation>ログイン後、ゲートウェイはホスト名でノードを指定してクライアントをそのノードに誘導します。このコンピューターのリゾルバーにはその名前のアドレスがないため、リダイレクトされた接続を開始することすらできません。原因は、Azure の名前を転送しないカスタム DNS サーバー、または database.windows.net の上書きです。</translation>
    </message>
    <message>
        <source>Make this machine&apos;s DNS resolve every name under the instance&apos;s zone: forward database.windows.net to Azure DNS (168.63.129.16) from a resolver inside Azure, or through a DNS forwarder that reaches it.</source>
        <translation>このコンピューターの DNS で、インスタンスのゾーン配下のすべての名前を解決できるようにしてください。Azure 内のリゾルバーから、またはそこに到達できる DNS フォワーダーを介して、database.windows.net を Azure DNS (168.63.129.16) に転送してください。</translation>
    </message>
    <message>
        <source>Remove hosts-file entries and DNS zones that override database.windows.net or its subdomains.</source>
        <translation>database.windows.net またはそのサブドメインを上書きする hosts ファイルのエントリと DNS ゾーンを削除してください。</translation>
    </message>
    <message>
        <source>The node the gateway redirects to has a name this machine cannot resolve</source>
        <translation>ゲートウェイのリダイレクト先ノードの名前を、このコンピューターで解決できません</translation>
    </message>
    <message>
        <source>The gateway routes each login by the server name the client sends. Error 40532 means it serves no such name: the client connected by IP address, through a stale DNS entry or an alias, or to the public endpoint while it is disabled.</source>
        <translation>ゲートウェイは、クライアントが送信するサーバー名に基づいて各ログインをルーティングします。エラー 40532 は、ゲートウェイがその名前のサーバーを扱っていないことを意味します。クライアントが IP アドレスで接続したか、古い DNS エントリやエイリアスを介して接続したか、無効になっているパブリック エンドポイントに接続しています。</translation>
    </message>
    <message>
        <source>Connect with the instance&apos;s full host name, exactly as the portal shows it; never by IP address or a private alias.</source>
        <translation>ポータルに表示されるとおりの、インスタンスの完全なホスト名で接続してください。IP アドレスやプライベート エイリアスでは接続しないでください。</translation>
    </message>
    <message>
        <source>For the public endpoint, make sure it is enabled on the instance and use the name with .public. and port 3342.</source>
        <translation>パブリック エンドポイントの場合は、インスタンスでパブリック エンドポイントが有効になっていることを確認し、.public. を含む名前とポート 3342 を使用してください。</translation>
    </message>
    <message>
        <source>The gateway does not know the server name in the login (error 40532)</source>
        <translation>ゲートウェイがログイン内のサーバー名を認識できません (エラー 40532)</translation>
    </message>
    <message>
        <source>The login arrived over a TLS version older than the minimal TLS version the instance is configured to accept. Managed Instance requires TLS 1.2 or later; an instance may also demand a newer minimum.</source>
        <translation>ログインは、インスタンスが受け入れるように構成されている最小 TLS バージョンより古い TLS バージョンで届きました。Managed Instance では TLS 1.2 以降が必要です。インスタンスによっては、さらに新しい最小バージョンを要求する場合もあります。</translation>
    </message>
    <message>
        <source>Update the operating system, runtime and driver so that they negotiate the instance&apos;s minimal TLS version.</source>
        <translation>インスタンスの最小 TLS バージョンをネゴシエートできるように、オペレーティング システム、ランタイム、ドライバーを更新してください。</translation>
    </message>
    <message>
        <source>Check the instance&apos;s minimal TLS version setting; lower it only if a client cannot be updated and the policy allows it.</source>
        <translation>インスタンスの最小 TLS バージョンの設定を確認してください。引き下げるのは、クライアントを更新できず、かつポリシーで許可されている場合に限ってください。</translation>
    </message>
    <message>
        <source>The instance refuses the login: TLS below its minimum version (error 47072)</source>
        <translation>インスタンスがログインを拒否しています: TLS が最小バージョン未満です (エラー 47072)</translation>
    </message>
    <message>
        <source>The engine itself answered the login with an error: the connection got all the way to it, so the network is not the problem. Error 18456 means the user name, the password or the authentication method is wrong, or the login has no access; 4060 means the database does not exist or the login may not open it.</source>
        <translation>データベース エンジン自体がエラーでログインに応答しました。接続はエンジンまで到達しているため、ネットワークは問題ではありません。エラー 18456 は、ユーザー名、パスワード、または認証方法が間違っているか、ログインにアクセス権がないことを意味します。4060 は、データベースが存在しないか、ログインにそのデータベースを開く権限がないことを意味します。</translation>
    </message>
    <message>
        <source>Check the user name, the password and the authentication method the application uses.</source>
        <translation>アプリケーションが使用しているユーザー名、パスワード、認証方法を確認してください。</translation>
    </message>
    <message>
        <source>Check that the login exists on the instance and may open the database in the connection string.</source>
        <translation>ログインがインスタンス上に存在し、接続文字列で指定されたデータベースを開く権限を持っていることを確認してください。</translation>
    </message>
    <message>
        <source>The login was refused: the network path works, the credentials or database do not</source>
        <translation>ログインが拒否されました: ネットワーク経路は機能していますが、資格情報またはデータベースに問題があります</translation>
    </message>
    <message>
        <source>Errors 40613, 40197 and 40501 mean the instance is moving, failing over or throttling. They pass; applications must retry.</source>
        <translation>エラー 40613、40197、40501 は、インスタンスが移動中、フェールオーバー中、またはスロットリング中であることを意味します。これらは一時的なものであり、アプリケーションは再試行する必要があります。</translation>
    </message>
    <message>
        <source>Retry the connection with exponential backoff: 5 seconds first, up to 60 seconds.</source>
        <translation>指数バックオフで接続を再試行してください (最初は 5 秒、最大 60 秒)。</translation>
    </message>
    <message>
        <source>Use the retry logic built into the driver or the application framework.</source>
        <translation>ドライバーまたはアプリケーション フレームワークに組み込まれている再試行ロジックを使用してください。</translation>
    </message>
    <message>
        <source>The instance is busy or reconfiguring (a transient error)</source>
        <translation>インスタンスがビジー状態か再構成中です (一時的なエラー)</translation>
    </message>
    <message>
        <source>The server answered the login with an error this tool does not interpret. Its number and message are the evidence.</source>
        <translation>サーバーは、このツールでは解釈できないエラーでログインに応答しました。そのエラー番号とメッセージが根拠です。</translation>
    </message>
    <message>
        <source>Look up the error number in the Azure SQL troubleshooting guide.</source>
        <translation>Azure SQL のトラブルシューティング ガイドでエラー番号を調べてください。</translation>
    </message>
    <message>
        <source>The server refused the login</source>
        <translation>サーバーがログインを拒否しました</translation>
    </message>
    <message>
        <source>The TLS session came up and the login was sent, but no complete answer came back before the timeout, or the connection closed. An appliance that inspects or shapes the traffic after the handshake, or an overloaded server, can do this.</source>
        <translation>TLS セッションが確立されてログインが送信されましたが、タイムアウトまでに完全な応答が返ってこなかったか、接続が閉じられました。ハンドシェイク後のトラフィックを検査または制御するアプライアンスや、過負荷のサーバーが原因である可能性があります。</translation>
    </message>
    <message>
        <source>Check firewalls, proxies and intrusion-prevention systems on the path for rules that act on SQL traffic after the handshake.</source>
        <translation>経路上のファイアウォール、プロキシ、侵入防止システムに、ハンドシェイク後の SQL トラフィックに作用する規則がないか確認してください。</translation>
    </message>
    <message>
        <source>Retry with a longer timeout (--timeout, or Connect Timeout of at least 30 seconds in the connection string).</source>
        <translation>より長いタイムアウトで再試行してください (--timeout、または接続文字列で 30 秒以上の Connect Timeout)。</translation>
    </message>
    <message>
        <source>TLS works but the login gets no answer</source>
        <translation>TLS は機能していますが、ログインに応答がありません</translation>
    </message>
    <message>
        <source>The connection string asks for an ODBC driver by name, and this machine has no driver registered under that name. The application fails before any network traffic, whatever the network allows.</source>
        <translation>接続文字列は ODBC ドライバーを名前で指定していますが、このコンピューターにはその名前で登録されたドライバーがありません。ネットワークが何を許可していても、アプリケーションはネットワーク通信の前に失敗します。</translation>
    </message>
    <message>
        <source>Install the Microsoft ODBC Driver for SQL Server the connection string names (ODBC Driver 18 is current), or change Driver= to one that is installed (miconnect-cli drivers lists them).</source>
        <translation>接続文字列が指定する Microsoft ODBC Driver for SQL Server をインストールしてください (現行は ODBC Driver 18)。または Driver= をインストール済みのドライバーに変更してください (miconnect-cli drivers で一覧表示できます)。</translation>
    </message>
    <message>
        <source>The driver the connection string names is not installed here</source>
        <translation>接続文字列が指定するドライバーがここにインストールされていません</translation>
    </message>
    <message>
        <source>Managed Instance needs at least ODBC Driver 17 (and TDS 7.4 for redirect). Older Microsoft drivers and SQL Server Native Client cannot be relied on: they may fail the TLS the instance requires or be proxied without redirect.</source>
        <translation>Managed Instance には少なくとも ODBC Driver 17 (リダイレクトには TDS 7.4) が必要です。古い Microsoft ドライバーや SQL Server Native Client は信頼できません。インスタンスが要求する TLS に失敗したり、リダイレクトなしでプロキシ経由になったりすることがあります。</translation>
    </message>
    <message>
        <source>Install Microsoft ODBC Driver 18 for SQL Server and name it in the connection string&apos;s Driver=.</source>
        <translation>Microsoft ODBC Driver 18 for SQL Server をインストールし、接続文字列の Driver= に指定してください。</translation>
    </message>
    <message>
        <source>The SQL Server driver is older than Managed Instance supports</source>
        <translation>SQL Server ドライバーが Managed Instance のサポート対象より古いです</translation>
    </message>
    <message>
        <source>The connection string asks for TDS 8 strict encryption, which ODBC drivers support from 18.1.2.1 on. An older driver rejects the setting or connects without it.</source>
        <translation>接続文字列は TDS 8 の厳格な暗号化を要求していますが、ODBC ドライバーがこれをサポートするのは 18.1.2.1 以降です。古いドライバーはこの設定を拒否するか、設定なしで接続します。</translation>
    </message>
    <message>
        <source>Update to Microsoft ODBC Driver 18.1.2.1 or later.</source>
        <translation>Microsoft ODBC Driver 18.1.2.1 以降に更新してください。</translation>
    </message>
    <message>
        <source>Or use Encrypt=True (Mandatory) with certificate validation until the driver is updated.</source>
        <translation>または、ドライバーを更新するまで、証明書の検証付きで Encrypt=True (Mandatory) を使用してください。</translation>
    </message>
    <message>
        <source>Encrypt=Strict needs a newer driver</source>
        <translation>Encrypt=Strict には新しいドライバーが必要です</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>--lang needs a language: %1</source>
        <translation>--lang には言語が必要です: %1</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &apos;%2&apos;</source>
        <translation>--lang には %1 のいずれかを指定してください (&apos;%2&apos; は使えません)</translation>
    </message>
</context>
<context>
    <name>LatencyChartView</name>
    <message>
        <source>Gateway latency chart</source>
        <translation>ゲートウェイの待機時間グラフ</translation>
    </message>
    <message>
        <source>Gateway handshake times</source>
        <translation>ゲートウェイへのハンドシェイク時間</translation>
    </message>
    <message>
        <source>handshake</source>
        <translation>ハンドシェイク</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Handshake (ms)</source>
        <translation>時間 (ms)</translation>
    </message>
    <message>
        <source>Attempt %1: %2 ms</source>
        <translation>試行 %1: %2 ms</translation>
    </message>
    <message>
        <source>Attempt %1: no handshake</source>
        <translation>試行 %1: ハンドシェイクなし</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>最小 %1</translation>
    </message>
    <message>
        <source>min %1 ms</source>
        <translation>最小 %1 ms</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>中央値 %1</translation>
    </message>
    <message>
        <source>median %1 ms</source>
        <translation>中央値 %1 ms</translation>
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
        <translation>まだハンドシェイクはありません。</translation>
    </message>
    <message>
        <source>%1 of %2 handshakes succeeded.</source>
        <translation>%2 回中 %1 回のハンドシェイクが成功しました。</translation>
    </message>
    <message>
        <source>%1 of %2 handshakes succeeded; min %3 ms, median %4 ms, p95 %5 ms.</source>
        <translation>%2 回中 %1 回のハンドシェイクが成功しました。最小 %3 ms、中央値 %4 ms、p95 %5 ms。</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>No check ran.</source>
        <translation>チェックは実行されませんでした。</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>チェックリストの回答</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Findings — most likely cause first</source>
        <translation>検出結果 — 可能性の高い原因から順に表示</translation>
    </message>
    <message>
        <source>No findings: the checks did not get far enough to judge.</source>
        <translation>検出結果はありません: チェックが判定できる段階まで進みませんでした。</translation>
    </message>
    <message>
        <source>Seen here:</source>
        <translation>今回の検出内容:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>参考資料:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>MI Connect Wizard %1</source>
        <translation>MI Connect Wizard %1</translation>
    </message>
    <message>
        <source>MI Connect Wizard report — %1, port %2</source>
        <translation>MI Connect Wizard レポート — %1、ポート %2</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Connection path</source>
        <translation>接続経路</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Instance subnet</source>
        <translation>インスタンスのサブネット</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>問題は見つかりませんでした</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>問題が見つかりました</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted: host names, addresses, user names and the machine name are replaced by placeholders.</source>
        <translation>墨消し済み: ホスト名、アドレス、ユーザー名、コンピューター名はプレースホルダーに置き換えられています。</translation>
    </message>
    <message>
        <source>Cancelled before every check finished: the results are incomplete.</source>
        <translation>すべてのチェックが完了する前にキャンセルされました。結果は不完全です。</translation>
    </message>
    <message>
        <source>The input held a password. It was removed before the checks ran and appears nowhere in this report.</source>
        <translation>入力にはパスワードが含まれていました。パスワードはチェックの実行前に削除されており、このレポートのどこにも含まれていません。</translation>
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
        <translation>タイムアウトまでにリゾルバーから応答がありません</translation>
    </message>
    <message>
        <source>no answer from DNS within the timeout</source>
        <translation>タイムアウトまでに DNS から応答がありません</translation>
    </message>
    <message>
        <source>no A or AAAA record</source>
        <translation>A レコードも AAAA レコードもありません</translation>
    </message>
    <message>
        <source>not among the names given with --resolve; no resolver was asked</source>
        <translation>--resolve で指定された名前に含まれていません。リゾルバーには問い合わせていません</translation>
    </message>
</context>
<context>
    <name>PathDiagramView</name>
    <message>
        <source>No connection path to show yet.</source>
        <translation>表示する接続経路はまだありません。</translation>
    </message>
    <message>
        <source>Connection path diagram</source>
        <translation>接続経路図</translation>
    </message>
    <message>
        <source>Cannot save the diagram to %1: %2</source>
        <translation>図を %1 に保存できません: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>画像をエンコードできませんでした</translation>
    </message>
    <message>
        <source>MI Connect Wizard — %1</source>
        <translation>MI Connect Wizard — %1</translation>
    </message>
    <message>
        <source>Cannot save the diagram to %1: the SVG could not be drawn</source>
        <translation>図を %1 に保存できません: SVG を描画できませんでした</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <source>The recommended path</source>
        <translation>推奨経路</translation>
    </message>
    <message>
        <source>How this scenario should reach the instance. Tick what you know is in place; the checks come next and colour the path.</source>
        <translation>このシナリオでインスタンスに到達するための経路です。満たされていることがわかっている項目にチェックを付けてください。次のチェックで経路が色分けされます。</translation>
    </message>
    <message>
        <source>Connection &amp;path:</source>
        <translation>接続経路(&amp;P):</translation>
    </message>
    <message>
        <source>Prerequisite checklist</source>
        <translation>前提条件のチェックリスト</translation>
    </message>
    <message>
        <source>Each item cycles through not sure, yes and no.</source>
        <translation>各項目は「不明」、「はい」、「いいえ」の順に切り替わります。</translation>
    </message>
    <message>
        <source>Prere&amp;quisites (☑ in place · ☐ not in place · ▣ not sure):</source>
        <translation>前提条件 (☑ 満たされている · ☐ 満たされていない · ▣ 不明)(&amp;Q):</translation>
    </message>
    <message>
        <source>Export diagram as P&amp;NG…</source>
        <translation>図を PNG でエクスポート…(&amp;N)</translation>
    </message>
    <message>
        <source>Export diagram as S&amp;VG…</source>
        <translation>図を SVG でエクスポート…(&amp;V)</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (推奨)</translation>
    </message>
    <message>
        <source>the whole Managed Instance subnet</source>
        <translation>Managed Instance のサブネット全体</translation>
    </message>
    <message>
        <source>the private endpoint</source>
        <translation>プライベート エンドポイント</translation>
    </message>
    <message>
        <source>the gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>リダイレクト</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>%1: TCP %2 to %3</source>
        <translation>%1: %3 への TCP %2</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Export the path diagram</source>
        <translation>経路図のエクスポート</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>The path in this report</source>
        <translation>このレポートの経路</translation>
    </message>
    <message>
        <source>Checked from %1 on %2: the path coloured by those results, and the prerequisites as they were answered.</source>
        <translation>%1 から %2 にチェックされた結果です。経路はその結果に基づいて色分けされ、前提条件は回答されたとおりに表示されます。</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>名前のないコンピューター</translation>
    </message>
</context>
<context>
    <name>PathView</name>
    <message>
        <source>Application VM</source>
        <translation>アプリケーション VM</translation>
    </message>
    <message>
        <source>Application VNet</source>
        <translation>アプリケーション VNet</translation>
    </message>
    <message>
        <source>On-premises server</source>
        <translation>オンプレミス サーバー</translation>
    </message>
    <message>
        <source>App Service app</source>
        <translation>App Service アプリ</translation>
    </message>
    <message>
        <source>Developer machine</source>
        <translation>開発者のコンピューター</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未テスト</translation>
    </message>
    <message>
        <source>Connection path: %1.</source>
        <translation>接続経路: %1。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3。</translation>
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
        <translation>Managed Instance の VNet</translation>
    </message>
    <message>
        <source>Managed Instance subnet</source>
        <translation>Managed Instance のサブネット</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>the gateway answered the login itself (connection type Proxy): no connection goes to the nodes</source>
        <translation>ゲートウェイ自身がログインに応答しました (接続の種類 Proxy)。ノードへの接続は行われません</translation>
    </message>
</context>
<context>
    <name>PortFixture</name>
    <message>
        <source>net.ipv4.tcp_abort_on_overflow is on, so a full accept queue answers with a reset</source>
        <translation>net.ipv4.tcp_abort_on_overflow が有効なため、accept キューがいっぱいになるとリセットで応答します</translation>
    </message>
    <message>
        <source>emulating filtered ports needs Linux</source>
        <translation>フィルタリングされたポートをエミュレートするには Linux が必要です</translation>
    </message>
    <message>
        <source>port fixtures need a Unix system</source>
        <translation>ポート フィクスチャには Unix システムが必要です</translation>
    </message>
    <message>
        <source>only open, closed and filtered ports can be emulated</source>
        <translation>エミュレートできるのは、開いているポート、閉じているポート、フィルタリングされたポートのみです</translation>
    </message>
</context>
<context>
    <name>PortRangeScanner</name>
    <message>
        <source>no socket could be had for this probe</source>
        <translation>このプローブ用のソケットを取得できませんでした</translation>
    </message>
</context>
<context>
    <name>PortSpec</name>
    <message>
        <source>&apos;%1&apos; is not a port or port range (1-65535)</source>
        <translation>&apos;%1&apos; はポートでもポート範囲 (1-65535) でもありません</translation>
    </message>
    <message>
        <source>port range &apos;%1&apos; runs backwards</source>
        <translation>ポート範囲 &apos;%1&apos; の順序が逆です</translation>
    </message>
    <message>
        <source>the port list is too long</source>
        <translation>ポート リストが長すぎます</translation>
    </message>
    <message>
        <source>no ports given</source>
        <translation>ポートが指定されていません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CIDR subnet such as 10.0.0.0/27</source>
        <translation>&apos;%1&apos; は 10.0.0.0/27 のような CIDR サブネットではありません</translation>
    </message>
    <message>
        <source>%1 has %2 addresses; at most %3 can be probed at once — use a longer prefix</source>
        <translation>%1 には %2 個のアドレスがあります。一度にプローブできるのは最大 %3 個です — より長いプレフィックスを使用してください</translation>
    </message>
</context>
<context>
    <name>PortStateChartView</name>
    <message>
        <source>Port state chart</source>
        <translation>ポートの状態のグラフ</translation>
    </message>
    <message>
        <source>Subnet sweep, port %1</source>
        <translation>サブネット スキャン、ポート %1</translation>
    </message>
    <message>
        <source>%1 (gateway)</source>
        <translation>%1 (ゲートウェイ)</translation>
    </message>
    <message>
        <source>Subnet sweep of %1 on port %2: %3 answered, %4 silent.</source>
        <translation>ポート %2 での %1 のサブネット スキャン: 応答あり %3 件、応答なし %4 件。</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>応答あり: %1</translation>
    </message>
    <message>
        <source>%1: %2 open, %3 closed, %4 filtered.</source>
        <translation>%1: 開いているポート %2 件、閉じているポート %3 件、フィルタリングされたポート %4 件。</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>開いているポート: %1</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>フィルタリングされたポート: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) failed locally (not shown).</source>
        <translation>
            <numerusform>%n 件のプローブがローカルで失敗しました (グラフには表示されません)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Port states: no data yet</source>
        <translation>ポートの状態: まだデータなし</translation>
    </message>
    <message>
        <source>No port scan results yet.</source>
        <translation>ポート スキャンの結果はまだありません。</translation>
    </message>
    <message>
        <source>Port states at a glance</source>
        <translation>ポートの状態の概要</translation>
    </message>
    <message>
        <source>open</source>
        <translation>開いている</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>閉じている</translation>
    </message>
    <message>
        <source>filtered (no answer)</source>
        <translation>フィルタリング (応答なし)</translation>
    </message>
    <message>
        <source>Share of the probes</source>
        <translation>プローブの割合</translation>
    </message>
    <message>
        <source>Subnet sweep: %1 answered, %2 silent.</source>
        <translation>サブネット スキャン: 応答あり %1 件、応答なし %2 件。</translation>
    </message>
</context>
<context>
    <name>PreloginReplyReader</name>
    <message>
        <source>the answer is a TDS packet of type 0x%1, not a reply (0x04)</source>
        <translation>応答は種類 0x%1 の TDS パケットで、応答パケット (0x04) ではありません</translation>
    </message>
</context>
<context>
    <name>ReportComparisonText</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>better</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>悪化</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>改善と悪化が混在</translation>
    </message>
    <message>
        <source>same</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>runs now</source>
        <translation>今回は実行</translation>
    </message>
    <message>
        <source>new check</source>
        <translation>新しいチェック</translation>
    </message>
    <message>
        <source>no longer runs</source>
        <translation>今回は未実行</translation>
    </message>
    <message>
        <source>not in the later report</source>
        <translation>後のレポートにはなし</translation>
    </message>
    <message>
        <source>milder</source>
        <translation>軽減</translation>
    </message>
    <message>
        <source>more severe</source>
        <translation>深刻化</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>引き続き存在</translation>
    </message>
    <message>
        <source>new (its check did not run before)</source>
        <translation>新規 (以前はそのチェックが実行されていません)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>not seen (its check did not run this time)</source>
        <translation>未検出 (今回はそのチェックが実行されていません)</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>解消</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>変更前: %1</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1、ポート %2</translation>
    </message>
    <message>
        <source>Different targets: the earlier report is about %1, the later one about %2. This compares two instances, not one instance before and after a change.</source>
        <translation>ターゲットが異なります: 以前のレポートは %1、後のレポートは %2 を対象としています。これは 1 つのインスタンスの変更前と変更後の比較ではなく、2 つのインスタンスの比較です。</translation>
    </message>
    <message>
        <source>The earlier run was cancelled before every check finished: what it skipped is neither better nor worse.</source>
        <translation>以前の実行は、すべてのチェックが完了する前にキャンセルされました。スキップされたものは、改善とも悪化とも判定されません。</translation>
    </message>
    <message>
        <source>The later run was cancelled before every check finished: what it skipped is neither better nor worse.</source>
        <translation>後の実行は、すべてのチェックが完了する前にキャンセルされました。スキップされたものは、改善とも悪化とも判定されません。</translation>
    </message>
    <message>
        <source>Names and addresses are placeholders in a redacted report, so whether both reports are about the same instance cannot be told from them.</source>
        <translation>墨消しされたレポートでは名前とアドレスがプレースホルダーになっているため、両方のレポートが同じインスタンスを対象としているかどうかは判断できません。</translation>
    </message>
    <message>
        <source>%1 better, %2 worse.</source>
        <translation>改善 %1 件、悪化 %2 件。</translation>
    </message>
    <message numerus="yes">
        <source>The later report: %n error(s)</source>
        <translation>
            <numerusform>後のレポート: エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>警告 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>MI Connect Wizard — what changed between two reports</source>
        <translation>MI Connect Wizard — 2 つのレポート間の変更点</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>変更前:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>変更後:</translation>
    </message>
    <message>
        <source>%1 · Scenario: %2 · %3</source>
        <translation>%1 · シナリオ: %2 · %3</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>コンピューター: %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>%1: [%2] %3  (%4)</source>
        <translation>%1: [%2] %3  (%4)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>(Different targets.)</source>
        <translation>(ターゲットが異なります。)</translation>
    </message>
    <message>
        <source>MI Connect Wizard: what changed between two reports</source>
        <translation>MI Connect Wizard: 2 つのレポート間の変更点</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Report verdict</source>
        <translation>レポートの判定</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Latest summary</source>
        <translation>最新の概要</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出結果</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Machine: %1 · Scenario: %2</source>
        <translation>コンピューター: %1 · シナリオ: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Cannot save the report to %1: the file name must end in one of %2.</source>
        <translation>レポートを %1 に保存できません: ファイル名の末尾は %2 のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>Cannot save the report to %1: %2</source>
        <translation>レポートを %1 に保存できません: %2</translation>
    </message>
    <message>
        <source>Cannot save the report to %1: the PDF could not be drawn (it needs the graphical program).</source>
        <translation>レポートを %1 に保存できません: PDF を描画できませんでした (グラフィカルなプログラムが必要です)。</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>はテキストではありません</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>は数値ではありません</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>は true でも false でもありません</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>はオブジェクトではありません</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>はリストではありません</translation>
    </message>
    <message>
        <source>holds something other than text</source>
        <translation>にテキスト以外の値が含まれています</translation>
    </message>
    <message>
        <source>This file is too large to be a report (%1 MB).</source>
        <translation>このファイルはレポートとしては大きすぎます (%1 MB)。</translation>
    </message>
    <message>
        <source>This is not a report: it is not valid JSON (%1 at byte %2).</source>
        <translation>これはレポートではありません: 有効な JSON ではありません (バイト %2 で %1)。</translation>
    </message>
    <message>
        <source>This is not a report: the JSON is not an object.</source>
        <translation>これはレポートではありません: JSON がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>This is the result of a port scan, not a diagnosis report.</source>
        <translation>これはポート スキャンの結果であり、診断レポートではありません。</translation>
    </message>
    <message>
        <source>This is not a MI Connect Wizard report (its schema is &quot;%1&quot;).</source>
        <translation>これは MI Connect Wizard のレポートではありません (スキーマは &quot;%1&quot; です)。</translation>
    </message>
    <message>
        <source>This report was written by a newer version of MI Connect Wizard (schema %1); this version reads %2. Update MI Connect Wizard to open it.</source>
        <translation>このレポートは新しいバージョンの MI Connect Wizard で作成されています (スキーマ %1)。このバージョンで読み取れるのは %2 です。開くには MI Connect Wizard を更新してください。</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>は日時ではありません</translation>
    </message>
    <message>
        <source>is not a port number</source>
        <translation>はポート番号ではありません</translation>
    </message>
    <message>
        <source>holds something other than true or false</source>
        <translation>に true または false 以外の値が含まれています</translation>
    </message>
    <message>
        <source>is not a known endpoint kind</source>
        <translation>は既知のエンドポイントの種類ではありません</translation>
    </message>
    <message>
        <source>is not a known status</source>
        <translation>は既知の状態ではありません</translation>
    </message>
    <message>
        <source>is not a known severity</source>
        <translation>は既知の重大度ではありません</translation>
    </message>
    <message>
        <source>This report is damaged: %1.</source>
        <translation>このレポートは破損しています: %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a report (%2 MB).</source>
        <translation>%1 はレポートとしては大きすぎます (%2 MB)。</translation>
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
        <translation>レポート</translation>
    </message>
    <message>
        <source>Copy the summary into a ticket or save the report for a support engineer. Passwords never appear in it.</source>
        <translation>概要をチケットにコピーするか、サポート エンジニア向けにレポートを保存してください。パスワードがレポートに含まれることはありません。</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>レポートの概要</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>概要をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>概要をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>✖ Cannot save %1: %2</source>
        <translation>✖ %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Re&amp;dact host names, addresses, user names and this machine&apos;s name</source>
        <translation>ホスト名、アドレス、ユーザー名、このコンピューターの名前を墨消しする(&amp;D)</translation>
    </message>
    <message>
        <source>Each is replaced by a placeholder that is the same everywhere in the report, and an address keeps its kind (private, public…). The legend of placeholders stays here unless you save it.</source>
        <translation>各値は、レポート内のどこでも同じプレースホルダーに置き換えられます。アドレスは種類 (プライベート、パブリック…) が保持されます。プレースホルダーの対応表は、保存しない限りこの画面の外には出ません。</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>レポートを保存…(&amp;S)</translation>
    </message>
    <message>
        <source>JSON for a support engineer, Markdown for a ticket, HTML or PDF to read and print, or plain text.</source>
        <translation>サポート エンジニア向けの JSON、チケット向けの Markdown、閲覧や印刷用の HTML または PDF、あるいはプレーン テキストで保存します。</translation>
    </message>
    <message>
        <source>Save &amp;legend…</source>
        <translation>対応表を保存…(&amp;L)</translation>
    </message>
    <message>
        <source>The placeholders and what they stand for, for your own records. Do not send it.</source>
        <translation>プレースホルダーとそれが表す値の一覧で、手元の記録用です。送信しないでください。</translation>
    </message>
    <message>
        <source>Co&amp;mpare with an earlier report…</source>
        <translation>以前のレポートと比較…(&amp;M)</translation>
    </message>
    <message>
        <source>What got better and what got worse since a report saved before a change.</source>
        <translation>変更前に保存したレポートと比べて、何が改善し、何が悪化したかを示します。</translation>
    </message>
    <message>
        <source>JSON report for a support engineer (*.json)</source>
        <translation>サポート エンジニア向けの JSON レポート (*.json)</translation>
    </message>
    <message>
        <source>Markdown for a ticket (*.md)</source>
        <translation>チケット向けの Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML ページ (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>プレーン テキスト (*.txt)</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Saved %1, redacted.</source>
        <translation>%1 を墨消しして保存しました。</translation>
    </message>
    <message>
        <source>Save the redaction legend</source>
        <translation>墨消しの対応表の保存</translation>
    </message>
    <message>
        <source>Saved the legend to %1. Keep it; do not send it with the report.</source>
        <translation>対応表を %1 に保存しました。大切に保管し、レポートと一緒に送信しないでください。</translation>
    </message>
    <message>
        <source>The report from before the change</source>
        <translation>変更前のレポート</translation>
    </message>
    <message>
        <source>MI Connect Wizard reports (*.json)</source>
        <translation>MI Connect Wizard レポート (*.json)</translation>
    </message>
    <message>
        <source>Before and after: %1 → this report</source>
        <translation>変更前と変更後: %1 → このレポート</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Markdown として保存…(&amp;M)</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>比較結果の保存</translation>
    </message>
    <message>
        <source>Compared: better than before.</source>
        <translation>比較結果: 以前より改善しました。</translation>
    </message>
    <message>
        <source>Compared: worse than before.</source>
        <translation>比較結果: 以前より悪化しました。</translation>
    </message>
    <message>
        <source>Compared: some things better, some worse.</source>
        <translation>比較結果: 改善した点と悪化した点があります。</translation>
    </message>
    <message>
        <source>Compared: no change.</source>
        <translation>比較結果: 変化はありません。</translation>
    </message>
    <message>
        <source>The saved report as it was sent. Save it in another format, or compare it with an earlier one.</source>
        <translation>送信されたままの保存済みレポートです。別の形式で保存するか、以前のレポートと比較できます。</translation>
    </message>
    <message>
        <source>Write the report in &amp;English</source>
        <translation>レポートを英語で書く(&amp;E)</translation>
    </message>
    <message>
        <source>The summary and every saved format use English; the wizard stays in its language.</source>
        <translation>概要と保存するすべての形式が英語になります。ウィザード自体の言語は変わりません。</translation>
    </message>
</context>
<context>
    <name>ResolveOverrides</name>
    <message>
        <source>&apos;%1&apos; is not HOST=ADDRESS</source>
        <translation>&apos;%1&apos; は HOST=ADDRESS の形式ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST=ADDRESS (ADDRESS must be an IP address)</source>
        <translation>&apos;%1&apos; は HOST=ADDRESS の形式ではありません (ADDRESS は IP アドレスである必要があります)</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>only %1 of %2 bytes could be written</source>
        <translation>%2 バイト中 %1 バイトしか書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>Where does the application run?</source>
        <translation>アプリケーションはどこで実行されていますか?</translation>
    </message>
    <message>
        <source>&amp;Hosting scenario:</source>
        <translation>ホスティング シナリオ(&amp;H):</translation>
    </message>
    <message>
        <source>Hosting scenario</source>
        <translation>ホスティング シナリオ</translation>
    </message>
    <message>
        <source>The recommended connection path, its checklist and the advice depend on it.</source>
        <translation>推奨される接続経路、そのチェックリスト、アドバイスはこれによって決まります。</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>シナリオなし</translation>
    </message>
    <message>
        <source>Run the checks without judging them against a hosting scenario.</source>
        <translation>ホスティング シナリオに照らした評価を行わずに、チェックを実行します。</translation>
    </message>
    <message>
        <source>Not &amp;sure? Answer a few questions</source>
        <translation>わからない場合は質問に回答(&amp;S)</translation>
    </message>
    <message>
        <source>Which scenario fits?</source>
        <translation>どのシナリオが当てはまりますか?</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>提案: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>SimProfile</name>
    <message>
        <source>An NSG or firewall drops everything to the subnet: the gateway never answers.</source>
        <translation>NSG またはファイアウォールがサブネットへのすべてのトラフィックを破棄するため、ゲートウェイは応答しません。</translation>
    </message>
    <message>
        <source>The gateway address resets connections on 1433.</source>
        <translation>ゲートウェイ アドレスがポート 1433 の接続をリセットします。</translation>
    </message>
    <message>
        <source>A rule allows only the gateway&apos;s address: the nodes are silent on every port.</source>
        <translation>規則でゲートウェイのアドレスのみが許可されているため、ノードはどのポートでも応答しません。</translation>
    </message>
    <message>
        <source>1433 is open to the whole subnet but the legacy redirect range 11000-11999 is dropped.</source>
        <translation>ポート 1433 はサブネット全体に対して開いていますが、従来のリダイレクト範囲 11000-11999 は破棄されます。</translation>
    </message>
    <message>
        <source>Only 11000-11499 of the redirect range is allowed; 11500-11999 is dropped.</source>
        <translation>リダイレクト範囲のうち 11000-11499 のみが許可され、11500-11999 は破棄されます。</translation>
    </message>
    <message>
        <source>A web server answers on 1433 instead of SQL Server.</source>
        <translation>ポート 1433 で SQL Server ではなく Web サーバーが応答します。</translation>
    </message>
    <message>
        <source>A TLS-only service answers on 1433 and rejects PRELOGIN.</source>
        <translation>ポート 1433 で TLS 専用のサービスが応答し、PRELOGIN を拒否します。</translation>
    </message>
    <message>
        <source>Something answers on 1433 with binary noise.</source>
        <translation>ポート 1433 で何かが応答し、意味のないバイナリ データを返します。</translation>
    </message>
    <message>
        <source>The PRELOGIN answer breaks off after twelve bytes and the connection closes.</source>
        <translation>PRELOGIN の応答が 12 バイトで途切れ、接続が閉じられます。</translation>
    </message>
    <message>
        <source>The answer&apos;s TDS header claims 65535 bytes.</source>
        <translation>応答の TDS ヘッダーで長さが 65535 バイトと示されています。</translation>
    </message>
    <message>
        <source>The right answer, one byte per second.</source>
        <translation>正しい応答を、1 秒に 1 バイトずつ返します。</translation>
    </message>
    <message>
        <source>Half of the PRELOGIN answer, then the connection closes.</source>
        <translation>PRELOGIN の応答を半分だけ返し、その後接続が閉じられます。</translation>
    </message>
    <message>
        <source>Connections are accepted and nothing is ever sent, like an appliance that cannot reach the server.</source>
        <translation>接続は受け付けられますが、何も送信されません。サーバーに到達できないアプライアンスと同じ動作です。</translation>
    </message>
    <message>
        <source>A TLS-inspecting proxy re-signs the certificate with its own CA.</source>
        <translation>TLS 検査を行うプロキシが、独自の CA で証明書を再署名します。</translation>
    </message>
    <message>
        <source>The certificate names another host.</source>
        <translation>証明書に別のホストの名前が記載されています。</translation>
    </message>
    <message>
        <source>The server speaks only TLS 1.0 and refuses every newer version.</source>
        <translation>サーバーは TLS 1.0 のみをサポートし、それより新しいバージョンはすべて拒否します。</translation>
    </message>
    <message>
        <source>The TLS handshake is refused with handshake_failure.</source>
        <translation>TLS ハンドシェイクが handshake_failure で拒否されます。</translation>
    </message>
    <message>
        <source>Gateway and nodes answer on 1433; the redirect range is reachable; the gateway redirects logins to a node.</source>
        <translation>ゲートウェイとノードがポート 1433 で応答し、リダイレクト範囲に到達できます。ゲートウェイはログインをノードにリダイレクトします。</translation>
    </message>
    <message>
        <source>Proxy connection type: the gateway answers the login itself.</source>
        <translation>接続の種類 Proxy: ゲートウェイ自身がログインに応答します。</translation>
    </message>
    <message>
        <source>Redirect as before October 2025: the gateway sends logins to a node&apos;s port in 11000-11999.</source>
        <translation>2025 年 10 月より前のリダイレクト (Redirect): ゲートウェイはログインを 11000-11999 の範囲にあるノードのポートに送ります。</translation>
    </message>
    <message>
        <source>The gateway redirects to a node port a firewall drops, while 1433 on the nodes is open.</source>
        <translation>ゲートウェイは、ファイアウォールによって破棄されるノードのポートにリダイレクトします。ノードのポート 1433 は開いています。</translation>
    </message>
    <message>
        <source>The gateway redirects to a node name that does not resolve here.</source>
        <translation>ゲートウェイは、ここでは解決できないノード名にリダイレクトします。</translation>
    </message>
    <message>
        <source>The gateway refuses the login with 40532: it serves no such name.</source>
        <translation>ゲートウェイは 40532 でログインを拒否します。その名前のサーバーを扱っていません。</translation>
    </message>
    <message>
        <source>The gateway refuses the login with 47072: the client&apos;s TLS is below the minimum.</source>
        <translation>ゲートウェイは 47072 でログインを拒否します。クライアントの TLS が最小バージョンを下回っています。</translation>
    </message>
</context>
<context>
    <name>SimulatedInstance</name>
    <message>
        <source>unknown profile &apos;%1&apos;; known: %2</source>
        <translation>不明なプロファイル &apos;%1&apos; です。既知のプロファイル: %2</translation>
    </message>
    <message>
        <source> — the simulator needs more file descriptors than the limit of %1 (ulimit -n)</source>
        <translation> — シミュレーターには上限 %1 (ulimit -n) を超える数のファイル記述子が必要です</translation>
    </message>
    <message>
        <source>Simulated Managed Instance — profile %1</source>
        <translation>シミュレートされた Managed Instance — プロファイル %1</translation>
    </message>
    <message>
        <source>  host            %1</source>
        <translation>  ホスト                    %1</translation>
    </message>
    <message>
        <source>  gateway         %1:%2 (%3)</source>
        <translation>  ゲートウェイ              %1:%2 (%3)</translation>
    </message>
    <message>
        <source>  public endpoint %1 → %2:%3</source>
        <translation>  パブリック エンドポイント %1 → %2:%3</translation>
    </message>
    <message>
        <source>  subnet          %1</source>
        <translation>  サブネット                %1</translation>
    </message>
    <message>
        <source>11000-11999 reachable, %1 open</source>
        <translation>11000-11999 に到達可能 (開いているポート: %1)</translation>
    </message>
    <message>
        <source>11000-11999 filtered</source>
        <translation>11000-11999 はフィルタリング</translation>
    </message>
    <message>
        <source>11000-11499 reachable (%1 open), 11500-11999 filtered</source>
        <translation>11000-11499 に到達可能 (開いているポート: %1)、11500-11999 はフィルタリング</translation>
    </message>
    <message>
        <source>  node            %1: 1433 %2; %3</source>
        <translation>  ノード                    %1: 1433 %2、%3</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>次のコマンドを試してください:</translation>
    </message>
    <message>
        <source>the simulated subnet must be an IPv4 subnet of /27 or larger, such as 127.77.0.0/27</source>
        <translation>シミュレートするサブネットには、127.77.0.0/27 のような /27 以上の IPv4 サブネットを指定する必要があります</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Why can&apos;t my application connect?</source>
        <translation>アプリケーションが接続できないのはなぜですか?</translation>
    </message>
    <message>
        <source>This wizard tests the network path to an Azure SQL Managed Instance and explains what to change.</source>
        <translation>このウィザードは、Azure SQL Managed Instance へのネットワーク経路をテストし、何を変更すればよいかを説明します。</translation>
    </message>
    <message>
        <source>The checks test the path from &lt;b&gt;this machine&lt;/b&gt;. Run the wizard where the application runs — on the same VM, App Service console or developer box — or the results describe a different path.</source>
        <translation>チェックでは、&lt;b&gt;このコンピューター&lt;/b&gt;からの経路をテストします。ウィザードは、アプリケーションが実行されている場所 — 同じ VM、App Service コンソール、開発者のコンピューター — で実行してください。そうしないと、結果は別の経路を示すことになります。</translation>
    </message>
    <message>
        <source>&amp;New diagnosis</source>
        <translation>新しい診断(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Demo against a simulated instance on this machine</source>
        <translation>このコンピューター上のシミュレートされたインスタンスでデモ(&amp;D)</translation>
    </message>
    <message>
        <source>Check the path to your instance from this machine.</source>
        <translation>このコンピューターからインスタンスへの経路をチェックします。</translation>
    </message>
    <message>
        <source>&amp;Open a saved report</source>
        <translation>保存したレポートを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Condition of the simulated instance</source>
        <translation>シミュレートされたインスタンスの状態</translation>
    </message>
    <message>
        <source>Simulated &amp;condition:</source>
        <translation>シミュレートする状態(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;hoose a report…</source>
        <translation>レポートを選択…(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+O opens a report from any page; you can also drop a report file on the window.</source>
        <translation>Ctrl+O で、どのページからでもレポートを開けます。レポート ファイルをウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <source>Showing %1, read-only. Next shows what its checks found.</source>
        <translation>%1 を読み取り専用で表示しています。「次へ」をクリックすると、このレポートのチェックで見つかった内容が表示されます。</translation>
    </message>
    <message>
        <source>See what someone else&apos;s checks found, from the JSON report they saved.</source>
        <translation>他のユーザーが保存した JSON レポートから、そのチェックで見つかった内容を確認できます。</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Open a saved report</source>
        <translation>保存したレポートを開く</translation>
    </message>
    <message>
        <source>MI Connect Wizard reports (*.json)</source>
        <translation>MI Connect Wizard レポート (*.json)</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>システムと同じ (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The wizard speaks %1 from its next start.</source>
        <translation>次回の起動からウィザードは %1 で表示されます。</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Which instance?</source>
        <translation>どのインスタンスですか?</translation>
    </message>
    <message>
        <source>10.0.0.0/27 — finds the nodes for the redirect checks</source>
        <translation>10.0.0.0/27 — リダイレクト チェック用のノードを検出します</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Managed Instance &amp;subnet:</source>
        <translation>Managed Instance のサブネット(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Timeout per probe:</source>
        <translation>プローブごとのタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Sa&amp;mples:</source>
        <translation>サンプル数(&amp;M):</translation>
    </message>
    <message>
        <source>Paste the host name as the application uses it, or its whole connection string; a password in it is recognised and dropped.</source>
        <translation>アプリケーションが使用しているとおりのホスト名、またはアプリケーションの接続文字列全体を貼り付けてください。含まれているパスワードは認識され、破棄されます。</translation>
    </message>
    <message>
        <source>&amp;Host or connection string:</source>
        <translation>ホストまたは接続文字列(&amp;H):</translation>
    </message>
    <message>
        <source>The password in it is ignored: it is never kept, shown or saved.</source>
        <translation>含まれているパスワードは無視されます。保持、表示、保存されることはありません。</translation>
    </message>
    <message>
        <source>⚠ %1 — %2</source>
        <translation>⚠ %1 — %2</translation>
    </message>
    <message>
        <source>instance.dnszone.database.windows.net, or Server=tcp:…;Database=…</source>
        <translation>instance.dnszone.database.windows.net または Server=tcp:…;Database=…</translation>
    </message>
    <message>
        <source>Host or connection string</source>
        <translation>ホストまたは接続文字列</translation>
    </message>
    <message>
        <source>What the input says</source>
        <translation>入力内容の解析結果</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>詳細設定(&amp;A)</translation>
    </message>
    <message>
        <source>from the host (1433, or 3342 for .public.)</source>
        <translation>ホスト名から判断 (1433、.public. の場合は 3342)</translation>
    </message>
    <message>
        <source>Classify the &amp;legacy redirect ports on the nodes</source>
        <translation>ノード上の従来のリダイレクト ポートを分類する(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Redirect &amp;range:</source>
        <translation>リダイレクト範囲(&amp;R):</translation>
    </message>
    <message>
        <source>the simulator&apos;s own subnet</source>
        <translation>シミュレーター自身のサブネット</translation>
    </message>
    <message>
        <source>✔ %1 for %2, port %3</source>
        <translation>✔ %1 (接続先: %2、ポート %3)</translation>
    </message>
    <message>
        <source>empty: a made-up login, which proves the path without any secret</source>
        <translation>空欄: 架空のログインを使用し、秘密情報なしで経路を検証します</translation>
    </message>
    <message>
        <source>Used for this run&apos;s login only; never shown, saved or written to a report.</source>
        <translation>この実行のログインにのみ使用されます。表示、保存されることはなく、レポートにも書き込まれません。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>SQL lo&amp;gin to try:</source>
        <translation>試す SQL ログイン(&amp;G):</translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>Enter the instance&apos;s host name.</source>
        <translation>インスタンスのホスト名を入力してください。</translation>
    </message>
    <message>
        <source>That is too long to be a host name.</source>
        <translation>ホスト名としては長すぎます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; opens a bracket for an IPv6 address but never closes it.</source>
        <translation>&apos;%1&apos; には IPv6 アドレスの開き角かっこがありますが、閉じ角かっこがありません。</translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address in &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; の IPv6 アドレスの後に予期しないテキストがあります。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid port (1-65535).</source>
        <translation>&apos;%1&apos; は有効なポート (1-65535) ではありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>&apos;%1&apos; は有効なホスト名ではありません。</translation>
    </message>
    <message>
        <source>Named pipes and shared memory cannot reach Managed Instance; use tcp:host,1433.</source>
        <translation>名前付きパイプと共有メモリでは Managed Instance に接続できません。tcp:host,1433 を使用してください。</translation>
    </message>
    <message>
        <source>the VNet-local endpoint</source>
        <translation>VNet ローカル エンドポイント</translation>
    </message>
    <message>
        <source>the public endpoint</source>
        <translation>パブリック エンドポイント</translation>
    </message>
    <message>
        <source>a private endpoint</source>
        <translation>プライベート エンドポイント</translation>
    </message>
    <message>
        <source>a name outside database.windows.net</source>
        <translation>database.windows.net 以外の名前</translation>
    </message>
    <message>
        <source>an IP address</source>
        <translation>IP アドレス</translation>
    </message>
</context>
<context>
    <name>TdsLoginProbe</name>
    <message>
        <source>no answer to the login within the timeout</source>
        <translation>タイムアウトまでにログインへの応答がありません</translation>
    </message>
    <message>
        <source>the TLS session ended before the login</source>
        <translation>ログインの前に TLS セッションが終了しました</translation>
    </message>
    <message>
        <source>the server closed the connection after the login without a complete answer</source>
        <translation>サーバーはログイン後、完全な応答を返さずに接続を閉じました</translation>
    </message>
    <message>
        <source>the answer to the login is a TDS message of type 0x%1, not a tabular response</source>
        <translation>ログインへの応答は種類 0x%1 の TDS メッセージで、表形式の応答ではありません</translation>
    </message>
    <message>
        <source>the answer to the login has neither an acknowledgement nor an error</source>
        <translation>ログインへの応答に、確認応答もエラーも含まれていません</translation>
    </message>
    <message>
        <source>a routing token without a login acknowledgement: drivers count that as a failed login and do not follow it</source>
        <translation>ログイン確認応答のないルーティング トークンです。ドライバーはこれをログイン失敗とみなし、ルーティングに従いません</translation>
    </message>
</context>
<context>
    <name>TdsPreloginProbe</name>
    <message>
        <source>no TCP connection within the timeout</source>
        <translation>タイムアウトまでに TCP 接続を確立できませんでした</translation>
    </message>
    <message>
        <source>nothing arrived after the PRELOGIN</source>
        <translation>PRELOGIN の送信後、何も受信しませんでした</translation>
    </message>
    <message>
        <source>%1 bytes arrived; the answer was not complete</source>
        <translation>%1 バイトを受信しましたが、応答は完全ではありませんでした</translation>
    </message>
</context>
<context>
    <name>TdsText</name>
    <message>
        <source>the option table has no terminator</source>
        <translation>オプション テーブルに終端記号がありません</translation>
    </message>
    <message>
        <source>the option table is cut short</source>
        <translation>オプション テーブルが途中で切れています</translation>
    </message>
    <message>
        <source>option 0x%1 points past the end of the message (offset %2, length %3, message %4 bytes)</source>
        <translation>オプション 0x%1 がメッセージの末尾より後ろを指しています (オフセット %2、長さ %3、メッセージ %4 バイト)</translation>
    </message>
    <message>
        <source>option 0x%1 appears twice</source>
        <translation>オプション 0x%1 が 2 回出現しています</translation>
    </message>
    <message>
        <source>the first option is not VERSION</source>
        <translation>最初のオプションが VERSION ではありません</translation>
    </message>
    <message>
        <source>VERSION has %1 bytes instead of 6</source>
        <translation>VERSION が 6 バイトではなく %1 バイトです</translation>
    </message>
    <message>
        <source>ENCRYPTION has %1 bytes instead of 1</source>
        <translation>ENCRYPTION が 1 バイトではなく %1 バイトです</translation>
    </message>
    <message>
        <source>INSTOPT is %1 bytes long</source>
        <translation>INSTOPT の長さが %1 バイトです</translation>
    </message>
    <message>
        <source>THREADID has %1 bytes</source>
        <translation>THREADID が %1 バイトです</translation>
    </message>
    <message>
        <source>MARS has %1 bytes instead of 1</source>
        <translation>MARS が 1 バイトではなく %1 バイトです</translation>
    </message>
    <message>
        <source>VERSION or ENCRYPTION is missing</source>
        <translation>VERSION または ENCRYPTION がありません</translation>
    </message>
    <message>
        <source>a packet header claims %1 bytes (TDS allows %2 to %3)</source>
        <translation>パケット ヘッダーが %1 バイトを示しています (TDS で許容されるのは %2 から %3 まで)</translation>
    </message>
    <message>
        <source>packet type changes from 0x%1 to 0x%2 inside one message</source>
        <translation>1 つのメッセージ内でパケットの種類が 0x%1 から 0x%2 に変わっています</translation>
    </message>
    <message>
        <source>the message grows past %1 bytes</source>
        <translation>メッセージが %1 バイトを超えています</translation>
    </message>
    <message>
        <source>expected a TDS packet carrying TLS, got byte 0x%1</source>
        <translation>TLS を格納した TDS パケットを想定していましたが、バイト 0x%1 を受信しました</translation>
    </message>
    <message>
        <source>a TDS packet carrying TLS claims %1 bytes</source>
        <translation>TLS を格納した TDS パケットが %1 バイトを示しています</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the protocol allows at most %3</source>
        <translation>%1 の長さは %2 文字です。プロトコルで許容されるのは最大 %3 文字です</translation>
    </message>
    <message>
        <source>%1 starts at byte %2, inside the %3-byte fixed part of the login</source>
        <translation>%1 がバイト %2 から始まっています。これはログイン メッセージの %3 バイトの固定部分の内側です</translation>
    </message>
    <message>
        <source>%1 runs past the end of the login (offset %2, %3 characters, login %4 bytes)</source>
        <translation>%1 がログイン メッセージの末尾を越えています (オフセット %2、%3 文字、ログイン メッセージ %4 バイト)</translation>
    </message>
    <message>
        <source>%1 runs past the end of the login (offset %2, %3 bytes, login %4 bytes)</source>
        <translation>%1 がログイン メッセージの末尾を越えています (オフセット %2、%3 バイト、ログイン メッセージ %4 バイト)</translation>
    </message>
    <message>
        <source>the %1 token is cut short before its length</source>
        <translation>%1 トークンが長さの前で途切れています</translation>
    </message>
    <message>
        <source>the %1 token claims %2 bytes, but only %3 are left</source>
        <translation>%1 トークンは %2 バイトを示していますが、残りは %3 バイトしかありません</translation>
    </message>
    <message>
        <source>the fields of the %1 token need more than its %2 bytes (a text claims more characters than are there)</source>
        <translation>%1 トークンのフィールドが、トークンの %2 バイトに収まりません (テキストが実際よりも多い文字数を示しています)</translation>
    </message>
    <message>
        <source>the routing ENVCHANGE&apos;s value claims %1 bytes, more than its token&apos;s %2</source>
        <translation>ルーティング ENVCHANGE の値が %1 バイトを示しており、トークンの %2 バイトを超えています</translation>
    </message>
    <message>
        <source>the routing ENVCHANGE does not end with the empty old value the protocol requires (token %1 bytes, value %2)</source>
        <translation>ルーティング ENVCHANGE が、プロトコルで必須の空の旧値で終わっていません (トークン %1 バイト、値 %2)</translation>
    </message>
    <message>
        <source>the routing ENVCHANGE&apos;s server name does not fill its value length of %1 bytes</source>
        <translation>ルーティング ENVCHANGE のサーバー名が、値の長さ %1 バイトと一致しません</translation>
    </message>
    <message>
        <source>the routing ENVCHANGE names no server</source>
        <translation>ルーティング ENVCHANGE にサーバー名がありません</translation>
    </message>
    <message>
        <source>an ENVCHANGE token is empty</source>
        <translation>ENVCHANGE トークンが空です</translation>
    </message>
    <message>
        <source>the values of ENVCHANGE type %1 need more than its %2 bytes</source>
        <translation>種類 %1 の ENVCHANGE の値が、その %2 バイトに収まりません</translation>
    </message>
    <message>
        <source>the packet size ENVCHANGE says &apos;%1&apos;, not a number from %2 to %3</source>
        <translation>パケット サイズの ENVCHANGE の値が &apos;%1&apos; で、%2 から %3 までの数値ではありません</translation>
    </message>
    <message>
        <source>the FEATUREEXTACK token ends without its terminator</source>
        <translation>FEATUREEXTACK トークンが終端記号なしで終わっています</translation>
    </message>
    <message>
        <source>feature 0x%1 in the FEATUREEXTACK token is cut short before its length</source>
        <translation>FEATUREEXTACK トークン内の機能 0x%1 が長さの前で途切れています</translation>
    </message>
    <message>
        <source>feature 0x%1 in the FEATUREEXTACK token claims %2 bytes, but only %3 are left</source>
        <translation>FEATUREEXTACK トークン内の機能 0x%1 は %2 バイトを示していますが、残りは %3 バイトしかありません</translation>
    </message>
    <message>
        <source>the answer holds a %1 token (0x%2), whose length only column descriptions can tell; a login answer has none</source>
        <translation>応答に %1 トークン (0x%2) が含まれていますが、その長さは列の定義からしか判断できません。ログインへの応答には列の定義がありません</translation>
    </message>
    <message>
        <source>the %1 token needs %2 bytes, but only %3 are left</source>
        <translation>%1 トークンには %2 バイトが必要ですが、残りは %3 バイトしかありません</translation>
    </message>
    <message>
        <source>the login is %1 bytes long; the protocol allows at most %2</source>
        <translation>ログイン メッセージの長さは %1 バイトです。プロトコルで許容されるのは最大 %2 バイトです</translation>
    </message>
    <message>
        <source>the login has %1 bytes, fewer than the %2 of its fixed part</source>
        <translation>ログイン メッセージは %1 バイトで、固定部分の %2 バイトに足りません</translation>
    </message>
    <message>
        <source>the login says it is %1 bytes long but carries %2</source>
        <translation>ログイン メッセージが示す長さは %1 バイトですが、実際には %2 バイトです</translation>
    </message>
    <message>
        <source>the login&apos;s first offset (ibHostName) is 0, so it does not say where its variable part starts</source>
        <translation>ログイン メッセージの最初のオフセット (ibHostName) が 0 のため、可変部分の開始位置がわかりません</translation>
    </message>
    <message>
        <source>the login&apos;s feature extension block is said to start at byte %1, outside its variable part (login %2 bytes)</source>
        <translation>ログイン メッセージの機能拡張ブロックの開始位置がバイト %1 と示されていますが、これは可変部分の外側です (ログイン メッセージ %2 バイト)</translation>
    </message>
    <message>
        <source>the answer to the login is empty</source>
        <translation>ログインへの応答が空です</translation>
    </message>
    <message>
        <source>%1 bytes follow the final DONE token</source>
        <translation>最後の DONE トークンの後に %1 バイトが続いています</translation>
    </message>
    <message>
        <source>the %1 token has %2 of its %3 bytes</source>
        <translation>%1 トークンには %3 バイトのうち %2 バイトしかありません</translation>
    </message>
    <message>
        <source>the answer ends without a final DONE token</source>
        <translation>応答が最後の DONE トークンなしで終わっています</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>MI Connect Wizard %1 — %2, port %3</source>
        <translation>MI Connect Wizard %1 — %2、ポート %3</translation>
    </message>
    <message>
        <source>Endpoint: %1 · Scenario: %2 · %3</source>
        <translation>エンドポイント: %1 · シナリオ: %2 · %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Findings — most likely cause first</source>
        <translation>検出結果 — 可能性の高い原因から順に表示</translation>
    </message>
    <message>
        <source>Seen here: %1</source>
        <translation>今回の検出内容: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>参考資料:</translation>
    </message>
    <message>
        <source>Cancelled before every check finished.</source>
        <translation>すべてのチェックが完了する前にキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: %1 — %n error(s)</source>
        <translation>
            <numerusform>判定: %1 — エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 open, %3 closed, %4 filtered</source>
        <translation>%1: 開いているポート %2 件、閉じているポート %3 件、フィルタリングされたポート %4 件</translation>
    </message>
    <message>
        <source>, %1 unreachable</source>
        <translation>、到達不能なポート %1 件</translation>
    </message>
    <message>
        <source>, %1 errors</source>
        <translation>、エラー %1 件</translation>
    </message>
    <message>
        <source>%1 ports on %2 hosts in %3 s%4</source>
        <translation>%2 ホストの %1 ポートを %3 秒でスキャン%4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (キャンセル済み)</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <source>no TCP connection within the timeout</source>
        <translation>タイムアウトまでに TCP 接続を確立できませんでした</translation>
    </message>
    <message>
        <source>the exchange did not finish within the timeout</source>
        <translation>タイムアウトまでに通信が完了しませんでした</translation>
    </message>
    <message>
        <source>this machine&apos;s Qt has no TLS backend</source>
        <translation>このコンピューターの Qt には TLS バックエンドがありません</translation>
    </message>
    <message>
        <source>the server&apos;s PRELOGIN answer says encryption is not supported</source>
        <translation>サーバーの PRELOGIN 応答によると、暗号化はサポートされていません</translation>
    </message>
    <message>
        <source>the server sent the alert %1</source>
        <translation>サーバーがアラート %1 を送信しました</translation>
    </message>
</context>
<context>
    <name>TlsRelay</name>
    <message>
        <source>cannot open the local relay: %1</source>
        <translation>ローカル リレーを開けません: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Diagnose the connection to an Azure SQL Managed Instance.</source>
        <translation>Azure SQL Managed Instance への接続を診断します。</translation>
    </message>
    <message>
        <source>Open the wizard against the simulated instance.</source>
        <translation>シミュレートされたインスタンスを対象にウィザードを開きます。</translation>
    </message>
    <message>
        <source>The simulated instance&apos;s condition: %1.</source>
        <translation>シミュレートされたインスタンスの状態: %1。</translation>
    </message>
    <message>
        <source>Start with this hosting scenario chosen.</source>
        <translation>このホスティング シナリオを選択した状態で開始します。</translation>
    </message>
    <message>
        <source>Walk every page for scripts/screenshots, naming each shot with PREFIX.</source>
        <translation>スクリプトやスクリーンショット用にすべてのページを順に表示します。各ショットの名前の先頭には PREFIX が付きます。</translation>
    </message>
    <message>
        <source>A saved JSON report to open read-only.</source>
        <translation>読み取り専用で開く、保存済みの JSON レポート。</translation>
    </message>
    <message>
        <source>give at most one report to open</source>
        <translation>開くレポートは 1 つまで指定してください</translation>
    </message>
    <message>
        <source>Language: en, de or ja (default: the one chosen in the wizard, else the system&apos;s).</source>
        <translation>言語: en、de、ja (既定: ウィザードで選んだ言語、なければシステムの言語)。</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;; known: %2</source>
        <translation>不明なプロファイル &apos;%1&apos;。既知のプロファイル: %2</translation>
    </message>
</context>
</TS>

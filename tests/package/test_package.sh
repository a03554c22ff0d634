#!/usr/bin/env bash
# Installs the build as a user and as a distribution would, and checks the result:
#   1. `cmake --install` into a fresh prefix: every file in its FHS/XDG place, the desktop file, the
#      AppStream metainfo and the man pages pass their validators, every option the programs' --help
#      names is in their man page, and the demo runs from the installed path;
#   2. `cpack -G DEB`: the package's fields, only /usr/bin and /usr/share inside, exactly the files
#      `cmake --install` puts there, installed with dpkg itself into an empty root, and the demo run
#      from there;
#   3. this host has every package the .deb depends on, at the version it names.
# The demo's simulated instance listens on loopback only; nothing here touches any other network.
# A missing validator is a failure, not a skip: scripts/lib/common.sh installs them all.
#
#   test_package.sh CLI_IN_BUILD_TREE BUILD_DIR SOURCE_DIR CMAKE CPACK GUI(1|0)
set -euo pipefail

if [ $# -ne 6 ]; then
    echo "usage: $0 CLI_IN_BUILD_TREE BUILD_DIR SOURCE_DIR CMAKE CPACK GUI(1|0)" >&2
    exit 2
fi
build_cli=$1
build_dir=$2
source_dir=$3
cmake=$4
cpack=$5
gui=$6

app_id=io.github.miconnect.miconnect
icon_sizes=(16 24 32 48 64 128 256)
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}
# Stops at once: what follows depends on it.
die() {
    echo "FAIL: $*" >&2
    exit 1
}

for tool in desktop-file-validate appstreamcli groff man gzip zcat dpkg dpkg-deb dpkg-query dpkg-shlibdeps file; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "$tool is missing; scripts/test installs it (MICONNECT_TEST_PACKAGES in scripts/lib/common.sh)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/miconnect-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The programs must neither read nor write the user's settings, and Qt wants a private runtime dir.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

version=$("$build_cli" --version | awk '{ print $2 }')
[ -n "$version" ] || die "cannot read the version from $build_cli --version"
echo "Version from the build tree: $version"

# --- 1. cmake --install ------------------------------------------------------------------------
prefix=$work/prefix
echo "== cmake --install $build_dir --prefix $prefix"
"$cmake" --install "$build_dir" --prefix "$prefix" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log" >&2; die "cmake --install failed"; }

expected=(
    bin/miconnect-cli
    share/man/man1/miconnect-cli.1.gz
    share/miconnect/translations/miconnect_de.qm
    share/miconnect/translations/miconnect_ja.qm
    share/miconnect/translations/miconnect_en.qm
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    share/doc/miconnect/LICENSE
)
if [ "$gui" = 1 ]; then
    expected+=(
        bin/miconnect
        share/man/man1/miconnect.1.gz
        "share/applications/$app_id.desktop"
        "share/metainfo/$app_id.metainfo.xml"
    )
    for size in "${icon_sizes[@]}"; do
        expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
fi
for file in "${expected[@]}"; do
    if [ -s "$prefix/$file" ]; then
        pass "installed $file"
    else
        fail "not installed (or empty): $prefix/$file"
    fi
done
# What is installed as it is must be the source's file, not a stale or generated copy.
cmp -s "$source_dir/LICENSE" "$prefix/share/doc/miconnect/LICENSE" || fail "the installed LICENSE is not the source's"
cmp -s "$source_dir/resources/icons/miconnect.svg" "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg" ||
    fail "the installed SVG icon is not resources/icons/miconnect.svg"
for program in miconnect-cli miconnect; do
    if [ -e "$prefix/bin/$program" ] && [ ! -x "$prefix/bin/$program" ]; then
        fail "bin/$program is not executable"
    fi
done

# Qt's .qm files start with this magic number; an empty or foreign file would load as nothing.
for qm in "$prefix"/share/miconnect/translations/*.qm; do
    magic=$(od -An -tx1 -N16 "$qm" | tr -d ' \n')
    [ "$magic" = 3cb86418caef9c95cd211cbf60a1bddd ] || fail "$qm is not a Qt translation file"
done

if [ "$gui" = 1 ]; then
    # A PNG's width and height are the big-endian words at bytes 16 and 20 of its IHDR chunk.
    for size in "${icon_sizes[@]}"; do
        png=$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png
        [ -f "$png" ] || continue
        read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
        width=$(((w1 << 24) | (w2 << 16) | (w3 << 8) | w4))
        height=$(((h1 << 24) | (h2 << 16) | (h3 << 8) | h4))
        if [ "$width" != "$size" ] || [ "$height" != "$size" ]; then
            fail "$png is ${width}x$height, not ${size}x$size"
        fi
    done

    desktop=$prefix/share/applications/$app_id.desktop
    if output=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$output" ]; then
        pass "desktop-file-validate $app_id.desktop"
    else
        fail "desktop-file-validate $desktop: ${output:-exit status non-zero}"
    fi
    cmp -s "$desktop" "$source_dir/packaging/$app_id.desktop" ||
        fail "the installed desktop file is not packaging/$app_id.desktop"
    grep -qx 'Exec=miconnect %f' "$desktop" || fail "the desktop file does not start 'miconnect %f'"
    grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file does not name the icon $app_id"
    for lang in de ja; do
        for key in Name GenericName Comment Keywords; do
            grep -q "^$key\[$lang\]=" "$desktop" || fail "the desktop file has no ${key}[$lang]"
        done
    done

    metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
    # --no-net: the screenshots' URLs are not fetched. Warnings count as failures here.
    if output=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1); then
        if grep -qE '^[[:space:]]*[WE]:' <<<"$output"; then
            fail "appstreamcli validate $metainfo warns:"$'\n'"$output"
        else
            pass "appstreamcli validate --no-net $app_id.metainfo.xml"
        fi
    else
        fail "appstreamcli validate $metainfo:"$'\n'"$output"
    fi
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "the metainfo does not launch $app_id.desktop"
    # Releases are listed newest first; the newest must be this version.
    newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
    [ "$newest" = "$version" ] ||
        fail "the metainfo's newest release is '$newest', not $version: add a <release> entry"
fi

# Man pages: groff's warnings at their strictest, man-db's own check, then their options.
man_pages=(miconnect-cli)
[ "$gui" = 1 ] && man_pages+=(miconnect)
for page in "${man_pages[@]}"; do
    gz=$prefix/share/man/man1/$page.1.gz
    [ -f "$gz" ] || continue
    zcat "$gz" >"$work/$page.1"
    cmp -s "$work/$page.1" "$source_dir/packaging/man/$page.1" || fail "$page.1.gz is not packaging/man/$page.1"
    output=$(groff -man -ww -z -Tutf8 "$work/$page.1" 2>&1) || output+=" (groff failed)"
    if [ -z "$output" ]; then
        pass "groff -man -ww: $page.1"
    else
        fail "groff warns about $page.1:"$'\n'"$output"
    fi
    output=$(MANWIDTH=80 man --warnings -l "$gz" 2>&1 >/dev/null) || output+=" (man failed)"
    if [ -z "$output" ]; then
        pass "man --warnings: $page.1"
    else
        fail "man warns about $page.1:"$'\n'"$output"
    fi
    grep -q "^\.TH .*\"miconnect $version\"" "$work/$page.1" ||
        fail "$page.1's .TH line does not name version $version"
done

# Every long option --help prints must be documented; the page may say more than --help.
# The roff source writes a hyphen-minus as \-, so compare with that undone.
check_options_documented() { # PAGE HELP_TEXT WHAT
    local page=$1 help=$2 what=$3 option missing=()
    local text
    text=$(sed 's/\\-/-/g' "$work/$page.1")
    while read -r option; do
        grep -qE -- "(^|[^a-z-])$option([^a-z-]|\$)" <<<"$text" || missing+=("$option")
    done < <(grep -oE -- '--[a-z][a-z0-9-]*' <<<"$help" | sort -u)
    if [ ${#missing[@]} -eq 0 ]; then
        pass "$page.1 documents every option of $what"
    else
        fail "$page.1 does not document ${missing[*]} (from $what)"
    fi
}

cli=$prefix/bin/miconnect-cli
if [ -f "$work/miconnect-cli.1" ]; then
    top_help=$("$cli" --help) || fail "miconnect-cli --help exited with $?"
    check_options_documented miconnect-cli "$top_help" "miconnect-cli --help"
    # The commands are the indented words under "Commands:" up to the first blank line.
    commands=$(awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }' <<<"$top_help")
    [ -n "$commands" ] || fail "cannot find the commands in miconnect-cli --help"
    for command in $commands; do
        grep -q "^\.BR\? $command\b\|^\.BI $command\b" "$work/miconnect-cli.1" ||
            fail "miconnect-cli.1 has no entry for the command $command"
        help=$("$cli" "$command" --help) || fail "miconnect-cli $command --help exited with $?"
        check_options_documented miconnect-cli "$help" "miconnect-cli $command --help"
    done
fi
if [ "$gui" = 1 ] && [ -f "$work/miconnect.1" ]; then
    gui_help=$("$prefix/bin/miconnect" --help) || fail "miconnect --help exited with $?"
    check_options_documented miconnect "$gui_help" "miconnect --help"
    installed_version=$("$prefix/bin/miconnect" --version | awk '{ print $2 }')
    [ "$installed_version" = "$version" ] || fail "installed miconnect --version says '$installed_version'"
fi

# The demo from the installed path. --lang en: the assertions read English output. The HTML report
# (a GUI build only) draws on Qt's offscreen platform, so it proves the installed program finds the
# platform plugin.
report_extension=md
[ "$gui" = 1 ] && report_extension=html
run_demo() { # CLI WHERE
    local cli=$1 where=$2 status
    local report=$work/demo-$where.$report_extension
    set +e
    "$cli" demo --quiet --lang en --report "$report" >"$work/demo-$where.txt" 2>"$work/demo-$where.err"
    status=$?
    set -e
    if [ $status -eq 0 ] && grep -q 'ok.all-checks-passed' "$work/demo-$where.txt" &&
        grep -q '^Verdict: ok' "$work/demo-$where.txt" && [ -s "$report" ]; then
        pass "demo from $where: exit 0, every check passed, .$report_extension report written"
    else
        fail "demo from $where: exit $status; stdout and stderr:"
        cat "$work/demo-$where.txt" "$work/demo-$where.err" >&2
    fi
    for check in dns.resolve tcp.gateway tds.prelogin tls.tds7 tls.strict tds.login redirect.subnet redirect.range; do
        grep -q "\[PASS\] .*($check)" "$work/demo-$where.txt" || fail "demo from $where: $check did not pass"
    done

    set +e
    "$cli" demo --quiet --lang en --profile gateway-refused >"$work/refused-$where.txt" 2>&1
    status=$?
    set -e
    if [ $status -eq 1 ] && grep -q '\[ERROR\] .*(tcp.gateway-refused)' "$work/refused-$where.txt"; then
        pass "demo --profile gateway-refused from $where: exit 1, finding tcp.gateway-refused"
    else
        fail "demo --profile gateway-refused from $where: exit $status (want 1); output:"
        cat "$work/refused-$where.txt" >&2
    fi

    # The installed program speaks the installed languages; the locale alone chooses when there is no --lang.
    if LANGUAGE= LC_ALL=de_DE.UTF-8 "$cli" --help 2>/dev/null | grep -q '^Befehle:' &&
        "$cli" --lang ja --help | grep -q '^コマンド:'; then
        pass "from $where: German by the locale, Japanese by --lang"
    else
        fail "from $where: the help is not in German for LC_ALL=de_DE.UTF-8 or not in Japanese for --lang ja"
    fi
}
run_demo "$cli" prefix

# The installed translations are the ones loaded (the embedded copies are only the fallback): with the
# Japanese file in the German one's place, --lang de answers in Japanese. Undone before packaging.
translations=$prefix/share/miconnect/translations
cp "$translations/miconnect_de.qm" "$work/miconnect_de.qm.saved"
cp "$translations/miconnect_ja.qm" "$translations/miconnect_de.qm"
if "$cli" --lang de --help | grep -q '^コマンド:'; then
    pass "the installed program loads its translations from $translations"
else
    fail "the installed program ignores the translations in $translations"
fi
cp "$work/miconnect_de.qm.saved" "$translations/miconnect_de.qm"

# --- 2. The Debian package ----------------------------------------------------------------------
echo "== cpack -G DEB"
deb_dir=$work/deb
"$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$deb_dir" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; die "cpack -G DEB failed"; }
debs=("$deb_dir"/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    die "cpack made no single .deb in $deb_dir: ${debs[*]}"
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "miconnect_${version}_$arch.deb" ] ||
    fail "package file is $(basename "$deb"), not miconnect_${version}_$arch.deb"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = miconnect ] || fail "Package: is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version: is '$(field Version)', not $version"
[ "$(field Section)" = net ] || fail "Section: is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer:"
[ -n "$(field Homepage)" ] || fail "no Homepage:"
depends=$(field Depends)
grep -q 'libqt6core6' <<<"$depends" || fail "Depends: does not name libqt6core6 (dpkg-shlibdeps?): $depends"
if [ "$gui" = 1 ]; then
    grep -q 'libqt6widgets6' <<<"$depends" || fail "Depends: does not name libqt6widgets6: $depends"
fi
pass "fields: Package miconnect, Version $version, Depends $depends"

# Only /usr/bin and /usr/share, and exactly what `cmake --install` put in the prefix.
dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./|/|' >"$work/deb-contents.txt"
outside=$(grep -vE '^/$|^/usr/$|^/usr/(bin|share)/' "$work/deb-contents.txt" || true)
if [ -z "$outside" ]; then
    pass "the package holds only /usr/bin and /usr/share"
else
    fail "the package holds files outside /usr/bin and /usr/share:"$'\n'"$outside"
fi
grep -v '/$' "$work/deb-contents.txt" | sed 's|^/usr/||' | sort >"$work/deb-files.txt"
(cd "$prefix" && find . -type f -o -type l) | sed 's|^\./||' | sort >"$work/prefix-files.txt"
if diff -u "$work/prefix-files.txt" "$work/deb-files.txt" >"$work/files.diff"; then
    pass "the package holds exactly the $(wc -l <"$work/deb-files.txt") files cmake --install makes"
else
    fail "the package's files differ from cmake --install's (- install, + package):"
    cat "$work/files.diff" >&2
fi

# dpkg itself into an empty root. --force-depends: the root has no Qt; the libraries come from the
# host when the program runs. --force-not-root lets a developer run this without root.
# --path-include: container images often tell dpkg to leave out man pages and docs; not here.
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
: >"$root/var/lib/dpkg/status"
if dpkg --root="$root" --force-depends --force-not-root --log=/dev/null --path-include='*' \
    -i "$deb" >"$work/dpkg.log" 2>&1; then
    pass "dpkg -i into an empty root"
else
    cat "$work/dpkg.log" >&2
    die "dpkg -i into $root failed"
fi
status=$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}' miconnect)
[ "$status" = "install ok installed" ] || fail "dpkg says miconnect is '$status' in the root"
dpkg --root="$root" -L miconnect >"$work/dpkg-list.txt"
for file in "${expected[@]}"; do
    grep -qx "/usr/$file" "$work/dpkg-list.txt" || fail "dpkg -L miconnect does not list /usr/$file"
    [ -s "$root/usr/$file" ] || fail "dpkg did not install $root/usr/$file"
done
run_demo "$root/usr/bin/miconnect-cli" dpkg-root

# --- 3. The host can satisfy Depends: ------------------------------------------------------------
# Without changing anything: each dependency (or one of its alternatives) installed, new enough.
unsatisfied=()
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
    satisfied=0
    IFS='|' read -ra alternatives <<<"$clause"
    for alternative in "${alternatives[@]}"; do
        read -r name relation wanted <<<"$(sed -E 's/[()]/ /g' <<<"$alternative")"
        while read -r abbrev installed; do
            [ "$abbrev" = ii ] || continue
            if [ -z "${relation:-}" ] || dpkg --compare-versions "$installed" "$relation" "$wanted"; then
                satisfied=1
            fi
        done < <(dpkg-query -W -f='${db:Status-Abbrev} ${Version}\n' "$name" 2>/dev/null || true)
    done
    [ $satisfied -eq 1 ] || unsatisfied+=("$(sed -E 's/^ +//' <<<"$clause")")
done
if [ ${#unsatisfied[@]} -eq 0 ]; then
    pass "this host satisfies every dependency"
else
    fail "this host does not satisfy: ${unsatisfied[*]}"
fi

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "every package check passed"

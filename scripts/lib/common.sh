# Shared by scripts/run and scripts/test. Sourced, not run.

# Debian 12 packages, by what needs them. Keep this the only list: the README promises that the
# two scripts install everything on a fresh machine.
MICONNECT_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    qt6-translations-l10n libgl-dev
    gzip            # the build compresses the man pages (gzip -n) before they are installed
)
MICONNECT_TEST_PACKAGES=(
    nmap            # the scan and the PRELOGIN are checked against nmap
    tshark          # a capture of the probes must decode as TDS in Wireshark's dissector
    iproute2        # private network namespaces for no-route / ICMP / firewall cases
    iptables
    dnsmasq-base    # the lab's DNS server inside its namespace
    clang libclang-rt-14-dev   # libFuzzer targets and their sanitizers
    python3-jsonschema  # every produced report is validated against docs/schema/ by an independent validator
    poppler-utils   # the PDF report is checked with pdfinfo, pdftotext and pdftoppm
    odbcinst        # the driver inventory is checked against unixODBC's own odbcinst -j
    nodejs npm      # the tedious SQL Server driver (pinned in tests/independent/tedious) logs in to the simulator
    fonts-dejavu-core fonts-noto-cjk   # reports and screenshots render Latin and Japanese text
    desktop-file-utils  # the installed .desktop file must pass desktop-file-validate
    appstream       # the installed metainfo must pass appstreamcli validate
    dpkg-dev file   # cpack -G DEB finds the package's dependencies with dpkg-shlibdeps (and file)
    groff-base man-db   # the installed man pages are linted with groff -ww and man --warnings
)

miconnect_log() {
    printf '\033[1m==> %s\033[0m\n' "$*" >&2
}

# Installs whichever of the given packages are missing. Asks apt only when something is.
# A name an installed package provides counts as present: NodeSource's nodejs provides npm and
# conflicts with Debian's, so asking apt for npm there would replace that Node.js.
miconnect_ensure_packages() {
    local missing=()
    local package provided
    provided=$(dpkg-query -W -f='${db:Status-Abbrev} ${Provides}\n' 2>/dev/null |
        awk '$1 == "ii" { $1 = ""; print }' | tr ',' '\n' | sed -E 's/\(.*\)//; s/^ +//; s/ +$//')
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' &&
            ! grep -qxF "$package" <<<"$provided"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "Missing packages: ${missing[*]} — run as root or install them first." >&2
            return 1
        fi
    fi
    miconnect_log "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

miconnect_build() {
    local preset=$1
    miconnect_log "Configuring and building ($preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -- -j"$(nproc)"
}

# Installs the Node.js packages the independent tests run (tests/independent/tedious) exactly as
# package-lock.json pins them — only when node_modules is missing or was installed from another lock.
miconnect_install_node_packages() {
    local directory=tests/independent/tedious
    command -v npm >/dev/null 2>&1 || return 0 # the test then skips or fails and says why
    if [ -f "$directory/node_modules/tedious/package.json" ] \
        && (cd "$directory" && sha256sum --status -c node_modules/.miconnect-lock.sha256 2>/dev/null); then
        return 0
    fi
    miconnect_log "Installing the pinned Node.js packages in $directory"
    (cd "$directory" && npm ci --no-audit --no-fund && sha256sum package-lock.json >node_modules/.miconnect-lock.sha256)
}

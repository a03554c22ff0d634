#!/usr/bin/env bash
# Benchmarks miconnect-cli's port scanner against nmap's connect scan on this machine's loopback,
# in the same run, and prints a Markdown table (docs/BENCHMARKS.md keeps the last one).
#
#   tests/bench/scan_vs_nmap.sh [RUNS]      RUNS per measurement, default 9 (the median is reported)
#
# Needs a release build (scripts/run or `cmake --preset release && cmake --build --preset release`),
# nmap and GNU time. Every address used is on 127.0.0.0/8.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/common.sh
miconnect_ensure_packages nmap time

runs=${1:-9}
cli=build/release/app/miconnect-cli
[ -x "$cli" ] || miconnect_build release

now_ns() { date +%s%N; }

# median of the numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# wall time of one run of "$@" in milliseconds, output discarded
wall_ms() {
    local start end
    start=$(now_ns)
    "$@" >/dev/null 2>&1 || true
    end=$(now_ns)
    echo $(( (end - start) / 1000000 ))
}

# peak resident set of one run of "$@" in MB
peak_mb() {
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }'
}

measure() { # label, command…  → prints "label median_ms"
    local label=$1; shift
    local samples=()
    for _ in $(seq "$runs"); do samples+=("$(wall_ms "$@")"); done
    printf '%s\n' "${samples[@]}" | median
}

closed_ours=$(measure ours "$cli" scan 127.0.0.1 --ports 11000-11999 --quiet)
closed_nmap=$(measure nmap nmap -sT -Pn -n -p 11000-11999 127.0.0.1)

# 1000 filtered ports: the simulator's redirect-filtered profile drops the whole range on its nodes.
sim_subnet=127.88.0.0/27
node=127.88.0.9
"$cli" simulate --profile redirect-filtered --subnet "$sim_subnet" >/dev/null 2>&1 &
sim_pid=$!
trap 'kill $sim_pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    "$cli" scan "$node" --ports 1433 --timeout 200 --quiet 2>/dev/null | grep -q '1 open' && break
done
filtered_ours=$(measure ours "$cli" scan "$node" --ports 11000-11999 --timeout 1000 --quiet)
filtered_nmap=$(runs=1 measure nmap nmap -sT -Pn -n -p 11000-11999 "$node")

mem_closed=$(peak_mb "$cli" scan 127.0.0.1 --ports 11000-11999 --quiet)
mem_filtered=$(peak_mb "$cli" scan "$node" --ports 11000-11999 --timeout 1000 --quiet)
mem_demo=$(peak_mb "$cli" demo --quiet)

ratio=$(awk -v a="$closed_ours" -v b="$closed_nmap" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')

cat <<TABLE
Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(uname -r); nmap $(nmap --version | head -n 1 | awk '{ print $3 }'); median of $runs runs unless noted.

| measurement | miconnect-cli | nmap -sT | target |
|---|---|---|---|
| 1000 closed ports, 127.0.0.1:11000-11999 (wall) | ${closed_ours} ms | ${closed_nmap} ms | ratio ≤ 1.00: **${ratio}** |
| 1000 filtered ports, --timeout 1000 (wall) | ${filtered_ours} ms | ${filtered_nmap} ms (1 run) | < 1300 ms |
| peak RSS, closed scan | ${mem_closed} MB | | < 40 MB |
| peak RSS, filtered scan | ${mem_filtered} MB | | < 40 MB |
| peak RSS, \`demo\` (simulator in process) | ${mem_demo} MB | | < 40 MB |
TABLE

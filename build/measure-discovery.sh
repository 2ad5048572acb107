#!/usr/bin/env bash
# Discovery against `find` (docs/performance.md, "Discovery"): for each tree, in turns, `find <tree>` (skipping nothing)
# and the build's discovery (DiscoveryCache.Discover as DiscoverMcpConfigs runs it: a walk that saves its result, then
# the check that reuses it when no folder changed), milliseconds, median and minimum of the runs.
#
#   build/measure-discovery.sh [runs] [tree ...]      (default 5 runs over generated trees of 10 000 and 100 000 files)
#
# A real repository is a tree argument, e.g. a checkout of dotnet/aspire.
set -euo pipefail

runs="${1:-5}"
shift || true
repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/mcpguard-discovery.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$repository/tests/McpGuard.Benchmarks" -c Release -o "$work/bench" -nologo -tl:off -v:q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }

# generate <root> <folders> <files per folder>: sources in nested folders, a .mcp.json in every 100th folder.
generate() {
  local root="$1" folders="$2" per="$3"
  mkdir -p "$root/.git"
  for f in $(seq 1 "$folders"); do
    local folder="$root/src/area$((f % 10))/part$((f % 100))/module$f"
    mkdir -p "$folder"
    for n in $(seq 1 "$per"); do : >"$folder/File$n.cs"; done
    if [ $((f % 100)) -eq 0 ]; then echo '{}' >"$folder/.mcp.json"; fi
  done
}

trees=("$@")
if [ ${#trees[@]} -eq 0 ]; then
  generate "$work/tree-10k" 1000 10
  generate "$work/tree-100k" 10000 10
  trees=("$work/tree-10k" "$work/tree-100k")
fi

stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%8.1f %8.1f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1] }'; }

printf 'Discovery against find (%s, %d cores, load average %s), %s runs, ms: median, min\n' "$(uname -s) $(uname -m)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$runs"
printf '%-24s %9s %9s %17s %17s %17s\n' tree files folders find walk unchanged
for tree in "${trees[@]}"; do
  : >"$work/find.ms"
  : >"$work/mcpguard.txt"
  find "$tree" >/dev/null
  for run in $(seq 1 "$runs"); do
    started=$(date +%s%N)
    find "$tree" >/dev/null
    echo $((($(date +%s%N) - started) / 1000)) | awk '{ print $1 / 1000 }' >>"$work/find.ms"
    dotnet "$work/bench/McpGuard.Benchmarks.dll" --discovery "$tree" 1 >>"$work/mcpguard.txt"
  done
  printf '%-24s %9d %9d %17s %17s %17s\n' "$(basename "$tree")" "$(find "$tree" -type f | wc -l)" "$(find "$tree" -type d | wc -l)" \
    "$(stats <"$work/find.ms")" "$(awk '{ print $2 }' "$work/mcpguard.txt" | stats)" "$(awk '{ print $4 }' "$work/mcpguard.txt" | stats)"
done

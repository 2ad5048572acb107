#!/usr/bin/env bash
# Measures what McpGuard.Build adds to the builds of a 20-project solution (docs/performance.md).
#
#   build/measure-overhead.sh [repetitions]      (default 5; needs only the .NET SDK)
#
# Packs the package from this repository to a folder feed, generates two identical repositories - one references
# McpGuard.Build, the other does not - each with a root .mcp.json and nested configurations, and times, alternating
# between the two, several repetitions of:
#   full     bin/ and obj/ outputs removed (restore kept), dotnet build
#   no-op    dotnet build again, nothing changed
#   touched  the root .mcp.json rewritten (a server without findings added or removed), dotnet build
# It prints the medians and the ratios with/without, checks that the touched build reported the findings again, and
# reads the analyzer's own time from one compilation built with -p:ReportAnalyzer=true.
set -euo pipefail

repetitions="${1:-5}"
projects=20
repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/mcpguard-overhead.XXXXXX")"
source "$repository/build/measure-repository.sh"
# MCPGUARD_OVERHEAD_KEEP=1 keeps the repositories and build logs.
[ "${MCPGUARD_OVERHEAD_KEEP:-}" = 1 ] && log "keeping $work" || trap 'rm -rf "$work"' EXIT
version="0.1.0-overhead.$(date -u +%Y%m%d%H%M%S)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$work/packages"

pack_package

# build <root> <log>: prints the elapsed milliseconds
build() {
  local root="$1" log="$2" start end
  start=$(now_ms)
  dotnet build "$(ls "$root"/Overhead.sln*)" --no-restore -nologo -tl:off -clp:NoSummary -v:m >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  end=$(now_ms)
  echo $((end - start))
}

for variant in with without; do
  create_repository "$work/$variant" "$variant"
  dotnet restore "$(ls "$work/$variant"/Overhead.sln*)" -nologo -tl:off >"$work/restore-$variant.log" 2>&1 || { cat "$work/restore-$variant.log" >&2; exit 1; }
  # Warm-up: the first build of a session pays for starting MSBuild nodes and the compiler server.
  build "$work/$variant" "$work/warmup-$variant.log" >/dev/null
done

declare -A times
for repetition in $(seq 1 "$repetitions"); do
  log "repetition $repetition/$repetitions"
  for scenario in full noop touched; do
    # Alternate which variant goes first, so that neither always runs on a warmer machine.
    if [ $((repetition % 2)) -eq 1 ]; then order="with without"; else order="without with"; fi
    for variant in $order; do
      root="$work/$variant"
      case "$scenario" in
        full) clean_outputs "$root" ;;
        touched) if [ $((repetition % 2)) -eq 1 ]; then write_mcp_json "$root/.mcp.json" 6 extra; else write_mcp_json "$root/.mcp.json" 6; fi ;;
      esac
      elapsed=$(build "$root" "$work/$scenario-$variant-$repetition.log")
      times["$scenario,$variant"]+="$elapsed "
      log "  $scenario $variant: $elapsed ms"
    done
  done
done

count_findings() { { grep -E '(warning|error) MCPG[0-9]+' "$1" || true; } | sort -u | wc -l; }
findings_with=$(count_findings "$work/touched-with-$repetitions.log")
findings_noop=$(count_findings "$work/noop-with-$repetitions.log")
findings_without=$(count_findings "$work/touched-without-$repetitions.log")

# The analyzer's share of a compilation (-p:ReportAnalyzer=true): on the command line, where the task reports and the
# analyzer only looks for its files, and in the IDE path (BuildingInsideVisualStudio=true), where the analyzer checks
# every configuration; the IDE figure is taken from a second compilation, once the compiler server has the analyzer loaded.
analyzer_time() {
  { grep -m1 -E '^\s*[<0-9.]+ +[<0-9]+ +McpGuard\.Analyzers' "$1" || true; } | awk '{ print $1 " s (" $2 "% of analyzer time)" }'
}
compile_with_report() {
  touch "$work/with/src/Project01/Class1.cs"
  dotnet build "$work/with/src/Project01/Project01.csproj" --no-restore --no-dependencies -nologo -tl:off -v:d \
    -p:ReportAnalyzer=true "$@" >"$work/analyzer.log" 2>&1 || true
}
compile_with_report
analyzer_command_line=$(analyzer_time "$work/analyzer.log")
compile_with_report -p:BuildingInsideVisualStudio=true
compile_with_report -p:BuildingInsideVisualStudio=true
analyzer_ide=$(analyzer_time "$work/analyzer.log")

printf '\nMcpGuard.Build build overhead: %d projects, %d repetitions, medians in ms (%s, %d cores, SDK %s)\n' \
  "$projects" "$repetitions" "$(uname -s) $(uname -m)" "$(nproc)" "$(dotnet --version)"
printf '%-8s %10s %10s %8s   %s\n' scenario without with ratio 'all runs with | without'
for scenario in full noop touched; do
  with=$(tr ' ' '\n' <<<"${times[$scenario,with]}" | grep . | median)
  without=$(tr ' ' '\n' <<<"${times[$scenario,without]}" | grep . | median)
  ratio=$(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.3f", a / b }')
  printf '%-8s %10d %10d %7sx   %s| %s\n' "$scenario" "$without" "$with" "$ratio" "${times[$scenario,with]}" "${times[$scenario,without]}"
done
printf 'findings reported: touched build %d, no-op build %d (replayed), repository without the package %d\n' \
  "$findings_with" "$findings_noop" "$findings_without"
printf 'analyzer per compilation (ReportAnalyzer): command line %s; IDE path, warm %s\n' \
  "${analyzer_command_line:-not listed (no time recorded)}" "${analyzer_ide:-not listed (no time recorded)}"

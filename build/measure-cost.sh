#!/usr/bin/env bash
# McpGuard's own cost in the builds of a 20-project solution, read from each build's binary log (docs/performance.md).
#
#   build/measure-cost.sh [repetitions] [scenarios]     (default 10; "restore full noop config editorconfig")
#   e.g. build/measure-cost.sh 5 "config config-il probe probe-il"   ReadyToRun against IL, back to back
#
# Packs the package from the working tree, generates the repository of build/measure-overhead.sh (20 projects, every
# one referencing McpGuard.Build, a root .mcp.json and three more configurations) plus tools/agent/.editorconfig, and
# builds it with -bl in each scenario:
#   restore       obj/ and bin/ removed, dotnet restore, then the first build
#   full          bin/ and obj/Debug removed (restore kept)
#   noop          nothing changed (McpGuard replays its findings)
#   config        the root .mcp.json rewritten, built with fresh build nodes (-nodeReuse:false, as on a build server)
#   editorconfig  tools/agent/.editorconfig rewritten (a severity changed, and a text never seen before, so no cached
#                 severities apply), fresh build nodes
#   config-il     as config, with the package's IL task assemblies (tasks/netstandard2.0) instead of the ReadyToRun
#                 images MSBuild on .NET on Linux x64 loads (tasks/readytorun-linux-x64): the images' effect, back to back
#   probe, probe-il  tests/McpGuard.StartupProbe in a new process: discovery and the first check of the repository with
#                 the ReadyToRun or the IL folder (no MSBuild, no cache); milliseconds of the check and from process
#                 start, methods the JIT compiled
# tests/McpGuard.BuildCost reads every log: the McpGuard targets of the 20 projects (without the scan project builds
# they wait for), every build and evaluation of McpGuard.Scan.proj, summed per build. Prints median and range per
# scenario; the calls into the scan project, the scan project builds that ran a task (discovery, check) and the McpGuard
# tasks run in the projects (counts, independent of the machine's speed); and the findings each build printed. MCPGUARD_COST_KEEP=1 keeps the logs;
# MCPGUARD_COST_ALTERNATE=1 runs the scenarios in reverse order in even repetitions (for A/B pairs such as config config-il);
# MCPGUARD_COST_PROJECTS=N changes the number of projects; MCPGUARD_COST_SOURCE=<folder> packs McpGuard from another
# checkout (an earlier commit, for a before/after comparison: git archive <commit> | tar -x -C <folder>).
set -euo pipefail

repetitions="${1:-10}"
scenarios="${2:-restore full noop config editorconfig}"
projects="${MCPGUARD_COST_PROJECTS:-20}"
repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/mcpguard-cost.XXXXXX")"
source "$repository/build/measure-repository.sh"
reader_source="$repository"
repository="${MCPGUARD_COST_SOURCE:-$repository}"
[ "${MCPGUARD_COST_KEEP:-}" = 1 ] && log "keeping $work" || trap 'rm -rf "$work"' EXIT
version="0.1.0-cost.$(date -u +%Y%m%d%H%M%S)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$work/packages"

dotnet build "$reader_source/tests/McpGuard.BuildCost" -c Release -o "$work/reader" -nologo -tl:off -v:q >"$work/reader.log" 2>&1 || { cat "$work/reader.log" >&2; exit 1; }
if [[ " $scenarios " == *" probe"* ]]; then
  dotnet build "$reader_source/tests/McpGuard.StartupProbe" -c Release -f net10.0 -o "$work/probe" -nologo -tl:off -v:q >"$work/probe.log" 2>&1 || { cat "$work/probe.log" >&2; exit 1; }
fi
pack_package
root="$work/with"
create_repository "$root" with
write_editorconfig() {
  printf '# %s\n[*.json]\ndotnet_diagnostic.MCPG201.severity = %s\n' "$(date -u +%s%N)" "$1" >"$root/tools/agent/.editorconfig"
}
write_editorconfig warning
solution="$(ls "$root"/Overhead.sln*)"
dotnet restore "$solution" -nologo -tl:off >"$work/restore.log" 2>&1 || { cat "$work/restore.log" >&2; exit 1; }
# Warm-up: the first build of a session pays for starting MSBuild nodes and the compiler server.
dotnet build "$solution" --no-restore -nologo -tl:off -v:m >"$work/warmup.log" 2>&1 || { cat "$work/warmup.log" >&2; exit 1; }

# build_logged <name> [msbuild arguments]: one build with its binary log, <name>.binlog and <name>.log
build_logged() {
  local name="$1"
  shift
  dotnet build "$solution" --no-restore -nologo -tl:off -clp:NoSummary -v:m -bl:"$work/logs/$name.binlog" "$@" >"$work/logs/$name.log" 2>&1 \
    || { cat "$work/logs/$name.log" >&2; exit 1; }
}

tasks_folder="$NUGET_PACKAGES/mcpguard.build/$version/tasks"
# Each config-changed build rewrites the root .mcp.json the other way (a server added or removed), so none replays.
config_writes=0
rewrite_config() {
  config_writes=$((config_writes + 1))
  if [ $((config_writes % 2)) -eq 1 ]; then write_mcp_json "$root/.mcp.json" 6 extra; else write_mcp_json "$root/.mcp.json" 6; fi
}
# probe <name> <folder>: one run of the start-up probe, its first line kept as logs/<name>.probe
probe() {
  dotnet "$work/probe/McpGuard.StartupProbe.dll" "$2" "$root" >"$work/logs/$1.probe" 2>&1 || { cat "$work/logs/$1.probe" >&2; exit 1; }
}

mkdir -p "$work/logs"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for repetition in $(seq 1 "$repetitions"); do
  log "repetition $repetition/$repetitions"
  order="$scenarios"
  if [ "${MCPGUARD_COST_ALTERNATE:-}" = 1 ] && [ $((repetition % 2)) -eq 0 ]; then order=$(tr ' ' '\n' <<<"$scenarios" | tac | paste -sd' ' -); fi
  for scenario in $order; do
    case "$scenario" in
      restore)
        find "$root/src" -mindepth 2 -maxdepth 2 \( -name bin -o -name obj \) -type d -exec rm -rf {} +
        dotnet restore "$solution" -nologo -tl:off >"$work/restore.log" 2>&1 || { cat "$work/restore.log" >&2; exit 1; }
        build_logged "$scenario-$repetition" ;;
      full) clean_outputs "$root"; build_logged "$scenario-$repetition" ;;
      noop) build_logged "$scenario-$repetition" ;;
      config) rewrite_config; build_logged "$scenario-$repetition" -nodeReuse:false ;;
      config-il) rewrite_config; build_logged "$scenario-$repetition" -nodeReuse:false -p:McpGuardTaskAssembly="$tasks_folder/netstandard2.0/McpGuard.Build.Tasks.dll" ;;
      probe) probe "$scenario-$repetition" "$tasks_folder/readytorun-linux-x64" ;;
      probe-il) probe "$scenario-$repetition" "$tasks_folder/netstandard2.0" ;;
      editorconfig)
        if [ $((repetition % 2)) -eq 1 ]; then write_editorconfig suggestion; else write_editorconfig warning; fi
        build_logged "$scenario-$repetition" -nodeReuse:false ;;
      *) log "unknown scenario $scenario"; exit 2 ;;
    esac
  done
done

if compgen -G "$work/logs/*.binlog" >/dev/null; then dotnet "$work/reader/McpGuard.BuildCost.dll" "$work"/logs/*.binlog >"$work/cost.txt"; else : >"$work/cost.txt"; fi
count_findings() { { grep -E '(warning|error) MCPG[0-9]+' "$1" || true; } | sort -u | wc -l; }

printf '\nMcpGuard own cost from binary logs: %d projects, %d repetitions, ms (%s, %d cores, SDK %s)\n' \
  "$projects" "$repetitions" "$(uname -s) $(uname -m)" "$(nproc)" "$(dotnet --version)"
printf 'load average (1, 5, 15 min) at the first build %s, after the last %s\n' "$load_start" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-13s %7s %7s %7s %6s %6s %6s %9s   %s\n' scenario median min max calls scans tasks findings 'all runs (ms)'
for scenario in $scenarios; do
  [[ "$scenario" == probe* ]] && continue
  values=$(grep -E "^$scenario-[0-9]+\.binlog " "$work/cost.txt" | awk '{ print $2 }')
  sorted=$(sort -n <<<"$values")
  counts() { grep -E "^$scenario-[0-9]+\.binlog " "$work/cost.txt" | awk -v c="$1" '{ print $c }' | sort -u | paste -sd/ -; }
  printf '%-13s %7d %7d %7d %6s %6s %6s %9d   %s\n' "$scenario" "$(median <<<"$values")" "$(head -1 <<<"$sorted")" "$(tail -1 <<<"$sorted")" \
    "$(counts 3)" "$(counts 4)" "$(counts 5)" "$(count_findings "$work/logs/$scenario-$repetitions.log")" "$(tr '\n' ' ' <<<"$values")"
done
if compgen -G "$work/logs/*.probe" >/dev/null; then
  printf '\nStart-up probe (first check in a new process, %s), ms\n' "$(head -1 "$(ls "$work"/logs/*.probe | head -1)" | awk '{ print $2 }')"
  printf '%-13s %7s %7s %7s %14s %7s %9s   %s\n' scenario median min max 'start-to-end' jitted findings 'all runs (check ms)'
  for scenario in $scenarios; do
    [[ "$scenario" == probe* ]] || continue
    field() { head -qn1 "$work"/logs/"$scenario"-[0-9]*.probe | awk -v n="$1" '{ for (i = 1; i < NF; i++) if ($i == n) print $(i + 1) }'; }
    values=$(field check)
    sorted=$(sort -n <<<"$values")
    printf '%-13s %7d %7d %7d %14d %7s %9s   %s\n' "$scenario" "$(median <<<"$values")" "$(head -1 <<<"$sorted")" "$(tail -1 <<<"$sorted")" \
      "$(field start-to-end | median)" "$(field jitted | sort -u | paste -sd/ -)" "$(field findings | sort -u | paste -sd/ -)" "$(tr '\n' ' ' <<<"$values")"
  done
fi
compgen -G "$work/logs/*.binlog" >/dev/null || exit 0
# One build in detail: where the time of the last config-changed build went.
last=$(ls "$work"/logs/*-"$repetitions".binlog | head -1)
for scenario in $scenarios; do [ -f "$work/logs/config-$repetitions.binlog" ] && last="$work/logs/config-$repetitions.binlog"; done
printf '\nDetail of %s:\n' "$(basename "$last")"
dotnet "$work/reader/McpGuard.BuildCost.dll" --detail "$last"

#!/usr/bin/env bash
# McpGuard at scale, without compiling anything (docs/performance.md): a generated repository with many configuration
# files in nested folders and many small projects that import build/McpGuard.Build.props and .targets directly, built
# through one traversal project with -m, McpGuardCheck only. Reads each build's binary log with tests/McpGuard.BuildCost.
#
#   build/measure-scale.sh "<projects>:<configs> ..."      (default "100:4 1000:4 100:500 1000s:4 5000s:4 5000s:500")
#
# <projects> with an s ("5000s"): a simulated solution graph of that many projects, built as one small project file
# called that many times with distinct project identities (TargetFramework=p1, p2, ... as the inner builds of
# multi-targeted projects; McpGuard removes TargetFramework from its calls into the scan project), so no project file
# per project is written or parsed and each identity costs one evaluation of McpGuard's props and targets only.
#
# Per case: a cold build (first walk and check) and a no-op build (replay), with the build's wall-clock time, McpGuard's
# milliseconds, the calls into McpGuard.Scan.proj, the scan project builds that ran a task (once per build: discovery
# and check), the McpGuard tasks run in the projects, and the time of DiscoverMcpConfigs and CheckMcpConfigs.
# Needs src/McpGuard.Build.Tasks built in Release.
set -euo pipefail

cases="${1:-100:4 1000:4 100:500 1000s:4 5000s:4 5000s:500}"
repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/mcpguard-scale.XXXXXX")"
[ "${MCPGUARD_SCALE_KEEP:-}" = 1 ] && echo "keeping $work" >&2 || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
tasks="$repository/src/McpGuard.Build.Tasks/bin/Release/netstandard2.0/McpGuard.Build.Tasks.dll"
[ -f "$tasks" ] || { echo "build src/McpGuard.Build.Tasks -c Release first" >&2; exit 1; }
dotnet build "$repository/tests/McpGuard.BuildCost" -c Release -o "$work/reader" -nologo -tl:off -v:q >"$work/reader.log" 2>&1 || { cat "$work/reader.log" >&2; exit 1; }

# generate <root> <projects> <configs> [simulated]
generate() {
  local root="$1" projects="$2" configs="$3" simulated="${4:-}"
  mkdir -p "$root/.git"
  echo "ref: refs/heads/main" >"$root/.git/HEAD"
  for c in $(seq 1 "$configs"); do
    local folder="$root/services/group$((c % 10))/area$((c % 50))/service$c"
    mkdir -p "$folder"
    printf '{ "mcpServers": { "s%d": { "command": "npx", "args": ["-y", "@example/mcp-server-%d@1.0.%d"] } } }\n' "$c" "$c" "$c" >"$folder/.mcp.json"
  done
  {
    echo '<Project>'
    echo '  <ItemGroup>'
    if [ -n "$simulated" ]; then
      for p in $(seq 1 "$projects"); do echo "    <P Include=\"src/p/p.proj\" AdditionalProperties=\"TargetFramework=p$p\" />"; done
    else
      for p in $(seq 1 "$projects"); do echo "    <P Include=\"src/p$p/p$p.proj\" />"; done
    fi
    echo '  </ItemGroup>'
    echo '  <Target Name="Build"><MSBuild Projects="@(P)" Targets="McpGuardCheck" BuildInParallel="true" /></Target>'
    echo '</Project>'
  } >"$root/dirs.proj"
  local files
  if [ -n "$simulated" ]; then files=p; else files=$(seq 1 "$projects" | sed 's/^/p/'); fi
  for p in $files; do
    mkdir -p "$root/src/$p"
    cat >"$root/src/$p/$p.proj" <<PROJ
<Project>
  <PropertyGroup><McpGuardTaskAssembly>$tasks</McpGuardTaskAssembly><McpGuardCacheDirectory>$root.cache</McpGuardCacheDirectory></PropertyGroup>
  <Import Project="$repository/build/McpGuard.Build.props" />
  <Import Project="$repository/build/McpGuard.Build.targets" />
</Project>
PROJ
  done
}

printf 'McpGuard at scale (%s, %d cores, load average %s)\n' "$(uname -s) $(uname -m)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%9s %8s %-6s %9s %9s %6s %6s %6s %9s %9s %9s\n' projects configs build 'wall ms' 'ms' calls scans tasks findings 'discover' 'check'
for case in $cases; do
  projects="${case%%:*}" configs="${case##*:}" simulated=""
  if [[ "$projects" == *s ]]; then projects="${projects%s}" simulated=simulated; fi
  name="$projects${simulated:+s}-$configs"
  root="$work/r-$name"
  generate "$root" "$projects" "$configs" "$simulated"
  for build in cold noop; do
    started=$(date +%s%3N)
    dotnet msbuild "$root/dirs.proj" -m -nologo -tl:off -v:m -nodeReuse:false -bl:"$work/$name-$build.binlog" >"$work/$name-$build.log" 2>&1 \
      || { tail -20 "$work/$name-$build.log" >&2; exit 1; }
    wall=$(($(date +%s%3N) - started))
    dotnet "$work/reader/McpGuard.BuildCost.dll" --detail "$work/$name-$build.binlog" >"$work/$name-$build.cost"
    read -r _ ms calls scans runs <"$work/$name-$build.cost"
    task_ms() { awk -v t="$1" '$1 == "scan" && $2 == "task" && $3 == t { print int($4 + 0.5) }' "$work/$name-$build.cost"; }
    findings=$({ grep -E '(warning|error) MCPG[0-9]+' "$work/$name-$build.log" || true; } | sort -u | wc -l)
    printf '%9s %8d %-6s %9d %9d %6d %6d %6d %9d %9s %9s\n' "$projects${simulated:+s}" "$configs" "$build" "$wall" "$ms" "$calls" "$scans" "$runs" "$findings" \
      "$(task_ms DiscoverMcpConfigs) ms" "$(task_ms CheckMcpConfigs) ms"
  done
done

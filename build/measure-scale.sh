#!/usr/bin/env bash
# McpGuard at scale, without compiling anything (docs/performance.md): a generated repository with many configuration
# files in nested folders and many small projects that import build/McpGuard.Build.props and .targets directly, built
# through one traversal project with -m, McpGuardCheck only. Reads each build's binary log with tests/McpGuard.BuildCost.
#
#   build/measure-scale.sh "<projects>:<configs> ..."      (default "100:4 1000:4 5000:4 100:500 1000:500")
#
# Per case: a cold build (first walk and check) and a no-op build (replay), with McpGuard's milliseconds, the calls
# into McpGuard.Scan.proj, the scan project builds that ran a task (once per build: discovery and check) and the
# McpGuard tasks run in the projects. Needs src/McpGuard.Build.Tasks built in Release.
set -euo pipefail

cases="${1:-100:4 1000:4 5000:4 100:500 1000:500}"
repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/mcpguard-scale.XXXXXX")"
[ "${MCPGUARD_SCALE_KEEP:-}" = 1 ] && echo "keeping $work" >&2 || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
tasks="$repository/src/McpGuard.Build.Tasks/bin/Release/netstandard2.0/McpGuard.Build.Tasks.dll"
[ -f "$tasks" ] || { echo "build src/McpGuard.Build.Tasks -c Release first" >&2; exit 1; }
dotnet build "$repository/tests/McpGuard.BuildCost" -c Release -o "$work/reader" -nologo -tl:off -v:q >"$work/reader.log" 2>&1 || { cat "$work/reader.log" >&2; exit 1; }

# generate <root> <projects> <configs>
generate() {
  local root="$1" projects="$2" configs="$3"
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
    for p in $(seq 1 "$projects"); do echo "    <P Include=\"src/p$p/p$p.proj\" />"; done
    echo '  </ItemGroup>'
    echo '  <Target Name="Build"><MSBuild Projects="@(P)" Targets="McpGuardCheck" BuildInParallel="true" /></Target>'
    echo '</Project>'
  } >"$root/dirs.proj"
  for p in $(seq 1 "$projects"); do
    mkdir -p "$root/src/p$p"
    cat >"$root/src/p$p/p$p.proj" <<PROJ
<Project>
  <PropertyGroup><McpGuardTaskAssembly>$tasks</McpGuardTaskAssembly><McpGuardCacheDirectory>$root.cache</McpGuardCacheDirectory></PropertyGroup>
  <Import Project="$repository/build/McpGuard.Build.props" />
  <Import Project="$repository/build/McpGuard.Build.targets" />
</Project>
PROJ
  done
}

printf 'McpGuard at scale (%s, %d cores, load average %s)\n' "$(uname -s) $(uname -m)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%9s %8s %-6s %9s %6s %6s %6s %9s\n' projects configs build 'ms' calls scans tasks findings
for case in $cases; do
  projects="${case%%:*}" configs="${case##*:}"
  root="$work/r-$projects-$configs"
  generate "$root" "$projects" "$configs"
  for build in cold noop; do
    dotnet msbuild "$root/dirs.proj" -m -nologo -tl:off -v:m -nodeReuse:false -bl:"$work/$projects-$configs-$build.binlog" >"$work/$projects-$configs-$build.log" 2>&1 \
      || { tail -20 "$work/$projects-$configs-$build.log" >&2; exit 1; }
    read -r _ ms calls scans runs < <(dotnet "$work/reader/McpGuard.BuildCost.dll" "$work/$projects-$configs-$build.binlog")
    findings=$({ grep -E '(warning|error) MCPG[0-9]+' "$work/$projects-$configs-$build.log" || true; } | sort -u | wc -l)
    printf '%9d %8d %-6s %9d %6d %6d %6d %9d\n' "$projects" "$configs" "$build" "$ms" "$calls" "$scans" "$runs" "$findings"
  done
done

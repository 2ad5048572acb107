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
# MCPGUARD_OVERHEAD_KEEP=1 keeps the repositories and build logs.
[ "${MCPGUARD_OVERHEAD_KEEP:-}" = 1 ] && log "keeping $work" || trap 'rm -rf "$work"' EXIT
version="0.1.0-overhead.$(date -u +%Y%m%d%H%M%S)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$work/packages"

log() { printf '%s\n' "$*" >&2; }

log "packing McpGuard.Build $version"
dotnet pack "$repository/nuget/McpGuard.Build.csproj" -c Release -o "$work/feed" --artifacts-path "$work/artifacts" \
  -p:McpGuardVersion="$version" -nologo -tl:off >"$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; exit 1; }

# create_repository <folder> <with|without>
create_repository() {
  local root="$1" variant="$2"
  mkdir -p "$root/.git" "$root/.vscode" "$root/.cursor" "$root/tools/agent"
  echo "ref: refs/heads/main" >"$root/.git/HEAD"
  cat >"$root/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
</configuration>
EOF
  local reference=""
  if [ "$variant" = with ]; then
    reference="<ItemGroup><PackageReference Include=\"McpGuard.Build\" Version=\"$version\" PrivateAssets=\"all\" /></ItemGroup>"
  fi
  cat >"$root/Directory.Build.props" <<EOF
<Project>
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  $reference
</Project>
EOF
  write_mcp_json "$root/.mcp.json" 6
  cat >"$root/.vscode/mcp.json" <<'EOF'
{
  "servers": {
    "docs": { "type": "http", "url": "http://docs.internal.example.com/mcp" },
    "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.4.7"] }
  }
}
EOF
  cat >"$root/.cursor/mcp.json" <<'EOF'
{ "mcpServers": { "browser": { "command": "npx", "args": ["-y", "@playwright/mcp"] } } }
EOF
  write_mcp_json "$root/tools/agent/.mcp.json" 2
  local solution_projects=()
  for i in $(seq 1 "$projects"); do
    local name
    name=$(printf 'Project%02d' "$i")
    mkdir -p "$root/src/$name"
    local references=""
    # A layered graph: every project but the first of each group of five references the one before it.
    if [ $(((i - 1) % 5)) -ne 0 ]; then
      references="<ItemGroup><ProjectReference Include=\"../$(printf 'Project%02d' $((i - 1)))/$(printf 'Project%02d' $((i - 1))).csproj\" /></ItemGroup>"
    fi
    cat >"$root/src/$name/$name.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  $references
</Project>
EOF
    for c in 1 2 3 4 5; do
      cat >"$root/src/$name/Class$c.cs" <<EOF
namespace $name;

public sealed class Class$c
{
    public int Value { get; set; }

    public override string ToString() => \$"{nameof(Class$c)}: {Value}";
}
EOF
    done
    solution_projects+=("src/$name/$name.csproj")
  done
  # SDK 9.0.200 and later write Overhead.slnx, earlier ones Overhead.sln.
  (cd "$root" && dotnet new sln -n Overhead -o . >/dev/null && dotnet sln "$(ls Overhead.sln*)" add "${solution_projects[@]}" >/dev/null)
}

# write_mcp_json <file> <servers> [extra server]
write_mcp_json() {
  local file="$1" count="$2" extra="${3:-}"
  {
    echo '{'
    echo '  "mcpServers": {'
    for s in $(seq 1 "$count"); do
      echo "    \"server$s\": { \"command\": \"npx\", \"args\": [\"-y\", \"@example/mcp-server-$s\"], \"env\": { \"API_KEY\": \"\${API_KEY_$s}\" } },"
    done
    [ -n "$extra" ] && echo "    \"$extra\": { \"command\": \"node\", \"args\": [\"./tools/server.js\"] },"
    echo '    "remote": { "type": "http", "url": "https://mcp.example.com/mcp" }'
    echo '  }'
    echo '}'
  } >"$file"
}

now_ms() { date +%s%3N; }

# build <root> <log>: prints the elapsed milliseconds
build() {
  local root="$1" log="$2" start end
  start=$(now_ms)
  dotnet build "$(ls "$root"/Overhead.sln*)" --no-restore -nologo -tl:off -clp:NoSummary -v:m >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  end=$(now_ms)
  echo $((end - start))
}

clean_outputs() {
  find "$1/src" -mindepth 2 -maxdepth 2 -name bin -type d -exec rm -rf {} +
  find "$1/src" -mindepth 3 -maxdepth 3 -path '*/obj/Debug' -type d -exec rm -rf {} +
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

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

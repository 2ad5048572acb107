#!/usr/bin/env bash
# The MCPG8xx analyzer's time in real builds (docs/performance.md, "The MCPG8xx analyzers"): a server with 50 tools on
# the real SDK (ModelContextProtocol 2.4.0, whose own analyzer runs too), compiled again after each edit with
# -p:ReportAnalyzer=true, the compiler's own account of each analyzer's execution time (1 ms resolution).
#
#   build/measure-analyzer.sh [builds]      (default 20 builds in each mode)
#
# Two modes: "server", the compiler server that `dotnet build` uses by default, started fresh for this script (its own
# SharedCompilationId), so the first build is a cold server and the later ones are what a developer's repeated builds
# see; "process", a new compiler process for every build (UseSharedCompilation=false, as on machines that turn the
# server off), so every build pays the JIT. The analyzer is referenced as the package does (an Analyzer item of
# McpGuard.Analyzers.dll and McpGuard.Core.dll), built from src/ in Release.
set -euo pipefail

builds="${1:-20}"
repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/mcpguard-analyzer.XXXXXX")"
server_id="mcpguard-measure-$$"
trap 'pkill -f "pipename:$server_id" 2>/dev/null || true; rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$repository/src/McpGuard.Analyzers" -c Release -o "$work/analyzer" -nologo -tl:off -v:q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }

mkdir -p "$work/server"
cat >"$work/server/Server.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ReportAnalyzer>true</ReportAnalyzer>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ModelContextProtocol" Version="2.4.0" />
    <Analyzer Include="$work/analyzer/McpGuard.Analyzers.dll;$work/analyzer/McpGuard.Core.dll" />
  </ItemGroup>
</Project>
EOF

# The same 50 tools as ToolCodeBenchmarks: each builds a path and a command line from its argument, through a local and
# two helpers (100 findings: MCPG801 and MCPG802 per tool).
{
  printf 'using System.Diagnostics; using System.IO; using ModelContextProtocol.Server;\n[McpServerToolType]\npublic sealed class Tools\n{\n'
  for i in $(seq 0 49); do
    printf '    [McpServerTool(Name = "tool_%d", ReadOnly = true)]\n    public string Tool%d(string name, int count)\n    {\n' "$i" "$i"
    printf '        var path = Path.Combine("/srv/data", name + ".txt");\n'
    printf '        Process.Start("git", "log -n " + count + " " + Quote(name));\n'
    printf '        return File.ReadAllText(path) + Describe(name);\n    }\n\n'
  done
  printf '    private static string Quote(string value) => "'"'"'" + value + "'"'"'";\n'
  printf '    private static string Describe(string value) => value.Trim();\n}\n'
} >"$work/server/Tools.cs"
dotnet restore "$work/server" -nologo -v:q >"$work/restore.log" 2>&1 || { cat "$work/restore.log" >&2; exit 1; }

# compile <mode> <build>: edit Tools.cs so that the compiler runs, build, print the analyzer's milliseconds and its findings.
compile() {
  echo "// build $1 $2" >>"$work/server/Tools.cs"
  local shared=false
  if [ "$1" = server ]; then shared=true; fi
  dotnet build "$work/server" --no-restore -nologo -tl:off -v:d -p:UseSharedCompilation=$shared -p:SharedCompilationId="$server_id" >"$work/out.log" 2>&1 || { tail -30 "$work/out.log" >&2; exit 1; }
  local seconds findings
  seconds="$(grep -m1 'McpGuard.Analyzers.ToolCode.ToolCodeAnalyzer (' "$work/out.log" | awk '{ print $1 }')"
  findings="$(grep -o 'Tools.cs([0-9,]*): warning MCPG80[1-7]' "$work/out.log" | sort -u | wc -l)"
  if [ "$seconds" = "<0.001" ]; then seconds=0.0005; fi
  awk -v s="$seconds" -v f="$findings" 'BEGIN { printf "%.1f %d\n", s * 1000, f }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

printf 'MCPG8xx analyzer time per build, 50 tools, ModelContextProtocol 2.4.0 (%s, %d cores, load average %s), ms\n' "$(uname -s) $(uname -m)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
for mode in server process; do
  : >"$work/$mode.ms"
  for build in $(seq 1 "$builds"); do
    compile "$mode" "$build" >>"$work/$mode.ms"
  done
  findings="$(awk 'NR == 1 { print $2 }' "$work/$mode.ms")"
  half=$((builds / 2))
  printf '%-8s first %6.1f   median of builds 2-%d %6.1f   median of the last %d %6.1f   max of the last %d %6.1f   findings %s\n' "$mode" \
    "$(awk 'NR == 1 { print $1 }' "$work/$mode.ms")" "$builds" "$(awk 'NR > 1 { print $1 }' "$work/$mode.ms" | median)" \
    "$half" "$(tail -n "$half" "$work/$mode.ms" | awk '{ print $1 }' | median)" "$half" "$(tail -n "$half" "$work/$mode.ms" | awk '{ print $1 }' | sort -n | tail -1)" "$findings"
  printf '         each: %s\n' "$(awk '{ printf "%s ", $1 }' "$work/$mode.ms")"
done

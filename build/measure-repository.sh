# Shared by build/measure-overhead.sh and build/measure-cost.sh (sourced, not run): packs the package from the working
# tree and generates the 20-project repository they build. Expects $repository, $work, $version and $projects.

log() { printf '%s\n' "$*" >&2; }

# pack_package: McpGuard.Build $version from the working tree into $work/feed
pack_package() {
  log "packing McpGuard.Build $version"
  dotnet pack "$repository/nuget/McpGuard.Build.csproj" -c Release -o "$work/feed" --artifacts-path "$work/artifacts" \
    -p:McpGuardVersion="$version" -nologo -tl:off >"$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; exit 1; }
}

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

clean_outputs() {
  find "$1/src" -mindepth 2 -maxdepth 2 -name bin -type d -exec rm -rf {} +
  find "$1/src" -mindepth 3 -maxdepth 3 -path '*/obj/Debug' -type d -exec rm -rf {} +
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

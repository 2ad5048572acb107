using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class PinServerPackageVersionRuleTests
{
    [TestMethod]
    public void NpmLaunchers_WithoutExactVersion_AreReportedAtThePackageArgument()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "plain": { "command": "npx", "args": ["-y", {|MCPG201:"@modelcontextprotocol/server-github"|}] },
                "latest": { "command": "npx", "args": [{|MCPG201:"@playwright/mcp@latest"|}] },
                "range": { "command": "npx", "args": ["--yes", {|MCPG201:"mcp-remote@^0.1.0"|}, "https://x.example.com"] },
                "bun": { "command": "bunx", "args": [{|MCPG201:"some-mcp"|}] },
                "pnpm": { "command": "pnpm", "args": ["dlx", {|MCPG201:"other-mcp@next"|}] },
                "windows": { "command": "C:\\Program Files\\nodejs\\npx.cmd", "args": ["-y", {|MCPG201:"figma-developer-mcp"|}] },
                "package-option": { "command": "npx", "args": ["--package", {|MCPG201:"@scope/tool"|}, "tool-bin"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG201", "Server 'plain' runs npm package '@modelcontextprotocol/server-github' at 'mcpServers.plain.args[1]' without an exact version; pin it (e.g. '@modelcontextprotocol/server-github@<version>') so every machine runs the release that was reviewed")
            .ShouldReportMessage("MCPG201", "Server 'latest' runs npm package '@playwright/mcp@latest' at 'mcpServers.latest.args[0]' without an exact version; pin it (e.g. '@playwright/mcp@<version>') so every machine runs the release that was reviewed")
            .Verify();
    }

    [TestMethod]
    public void PythonAndNuGetLaunchers_WithoutExactVersion_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "uvx": { "command": "uvx", "args": [{|MCPG201:"mcp-server-git"|}, "--repository", "."] },
                "uvx-latest": { "command": "uvx", "args": ["--python", "3.12", {|MCPG201:"mcp-server-fetch@latest"|}] },
                "uvx-range": { "command": "uvx", "args": ["--from", {|MCPG201:"awslabs.aws-mcp>=1.0"|}, "aws-mcp"] },
                "uv-tool": { "command": "uv", "args": ["tool", "run", {|MCPG201:"serena"|}] },
                "pipx": { "command": "pipx", "args": ["run", {|MCPG201:"mcp-server-time"|}] },
                "dnx-empty": { "command": "dnx", "args": [{|MCPG201:"SampleMcpServer@"|}, "--yes"] },
                "dnx-none": { "command": "dnx", "args": [{|MCPG201:"Contoso.Mcp"|}] }
              }
            }
            """)
            .ShouldReportMessage("MCPG201", "Server 'uvx' runs PyPI package 'mcp-server-git' at 'mcpServers.uvx.args[0]' without an exact version; pin it (e.g. 'mcp-server-git==<version>') so every machine runs the release that was reviewed")
            .ShouldReportMessage("MCPG201", "Server 'dnx-empty' runs NuGet package 'SampleMcpServer@' at 'mcpServers.dnx-empty.args[0]' without an exact version; pin it (e.g. 'SampleMcpServer@<version>') so every machine runs the release that was reviewed")
            .Verify();
    }

    [TestMethod]
    public void EveryLauncher_IsJudged_AndContainersAndGitAreLeftToTheirRules()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "npm-exec": { "command": "npm", "args": ["exec", "--yes", {|MCPG201:"some-mcp@~1.2.0"|}] },
                "yarn": { "command": "yarn", "args": ["dlx", "-p", {|MCPG201:"some-mcp@*"|}, "some-bin"] },
                "package-inline": { "command": "npx", "args": [{|MCPG201:"--package=some-mcp@>=1.0.0"|}, "some-bin"] },
                "tool-exec": { "command": "dotnet", "args": ["tool", "exec", {|MCPG201:"Contoso.Mcp"|}, "--yes"] },
                "dotnet-dnx": { "command": "dotnet", "args": ["dnx", {|MCPG201:"Contoso.Mcp@"|}] },
                "deno-npm": { "command": "deno", "args": ["run", "-A", {|MCPG201:"npm:some-mcp"|}] },
                "deno-jsr": { "command": "deno", "args": ["run", {|MCPG201:"jsr:@scope/mcp@^1.0.0"|}] },
                "pinned": { "command": "deno", "args": ["run", "-A", "npm:some-mcp@1.2.3", "jsr:@scope/other"] },
                "image": { "command": "docker", "args": ["run", "-i", {|MCPG202:"mcp/fetch"|}] },
                "git": { "command": "npx", "args": [{|MCPG203:"github:user/repo"|}] }
              }
            }
            """)
            .ShouldReportMessage("MCPG201", "Server 'deno-jsr' runs JSR package 'jsr:@scope/mcp@^1.0.0' at 'mcpServers.deno-jsr.args[1]' without an exact version; pin it (e.g. 'jsr:@scope/mcp@<version>') so every machine runs the release that was reviewed")
            .ShouldReportMessage("MCPG201", "Server 'deno-npm' runs npm package 'npm:some-mcp' at 'mcpServers.deno-npm.args[2]' without an exact version; pin it (e.g. 'npm:some-mcp@<version>') so every machine runs the release that was reviewed")
            .Verify();
    }

    [TestMethod]
    public void Wrappers_AreLookedThrough()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "cmd": { "command": "cmd", "args": ["/c", "npx", "-y", {|MCPG201:"@upstash/context7-mcp"|}] },
                "bash": { "command": "bash", "args": ["-lc", {|MCPG301:{|MCPG201:"cd /srv && npx -y brave-search-mcp"|}|}] },
                "inline": { "command": {|MCPG201:"npx -y tavily-mcp@latest"|} }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void ExactVersionsAndNonRegistrySpecs_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "npm": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"] },
                "prerelease": { "command": "npx", "args": ["-y", "some-mcp@1.0.0-beta.2"] },
                "uvx": { "command": "uvx", "args": ["mcp-server-git==2025.12.18", "--repository", "."] },
                "uvx-from": { "command": "uvx", "args": ["--from", "awslabs.core-mcp-server==1.0.3", "core-mcp"] },
                "uvx-at": { "command": "uvx", "args": ["mcp-server-time@0.6.2"] },
                "dnx": { "command": "dnx", "args": ["SampleMcpServer@0.1.0-beta", "--yes"] },
                "dnx-version": { "command": "dnx", "args": ["Contoso.Mcp", "--version", "2.1.0"] },
                "git": { "command": "npx", "args": ["github:user/repo#0123456789abcdef0123456789abcdef01234567"] },
                "local": { "command": "npx", "args": ["./tools/server"] },
                "node": { "command": "node", "args": ["server.js"] },
                "remote": { "type": "http", "url": "https://mcp.example.com/mcp" }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void RegistryServerJson_VersionThatIsNotOneRelease_IsReportedAtTheVersionValue()
    {
        ConfigVerifier.For(".mcp/server.json", """
            {
              "name": "io.github.contoso/mcp",
              "version": "1.0.0",
              "packages": [
                { "registryType": "npm", "identifier": "@contoso/mcp", "version": {|MCPG201:"latest"|} },
                { "registryType": "npm", "identifier": "contoso-caret", "version": {|MCPG201:"^1.2.0"|} },
                { "registryType": "npm", "identifier": "contoso-x", "version": {|MCPG201:"1.x"|} },
                { "registryType": "pypi", "identifier": "contoso-mcp", "version": {|MCPG201:">=1.0"|} },
                { "registryType": "pypi", "identifier": "contoso-wild", "version": {|MCPG201:"1.*"|} },
                { "registryType": "pypi", "identifier": "contoso-x", "version": {|MCPG201:"2.x"|} },
                { "registryType": "nuget", "identifier": "Contoso.Mcp", "version": {|MCPG201:"[1.0,)"|} },
                { "registry_type": "nuget", "name": "Contoso.Legacy", "version": {|MCPG201:"latest"|} }
              ]
            }
            """)
            .ShouldReportMessage("MCPG201", "Server '@contoso/mcp' runs npm package '@contoso/mcp@latest' at 'packages[0].version' without an exact version; pin it (e.g. '\"version\": \"<exact version>\"') so every machine runs the release that was reviewed")
            .Verify();
    }

    [TestMethod]
    public void RegistryServerJson_ExactVersionsImagesAndRemotes_AreSilent()
    {
        ConfigVerifier.For("server.json", """
            {
              "name": "io.github.contoso/mcp",
              "version": "latest",
              "packages": [
                { "registryType": "npm", "identifier": "@contoso/mcp", "version": "1.2.3-beta.1" },
                { "registryType": "pypi", "identifier": "contoso-mcp", "version": "2025.7.1" },
                { "registryType": "pypi", "identifier": "contoso-rc", "version": "1.0rc1" },
                { "registryType": "nuget", "identifier": "Contoso.Mcp", "version": "0.4.0-preview.2" },
                { "registryType": "oci", "identifier": "docker.io/contoso/mcp:1.0.0" },
                { "registryType": "mcpb", "identifier": "https://github.com/contoso/mcp/releases/download/v1/mcp.mcpb", "version": "latest" },
                { "registryType": "npm", "identifier": "no-version" }
              ],
              "remotes": [ { "type": "streamable-http", "url": "https://mcp.contoso.example/mcp" } ]
            }
            """, McpGuard.Model.ConfigFormat.Get("registry"))
            .Verify();
    }

    [TestMethod]
    public void GoRunUvRunWithAndWsl_AreJudged()
    {
        var findings = ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "go-latest": { "command": "go", "args": ["run", {|MCPG201:"github.com/org/mcp/cmd/server@latest"|}] },
                "go-branch": { "command": "go", "args": ["run", "-tags", "netgo", {|MCPG201:"github.com/org/mcp@main"|}] },
                "go-bare": { "command": "go", "args": ["run", {|MCPG201:"github.com/org/other"|}] },
                "go-pinned": { "command": "go", "args": ["run", "github.com/org/mcp/cmd/server@v1.4.2"] },
                "go-local": { "command": "go", "args": ["run", "./cmd/server"] },
                "uv-with": { "command": "uv", "args": ["run", "--with", {|MCPG201:"fastmcp"|}, "--with", "boto3==1.35.0", "server.py"] },
                "uv-script": { "command": "uv", "args": ["run", "--directory", "tools", "server.py"] },
                "uvx-with": { "command": "uvx", "args": ["--with", {|MCPG201:"mcp-plugin>=2"|}, "mcp-server-x==1.0.0"] },
                "wsl": { "command": "wsl.exe", "args": ["-d", "Ubuntu", "-e", "npx", "-y", {|MCPG201:"some-mcp@alpha"|}] },
                "wsl-dashdash": { "command": "wsl", "args": ["--", {|MCPG201:"uvx mcp-server-git"|}] },
                "wsl-pinned": { "command": "wsl", "args": ["npx", "-y", "some-mcp@1.2.3"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG201", "Server 'go-latest' runs Go package 'github.com/org/mcp/cmd/server@latest' at 'mcpServers.go-latest.args[1]' without an exact version; pin it (e.g. 'github.com/org/mcp/cmd/server@<version>') so every machine runs the release that was reviewed")
            .ShouldReportMessage("MCPG201", "Server 'uv-with' runs PyPI package 'fastmcp' at 'mcpServers.uv-with.args[2]' without an exact version; pin it (e.g. 'fastmcp==<version>') so every machine runs the release that was reviewed")
            .Verify();

        // Without @version, go run takes the version the repository's go.mod requires, if it requires the module.
        Assert.AreEqual(RuleSeverity.Info, findings.Single(f => f.Server == "go-bare").DefaultSeverity);
        Assert.AreEqual(RuleSeverity.Warning, findings.Single(f => f.Server == "go-latest").DefaultSeverity);
    }
}

using System.Linq;
using System.Text.Json;
using McpGuard.Launch;
using McpGuard.Model;
using McpGuard.Parsing;
using McpGuard.Syntax;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Launch;

/// <summary>Every launcher and wrapper form of the pinning table, beyond what the corpus contains.</summary>
[TestClass]
public sealed class LauncherModelTests
{
    [TestMethod]
    [DataRow("npx", "-y|@scope/pkg@1.2.3", "Npm|@scope/pkg|1.2.3|True")]
    [DataRow("npx", "--yes|pkg@^1.2.0", "Npm|pkg|^1.2.0|False")]
    [DataRow("npx", "-p|@scope/tool@2.0.0|tool-bin", "Npm|@scope/tool|2.0.0|True")]
    [DataRow("npx", "--package=@scope/tool@next|tool-bin", "Npm|@scope/tool|next|False")]
    [DataRow("npx", "--registry|https://npm.corp.example|pkg@1.0.0", "Npm|pkg|1.0.0|True")]
    [DataRow("npm", "exec|--yes|some-mcp@1.0.0-beta.2", "Npm|some-mcp|1.0.0-beta.2|True")]
    [DataRow("pnpm", "dlx|some-mcp@latest", "Npm|some-mcp|latest|False")]
    [DataRow("yarn", "dlx|-p|some-mcp@1.0.0|some-bin", "Npm|some-mcp|1.0.0|True")]
    [DataRow("bunx", "some-mcp", "Npm|some-mcp||False")]
    [DataRow("uvx", "--from|pkg[cli]==1.2.3|pkg-cli", "PyPI|pkg|==1.2.3|True")]
    [DataRow("uvx", "pkg@0.6.2", "PyPI|pkg|@0.6.2|True")]
    [DataRow("uvx", "--from|pkg>0.2,<0.3|bin", "PyPI|pkg|>0.2,<0.3|False")]
    [DataRow("uv", "tool|run|--from|pkg==2025.7.1|bin", "PyPI|pkg|==2025.7.1|True")]
    [DataRow("pipx", "run|--spec|pkg==1.2.3|bin", "PyPI|pkg|==1.2.3|True")]
    [DataRow("pipx", "run|pkg", "PyPI|pkg||False")]
    [DataRow("dnx", "Contoso.Mcp@1.2.3|--yes", "NuGet|Contoso.Mcp|1.2.3|True")]
    [DataRow("dnx", "Contoso.Mcp@|--yes", "NuGet|Contoso.Mcp||False")]
    [DataRow("dotnet", "tool|exec|Contoso.Mcp@1.0.0-preview.1", "NuGet|Contoso.Mcp|1.0.0-preview.1|True")]
    [DataRow("dotnet", "dnx|Contoso.Mcp", "NuGet|Contoso.Mcp||False")]
    [DataRow("docker", "run|-i|--rm|-e|TOKEN|ghcr.io/github/github-mcp-server", "Oci|ghcr.io/github/github-mcp-server||False")]
    [DataRow("docker", "run|-i|--rm|--pull=always|mcp/fetch:1.0", "Oci|mcp/fetch|1.0|False")]
    [DataRow("podman", "run|-i|--rm|localhost:5000/mcp/fetch:1.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "Oci|localhost:5000/mcp/fetch|1.0|True")]
    [DataRow("docker", "container|run|-i|mcp/fetch@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "Oci|mcp/fetch||True")]
    [DataRow("deno", "run|-A|npm:@scope/pkg@1.2.3", "Npm|@scope/pkg|1.2.3|True")]
    [DataRow("deno", "run|--allow-net|jsr:@scope/pkg", "Jsr|@scope/pkg||False")]
    [DataRow("deno", "run|./server.ts", "none")]
    [DataRow("npx", "github:user/repo", "Npm|github:user/repo||False|Git")]
    [DataRow("npx", "user/repo#0123456789abcdef0123456789abcdef01234567", "Npm|user/repo|0123456789abcdef0123456789abcdef01234567|True|Git")]
    [DataRow("uvx", "--from|git+https://github.com/org/tool@v1.0|tool", "PyPI|git+https://github.com/org/tool|v1.0|False|Git")]
    [DataRow("npx", "https://example.com/pkg-1.0.0.tgz", "Npm|https://example.com/pkg-1.0.0.tgz||False|Url")]
    [DataRow("npx", "./tools/server", "Npm|./tools/server||True|Local")]
    [DataRow("cmd", "/c|npx -y pkg@1.0.0", "Npm|pkg|1.0.0|True")]
    [DataRow("bash", "-lc|cd /srv && npx -y pkg@latest", "Npm|pkg|latest|False")]
    [DataRow("npx", "-y|${PACKAGE}", "none")]
    [DataRow("node", "server.js", "none")]
    [DataRow("bun", "x|some-mcp@1.2.3", "Npm|some-mcp|1.2.3|True")]
    [DataRow("npm", "x|--package=some-mcp@~1.2.0|some-bin", "Npm|some-mcp|~1.2.0|False")]
    [DataRow("npm", "exec|--|some-mcp@beta", "Npm|some-mcp|beta|False")]
    [DataRow("bunx", "--bun|some-mcp@^2.0.0", "Npm|some-mcp|^2.0.0|False")]
    [DataRow("pnpm", "dlx|--package=some-mcp@2.0.0|some-bin", "Npm|some-mcp|2.0.0|True")]
    [DataRow("pipx", "run|--spec|pkg~=1.2|bin", "PyPI|pkg|~=1.2|False")]
    [DataRow("dnx", "Contoso.Mcp|--version|1.*", "NuGet|Contoso.Mcp|1.*|False")]
    [DataRow("dotnet", "tool|exec|Contoso.Mcp|--version|2.0.1", "NuGet|Contoso.Mcp|2.0.1|True")]
    [DataRow("deno", "run|-A|jsr:@scope/pkg@~1.0.0", "Jsr|@scope/pkg|~1.0.0|False")]
    [DataRow("go", "run|github.com/org/mcp/cmd/server@v1.4.2", "Go|github.com/org/mcp/cmd/server|v1.4.2|True")]
    [DataRow("go", "run|github.com/org/mcp@v0.0.0-20250101120000-abcdef123456", "Go|github.com/org/mcp|v0.0.0-20250101120000-abcdef123456|True")]
    [DataRow("go", "run|github.com/org/mcp@0123456789abcdef0123456789abcdef01234567", "Go|github.com/org/mcp|0123456789abcdef0123456789abcdef01234567|True")]
    [DataRow("go", "run|-tags|netgo|github.com/org/mcp@latest", "Go|github.com/org/mcp|latest|False")]
    [DataRow("go", "run|golang.org/x/tools/gopls@master", "Go|golang.org/x/tools/gopls|master|False")]
    [DataRow("go", "run|github.com/org/mcp@v1", "Go|github.com/org/mcp|v1|False")]
    [DataRow("go", "run|github.com/org/mcp", "Go|github.com/org/mcp||False")]
    [DataRow("go", "run|./cmd/server", "Go|./cmd/server||True|Local")]
    [DataRow("go", "run|main.go", "Go|main.go||True|Local")]
    [DataRow("go", "run|cmd/server", "Go|cmd/server||True|Local")]
    [DataRow("uv", "run|--with|mcp-extra|server.py", "PyPI|mcp-extra||False")]
    [DataRow("uv", "run|--with=mcp-extra==1.0.2|python|-m|server", "PyPI|mcp-extra|==1.0.2|True")]
    [DataRow("uv", "run|--directory|.|server.py", "none")]
    [DataRow("uv", "run|--|mcp-server-x", "none")]
    [DataRow("uvx", "--with|extra-plugin|mcp-server-x==1.0.0", "PyPI|mcp-server-x|==1.0.0|True")]
    [DataRow("wsl", "-e|npx|-y|pkg@1.0.0", "Npm|pkg|1.0.0|True")]
    [DataRow("wsl.exe", "--exec|uvx|mcp-server-git", "PyPI|mcp-server-git||False")]
    [DataRow("wsl", "-d|Ubuntu-24.04|--|npx -y pkg@latest", "Npm|pkg|latest|False")]
    [DataRow("wsl", "--cd|~|npx|pkg@2.0.0", "Npm|pkg|2.0.0|True")]
    [DataRow("wsl", "-e|bash|-lc|npx -y pkg@next", "Npm|pkg|next|False")]
    [DataRow("wsl", "--shutdown", "none")]
    [DataRow("docker", "run|-i|--pull=never|my-mcp:dev", "Oci|my-mcp|dev|True|Local")]
    [DataRow("docker", "run|-i|--pull|never|my-mcp", "Oci|my-mcp||True|Local")]
    [DataRow("docker", "run|-i|--pull|missing|my-mcp", "Oci|my-mcp||False")]
    public void LauncherForms_YieldEcosystemPackageVersionAndPin(string command, string args, string expected)
    {
        Assert.AreEqual(expected, LauncherModelCorpusTests.Describe(ServerOf(command, args.Split('|'))));
    }

    [TestMethod]
    public void FeedOptions_AreReadWithTheirValues()
    {
        var server = ServerOf("dnx", new[] { "Contoso.Mcp@1.0.0", "--add-source", "http://feed.example/v3/index.json", "--source=https://api.nuget.org/v3/index.json" });
        var feeds = LaunchCommandReader.Read(server).SelectMany(PackageReferenceReader.ReadFeeds).Select(f => f.Value).ToList();
        CollectionAssert.AreEqual(new[] { "http://feed.example/v3/index.json", "https://api.nuget.org/v3/index.json" }, feeds);
    }

    [TestMethod]
    public void McpRemote_BridgedUrlIsFound()
    {
        var server = ServerOf("npx", new[] { "-y", "mcp-remote@0.1.29", "https://mcp.example.com/sse", "--header", "X: y" });
        Assert.AreEqual("https://mcp.example.com/sse", ServerPackages.BridgedUrls(LaunchCommandReader.Read(server)).Single().Text);
    }

    internal static McpServer ServerOf(string command, string[] args)
    {
        var json = JsonSerializer.Serialize(new { mcpServers = new { s = new { command, args } } });
        const string path = "/repo/.mcp.json";
        var parsed = ConfigReader.Read(path, ConfigFormat.ClaudeProject, McpGuard.Text.ConfigText.ToUtf8(json));
        return McpDocumentBuilder.Build(path, ConfigFormat.ClaudeProject, (JsonObjectNode)parsed.Root!).Servers.Single();
    }
}

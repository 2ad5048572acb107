using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class UseApprovedServersRuleTests
{
    private const string Policy = """
        {
          "approvedServers": [
            { "package": "@modelcontextprotocol/server-github", "versions": "[2025.4.0,2026.0.0)", "owner": "platform-team", "purpose": "issues and PRs" },
            { "package": "mcp-server-git", "ecosystem": "pypi" },
            { "host": "*.githubcopilot.com" },
            { "command": "node" }
          ]
        }
        """;

    [TestMethod]
    public void ServersOffTheListOrOutsideTheirRange_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                {|MCPG205:"unknown"|}: { "command": "npx", "args": ["-y", "some-mcp@1.0.0"] },
                "old": { "command": "npx", "args": ["-y", {|MCPG205:"@modelcontextprotocol/server-github@2025.3.1"|}] },
                "unpinned": { "command": "npx", "args": ["-y", {|MCPG201:{|MCPG205:"@modelcontextprotocol/server-github"|}|}] },
                {|MCPG205:"remote"|}: { "type": "http", "url": "https://mcp.example.com/mcp" }
              }
            }
            """)
            .WithPolicy(Policy)
            .ShouldReportMessage("MCPG205", "Server 'unknown' runs 'some-mcp' at 'mcpServers.unknown' is not on the approved list of 'mcpguard.json'; use an approved server, or have it reviewed and added to the policy")
            .ShouldReportMessage("MCPG205", "Server 'old' runs '@modelcontextprotocol/server-github@2025.3.1' at 'mcpServers.old.args[1]' is outside the approved versions [2025.4.0,2026.0.0); pin a version the policy ('mcpguard.json') allows; owner: platform-team")
            .Verify();
    }

    [TestMethod]
    public void ApprovedPackagesHostsAndCommands_AreSilent_AndWithoutAListNothingIsReported()
    {
        const string config = """
            {
              "mcpServers": {
                "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"] },
                "git": { "command": "uvx", "args": ["mcp-server-git==2025.12.18"] },
                "copilot": { "type": "http", "url": "https://api.githubcopilot.com/mcp/readonly" },
                "bridge": { "command": "npx", "args": ["-y", "mcp-remote@0.1.29", "https://mcp.githubcopilot.com/sse"] },
                "local": { "command": "node", "args": ["tools/server.js"] }
              }
            }
            """;
        ConfigVerifier.For(".mcp.json", config).WithPolicy(Policy).Verify();
        ConfigVerifier.For(".mcp.json", config).WithPolicy("""{ "trustedHosts": ["*.githubcopilot.com"] }""").Verify();
    }
}

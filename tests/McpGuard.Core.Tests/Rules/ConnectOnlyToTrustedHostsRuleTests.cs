using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class ConnectOnlyToTrustedHostsRuleTests
{
    private const string Policy = """{ "trustedHosts": ["*.corp.example", "api.githubcopilot.com"] }""";

    [TestMethod]
    public void HostsOutsideTheTrustedPatterns_AreReported()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "servers": {
                "other": { "type": "http", "url": {|MCPG402:"https://mcp.example.com/mcp"|} },
                "suffix": { "type": "http", "url": {|MCPG402:"https://evilcorp.example/mcp"|} },
                "bridge": { "command": "npx", "args": ["-y", "mcp-remote@0.1.29", {|MCPG402:"https://tools.example.net/sse"|}] }
              }
            }
            """)
            .WithPolicy(Policy)
            .ShouldReportMessage("MCPG402", "Server 'other' connects to 'https://mcp.example.com/mcp' at 'servers.other.url', a host outside the policy's trustedHosts; connect through a trusted host, or have 'mcp.example.com' reviewed and added to 'mcpguard.json'")
            .Verify();
    }

    [TestMethod]
    public void TrustedAndLocalHosts_AndNoPolicy_AreSilent()
    {
        const string config = """
            {
              "servers": {
                "corp": { "type": "http", "url": "https://mcp.tools.corp.example/mcp" },
                "copilot": { "type": "http", "url": "https://api.githubcopilot.com/mcp/readonly" },
                "local": { "type": "http", "url": "http://localhost:3000/mcp" },
                "variable": { "type": "http", "url": "https://${env:MCP_HOST}/mcp" }
              }
            }
            """;
        ConfigVerifier.For(".vscode/mcp.json", config).WithPolicy(Policy).Verify();
        ConfigVerifier.For(".vscode/mcp.json", """{ "servers": { "other": { "type": "http", "url": "https://mcp.example.com/mcp" } } }""").Verify();
    }
}

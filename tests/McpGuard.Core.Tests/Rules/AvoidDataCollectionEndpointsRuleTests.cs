using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class AvoidDataCollectionEndpointsRuleTests
{
    [TestMethod]
    public void CollectorsAndTunnels_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "tunnel": { "type": "http", "url": {|MCPG403:"https://3f2a-203-0-113-9.ngrok-free.app/mcp"|} },
                "devtunnel": { "type": "http", "url": {|MCPG403:"https://qp20b20k-18888.use.devtunnels.ms/mcp"|} },
                "bin": { "command": "node", "args": ["dist/index.js", {|MCPG403:"--callback=https://webhook.site/0c5b6f2e-4c1d-4c1e-9a7b-1f2e3d4c5b6a"|}] },
                "oast": { "command": "node", "args": ["dist/index.js"], "env": { "NOTIFY_HOST": {|MCPG403:"c59df2lq.oast.fun"|}, "BURP": {|MCPG403:"x1.burpcollaborator.net"|} } }
              }
            }
            """)
            .ShouldReportMessage("MCPG403", "Server 'tunnel' refers to '3f2a-203-0-113-9.ngrok-free.app' (ngrok tunnel) at 'mcpServers.tunnel.url'; such endpoints record or relay whatever is sent to them and change hands freely: use the service's own, stable host")
            .Verify();
    }

    [TestMethod]
    public void LookAlikeHosts_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "api": { "type": "http", "url": "https://api.pipedream.com/v1/mcp" },
                "docs": { "type": "http", "url": "https://ngrok.example.com/mcp" },
                "site": { "command": "node", "args": ["dist/index.js", "--name", "webhook.site-clone", "notngrok.io.example.com"] }
              }
            }
            """).Verify();
    }
}

using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class UseStreamableHttpRuleTests
{
    [TestMethod]
    public void SseTransport_IsReported()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            { "servers": { "events": { "type": {|MCPG406:"sse"|}, "url": "https://mcp.example.com/sse" } } }
            """)
            .ShouldReportMessage("MCPG406", "Server 'events' uses the deprecated SSE transport at 'servers.events.type'; the MCP specification replaced it with streamable HTTP (\"type\": \"http\"), which current servers and clients support")
            .Verify();
    }

    [TestMethod]
    public void StreamableHttpAndStdio_AreSilent()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            { "servers": { "api": { "type": "http", "url": "https://mcp.example.com/sse" }, "local": { "type": "stdio", "command": "node", "args": ["dist/index.js"] } } }
            """).Verify();
    }
}

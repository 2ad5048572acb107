using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class UseEncryptedTransportRuleTests
{
    [TestMethod]
    public void PlainHttpAndWs_ToRemoteHosts_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "api": { "type": "http", "url": {|MCP401:"http://mcp.example.com/mcp"|} },
                "private": { "type": {|MCP406:"sse"|}, "url": {|MCP401:"HTTP://10.0.0.44:8080/sse"|} },
                "socket": { "url": {|MCP401:"ws://tools.example.net/ws"|} }
              }
            }
            """)
            .ShouldReportMessage("MCP401", "Server 'api' connects to 'http://mcp.example.com/mcp' at 'mcpServers.api.url' over unencrypted http://; use https:// so tokens and tool traffic cannot be read or changed on the way")
            .ShouldReportMessage("MCP401", "Server 'socket' connects to 'ws://tools.example.net/ws' at 'mcpServers.socket.url' over unencrypted ws://; use wss:// so tokens and tool traffic cannot be read or changed on the way")
            .Verify();
        ConfigVerifier.For("mcp_config.json", """
            { "mcpServers": { "windsurf": { "serverUrl": {|MCP401:{|MCP103:"http://remote.example.org/mcp?api_key=abc123secret"|}|} } } }
            """)
            .ShouldReportMessage("MCP401", "Server 'windsurf' connects to 'http://remote.example.org/mcp?api_key=****' at 'mcpServers.windsurf.serverUrl' over unencrypted http://; use https:// so tokens and tool traffic cannot be read or changed on the way")
            .ShouldNotMention("abc123secret")
            .Verify();
    }

    [TestMethod]
    public void LoopbackHttpsAndVariableHosts_AreSilent()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "inputs": [ { "id": "host", "type": "promptString" } ],
              "servers": {
                "local": { "type": "http", "url": "http://localhost:3000/mcp" },
                "loop": { "type": "http", "url": "http://127.0.0.5:8080" },
                "v6": { "type": "http", "url": "http://[::1]:9000/mcp" },
                "sub": { "type": "http", "url": "http://api.localhost/mcp" },
                "tls": { "type": "http", "url": "https://api.githubcopilot.com/mcp/" },
                "var": { "type": "http", "url": "http://${input:host}/mcp" },
                "unix": { "type": "http", "url": "unix:///tmp/mcp.sock" },
              },
            }
            """).Verify();
    }
}

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
                "api": { "type": "http", "url": {|MCPG401:"http://mcp.example.com/mcp"|} },
                "private": { "type": {|MCPG406:"sse"|}, "url": {|MCPG401:"HTTP://10.0.0.44:8080/sse"|} },
                "socket": { "url": {|MCPG401:"ws://tools.example.net/ws"|} }
              }
            }
            """)
            .ShouldReportMessage("MCPG401", "Server 'api' connects to 'http://mcp.example.com/mcp' at 'mcpServers.api.url' over unencrypted http://; use https:// so tokens and tool traffic cannot be read or changed on the way")
            .ShouldReportMessage("MCPG401", "Server 'socket' connects to 'ws://tools.example.net/ws' at 'mcpServers.socket.url' over unencrypted ws://; use wss:// so tokens and tool traffic cannot be read or changed on the way")
            .Verify();
        ConfigVerifier.For("mcp_config.json", """
            { "mcpServers": { "windsurf": { "serverUrl": {|MCPG401:{|MCPG103:"http://remote.example.org/mcp?api_key=abc123secret"|}|} } } }
            """)
            .ShouldReportMessage("MCPG401", "Server 'windsurf' connects to 'http://remote.example.org/mcp?api_key=****' at 'mcpServers.windsurf.serverUrl' over unencrypted http://; use https:// so tokens and tool traffic cannot be read or changed on the way")
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
                "tls": { "type": "http", "url": "https://api.githubcopilot.com/mcp/readonly" },
                "var": { "type": "http", "url": "http://${input:host}/mcp" },
                "unix": { "type": "http", "url": "unix:///tmp/mcp.sock" },
              },
            }
            """).Verify();
    }

    [TestMethod]
    public void HttpPackageFeeds_AreLeftToMcpg203()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "env": { "command": "npx", "args": ["pkg@1.0.0"], "env": { "NPM_CONFIG_REGISTRY": {|MCPG203:"http://npm.example.net/"|} } },
                "arg": { "command": "npx", "args": ["--registry", {|MCPG203:"http://npm.example.net/"|}, "pkg@1.0.0"] },
                "search": { "command": "npx", "args": ["searx-mcp@1.0.0"], "env": { "SEARXNG_URL": {|MCPG401:"http://search.example.net"|} } }
              }
            }
            """)
            .Verify();
    }

    [TestMethod]
    public void HostsAreParsedLikeAUrlParser()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "lookalike": { "type": "http", "url": {|MCPG401:"http://localhost.evil.example/mcp"|} },
                "userinfo": { "type": "http", "url": {|MCPG401:"http://localhost:3000@evil.example/mcp"|} },
                "backslash": { "type": "http", "url": {|MCPG401:"http://evil.example\\@localhost/mcp"|} },
                "dotted": { "type": "http", "url": {|MCPG401:"http://127.0.0.1.nip.io/mcp"|} },
                "bridge": { "command": "node", "args": ["dist/index.js", {|MCPG401:"http://search.internal.example:8080"|}], "env": { "SEARCH_URL": {|MCPG401:"http://10.87.212.49:8080"|}, "LOCAL_URL": "http://127.0.0.1:8080" } },
                "local": { "type": "http", "url": "http://localhost:3000/mcp" },
                "v4": { "type": "http", "url": "http://127.0.0.1/mcp" },
                "v6": { "type": "http", "url": "http://[::1]/mcp" },
                "pipe": { "type": "http", "url": "pipe://mcp-server" }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void UrlHost_ReadsSchemesAndHosts()
    {
        Assert.AreEqual("localhost.evil.example", McpGuard.Network.UrlHost.GetHost("http://localhost.evil.example:80/x"));
        Assert.IsFalse(McpGuard.Network.UrlHost.IsLoopback("localhost.evil.example"));
        Assert.IsTrue(McpGuard.Network.UrlHost.IsLoopback("::ffff:127.0.0.1"));
        Assert.AreEqual("::1", McpGuard.Network.UrlHost.GetHost("ws://[::1]:9000"));
        Assert.IsNull(McpGuard.Network.UrlHost.GetHost("http://${HOST}/mcp"));
        Assert.IsNull(McpGuard.Network.UrlHost.GetHost("not a url"));
        Assert.AreEqual("unix", McpGuard.Network.UrlHost.GetScheme("UNIX:///tmp/s.sock"));
    }
}

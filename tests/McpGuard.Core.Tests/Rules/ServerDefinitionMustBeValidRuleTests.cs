using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class ServerDefinitionMustBeValidRuleTests
{
    [TestMethod]
    public void ServersTheClientCannotStart_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                {|MCPG004:"empty"|}: { "env": {} },
                {|MCPG004:"both"|}: { "command": "node", "url": "https://x.example.com" },
                "typed": { "type": {|MCPG004:"grpc"|}, "url": "https://x.example.com" },
                "shapes": { "command": {|MCPG004:["node"]|}, "args": ["a", {|MCPG004:1|}], "env": { "PORT": {|MCPG004:8080|} } },
                "string": {|MCPG004:"npx -y pkg@1.0.0"|}
              }
            }
            """)
            .ShouldReportMessage("MCPG004", "Server 'empty' has neither 'command' nor a URL; the client cannot start it")
            .ShouldReportMessage("MCPG004", "Server 'typed' has type 'grpc', which Claude Code project servers does not support (supported: stdio, http, sse, ws)")
            .ShouldReportMessage("MCPG004", "Server 'shapes' sets 'env.PORT' to a value that is not a string; write it in quotes")
            .Verify();
    }

    [TestMethod]
    public void ValidDefinitionsOfEveryShape_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            { "mcpServers": { "a": { "command": "node", "args": ["s.js"], "env": { "PORT": "8080" } }, "b": { "type": "http", "url": "https://x.example.com/mcp" } } }
            """).Verify();
        ConfigVerifier.For(".zed/settings.json", """
            { "context_servers": { "legacy": { "command": { "path": "node", "args": ["s.js"], "env": {} } } } }
            """).Verify();
        ConfigVerifier.For(".gemini/settings.json", """
            { "mcpServers": { "remote": { "httpUrl": "https://x.example.com/mcp" }, "socket": { "tcp": "127.0.0.1:9000" } } }
            """).Verify();
    }
}

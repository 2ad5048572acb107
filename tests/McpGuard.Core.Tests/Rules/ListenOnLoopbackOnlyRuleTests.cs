using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class ListenOnLoopbackOnlyRuleTests
{
    [TestMethod]
    public void AllInterfacesAndWildcardCors_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "uvicorn": { "command": "python3", "args": ["-m", "server", "--host", {|MCPG404:"0.0.0.0"|}, "--port", "8000"] },
                "inline": { "command": "node", "args": ["dist/index.js", {|MCPG404:"--bind=::"|}, "--cors", {|MCPG404:"*"|}] },
                "env": { "command": "node", "args": ["dist/index.js"], "env": { "HOST": {|MCPG404:"0.0.0.0"|}, "CORS_ORIGIN": {|MCPG404:"*"|} } }
              }
            }
            """)
            .ShouldReportMessage("MCPG404", "Server 'uvicorn' listens on every network interface ('0.0.0.0') at 'mcpServers.uvicorn.args[3]'; bind to 127.0.0.1 and name the allowed origins, so other machines on the network and web pages cannot call its tools")
            .ShouldReportMessage("MCPG404", "Server 'env' allows every web origin ('CORS_ORIGIN=*') at 'mcpServers.env.env.CORS_ORIGIN'; bind to 127.0.0.1 and name the allowed origins, so other machines on the network and web pages cannot call its tools")
            .Verify();
    }

    [TestMethod]
    public void LoopbackNamedOriginsAndContainers_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "local": { "command": "python3", "args": ["-m", "server", "--host", "127.0.0.1", "--cors", "http://localhost:5173"] },
                "docker": { "command": "docker", "args": ["run", "-i", "--rm", "-e", "HOST=0.0.0.0", "ghcr.io/example/mcp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
                "env": { "command": "node", "args": ["dist/index.js"], "env": { "HOST": "localhost", "ALLOWED_ORIGINS": "https://app.example.com" } }
              }
            }
            """).Verify();
    }
}

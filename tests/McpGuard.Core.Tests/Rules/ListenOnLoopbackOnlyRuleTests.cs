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

    [TestMethod]
    public void ContainerPortsPublishedWithoutALoopbackAddress_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "short": { "command": "docker", "args": ["run", "-i", "--rm", "-p", {|MCPG404:"8080:8080"|}, "mcp/fetch@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
                "long": { "command": "docker", "args": ["run", "-i", {|MCPG404:"--publish=3000:3000/tcp"|}, "mcp/fetch@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
                "any": { "command": "podman", "args": ["run", "-i", "-p", {|MCPG404:"0.0.0.0:9000:9000"|}, "mcp/fetch@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
                "container-only": { "command": "docker", "args": ["run", "-i", "-p", {|MCPG404:"8080"|}, "mcp/fetch@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
                "all": { "command": "docker", "args": ["run", "-i", {|MCPG404:"-P"|}, "mcp/fetch@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
                "loopback": { "command": "docker", "args": ["run", "-i", "-p", "127.0.0.1:8080:8080", "--publish", "[::1]:8081:8081", "-p", "127.0.0.1::9000", "mcp/fetch@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
                "variable": { "command": "docker", "args": ["run", "-i", "-p", "${BIND}:8080:8080", "mcp/fetch@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
                "not-docker": { "command": "my-server", "args": ["-p", "8080:8080"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG404", "Server 'short' publishes a container port on every network interface ('-p 8080:8080') at 'mcpServers.short.args[4]'; bind to 127.0.0.1 and name the allowed origins, so other machines on the network and web pages cannot call its tools")
            .Verify();
    }
}

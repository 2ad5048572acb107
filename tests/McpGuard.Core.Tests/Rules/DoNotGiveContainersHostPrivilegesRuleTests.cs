using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class DoNotGiveContainersHostPrivilegesRuleTests
{
    private const string Image = "ghcr.io/example/mcp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [TestMethod]
    public void HostPrivileges_AreReported()
    {
        ConfigVerifier.For(".mcp.json", $$"""
            {
              "mcpServers": {
                "priv": { "command": "docker", "args": ["run", "-i", "--rm", {|MCPG308:"--privileged"|}, "{{Image}}"] },
                "ns": { "command": "docker", "args": ["run", "-i", "--network", {|MCPG308:"host"|}, {|MCPG308:"--pid=host"|}, "--cap-add", {|MCPG308:"SYS_ADMIN"|}, "-u", {|MCPG308:"root"|}, "{{Image}}"] },
                "sock": { "command": "podman", "args": ["run", "-i", "-v", {|MCPG308:"/var/run/docker.sock:/var/run/docker.sock"|}, "{{Image}}"] },
                "root": { "command": "docker", "args": ["run", "-i", "-v", {|MCPG308:{|MCPG501:"/:/host:ro"|}|}, "{{Image}}"] },
                "home": { "command": "docker", "args": ["run", "-i", "--volume", {|MCPG308:{|MCPG501:"${HOME}:/data"|}|}, "{{Image}}"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG308", "Server 'priv' runs a container with host privileges ('--privileged') at 'mcpServers.priv.args[3]'; drop it so the container stays isolated from the machine it runs on")
            .ShouldReportMessage("MCPG308", "Server 'sock' runs a container with host privileges ('mounts the Docker socket /var/run/docker.sock') at 'mcpServers.sock.args[3]'; drop it so the container stays isolated from the machine it runs on")
            .Verify();
    }

    [TestMethod]
    public void IsolatedContainers_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", $$"""
            {
              "mcpServers": {
                "pinned": { "command": "docker", "args": ["run", "-i", "--rm", "--read-only", "--cap-drop", "ALL", "-v", "./data:/data", "-e", "HOST=0.0.0.0", "{{Image}}", "--privileged"] },
                "user": { "command": "docker", "args": ["run", "-i", "--rm", "--user", "1000:1000", "--network", "none", "{{Image}}"] }
              }
            }
            """).Verify();
    }
}

using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class KeepPathsInsideTheRepositoryRuleTests
{
    [TestMethod]
    public void PathsClimbingOutOfTheRepository_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", {|MCPG504:"../shared-docs"|}, {|MCPG504:"--root=../../"|}] },
                "docker": { "command": "docker", "args": ["run", "-i", "-v", {|MCPG504:"../data:/data"|}, "ghcr.io/example/mcp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG504", "Server 'fs' points outside the repository ('../shared-docs') at 'mcpServers.fs.args[2]'; what is there was not reviewed with the project and differs on every machine")
            .Verify();
        ConfigVerifier.For(".vscode/mcp.json", """
            { "servers": { "fs": { "command": "node", "args": ["dist/index.js", {|MCPG504:"../../sibling"|}, {|MCPG504:"${workspaceFolder}/../sibling"|}] } } }
            """).Verify();
        ConfigVerifier.For(".claude/settings.json", """
            { "permissions": { "additionalDirectories": [{|MCPG504:"../frontend"|}, "./docs"] } }
            """).Verify();
    }

    [TestMethod]
    public void PathsInsideTheRepository_AreSilent()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            { "servers": { "fs": { "command": "node", "args": ["dist/index.js", "../docs", "./src/../lib", "${workspaceFolder}/docs", "-v", "./data:/data"] } } }
            """).Verify();
    }
}

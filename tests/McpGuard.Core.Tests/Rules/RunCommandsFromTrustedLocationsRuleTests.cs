using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class RunCommandsFromTrustedLocationsRuleTests
{
    [TestMethod]
    public void ProgramsInTempDownloadsOrOutsideTheRepository_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "tmp": { "command": {|MCPG305:"/tmp/mcp-server"|} },
                "downloads": { "command": "node", "args": [{|MCPG305:"~/Downloads/server/index.js"|}] },
                "win": { "command": {|MCPG305:{|MCPG005:"%TEMP%\\tools\\server.exe"|}|} },
                "up": { "command": {|MCPG305:"../other-repo/bin/server"|} },
                "public": { "command": {|MCPG305:"C:\\Users\\Public\\server.exe"|} }
              }
            }
            """)
            .ShouldReportMessage("MCPG305", "Server 'tmp' runs '/tmp/mcp-server' from a temporary folder at 'mcpServers.tmp.command'; run a program installed by a package manager, or one inside the repository where it is reviewed")
            .ShouldReportMessage("MCPG305", "Server 'up' runs '../other-repo/bin/server' from outside the repository at 'mcpServers.up.command'; run a program installed by a package manager, or one inside the repository where it is reviewed")
            .Verify();
    }

    [TestMethod]
    public void ProgramsInTheRepositoryOrInstalled_AreSilent()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "servers": {
                "dist": { "command": "node", "args": ["./dist/index.js"] },
                "parent": { "command": "node", "args": ["../server/dist/index.js"] },
                "ws": { "command": "node", "args": ["${workspaceFolder}/dist/index.js"] },
                "bin": { "command": "/usr/local/bin/mcp-server" },
                "bash": { "command": "bash", "args": [{|MCPG301:"./scripts/start.sh"|}] }
              }
            }
            """).Verify();

        // A checkout that lives under /tmp: an absolute path into the repository itself is the repository.
        var inRepository = TestPaths.FakeRepositoryRoot.Replace('\\', '/') + "/tools/run-me.sh";
        ConfigVerifier.For(".mcp.json", $$"""
            { "mcpServers": { "local": { "command": "{{inRepository}}" } } }
            """).Verify();
    }
}

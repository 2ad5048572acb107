using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class AvoidAbsoluteHomePathsRuleTests
{
    [TestMethod]
    public void AbsolutePathsIntoAHomeFolder_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "mac": { "command": {|MCPG503:"/Users/alice/.nvm/versions/node/v22.1.0/bin/node"|}, "args": [{|MCPG503:"/Users/alice/src/server/index.js"|}] },
                "linux": { "command": "python3", "args": [{|MCPG503:"/home/bob/mcp/server.py"|}] },
                "win": { "command": {|MCPG503:"C:\\Users\\carol\\AppData\\Roaming\\npm\\server.cmd"|} },
                "wsl": { "command": "bash", "args": [{|MCPG503:{|MCPG301:"/mnt/c/Users/dave/tools/run.sh"|}|}] }
              }
            }
            """)
            .ShouldReportMessage("MCPG503", "Server 'linux' uses an absolute path into the home folder of 'bob' at 'mcpServers.linux.args[0]'; it discloses the user name and breaks on every other machine: use a path relative to the project or '${CLAUDE_PROJECT_DIR}/…', or '~' where the server expands it")
            .Verify();
        ConfigVerifier.For(".claude/settings.json", """
            { "hooks": { "Stop": [ { "hooks": [ { "type": "command", "command": {|MCPG503:{|MCPG607:"bash /Users/erin/hooks/stop.sh"|}|} } ] } ] } }
            """).Verify();
    }

    [TestMethod]
    public void RelativeVariableAndTemplatePaths_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "tilde": { "command": "node", "args": ["~/src/server/index.js", {|MCPG005:"$HOME/x"|}, "/Users/YOUR_USERNAME/apps/mcp", "/Users/Shared/tools", "C:\\Users\\Public\\x"] },
                "container": { "command": "docker", "args": ["run", "-i", "-v", "./cache:/home/node/.cache", "ghcr.io/example/mcp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] }
              }
            }
            """).Verify();
        ConfigVerifier.For(".claude/settings.local.json", """
            { "permissions": { "allow": [ "Read(/Users/frank/notes/**)" ] } }
            """).Verify();
    }
}

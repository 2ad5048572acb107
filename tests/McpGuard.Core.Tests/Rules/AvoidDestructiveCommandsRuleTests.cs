using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class AvoidDestructiveCommandsRuleTests
{
    [TestMethod]
    public void DestructiveAndPrivilegedCommands_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "sudo": { "command": {|MCPG303:"sudo"|}, "args": ["node", "dist/index.js"] },
                "rm": { "command": "sh", "args": ["-c", {|MCPG301:{|MCPG303:"rm -rf ~/.cache/mcp && node dist/index.js"|}|}] },
                "chmod": { "command": "bash", "args": ["-c", {|MCPG301:{|MCPG303:"chmod 777 /var/run/app.sock; node dist/index.js"|}|}] },
                "rc": { "command": "bash", "args": ["-c", {|MCPG301:{|MCPG303:"echo 'export PATH=/opt/x:$PATH' >> ~/.bashrc; node dist/index.js"|}|}] },
                "win": { "command": "cmd", "args": ["/c", {|MCPG301:{|MCPG303:"rd /s /q %USERPROFILE%\\.cache & node dist\\index.js"|}|}] }
              }
            }
            """)
            .ShouldReportMessage("MCPG303", "Server 'sudo' runs a destructive or privileged command ('sudo') at 'mcpServers.sudo.command'; a server launch must not need administrator rights or change files outside the project")
            .ShouldReportMessage("MCPG303", "Server 'rm' runs a destructive or privileged command ('rm -rf ~/.cache/mcp') at 'mcpServers.rm.args[1]'; a server launch must not need administrator rights or change files outside the project")
            .ShouldReportMessage("MCPG303", "Server 'rc' runs a destructive or privileged command ('>> ~/.bashrc') at 'mcpServers.rc.args[1]'; a server launch must not need administrator rights or change files outside the project")
            .Verify();
    }

    [TestMethod]
    public void BuildStepsAndScriptFiles_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "clean": { "command": "sh", "args": ["-c", {|MCPG301:"rm -rf dist && npm run build && node dist/index.js"|}] },
                "file": { "command": "bash", "args": [{|MCPG301:"./scripts/start.sh"|}] },
                "chmod": { "command": "sh", "args": ["-c", {|MCPG301:"chmod +x ./bin/server && ./bin/server"|}] }
              }
            }
            """).Verify();
    }
}

using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class DoNotOverrideProcessLoadingRuleTests
{
    [TestMethod]
    public void LoaderVariables_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "api": {
                  "command": "node",
                  "args": ["dist/index.js"],
                  "env": {
                    "PATH": {|MCPG306:"/opt/tools/bin:/usr/bin"|},
                    "LD_PRELOAD": {|MCPG306:"/opt/hook.so"|},
                    "DYLD_INSERT_LIBRARIES": {|MCPG306:"/opt/hook.dylib"|},
                    "NODE_OPTIONS": {|MCPG306:"--max-old-space-size=4096 --require ./hook.js"|},
                    "DOTNET_STARTUP_HOOKS": {|MCPG306:"/opt/hook.dll"|},
                    "HOME": {|MCPG306:"/srv/fake-home"|}
                  }
                },
                "inline": { "command": "sh", "args": ["-c", {|MCPG306:"PYTHONPATH=/opt/lib python3 server.py"|}] }
              }
            }
            """)
            .ShouldReportMessage("MCPG306", "Server 'api' sets 'LD_PRELOAD' at 'mcpServers.api.env.LD_PRELOAD'; it decides which programs, libraries or modules the process loads, so the file can run code the server never shipped: leave it to the developer's environment")
            .Verify();
    }

    [TestMethod]
    public void PassThroughAndHarmlessValues_AreSilent()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "servers": {
                "api": {
                  "command": "node",
                  "args": ["dist/index.js"],
                  "env": { "PATH": "${env:PATH}", "NODE_OPTIONS": "--max-old-space-size=4096", "NODE_ENV": "production", "PYTHONUNBUFFERED": "1" }
                }
              }
            }
            """).Verify();
    }
}

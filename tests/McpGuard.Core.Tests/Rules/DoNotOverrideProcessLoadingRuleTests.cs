using System.IO;
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

    [TestMethod]
    public void ModuleSearchPaths_InsideTheRepository_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", $$"""
            {
              "mcpServers": {
                "py": { "command": "python3", "args": ["-m", "server"], "env": { "PYTHONPATH": "src:${CLAUDE_PROJECT_DIR}/lib:${PYTHONPATH}" } },
                "node": { "command": "node", "args": ["dist/index.js"], "env": { "NODE_PATH": "./packages;node_modules" } },
                "abs": { "command": "python3", "args": ["-m", "server"], "env": { "PYTHONPATH": {{SyntheticSecrets.Quote(Path.Combine(TestPaths.FakeRepositoryRoot, "src"))}} } },
                "dot": { "command": "python3", "args": ["-m", "server"], "env": { "PYTHONPATH": "." } }
              }
            }
            """).Verify();
        ConfigVerifier.For(".vscode/mcp.json", """
            { "servers": { "py": { "command": "python", "args": ["-m", "server"], "env": { "PYTHONPATH": "${workspaceFolder}/src;${workspaceFolder}/tools" } } } }
            """).Verify();
    }

    [TestMethod]
    public void ModuleSearchPath_TheFolderHoldingTheServersOwnScript_IsSilent_AnyOtherFolderIsReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "venv": { "command": "/workspaces/news-agents/.venv/bin/python", "args": ["-m", "src.main"], "env": { "PYTHONPATH": "/workspaces/news-agents" } },
                "script": { "command": "python", "args": ["C:/Github/py-mcp-mssql/src/mssql/server.py"], "env": { "PYTHONPATH": "C:\\Github\\py-mcp-mssql" } },
                "other": { "command": "python", "args": ["C:/Github/py-mcp-mssql/src/mssql/server.py"], "env": { "PYTHONPATH": {|MCPG306:"C:/Github/py-mcp-mssql;C:/Github/shared-lib"|} } },
                "root": { "command": "/opt/server/bin/python", "args": ["-m", "server"], "env": { "PYTHONPATH": {|MCPG306:"/opt"|} } },
                "module": { "command": "python", "args": ["-m", "server"], "env": { "PYTHONPATH": {|MCPG306:"/opt/tools/lib"|} } },
                "home": { "command": {|MCPG503:"/home/dev/bin/python"|}, "args": [{|MCPG503:"/home/dev/server.py"|}], "env": { "PYTHONPATH": {|MCPG503:{|MCPG306:"/home/dev"|}|} } },
                "climb": { "command": "python", "args": ["/srv/app/server.py"], "env": { "PYTHONPATH": {|MCPG306:"/srv/app/../lib"|} } }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void ModuleSearchPaths_LeavingTheRepository_AreReported()
    {
        ConfigVerifier.For(".mcp.json", $$"""
            {
              "mcpServers": {
                "home": { "command": "python3", "args": ["-m", "server"], "env": { "PYTHONPATH": {|MCPG306:"src:~/lib/python"|} } },
                "abs": { "command": "node", "args": ["dist/index.js"], "env": { "NODE_PATH": {|MCPG306:"/usr/local/lib/node_modules"|} } },
                "up": { "command": "python3", "args": ["-m", "server"], "env": { "PYTHONPATH": {|MCPG306:"../shared"|} } },
                "users": { "command": "python3", "args": ["-m", "server"], "env": { "PYTHONPATH": {|MCPG503:{|MCPG306:"/Users/alice/code/tools"|}|} } },
                "variable": { "command": "python3", "args": ["-m", "server"], "env": { "PYTHONPATH": {|MCPG306:"${TOOLS_DIR}/lib"|} } },
                "climb": { "command": "python3", "args": ["-m", "server"], "env": { "PYTHONPATH": {|MCPG306:{{SyntheticSecrets.Quote(TestPaths.FakeRepositoryRoot + "/../other")}}|} } }
              }
            }
            """)
            .ShouldReportMessage("MCPG306", "Server 'abs' sets 'NODE_PATH' at 'mcpServers.abs.env.NODE_PATH'; it decides which programs, libraries or modules the process loads, so the file can run code the server never shipped: leave it to the developer's environment")
            .Verify();
    }
}

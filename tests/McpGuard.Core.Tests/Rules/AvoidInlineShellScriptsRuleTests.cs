using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class AvoidInlineShellScriptsRuleTests
{
    [TestMethod]
    public void InlineScripts_OfShellsAndInterpreters_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "lc": { "command": "bash", "args": ["-lc", {|MCPG301:"cd \"$(git rev-parse --show-toplevel)\" && exec node dist/index.js"|}] },
                "win": { "command": "cmd", "args": ["/c", {|MCPG301:"set NODE_ENV=production&& node dist\\index.js"|}] },
                "ps": { "command": "powershell", "args": ["-NoProfile", "-Command", {|MCPG301:"Set-Location tools; node server.js"|}] },
                "node": { "command": "node", "args": ["-e", {|MCPG301:"require('./dist/server.js').start()"|}] },
                "py": { "command": "python3", "args": ["-c", {|MCPG301:"import server; server.main()"|}] },
                "line": { "command": "sh", "args": ["-c", {|MCPG301:"node dist/index.js > server.log"|}] }
              }
            }
            """)
            .ShouldReportMessage("MCPG301", "Server 'lc' is started through an inline sh script ('bash -lc') at 'mcpServers.lc.args[1]'; run the program directly, or put the script in a file in the repository where it can be reviewed")
            .ShouldReportMessage("MCPG301", "Server 'node' is started through an inline JavaScript script ('node -e') at 'mcpServers.node.args[1]'; run the program directly, or put the script in a file in the repository where it can be reviewed")
            .Verify();
    }

    [TestMethod]
    public void PlainWrappers_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "win": { "command": "cmd", "args": ["/c", "npx", "-y", "@modelcontextprotocol/server-memory@2025.8.4"] },
                "quoted": { "command": "cmd", "args": ["/c", "npx -y @modelcontextprotocol/server-memory@2025.8.4"] },
                "sh": { "command": "bash", "args": ["-c", "exec node dist/index.js"] },
                "node": { "command": "node", "args": ["./dist/index.js"] }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void ScriptFilesRunByAShell_AreInfoForReview_AndNotDownloadOrDestructiveFindings()
    {
        var findings = ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "file": { "command": "bash", "args": [{|MCPG301:"./scripts/start-server.sh"|}, "--port", "3000"] },
                "ps1": { "command": "pwsh", "args": ["-NoProfile", "-File", {|MCPG301:"./scripts/start.ps1"|}] },
                "bat": { "command": "cmd", "args": ["/c", "npx", "-y", "@modelcontextprotocol/server-memory@2025.8.4"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG301", "Server 'file' is started through bash running the script file './scripts/start-server.sh' at 'mcpServers.file.args[0]'; McpGuard does not read scripts, so review what it starts as you would the configuration")
            .Verify();
        Assert.IsTrue(findings.All(f => f.DefaultSeverity == RuleSeverity.Info), string.Join("\n", findings));
    }
}

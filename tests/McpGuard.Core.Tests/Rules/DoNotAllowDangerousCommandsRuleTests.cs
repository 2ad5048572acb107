using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class DoNotAllowDangerousCommandsRuleTests
{
    [TestMethod]
    public void AllowRulesForDangerousCommands_AreReported()
    {
        ConfigVerifier.For(".claude/settings.json", """
            {
              "permissions": {
                "allow": [
                  {|MCPG604:"Bash(sudo *)"|}, {|MCPG604:"Bash(rm:*)"|}, {|MCPG604:"Bash(curl:*)"|}, {|MCPG604:"Bash(ssh:*)"|}, {|MCPG604:"Bash(nc:*)"|},
                  {|MCPG604:"Bash(docker:*)"|}, {|MCPG604:"Bash(eval *)"|}, {|MCPG604:"Bash(chmod:*)"|}, {|MCPG604:"Bash(git push:*)"|},
                  {|MCPG604:"Bash(python3:*)"|}, {|MCPG604:"Bash(node *)"|}
                ]
              }
            }
            """)
            .ShouldReportMessage("MCPG604", "Allow rule 'Bash(git push:*)' at 'permissions.allow[8]' lets the agent run 'git push --force' (rewrites shared history) without a prompt; narrow it to the exact command, move it to 'ask', or deny 'git push --force'")
            .ShouldReportMessage("MCPG604", "Allow rule 'Bash(rm:*)' at 'permissions.allow[1]' lets the agent run 'rm -rf' (deletes files without review) without a prompt; narrow it to the exact command, move it to 'ask', or deny 'rm -rf'")
            .ShouldReportMessage("MCPG604", "Allow rule 'Bash(python3:*)' at 'permissions.allow[9]' lets the agent run 'python3 -c' (runs arbitrary code) without a prompt; narrow it to the exact command, move it to 'ask', or deny 'python3 -c'")
            .Verify();
    }

    [TestMethod]
    public void AllowCoveredByADeny_IsSilent()
    {
        ConfigVerifier.For(".claude/settings.json", """
            {
              "permissions": {
                "allow": ["Bash(rm:*)", "Bash(git *)", "Bash(curl https://api.example.com/*)", "Bash(rm -rf node_modules)", "Bash(node --version)", "Bash(npm run build:*)"],
                "deny": ["Bash(rm *)", "Bash(git push --force*)", "Bash(git push -f*)"],
                "ask": ["Bash(git push --force-with-lease *)"]
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void UnscopedBash_IsLeftToMcpg603()
    {
        ConfigVerifier.For(".claude/settings.json", """{ "permissions": { "allow": [{|MCPG603:"Bash(*)"|}] } }""").Verify();
    }
}

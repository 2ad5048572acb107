using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class ScopePermissionRulesRuleTests
{
    [TestMethod]
    public void UnscopedAllowRules_AreReported()
    {
        ConfigVerifier.For(".claude/settings.json", """
            {
              "permissions": {
                "allow": [
                  {|MCPG603:"Bash"|}, {|MCPG603:"Bash(*)"|}, {|MCPG603:"Bash(:*)"|}, {|MCPG603:"Write"|}, {|MCPG603:"Edit"|}, {|MCPG603:"Write(*)"|},
                  {|MCPG603:"WebFetch"|}, {|MCPG603:"WebFetch(domain:*)"|}, {|MCPG603:"mcp__*"|}, {|MCPG603:"mcp__github"|}, {|MCPG603:"Read(//**)"|}
                ]
              }
            }
            """)
            .ShouldReportMessage("MCPG603", "Allow rule 'Bash' at 'permissions.allow[0]' allows every shell command without a prompt; allow only the commands, paths, domains or tools the project needs")
            .ShouldReportMessage("MCPG603", "Allow rule 'mcp__github' at 'permissions.allow[9]' allows every tool of server 'github' without a prompt; allow only the commands, paths, domains or tools the project needs")
            .Verify();
    }

    [TestMethod]
    public void ScopedRules_DeniedRules_AndOtherLists_AreSilent()
    {
        ConfigVerifier.For(".claude/settings.json", """
            {
              "permissions": {
                "allow": ["Read", "Bash(npm run test:*)", "Edit(/src/**)", "WebFetch(domain:docs.anthropic.com)", "mcp__github__get_issue", "mcp__github__get_*", "Read(./docs/**)", "Bash", "WebFetch"],
                "deny": ["Bash"],
                "ask": ["WebFetch(domain:*)", "Write", "mcp__*"]
              }
            }
            """).Verify();
    }
}

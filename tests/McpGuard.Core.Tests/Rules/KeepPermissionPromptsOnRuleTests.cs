using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class KeepPermissionPromptsOnRuleTests
{
    [TestMethod]
    public void BypassPermissions_IsAnError()
    {
        var findings = ConfigVerifier.For(".claude/settings.json", """
            { "permissions": { "defaultMode": {|MCPG602:"bypassPermissions"|} } }
            """)
            .ShouldReportMessage("MCPG602", "'permissions.defaultMode' is 'bypassPermissions'; every session of this repository then runs every tool and command without asking, so remove it and let people opt in for themselves")
            .Verify();
        Assert.AreEqual(RuleSeverity.Error, findings.Single().DefaultSeverity);
    }

    [TestMethod]
    public void AcceptEdits_IsAWarning()
    {
        var findings = ConfigVerifier.For(".claude/settings.json", """
            { "permissions": { "defaultMode": {|MCPG602:"acceptEdits"|}, "allow": [] } }
            """).Verify();
        Assert.AreEqual(RuleSeverity.Warning, findings.Single().DefaultSeverity);
    }

    [TestMethod]
    public void SkipPermissionsSwitch_InAHookOrServer_IsReported()
    {
        ConfigVerifier.For(".claude/settings.json", """
            {
              "hooks": { "Stop": [ { "matcher": "", "hooks": [ { "type": "command", "command": {|MCPG602:{|MCPG607:"claude -p --dangerously-skip-permissions 'summarise'"|}|} } ] } ] }
            }
            """)
            .ShouldReportMessage("MCPG602", "The command at 'hooks.Stop[0].hooks[0].command' passes 'dangerously-skip-permissions'; every session of this repository then runs that agent's tools without asking, so remove it and let people opt in for themselves")
            .Verify();
        var launch = ConfigChecker.Check("/repo/.mcp.json", McpGuard.Model.ConfigFormat.ClaudeProject, """{ "mcpServers": { "agent": { "command": "claude", "args": ["mcp", "serve", "--dangerously-skip-permissions"] } } }""");
        Assert.IsFalse(launch.Any(f => f.RuleId == "MCPG602"), "a server's launch command is MCPG307's");
    }

    [TestMethod]
    public void SafeModes_AndLookAlikeFlags_AreSilent()
    {
        ConfigVerifier.For(".claude/settings.json", """
            { "permissions": { "defaultMode": "plan", "disableBypassPermissionsMode": "disable" }, "statusLine": { "type": "command", "command": {|MCPG607:"echo --no-dangerously-skip-permissions-prompt"|} } }
            """).Verify();
        ConfigVerifier.For(".claude/settings.json", """{ "permissions": { "defaultMode": "default" } }""").Verify();
    }
}

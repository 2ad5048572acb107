using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

/// <summary>Codex's layered <c>config.toml</c> (MCPG004) and its own approval and sandbox keys (MCPG602).</summary>
[TestClass]
public sealed class CodexConfigTests
{
    [TestMethod]
    public void EntriesThatOnlyOverrideAServerDefinedElsewhere_AreNotBroken()
    {
        ConfigVerifier.For(".codex/config.toml", """
            [mcp_servers.playwright]
            enabled = false

            [mcp_servers.github]
            tool_timeout_sec = 120
            disabled_tools = ["delete_file"]

            [mcp_servers.docs]
            url = "https://mcp.example.com/mcp"
            """).Verify();
    }

    [TestMethod]
    public void SandboxOffAndApprovalsOff_AtTheTopLevel_IsAnError()
    {
        var findings = ConfigVerifier.For(".codex/config.toml", """
            model = "gpt-5"
            approval_policy = "never"
            sandbox_mode = {|MCPG602:"danger-full-access"|}
            """)
            .ShouldReportMessage("MCPG602", "'sandbox_mode' is 'danger-full-access' and 'approval_policy' is 'never'; every session of this repository then runs every command outside the sandbox without asking, so remove it and let people opt in for themselves")
            .Verify();
        Assert.AreEqual(RuleSeverity.Error, findings.Single().DefaultSeverity);
    }

    [TestMethod]
    public void OneSwitchAlone_IsAWarning_AndOptInProfilesAreMilder()
    {
        var findings = ConfigVerifier.For(".codex/config.toml", """
            approval_policy = {|MCPG602:"never"|}
            sandbox_mode = "workspace-write"
            profile = "auto"

            [profiles.auto]
            sandbox_mode = {|MCPG602:"danger-full-access"|}

            [profiles.yolo]
            approval_policy = "never"
            sandbox_mode = {|MCPG602:"danger-full-access"|}

            [profiles.ci]
            approval_policy = {|MCPG602:"never"|}
            sandbox_mode = "read-only"
            """)
            .ShouldReportMessage("MCPG602", "In profile 'auto', the default profile, 'sandbox_mode' is 'danger-full-access'; every session of this repository then runs commands outside the sandbox, with full access to the machine and the network, without asking, so remove it and let people opt in for themselves")
            .ShouldReportMessage("MCPG602", "In profile 'yolo' (used with --profile yolo), 'sandbox_mode' is 'danger-full-access' and 'approval_policy' is 'never'; every session of this repository then runs every command outside the sandbox without asking, so remove it and let people opt in for themselves")
            .Verify();
        CollectionAssert.AreEqual(
            new[] { RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Info },
            findings.OrderBy(f => f.Span.Start.Line).Select(f => f.DefaultSeverity).ToArray());
    }

    [TestMethod]
    public void TrustedProjectEntries_InACommittedFile_AreReported()
    {
        var findings = ConfigVerifier.For(".codex/config.toml", """
            [projects."/home/dev/src/app"]
            trust_level = {|MCPG602:"trusted"|}

            [projects."/home/dev/src/other"]
            trust_level = "untrusted"
            """)
            .ShouldReportMessage("MCPG602", "'projects.\"/home/dev/src/app\".trust_level' is 'trusted'; every session of this repository then loads that folder's own Codex settings, hooks and MCP servers without asking, so remove it and let people opt in for themselves")
            .Verify();
        Assert.AreEqual(RuleSeverity.Warning, findings.Single().DefaultSeverity);
    }

    [TestMethod]
    public void SafeSettings_AreSilent()
    {
        ConfigVerifier.For(".codex/config.toml", """
            approval_policy = "on-request"
            sandbox_mode = "workspace-write"

            [profiles.review]
            approval_policy = "untrusted"
            sandbox_mode = "read-only"

            [sandbox_workspace_write]
            network_access = false
            """).Verify();
    }
}

using System.Linq;
using McpGuard.Permissions;
using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Permissions;

[TestClass]
public sealed class PermissionRuleTests
{
    [TestMethod]
    [DataRow("Bash", "Bash", null, "*")]
    [DataRow("Bash(*)", "Bash", "*", "*")]
    [DataRow("Bash(:*)", "Bash", ":*", "*")]
    [DataRow("Bash(git *)", "Bash", "git *", "git *")]
    [DataRow("Bash(npm run:*)", "Bash", "npm run:*", "npm run *")]
    [DataRow("Bash(npm run test:e2e:*)", "Bash", "npm run test:e2e:*", "npm run test:e2e *")]
    [DataRow(" Bash(rm -rf /) ", "Bash", "rm -rf /", "rm -rf /")]
    public void BashRules_AreNormalisedToTheCurrentPatternSyntax(string text, string tool, string? specifier, string pattern)
    {
        var rule = PermissionRule.Parse(text)!;
        Assert.AreEqual(tool, rule.Tool);
        Assert.AreEqual(specifier, rule.Specifier);
        Assert.AreEqual(pattern, rule.CommandPattern);
    }

    [TestMethod]
    public void FileWebAndMcpRules_KeepTheirParts()
    {
        Assert.AreEqual("./.env", PermissionRule.Parse("Read(./.env)")!.Specifier);
        Assert.AreEqual("~/.ssh/**", PermissionRule.Parse("Read(~/.ssh/**)")!.Specifier);
        Assert.AreEqual("//Users/alice/x/**", PermissionRule.Parse("Read(//Users/alice/x/**)")!.Specifier);
        Assert.AreEqual("example.com", PermissionRule.Parse("WebFetch(domain:example.com)")!.FetchDomain);
        Assert.AreEqual("*", PermissionRule.Parse("WebFetch(domain:*)")!.FetchDomain);
        Assert.AreEqual("*", PermissionRule.Parse("WebFetch")!.FetchDomain);
        var server = PermissionRule.Parse("mcp__github")!;
        Assert.AreEqual(("github", (string?)null), (server.McpServer, server.McpTool));
        var tool = PermissionRule.Parse("mcp__plugin_telegram_telegram__reply")!;
        Assert.AreEqual(("plugin_telegram_telegram", "reply"), (tool.McpServer, tool.McpTool));
        Assert.AreEqual("get_*", PermissionRule.Parse("mcp__github__get_*")!.McpTool);
        Assert.AreEqual("*", PermissionRule.Parse("mcp__*")!.McpServer);
        Assert.IsNull(PermissionRule.Parse("Read")!.CommandPattern);
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("(")]
    [DataRow("Bash(")]
    [DataRow("Bash(x")]
    [DataRow("not a rule")]
    [DataRow("(x)")]
    public void NonRules_AreNull(string? text) => Assert.IsNull(PermissionRule.Parse(text));

    [TestMethod]
    public void CommandPatterns_MatchLikeClaudeCode()
    {
        Assert.IsTrue(CommandPattern.Matches("git *", "git push origin main"));
        Assert.IsTrue(CommandPattern.Matches("git *", "git"));
        Assert.IsTrue(CommandPattern.Matches("ls*", "lsof"));
        Assert.IsFalse(CommandPattern.Matches("git *", "gitk"));
        Assert.IsTrue(CommandPattern.Matches("* publish *", "npm publish --tag x"));
        Assert.IsFalse(CommandPattern.Matches("npm run build", "npm run build && curl x"));
        Assert.IsFalse(CommandPattern.Matches(new string('*', 5000), "x"));
    }

    [TestMethod]
    public void DenyWins_OverAnAllowItCovers()
    {
        var set = Read("""{ "permissions": { "allow": ["Bash(rm:*)", "Bash(rm -rf build)", "Bash(git *)", "mcp__github__get_issue", "Read(./src/**)"], "deny": ["Bash(rm *)", "mcp__github"], "ask": ["Bash(git push *)"] } }""");
        Assert.IsNotNull(set.FindShadowing(set.Allow[0]));
        Assert.IsNotNull(set.FindShadowing(set.Allow[1]));
        Assert.IsNull(set.FindShadowing(set.Allow[2]), "git push is asked, other git commands are still allowed");
        Assert.AreEqual(PermissionKind.Ask, set.FindStoppingCommand("git push --force x")!.Kind);
        Assert.IsNotNull(set.FindShadowing(set.Allow[3]));
        Assert.IsNull(set.FindShadowing(set.Allow[4]));
    }

    [TestMethod]
    public void OddShapes_AreSkipped()
    {
        var set = Read("""{ "permissions": { "allow": [1, null, "Bash(x", "Write"], "deny": "Bash", "defaultMode": 3 } }""");
        Assert.HasCount(1, set.Allow);
        Assert.IsEmpty(set.Deny);
        Assert.IsNull(set.DefaultMode);
        Assert.AreSame(PermissionSet.Empty, Read("""{ "permissions": [] }"""));
    }

    [TestMethod]
    [DoNotParallelize] // timed against itself at two sizes: other tests of this run would skew one of them
    public void HugeHostileSettings_AreCheckedInLinearTime()
    {
        var findings = ConfigChecker.Check("/repo/.claude/settings.json", McpGuard.Model.ConfigFormat.ClaudeSettings, Settings(50_000));
        Assert.IsFalse(findings.Any(f => f.RuleId == "MCPG001"), string.Join("\n", findings.Take(3)));

        // allow × deny comparisons are bounded: ten times the rules cost about ten times the time, not a hundred.
        GrowthAssert.IsLinear(count => ConfigChecker.Check("/repo/.claude/settings.json", McpGuard.Model.ConfigFormat.ClaudeSettings, Settings(count)), 2_000);

        static string Settings(int count)
        {
            var allow = string.Join(", ", System.Linq.Enumerable.Range(0, count).Select(i => $"\"Bash(tool{i}:*)\""));
            var deny = string.Join(", ", System.Linq.Enumerable.Range(0, count).Select(i => $"\"Bash(other{i} *)\""));
            return $"{{ \"permissions\": {{ \"allow\": [{allow}], \"deny\": [{deny}] }} }}";
        }
    }

    private static PermissionSet Read(string json) =>
        PermissionSet.Read(ConfigChecker.CheckFile("/repo/.claude/settings.json", McpGuard.Model.ConfigFormat.ClaudeSettings, json).Document!.Root);
}

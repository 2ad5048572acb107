using System;
using System.IO;
using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Git;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class GitIgnoreLocalFilesRuleTests
{
    [TestMethod]
    public void LocalSettingsNotIgnored_IsReportedAtTheStartOfTheFile()
    {
        ConfigVerifier.For(".claude/settings.local.json", """{|MCPG606:|}{ "permissions": { "allow": ["Bash(npm test)"] } }""")
            .WithIgnores(new FakeIgnores(_ => GitIgnoreStatus.NotIgnored))
            .ShouldReportMessage("MCPG606", "'.claude/settings.local.json' is meant to stay on one machine, but no .gitignore on its path ignores it; add '.claude/settings.local.json' to .gitignore so personal settings and values are never committed")
            .Verify();
    }

    [TestMethod]
    public void EnvFileNotIgnored_IsReported_UnknownIsSilent()
    {
        const string Config = """{ "servers": { "api": { "command": "node", "args": ["s.js"], "envFile": {|MCPG606:"${workspaceFolder}/config/dev.vars"|} } } }""";
        ConfigVerifier.For(".vscode/mcp.json", Config)
            .WithIgnores(new FakeIgnores(_ => GitIgnoreStatus.NotIgnored))
            .ShouldReportMessage("MCPG606", "The env file '${workspaceFolder}/config/dev.vars' of server 'api' is meant to stay on one machine, but no .gitignore on its path ignores it; add 'config/dev.vars' to .gitignore so personal settings and values are never committed")
            .Verify();
        ConfigVerifier.For(".vscode/mcp.json", Config.Replace("{|MCPG606:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal)).Verify();
        ConfigVerifier.For(".claude/settings.local.json", """{ "permissions": { "allow": [] } }""").Verify();
    }

    [TestMethod]
    public void LocalSettingsIgnoredByANestedGitignore_OrAfterANegation_AreSilent()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, ".git"));
            Directory.CreateDirectory(Path.Combine(root.FullName, ".claude"));
            Directory.CreateDirectory(Path.Combine(root.FullName, "app", ".claude"));
            File.WriteAllText(Path.Combine(root.FullName, ".gitignore"), ".claude/*\n!.claude/settings.json\n");
            File.WriteAllText(Path.Combine(root.FullName, "app", ".claude", ".gitignore"), "settings.local.json\n");
            File.WriteAllText(Path.Combine(root.FullName, "app", ".gitignore"), "!.claude/\n");
            const string Text = """{ "permissions": { "allow": [] } }""";
            var lookup = new GitIgnoreDiskLookup();

            Assert.IsEmpty(ConfigChecker.Check(Path.Combine(root.FullName, ".claude", "settings.local.json"), ConfigFormat.ClaudeSettings, Text, new CheckOptions(lookup)));
            Assert.IsEmpty(ConfigChecker.Check(Path.Combine(root.FullName, "app", ".claude", "settings.local.json"), ConfigFormat.ClaudeSettings, Text, new CheckOptions(lookup)));

            File.WriteAllText(Path.Combine(root.FullName, ".gitignore"), ".claude/*\n!.claude/settings*.json\n");
            var findings = ConfigChecker.Check(Path.Combine(root.FullName, ".claude", "settings.local.json"), ConfigFormat.ClaudeSettings, Text, new CheckOptions(new GitIgnoreDiskLookup()));
            Assert.AreEqual("MCPG606", findings.Single().RuleId, "the negation re-includes settings.local.json");
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    private sealed class FakeIgnores(Func<string, GitIgnoreStatus> status) : GitIgnoreLookup
    {
        public override GitIgnoreStatus GetStatus(string configPath, string path) => status(path.Replace('\\', '/'));
    }
}

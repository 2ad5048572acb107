using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class KnownCredentialFormatRuleTests
{
    private const string GitHubToken = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d";

    [TestMethod]
    public void GitHubToken_InServerEnv_ReportsRedactedAtValue()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "github": {
                  "command": "docker",
                  "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": {|MCP101:"ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"|} }
                }
              }
            }
            """)
            .ShouldReportMessage("MCP101", "Server 'github' holds a literal GitHub personal access token (ghp_…[40 chars]) at 'mcpServers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN'; revoke it and load it from the environment or a secret store instead")
            .ShouldNotMention(GitHubToken)
            .ShouldNotMention("u8jzPde0")
            .Verify();
    }

    [TestMethod]
    public void ProviderTokens_AnywhereInStrings_AreEachReported()
    {
        ConfigVerifier.For(".cursor/mcp.json", """
            {
              "mcpServers": {
                "tools": {
                  "command": "node",
                  "args": ["server.js", {|MCP101:"--token=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"|}],
                  "env": {
                    "OPENAI": {|MCP101:"sk-proj-b8DwkNhFdnXsiVpzz63FfkCzJr4i0B3JrTAwR4y9ojfljoQoaF1LlqsajAIxNKu8"|},
                    "LEGACY_OPENAI": {|MCP101:"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"|},
                    "CLAUDE": {|MCP101:"sk-ant-api03-tmUdjAWtGSU8po-799NksnRH9ucAUsdMlHUvTCQCyEZDz_TddJ8HyS5SUkCnD8zRA9a9SkpXz9w3QlY7Zkuvqdt7s8StqAA"|},
                    "AWS": {|MCP101:"AKIABAGI3MNBQNSPUQ2I"|},
                    "SLACK": {|MCP101:"xoxb-057986828288-0729022279180-uRHHJEYXg4JdpmrcXgGCJbW5"|},
                    "OAUTH": {|MCP101:"gho_Y40uvSwMFLZDe1f8rESQedUStPKR0CsTy4Qw"|}
                  }
                }
              }
            }
            """)
            .ShouldReportMessage("MCP101", "Server 'tools' holds a literal AWS access key ID (AKIA…[20 chars]) at 'mcpServers.tools.env.AWS'; revoke it and load it from the environment or a secret store instead")
            .ShouldReportMessage("MCP101", "Server 'tools' holds a literal GitHub fine-grained personal access token (github_pat_…[93 chars]) at 'mcpServers.tools.args[1]'; revoke it and load it from the environment or a secret store instead")
            .ShouldNotMention("b8DwkNhF")
            .ShouldNotMention("tmUdjAWt")
            .ShouldNotMention("BAGI3MNB")
            .Verify();
    }

    [TestMethod]
    public void ReferencesPlaceholdersAndExamples_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "github": {
                  "command": "npx",
                  "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"],
                  "env": {
                    "GITHUB_PERSONAL_ACCESS_TOKEN": "${GITHUB_PERSONAL_ACCESS_TOKEN}",
                    "EXAMPLE": "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                    "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
                    "SLACK_BOT_TOKEN": "xoxb-your-slack-bot-token",
                    "GLUED": "xghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dq"
                  }
                }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void LocalSettings_AreNotChecked()
    {
        ConfigVerifier.For(".claude/settings.local.json", """
            { "env": { "GITHUB_TOKEN": "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d" } }
            """).Verify();
    }

    [TestMethod]
    public void UserScopeClaudeJson_IsAuditedLikeAnyFile()
    {
        ConfigVerifier.For(
            ".claude.json",
            """{ "projects": { "/home/dev/app": { "mcpServers": { "gh": { "command": "x", "env": { "GITHUB_TOKEN": {|MCP101:"ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"|} } } } } } }""",
            McpGuard.Model.ConfigFormat.ClaudeUser).Verify();
    }

    [TestMethod]
    public void SharedSettingsEnv_IsReportedWithoutServer()
    {
        ConfigVerifier.For(".claude/settings.json", """
            { "env": { "GITHUB_TOKEN": {|MCP101:"ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"|} } }
            """)
            .ShouldReportMessage("MCP101", "The file holds a literal GitHub personal access token (ghp_…[40 chars]) at 'env.GITHUB_TOKEN'; revoke it and load it from the environment or a secret store instead")
            .Verify();
    }
}

using System.Collections.Generic;
using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Rules;
using McpGuard.Rules.Credentials;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using McpGuard.Credentials;

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
                  "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": {|MCPG101:"ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"|} }
                }
              }
            }
            """)
            .ShouldReportMessage("MCPG101", "Server 'github' holds a literal GitHub personal access token (ghp_…[40 chars]) at 'mcpServers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN'; revoke it and load it from the environment or a secret store instead")
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
                  "args": ["server.js", {|MCPG101:"--token=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"|}],
                  "env": {
                    "OPENAI": {|MCPG101:"sk-proj-b8DwkNhFdnXsiVpzz63FfkCzJr4i0B3JrTAwR4y9ojfljoQoaF1LlqsajAIxNKu8"|},
                    "LEGACY_OPENAI": {|MCPG101:"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"|},
                    "CLAUDE": {|MCPG101:"sk-ant-api03-tmUdjAWtGSU8po-799NksnRH9ucAUsdMlHUvTCQCyEZDz_TddJ8HyS5SUkCnD8zRA9a9SkpXz9w3QlY7Zkuvqdt7s8StqAA"|},
                    "AWS": {|MCPG101:"AKIABAGI3MNBQNSPUQ2I"|},
                    "SLACK": {|MCPG101:"xoxb-057986828288-0729022279180-uRHHJEYXg4JdpmrcXgGCJbW5"|},
                    "OAUTH": {|MCPG101:"gho_Y40uvSwMFLZDe1f8rESQedUStPKR0CsTy4Qw"|}
                  }
                }
              }
            }
            """)
            .ShouldReportMessage("MCPG101", "Server 'tools' holds a literal AWS access key ID (AKIA…[20 chars]) at 'mcpServers.tools.env.AWS'; revoke it and load it from the environment or a secret store instead")
            .ShouldReportMessage("MCPG101", "Server 'tools' holds a literal GitHub fine-grained personal access token (github_pat_…[93 chars]) at 'mcpServers.tools.args[1]'; revoke it and load it from the environment or a secret store instead")
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
            """{ "projects": { "/home/dev/app": { "mcpServers": { "gh": { "command": "x", "env": { "GITHUB_TOKEN": {|MCPG101:"ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"|} } } } } } }""",
            McpGuard.Model.ConfigFormat.ClaudeUser).Verify();
    }

    [TestMethod]
    public void SharedSettingsEnv_IsReportedWithoutServer()
    {
        ConfigVerifier.For(".claude/settings.json", """
            { "env": { "GITHUB_TOKEN": {|MCPG101:"ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"|} } }
            """)
            .ShouldReportMessage("MCPG101", "The file holds a literal GitHub personal access token (ghp_…[40 chars]) at 'env.GITHUB_TOKEN'; revoke it and load it from the environment or a secret store instead")
            .Verify();
    }

    public static IEnumerable<object[]> Samples => SyntheticSecrets.Samples.Select(sample => new object[] { sample.PatternId });

    [TestMethod]
    public void EveryPattern_HasASyntheticSample()
    {
        CollectionAssert.AreEquivalent(
            CredentialPattern.All.Select(p => p.Id).ToList(),
            SyntheticSecrets.Samples.Select(s => s.PatternId).ToList());
    }

    [TestMethod]
    [DynamicData(nameof(Samples))]
    public void ProviderSample_IsFoundAtItsSpan_WithOnlyPrefixAndLengthShown(string patternId)
    {
        var sample = SyntheticSecrets.For(patternId);
        var pattern = CredentialPattern.All.Single(p => p.Id == sample.PatternId);
        var findings = ConfigVerifier.For(".mcp.json", $$"""
            { "mcpServers": { "svc": { "command": "node", "env": { "SETTING": {|MCPG101:{{SyntheticSecrets.Quote(sample.Value)}}|} } } } }
            """)
            .ShouldNotMention(sample.RandomPart.Substring(0, 8))
            .ShouldNotMention(sample.RandomPart.Substring(sample.RandomPart.Length - 8))
            .Verify();
        var message = findings.Single().Message;
        StringAssert.Contains(message, pattern.Provider.Split(' ')[0]);
        StringAssert.Contains(message, (sample.Prefix.Length > 0 ? sample.Prefix + "\u2026" : "****") + "[" + sample.Secret.Length + " chars]");
    }

    [TestMethod]
    [DynamicData(nameof(Samples))]
    public void ProviderSample_AsReferenceOrPlaceholder_IsSilent(string patternId)
    {
        var sample = SyntheticSecrets.For(patternId);
        var filler = sample.Prefix + new string('x', sample.RandomPart.Length);
        ConfigVerifier.For(".mcp.json", $$"""
            {
              "mcpServers": {
                "svc": {
                  "command": "node",
                  "args": ["--token", "${SETTING}"],
                  "env": { "SETTING": "${SETTING}", "FILLER": {{SyntheticSecrets.Quote(sample.Before + filler + sample.After)}} }
                }
              }
            }
            """).Verify();
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "inputs": [ { "type": "promptString", "id": "setting", "description": "Setting", "password": true } ],
              "servers": { "svc": { "command": "node", "args": ["--token", "${input:setting}"], "env": { "SETTING": "${env:SETTING}" } } }
            }
            """).Verify();
    }

    [TestMethod]
    public void DocumentedExampleKeys_AreSilent()
    {
        var jwtIoSample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        var supabaseDemo = SyntheticSecrets.Jwt("{\"iss\":\"supabase-demo\",\"role\":\"service_role\",\"exp\":1983812996}", 7);
        ConfigVerifier.For(".mcp.json", $$"""
            {
              "mcpServers": {
                "svc": {
                  "command": "node",
                  "env": {
                    "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
                    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                    "STRIPE_SECRET_KEY": "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                    "GITHUB_TOKEN": "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
                    "SUPABASE_SECRET_KEY": "sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz",
                    "JWT": "{{jwtIoSample}}",
                    "SUPABASE_SERVICE_ROLE_KEY": "{{supabaseDemo}}",
                    "GOOGLE_MAPS_API_KEY": "AIzaSyabcdefghijklmnopqrstuvwxyz1234567",
                    "SLACK_WEBHOOK": "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
                  }
                }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void AwsSecretKey_IsFoundNextToItsKeyIdOrUnderItsName()
    {
        var keyId = SyntheticSecrets.For("aws-access-key-id").Secret;
        var secret = SyntheticSecrets.Random(SyntheticSecrets.Base64, 40, 77);
        var hexHash = SyntheticSecrets.Random(SyntheticSecrets.Hex, 40, 78);
        ConfigVerifier.For(".mcp.json", $$"""
            {
              "mcpServers": {
                "kb": { "command": "node", "env": { "AWS_ACCESS_KEY_ID": {|MCPG101:"{{keyId}}"|}, "SECRET": {|MCPG101:"{{secret}}"|}, "AWS_REGION": "us-east-1" } },
                "named": { "command": "node", "env": { "AWS_ACCESS_KEY_ID": "${AWS_ACCESS_KEY_ID}", "AWS_SECRET_ACCESS_KEY": {|MCPG101:"{{secret}}"|} } },
                "commit": { "command": "node", "env": { "GIT_SHA": "{{hexHash}}", "BUILD": "{{secret}}" } }
              }
            }
            """)
            .ShouldReportMessage("MCPG101", "Server 'named' holds a literal AWS secret access key (****[40 chars]) at 'mcpServers.named.env.AWS_SECRET_ACCESS_KEY'; revoke it and load it from the environment or a secret store instead")
            .Verify();
    }

    [TestMethod]
    public void AwsKeyPair_IsReportedAtBothLines_TheIdAsWarningTheSecretAsError()
    {
        var keyId = SyntheticSecrets.For("aws-access-key-id").Secret;
        var secret = SyntheticSecrets.Random(SyntheticSecrets.Base64, 40, 79);
        var findings = ConfigVerifier.For(".mcp.json", $$"""
            {
              "mcpServers": {
                "kb": {
                  "command": "node",
                  "env": {
                    "AWS_ACCESS_KEY_ID": {|MCPG101:"{{keyId}}"|},
                    "AWS_SECRET_ACCESS_KEY": {|MCPG101:"{{secret}}"|}
                  }
                }
              }
            }
            """)
            .ShouldReportMessage("MCPG101", "Server 'kb' holds a literal AWS access key ID (AKIA…[20 chars]) at 'mcpServers.kb.env.AWS_ACCESS_KEY_ID'; revoke it and load it from the environment or a secret store instead")
            .ShouldReportMessage("MCPG101", "Server 'kb' holds a literal AWS secret access key (****[40 chars]) at 'mcpServers.kb.env.AWS_SECRET_ACCESS_KEY'; revoke it and load it from the environment or a secret store instead")
            .Verify();
        Assert.AreEqual(RuleSeverity.Warning, findings[0].DefaultSeverity);
        Assert.AreEqual(RuleSeverity.Error, findings[1].DefaultSeverity);
    }

    [TestMethod]
    public void AwsKeyPair_InCodexToml_IsReportedAtBothLines()
    {
        var keyId = SyntheticSecrets.For("aws-access-key-id").Secret;
        var secret = SyntheticSecrets.Random(SyntheticSecrets.Base64, 40, 79);
        ConfigVerifier.For(".codex/config.toml", $$"""
            [mcp_servers.kb]
            command = "node"

            [mcp_servers.kb.env]
            AWS_ACCESS_KEY_ID = {|MCPG101:"{{keyId}}"|}
            AWS_SECRET_ACCESS_KEY = {|MCPG101:"{{secret}}"|}
            """).Verify();
    }

    [TestMethod]
    public void CurrentProviderPrefixes_AreFound()
    {
        var supabaseV0 = "sbp_v0_" + SyntheticSecrets.Random(SyntheticSecrets.Hex, 40, 80);
        var docker = SyntheticSecrets.For("docker-access-token").Value;
        var context7 = SyntheticSecrets.For("context7-api-key").Value;
        ConfigVerifier.For(".cursor/mcp.json", $$"""
            {
              "mcpServers": {
                "supabase": { "command": "npx", "args": ["-y", "@supabase/mcp-server-supabase@0.5.5", "--read-only", "--access-token", {|MCPG101:"{{supabaseV0}}"|}] },
                "hub": { "command": "node", "env": { "DOCKER_TOKEN": {|MCPG101:"{{docker}}"|}, "CONTEXT7_API_KEY": {|MCPG101:"{{context7}}"|} } }
              }
            }
            """)
            .ShouldReportMessage("MCPG101", "Server 'supabase' holds a literal Supabase personal access token (sbp_v0_…[47 chars]) at 'mcpServers.supabase.args[4]'; revoke it and load it from the environment or a secret store instead")
            .ShouldNotMention(supabaseV0.Substring(7, 8))
            .Verify();
    }

    [TestMethod]
    public void PrefixLookalikes_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "svc": {
                  "command": "node",
                  "args": ["--digest", "sha256~short", "--ref", "pul-1234", "--flag", "r8_not_a_token"],
                  "env": {
                    "SUPABASE_ACCESS_TOKEN": "sbp_v0_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                    "DOCKER_TOKEN": "dckr_pat_your-docker-token-here",
                    "VAULT_TOKEN": "hvs.example",
                    "CONTEXT7_API_KEY": "ctx7sk-00000000-0000-0000-0000-000000000000"
                  }
                }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void Jwt_RoleGradesTheSeverity_AnonIsInfo()
    {
        var anon = SyntheticSecrets.Jwt("{\"iss\":\"supabase\",\"ref\":\"abcdefghij\",\"role\":\"anon\",\"iat\":1735689600}", 11);
        var service = SyntheticSecrets.Jwt("{\"iss\":\"supabase\",\"ref\":\"abcdefghij\",\"role\":\"service_role\",\"iat\":1735689600}", 12);
        var findings = ConfigVerifier.For(".mcp.json", $$"""
            { "mcpServers": { "db": { "command": "node", "env": { "SUPABASE_ANON_KEY": {|MCPG101:"{{anon}}"|}, "SUPABASE_SERVICE_ROLE_KEY": {|MCPG101:"{{service}}"|} } } } }
            """)
            .ShouldReportMessage("MCPG101", "Server 'db' holds a literal JSON Web Token with role 'anon' (a public client key) (eyJ\u2026[" + anon.Length + " chars]) at 'mcpServers.db.env.SUPABASE_ANON_KEY'; revoke it and load it from the environment or a secret store instead")
            .ShouldReportMessage("MCPG101", "Server 'db' holds a literal Supabase service-role JSON Web Token (eyJ\u2026[" + service.Length + " chars]) at 'mcpServers.db.env.SUPABASE_SERVICE_ROLE_KEY'; revoke it and load it from the environment or a secret store instead")
            .Verify();
        Assert.AreEqual(RuleSeverity.Info, findings[0].DefaultSeverity);
        Assert.AreEqual(RuleSeverity.Error, findings[1].DefaultSeverity);
    }

    [TestMethod]
    public void SeveralTokensInOneString_AreEachReported()
    {
        var first = SyntheticSecrets.For("github-pat").Secret;
        var second = SyntheticSecrets.For("npm-access-token").Secret;
        ConfigVerifier.For(".mcp.json", $$"""
            { "mcpServers": { "sh": { "command": "bash", "args": ["-c", {|MCPG101:{|MCPG101:"GH={{first}} NPM={{second}} node server.js"|}|}] } } }
            """).Verify();
    }
}

using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class CredentialInReferenceDefaultRuleTests
{
    [TestMethod]
    public void CredentialDefaults_AreReportedOnceAsMcpg105()
    {
        var token = SyntheticSecrets.For("github-pat").Secret;
        ConfigVerifier.For(".mcp.json", $$"""
            {
              "mcpServers": {
                "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"], "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": {|MCPG105:"${GITHUB_PERSONAL_ACCESS_TOKEN:-{{token}}}"|} } },
                "db": { "command": "node", "env": { "DB_PASSWORD": {|MCPG105:"${DB_PASSWORD:-Winter2026-prod!}"|}, "DATABASE_URL": {|MCPG105:"${DATABASE_URL:-postgres://app:S3cr3tPw9@db/app}"|} } },
                "api": { "type": "http", "url": "https://api.example.com/mcp", "headers": { "Authorization": {|MCPG105:"Bearer ${API_TOKEN:-q7TfR2mVx9LsK4pW}"|} } }
              }
            }
            """)
            .ShouldReportMessage("MCPG105", "Server 'github' gives '${GITHUB_PERSONAL_ACCESS_TOKEN}' a GitHub personal access token (ghp_\u2026[40 chars]) as its default at 'mcpServers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN'; remove the default (\"${GITHUB_PERSONAL_ACCESS_TOKEN}\") so the value can only come from the environment")
            .ShouldReportMessage("MCPG105", "Server 'db' gives '${DB_PASSWORD}' a literal value (****[16 chars]) as its default at 'mcpServers.db.env.DB_PASSWORD'; remove the default (\"${DB_PASSWORD}\") so the value can only come from the environment")
            .ShouldReportMessage("MCPG105", "Server 'db' gives '${DATABASE_URL}' a URL with a password ('postgres://app:****@db/app') as its default at 'mcpServers.db.env.DATABASE_URL'; remove the default (\"${DATABASE_URL}\") so the value can only come from the environment")
            .ShouldNotMention(token.Substring(4, 10))
            .ShouldNotMention("Winter2026")
            .ShouldNotMention("S3cr3tPw9")
            .Verify();
    }

    [TestMethod]
    public void EmptyAndHarmlessDefaults_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "s": {
                  "command": "node",
                  "env": {
                    "SEMANTIC_SCHOLAR_API_KEY": "${SEMANTIC_SCHOLAR_API_KEY:-}",
                    "AWS_REGION": "${AWS_REGION:-us-east-1}",
                    "CURSOR_AGENT_PATH": "${CURSOR_AGENT_PATH:-cursor-agent}",
                    "MODEL": "${MODEL:-auto}",
                    "API_TOKEN": "${API_TOKEN:-changeme}",
                    "DB_PASSWORD": "${DB_PASSWORD:-${FALLBACK_PASSWORD}}"
                  }
                }
              }
            }
            """).Verify();
    }
}

using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

/// <summary>Values that look like credentials to a naive scanner and must stay silent under every credential rule.</summary>
[TestClass]
public sealed class CredentialFalsePositiveTests
{
    [TestMethod]
    public void LookAlikeNamesAndHarmlessValues_ProduceNoFinding()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "svc": {
                  "command": "node",
                  "args": ["server.js", "--max-tokens", "4096", "--read-only", "--project-ref=gzzrthvxcmwjieqdtoxf", "--token-file", "./secrets/token.txt",
                           "--headers", "Notion-Version", "2022-06-28", "-p", "5432", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "--dsn", "https://4f9e3c2a1b0d4e8f9a7b6c5d4e3f2a1b@o450123.ingest.sentry.io/5678901"],
                  "env": {
                    "MAX_TOKENS": "4096",
                    "MAX_OUTPUT_TOKENS": "8192",
                    "AWS_REGION": "us-east-1",
                    "AWS_ACCESS_KEY_ID_NAME": "deploy",
                    "SIGNING_KEY_ID": "5f3c9a7e-1b2d-4c8e-9f0a-7d6e5c4b3a21",
                    "KMS_KEY_ID": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                    "VERBOSE": "true",
                    "SSH_PUBLIC_KEY": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq9Vt2LmX8rKw4ZpYc7Dn3Fs6Gh1Jk0",
                    "STRIPE_PUBLISHABLE_KEY": "pk_live_51H8q9VtLmX8rKw4ZpYc7Dn3Fs6Gh1Jk",
                    "GOOGLE_APPLICATION_CREDENTIALS": {|MCPG503:"/home/dev/.config/gcloud/application_default_credentials.json"|},
                    "GDRIVE_CREDENTIALS_PATH": "/path/to/credentials.json",
                    "SENTRY_DSN": "https://4f9e3c2a1b0d4e8f9a7b6c5d4e3f2a1b@o450123.ingest.sentry.io/5678901",
                    "SLACK_TEAM_ID": "T01234567",
                    "SLACK_CHANNEL_IDS": "C01234567,C07654321",
                    "SESSION_ID": "b1966e42-a736-4d9a-9310-21de2ba73d14",
                    "AUTH_TYPE": "oauth",
                    "AUTH_URL": "https://auth.example.com/oauth/token",
                    "TOKEN_ENDPOINT": "https://login.example.com/token",
                    "USE_AUTH_TOKEN": "true",
                    "ENABLE_SECRETS": "false",
                    "PASSWORD_MIN_LENGTH": "12",
                    "DATABASE_URL": "postgresql://localhost:5432/app",
                    "REDIS_URL": "redis://cache:6379/0",
                    "MONGODB_URI": "mongodb://localhost:27017/database",
                    "DB_URL": "postgresql://app:${DB_PASSWORD}@db.internal:5432/app",
                    "PG_URL": "postgresql://postgres:password@db.xxxxx.supabase.co:5432/postgres",
                    "JIRA_USERNAME": "dev@example.com",
                    "KEYVAULT_NAME": "corp-vault",
                    "TOKENIZER": "cl100k_base",
                    "API_KEY": "",
                    "GITHUB_TOKEN": "${GITHUB_TOKEN}",
                    "SHELL_TOKEN": {|MCPG005:"$SHELL_TOKEN"|},
                    "WIN_TOKEN": {|MCPG005:"%WIN_TOKEN%"|},
                    "TEMPLATE_TOKEN": "{{ github_token }}",
                    "OP_TOKEN": "op://Engineering/GitHub/token",
                    "SLACK_BOT_TOKEN": "xoxb-your-slack-bot-token",
                    "PERPLEXITY_API_KEY": "pplx-your-api-key",
                    "OPENAI_API_KEY": "sk-...",
                    "NOTION_TOKEN": "ntn_****",
                    "STRIPE_SECRET_KEY": "sk_live_...",
                    "BEARER": "Bearer ${TOKEN}",
                    "LOCAL_PATH": "./data/cache",
                    "WINDOWS_PATH": {|MCPG503:"C:\\Users\\dev\\tools"|},
                    "ENV_FILE_TEMPLATE": ".env.example"
                  },
                  "headers": { "Authorization": "Bearer ${API_TOKEN}", "X-API-Key": "${API_KEY}", "Notion-Version": "2022-06-28" }
                }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void OtherClientsReferenceSyntaxes_AreReferences()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "inputs": [ { "type": "promptString", "id": "github_token", "description": "GitHub token", "password": true } ],
              "servers": {
                "svc": {
                  "command": "node",
                  "args": ["--token", "${input:github_token}", "--api-key=${env:API_KEY}"],
                  "env": { "VS_TOKEN": "${env:VS_TOKEN}", "INPUT_TOKEN": "${input:github_token}", "DB_URL": "postgresql://app:${env:DB_PASSWORD}@db/app" },
                  "headers": { "Authorization": "Bearer ${input:github_token}" }
                }
              }
            }
            """).Verify();
        foreach (var reference in new[] { "${{ secrets.GITHUB_TOKEN }}", "${{ env.TOKEN }}", "{{ github_token }}", "$env:GITHUB_TOKEN", "op://Engineering/GitHub/token", "vault://kv/github#token" })
        {
            Assert.IsTrue(McpGuard.Internal.VariableReferences.IsOnlyReferences(reference), reference);
        }
    }

    [TestMethod]
    public void ProseAboutAuthentication_IsNotAHeader()
    {
        ConfigVerifier.For(".mcp.json", """
            { "mcpServers": { "docs": { "command": "node", "args": ["--description", "Uses Bearer authentication; Basic auth is disabled"], "env": { "NOTE": "Send a Bearer token in the Authorization header" } } } }
            """).Verify();
    }
}

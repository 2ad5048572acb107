using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class LiteralCredentialRuleTests
{
    [TestMethod]
    public void CredentialNamedVariable_WithLiteral_ReportsMaskedValue()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "db": {
                  "command": "uvx",
                  "args": ["postgres-mcp==0.3.0", "--access-mode=restricted"],
                  "env": {
                    "DB_PASSWORD": {|MCPG102:"supersecret123"|},
                    "stripeApiKey": {|MCPG102:"rk_9f8e7d6c5b4a3f2e1d0c"|},
                    "MOONSHOT_API_KEY": {|MCPG102:"sk-GBNycW3HpTZCxGIjsK1xqK6DY9Jx7JGao5urK4hasT3BZ5A2"|},
                    "SQL_CONNECTION_STRING": {|MCPG103:"Server=db;Database=app;User Id=sa;Password=Pr0d!pass"|}
                  }
                }
              }
            }
            """)
            .ShouldReportMessage("MCPG102", "Server 'db' sets credential variable 'DB_PASSWORD' to a literal value (****[14 chars]) at 'mcpServers.db.env.DB_PASSWORD'; reference it instead, e.g. \"${DB_PASSWORD}\"")
            .ShouldNotMention("supersecret123")
            .ShouldNotMention("GBNycW3H")
            .Verify();
    }

    [TestMethod]
    public void LookAlikeNamesAndNonSecretValues_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "svc": {
                  "command": "node",
                  "env": {
                    "MAX_TOKENS": "4096",
                    "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
                    "SSH_PUBLIC_KEY": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG",
                    "GOOGLE_CREDENTIALS_PATH": "/path/to/credentials.json",
                    "AUTH_URL": "https://auth.example.com/token",
                    "AUTH_TYPE": "oauth",
                    "SLACK_TEAM_ID": "T01234567",
                    "API_TOKEN": "${API_TOKEN}",
                    "BEARER_TOKEN": "Bearer ${TOKEN}",
                    "GITHUB_TOKEN": "<your-github-token>",
                    "OPENAI_API_KEY": "YOUR_OPENAI_API_KEY",
                    "ANTHROPIC_API_KEY": "",
                    "DEBUG_TOKEN": "true",
                    "SERVICE_PASSWORD": "changeme",
                    "PIN_PASSWORD": "1234",
                    "ADMIN_PASSWORD": {|MCPG005:"$ADMIN_PASSWORD"|},
                    "WIN_SECRET": {|MCPG005:"%WIN_SECRET%"|}
                  }
                }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void VsCodeServer_SuggestsInputOrEnvReference()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "servers": {
                "jira": { "command": "npx", "args": ["jira-mcp@1.0.0"], "env": { "JIRA_API_TOKEN": {|MCPG102:"ATATT3xFfGF0Zr8mPq"|} } }
              }
            }
            """)
            .ShouldReportMessage("MCPG102", "Server 'jira' sets credential variable 'JIRA_API_TOKEN' to a literal value (****[18 chars]) at 'servers.jira.env.JIRA_API_TOKEN'; reference it instead, e.g. \"${input:jira_api_token}\" with a password input, or \"${env:JIRA_API_TOKEN}\"")
            .Verify();
    }

    [TestMethod]
    public void ClaudeSettingsEnv_IsReportedWithAdviceThatFitsLiteralEnv()
    {
        ConfigVerifier.For(".claude/settings.json", """
            { "env": { "DATABASE_PASSWORD": {|MCPG102:"Winter2026-prod!"|}, "MCP_TIMEOUT": "30000" } }
            """)
            .ShouldReportMessage("MCPG102", "The file sets credential variable 'DATABASE_PASSWORD' to a literal value (****[16 chars]) at 'env.DATABASE_PASSWORD'; remove it and set the variable in your shell or secret manager instead")
            .Verify();
    }

    [TestMethod]
    public void KnownFormatCredential_IsReportedOnceAsMcpg101()
    {
        ConfigVerifier.For(".mcp.json", """
            { "mcpServers": { "gh": { "command": "x", "env": { "GITHUB_TOKEN": {|MCPG101:"ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"|} } } } }
            """).Verify();
    }

    [TestMethod]
    public void CredentialOptionsAndAssignmentsInArgs_AreReportedAtTheValue()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "api": { "command": "node", "args": ["server.js", {|MCPG102:"--api-key=Zq4mV8rT2wXk9pLs"|}, "--password", {|MCPG102:"Winter2026-prod!"|}, "--port", "8080"] },
                "box": { "command": "docker", "args": ["run", "-i", "--rm", "-e", {|MCPG102:"DB_PASSWORD=hunter2hunter2"|}, "-e", "GITHUB_TOKEN", {|MCPG102:"--env=API_SECRET=s3cr3t-v4lue"|}, "image@sha256:abc"] },
                "env": { "command": "env", "args": [{|MCPG102:"SERVICE_TOKEN=qT7vLm2Xr9TbK4sW"|}, "node", "x.js"] },
                "sh": { "command": "bash", "args": ["-lc", {|MCPG102:"ACCESS_TOKEN=aB3dE5fG7hJ9kL1m node server.js --verbose"|}] }
              }
            }
            """)
            .ShouldReportMessage("MCPG102", "Server 'api' sets credential option '--api-key' to a literal value (****[16 chars]) at 'mcpServers.api.args[1]'; reference it instead, e.g. \"${API_KEY}\"")
            .ShouldReportMessage("MCPG102", "Server 'box' sets credential variable 'DB_PASSWORD' to a literal value (****[14 chars]) at 'mcpServers.box.args[4]'; reference it instead, e.g. \"${DB_PASSWORD}\"")
            .ShouldNotMention("Zq4mV8rT2wXk9pLs")
            .ShouldNotMention("hunter2hunter2")
            .Verify();
    }

    [TestMethod]
    public void JsonHeldInAString_IsParsedAndItsKeysChecked()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "notion": { "command": "npx", "args": ["-y", "@notionhq/notion-mcp-server@1.8.1"], "env": { "OPENAPI_MCP_CONFIG": {|MCPG102:"{\"apiSecret\": \"mYs3cretV4lue!x\", \"Notion-Version\": \"2022-06-28\"}"|} } },
                "tool": { "command": "node", "args": ["x.js", "--config", {|MCPG102:"{\"auth\": {\"clientSecret\": \"q9Vt2LmX8rKw4Zp\"}}"|}] },
                "fine": { "command": "node", "env": { "OPENAPI_MCP_HEADERS": "{\"Authorization\": \"Bearer ${NOTION_TOKEN}\", \"Notion-Version\": \"2022-06-28\"}" } }
              }
            }
            """)
            .ShouldReportMessage("MCPG102", "Server 'notion' sets credential key 'apiSecret' to a literal value (****[15 chars]) at 'mcpServers.notion.env.OPENAPI_MCP_CONFIG > apiSecret'; reference it instead, e.g. \"${apiSecret}\"")
            .ShouldNotMention("mYs3cretV4lue")
            .Verify();
    }

    [TestMethod]
    public void CodexToml_AdvisesPassingTheVariableByName()
    {
        ConfigVerifier.For(".codex/config.toml", """
            [mcp_servers.db]
            command = "node"
            args = ["tools/db-server.js"]
            env = { DB_PASSWORD = {|MCPG102:"Winter2026-prod!"|} }
            """)
            .ShouldReportMessage("MCPG102", "Server 'db' sets credential variable 'DB_PASSWORD' to a literal value (****[16 chars]) at 'mcp_servers.db.env.DB_PASSWORD'; remove it and pass the variable by name instead (env_vars = [\"DB_PASSWORD\"])")
            .Verify();
    }

    /// <summary>
    /// A connection string under a credential-like name is a credential only when it holds a secret key: integrated and
    /// managed-identity authentication carry none (corpus file 095, an Error judged wrong in review-2026-12.md). One with a
    /// password stays MCPG103 (<see cref="CredentialNamedVariable_WithLiteral_ReportsMaskedValue"/>).
    /// </summary>
    [TestMethod]
    [DataRow("Server=DC-DEV14;Database=DevERP;Trusted_Connection=True;TrustServerCertificate=True")]
    [DataRow("Server=tcp:app.database.windows.net,1433;Database=app;Authentication=Active Directory Default;")]
    [DataRow("Host=db;Port=5432;Database=app;Username=svc;Integrated Security=true")]
    public void ConnectionStringWithoutASecretKey_IsSilent(string value)
    {
        ConfigVerifier.For(".roo/mcp.json", $$"""
            {
              "mcpServers": {
                "mssql": { "command": "MssqlMcp.exe", "env": { "CONNECTION_STRING": "{{value}}" } }
              }
            }
            """)
            .Verify();
    }
}

using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class CredentialInUrlRuleTests
{
    [TestMethod]
    public void PasswordsInDatabaseUrls_AreReportedWithTheUrlRedacted()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "postgres": { "command": "npx", "args": ["-y", "@example/postgres-mcp@1.0.0", {|MCPG103:"postgresql://app:S3cr3tPw!@db.example.com:5432/app"|}] },
                "mysql": { "command": "uvx", "args": ["mysql-mcp==1.0.0"], "env": { "MYSQL_URL": {|MCPG103:"mysql://root:r00tPassw0rd@10.0.0.5:3306/shop"|} } },
                "mongo": { "command": "npx", "args": ["-y", "mongodb-mcp-server@0.1.0", "--readOnly", "--connectionString", {|MCPG103:"mongodb+srv://reader:Xk29vLq7pZ@cluster0.ab1cd.mongodb.net/app?retryWrites=true"|}] },
                "redis": { "command": "node", "args": ["redis.js"], "env": { "CACHE": {|MCPG103:"redis://:n0tS0s3cr3t@cache.internal:6379/0"|} } },
                "sql": { "command": "dnx", "args": ["SqlMcp@1.0.0"], "env": { "SQL": {|MCPG103:"Server=tcp:db.example.com,1433;Database=app;User Id=sa;Password=Pr0d!pass;Encrypt=true"|} } }
              }
            }
            """)
            .ShouldReportMessage("MCPG103", "Server 'postgres' embeds a password in 'postgresql://app:****@db.example.com:5432/app' at 'mcpServers.postgres.args[2]'; reference it instead, e.g. \"${DATABASE_URL}\"")
            .ShouldReportMessage("MCPG103", "Server 'mysql' embeds a password in 'mysql://root:****@10.0.0.5:3306/shop' at 'mcpServers.mysql.env.MYSQL_URL'; reference it instead, e.g. \"${MYSQL_URL}\"")
            .ShouldReportMessage("MCPG103", "Server 'sql' embeds a connection-string password in 'Server=tcp:db.example.com,1433;Database=app;User Id=sa;Password=****;Encrypt=true' at 'mcpServers.sql.env.SQL'; reference it instead, e.g. \"${SQL}\"")
            .ShouldNotMention("S3cr3tPw")
            .ShouldNotMention("r00tPassw0rd")
            .ShouldNotMention("Xk29vLq7pZ")
            .ShouldNotMention("Pr0d!pass")
            .Verify();
    }

    [TestMethod]
    public void SecretQueryParameters_InUrlFieldsAndArgs_AreReported()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "servers": {
                "tavily": { "type": "http", "url": {|MCPG103:"https://mcp.tavily.com/mcp/?tavilyApiKey=q7TfR2mVx9LsK4pWz8Yb"|} },
                "proxy": { "command": "npx", "args": ["-y", "mcp-remote@0.1.16", {|MCPG103:"https://api.example.com/sse?access_token=Zq4mV8rT2wXk9pLsQ1"|}] }
              }
            }
            """)
            .ShouldReportMessage("MCPG103", "Server 'tavily' embeds a secret query parameter 'tavilyApiKey' in 'https://mcp.tavily.com/mcp/?tavilyApiKey=****' at 'servers.tavily.url'; reference it instead, e.g. \"${input:tavily_api_key}\" with a password input, or \"${env:TAVILY_API_KEY}\"")
            .ShouldNotMention("q7TfR2mV")
            .Verify();
    }

    [TestMethod]
    public void UrlsWithoutLiteralCredentials_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "db": { "command": "npx", "args": ["-y", "@example/postgres-mcp@1.0.0", "postgresql://app:${DB_PASSWORD}@db.example.com/app"] },
                "local": { "command": "node", "env": { "DATABASE_URL": "postgresql://localhost/mydb", "DSN": "https://4f9e3c2a1b0d4e8f9a7b6c5d4e3f2a1b@o450123.ingest.sentry.io/5678901" } },
                "tpl": { "command": "node", "env": { "URL": "postgres://user:<password>@host/db", "URL2": "mysql://root:****@h/db", "URL3": "https://h.example.com/x?api_key=${API_KEY}&page=2", "SQL": "Server=db;Database=app;Password=${SQL_PASSWORD}" } },
                "hf": { "type": "http", "url": "https://huggingface.co/mcp?login" }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void SettingsFiles_AreCheckedAnywhereAndAdviseSettingTheValueOutside()
    {
        ConfigVerifier.For(".claude/settings.json", """
            { "env": { "DATABASE_URL": {|MCPG103:"postgresql://postgres:ooyhjpca@localhost:5432/capegis"|} } }
            """)
            .ShouldReportMessage("MCPG103", "The file embeds a password in 'postgresql://postgres:****@localhost:5432/capegis' at 'env.DATABASE_URL'; remove it and set the variable in your shell or secret manager instead")
            .Verify();
    }
}

using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class LiteralAuthorizationHeaderRuleTests
{
    private static readonly string s_token = SyntheticSecrets.Random(SyntheticSecrets.Alnum, 40, 104);

    [TestMethod]
    public void BearerAndApiKeyHeaders_AreReportedWithSchemeAndLengthOnly()
    {
        ConfigVerifier.For(".mcp.json", $$"""
            {
              "mcpServers": {
                "x": {
                  "type": "http",
                  "url": "https://mcp.example.com/mcp",
                  "headers": { "Authorization": {|MCPG104:"Bearer {{s_token}}"|}, "X-API-Key": {|MCPG104:"k9Vt2LmX8rKw4ZpYc7Dn"|}, "Notion-Version": "2022-06-28" }
                }
              }
            }
            """)
            .ShouldReportMessage("MCPG104", "Server 'x' sends a literal 'Authorization' header (Bearer ****[40 chars]) at 'mcpServers.x.headers.Authorization'; reference the credential instead, e.g. \"Bearer ${X_TOKEN}\"")
            .ShouldReportMessage("MCPG104", "Server 'x' sends a literal 'X-API-Key' header (****[20 chars]) at 'mcpServers.x.headers.X-API-Key'; reference the credential instead, e.g. \"${X_API_KEY}\"")
            .ShouldNotMention(s_token.Substring(0, 8))
            .Verify();
    }

    [TestMethod]
    public void BasicCredentials_AreDecodedToJudgeThePassword()
    {
        var basic = System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("demo@example.com:Br9q"));
        var placeholder = System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("user:<password>"));
        ConfigVerifier.For(".vscode/mcp.json", $$"""
            {
              "servers": {
                "liferay": { "type": {|MCPG406:"sse"|}, "url": "http://localhost:8080/o/mcp/sse", "headers": { "Authorization": {|MCPG104:"Basic {{basic}}"|} } },
                "docs": { "type": "http", "url": "https://docs.example.com/mcp", "headers": { "Authorization": "Basic {{placeholder}}" } }
              }
            }
            """)
            .ShouldReportMessage("MCPG104", "Server 'liferay' sends a literal 'Authorization' header (Basic ****[28 chars], a user name and password) at 'servers.liferay.headers.Authorization'; reference the credential instead, e.g. \"Basic ${input:liferay_token}\"")
            .ShouldNotMention(basic)
            .ShouldNotMention("demo@example.com")
            .Verify();
    }

    [TestMethod]
    public void HeaderArguments_AndNestedHeaderJson_AreReported()
    {
        ConfigVerifier.For(".mcp.json", $$"""
            {
              "mcpServers": {
                "remote": { "command": "npx", "args": ["-y", "mcp-remote@0.1.16", "https://mcp.example.com/sse", "--header", {|MCPG104:"Authorization: Bearer {{s_token}}"|}] },
                "curl": { "command": "npx", "args": ["-y", "some-mcp@1.0.0", "-H", {|MCPG104:"X-Auth-Token: Pq8Lm3Vx7Tr2Kw9Z"|}] },
                "proxy": { "command": "mcp-proxy", "args": ["--headers", "Authorization", {|MCPG104:"Bearer {{s_token}}"|}, "https://h.example.com/sse"] },
                "notion": { "command": "npx", "args": ["-y", "@notionhq/notion-mcp-server@1.8.1"], "env": { "OPENAPI_MCP_HEADERS": {|MCPG104:"{\"Authorization\": \"Bearer {{s_token}}\", \"Notion-Version\": \"2022-06-28\"}"|} } },
                "cmd": { "command": "cmd", "args": ["/c", "npx", "-y", "mcp-remote@0.1.16", "https://h.example.com/sse", "--header", {|MCPG104:"Authorization: Bearer {{s_token}}"|}] }
              }
            }
            """)
            .ShouldReportMessage("MCPG104", "Server 'notion' sends a literal 'Authorization' header (Bearer ****[40 chars]) at 'mcpServers.notion.env.OPENAPI_MCP_HEADERS > Authorization'; reference the credential instead, e.g. \"Bearer ${NOTION_TOKEN}\"")
            .ShouldNotMention(s_token.Substring(10, 8))
            .Verify();
    }

    [TestMethod]
    public void KnownFormatTokenInAHeader_IsReportedOnceAsMcpg101()
    {
        var ntn = SyntheticSecrets.For("notion-token").Secret;
        ConfigVerifier.For(".mcp.json", $$"""
            { "mcpServers": { "notion": { "command": "npx", "env": { "OPENAPI_MCP_HEADERS": {|MCPG101:"{\"Authorization\": \"Bearer {{ntn}}\", \"Notion-Version\": \"2022-06-28\"}"|} } } } }
            """).Verify();
    }

    [TestMethod]
    public void ReferencedCredentials_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "a": { "type": "http", "url": "https://a.example.com/mcp", "headers": { "Authorization": "Bearer ${TOKEN}", "X-API-Key": "${A_KEY}" } },
                "b": { "command": "npx", "args": ["-y", "mcp-remote@0.1.16", "https://b.example.com/sse", "--header", "Authorization: Bearer ${AUTH_TOKEN}"] },
                "c": { "type": "http", "url": "https://c.example.com/mcp", "headers": { "Authorization": "Bearer <your-token>", "Proxy-Authorization": "Basic" } }
              }
            }
            """).Verify();
    }
}

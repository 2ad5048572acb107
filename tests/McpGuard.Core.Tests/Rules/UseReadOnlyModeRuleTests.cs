using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class UseReadOnlyModeRuleTests
{
    [TestMethod]
    public void ServersWithAnUnusedReadOnlySwitch_AreReported()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "servers": {
                {|MCPG612:"github"|}: { "type": "http", "url": "https://api.githubcopilot.com/mcp/" },
                {|MCPG612:"supabase"|}: { "command": "npx", "args": ["-y", "@supabase/mcp-server-supabase@0.5.5", "--project-ref=abc"] },
                {|MCPG612:"pg"|}: { "command": "uvx", "args": ["postgres-mcp==0.3.0", "--access-mode=unrestricted"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG612", "Server 'github' (GitHub) offers a read-only mode (--read-only, GITHUB_READ_ONLY=1, or the /readonly endpoint) and is started without it; enable it unless the project needs the server to write")
            .Verify();
    }

    [TestMethod]
    public void ReadOnlyServers_AndServersWithoutASwitch_AreSilent()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              "servers": {
                "github": { "type": "http", "url": "https://api.githubcopilot.com/mcp/readonly" },
                "gh-local": { "command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_READ_ONLY=1", "ghcr.io/github/github-mcp-server@sha256:abc"], "env": { "GITHUB_READ_ONLY": "1" } },
                "supabase": { "command": "npx", "args": ["-y", "@supabase/mcp-server-supabase@0.5.5", "--read-only"] },
                "pg": { "command": "uvx", "args": ["postgres-mcp==0.3.0", "--access-mode", "restricted"] },
                "files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "./docs"] },
                "fetch": { "command": "uvx", "args": ["mcp-server-fetch==2025.1.17"] }
              }
            }
            """).Verify();
    }

    [TestMethod]
    public void ClientToolListOfReadingTools_CountsAsReadOnly()
    {
        ConfigVerifier.For(".codex/config.toml", """
            [mcp_servers.github]
            url = "https://api.githubcopilot.com/mcp/"
            bearer_token_env_var = "GITHUB_TOKEN"
            enabled_tools = ["get_issue", "list_issues", "search_code"]

            [mcp_servers.{|MCPG612:github-write|}]
            url = "https://api.githubcopilot.com/mcp/"
            bearer_token_env_var = "GITHUB_TOKEN"
            enabled_tools = ["get_issue", "create_issue"]
            """).Verify();
    }
}

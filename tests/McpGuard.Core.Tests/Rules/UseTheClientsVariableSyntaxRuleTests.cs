using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class UseTheClientsVariableSyntaxRuleTests
{
    [TestMethod]
    public void ForeignReferences_AreReportedWithTheClientsSpelling()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "jenkins": { "url": "https://ci.example.com/mcp", "headers": { "Authorization": {|MCPG005:"Basic ${input:jenkins-basic-auth}"|} } },
                "raven": { "command": "node", "args": [{|MCPG005:"${workspaceFolder}/server.js"|}] }
              }
            }
            """)
            .ShouldReportMessage("MCPG005", "Server 'jenkins' uses '${input:jenkins-basic-auth}' (a VS Code input reference) at 'mcpServers.jenkins.headers.Authorization', which Claude Code project servers does not expand: the server receives the text literally; write '${JENKINS_BASIC_AUTH}'")
            .Verify();
        ConfigVerifier.For(".vscode/mcp.json", """
            { "servers": { "gh": { "command": "docker", "env": { "TOKEN": {|MCPG005:"${GITHUB_TOKEN}"|} } } } }
            """)
            .ShouldReportMessage("MCPG005", "Server 'gh' uses '${GITHUB_TOKEN}' (shell-style environment syntax) at 'servers.gh.env.TOKEN', which VS Code MCP configuration does not expand: the server receives the text literally; write '${env:GITHUB_TOKEN}' or an '${input:…}' with a matching input")
            .Verify();
        ConfigVerifier.For("claude_desktop_config.json", """
            { "mcpServers": { "gh": { "command": "npx", "env": { "TOKEN": {|MCPG005:"${GITHUB_TOKEN}"|} } } } }
            """).Verify();
    }

    [TestMethod]
    public void TheClientsOwnSyntaxAndShellScripts_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            { "mcpServers": { "gh": { "command": "docker", "env": { "T": "${GITHUB_TOKEN}", "D": "${DEBUG:-false}" } }, "sh": { "command": "bash", "args": ["-c", "exec ${HOME}/bin/server"] } } }
            """).Verify();
        ConfigVerifier.For(".vscode/mcp.json", """
            { "inputs": [{ "id": "tok", "type": "promptString", "password": true }], "servers": { "gh": { "command": "node", "args": ["${workspaceFolder}/s.js"], "env": { "T": "${input:tok}", "E": "${env:HOME}" } } } }
            """).Verify();
    }
}

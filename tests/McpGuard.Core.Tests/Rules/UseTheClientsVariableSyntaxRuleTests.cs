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

    [TestMethod]
    public void BareDollarAndPercentReferences_AreReportedWhereTheClientDoesNotExpandThem()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "api": { "command": "node", "args": [{|MCPG005:"$HOME/mcp/server.js"|}], "env": { "TOKEN": {|MCPG005:"$API_TOKEN"|}, "DIR": {|MCPG005:"%LOCALAPPDATA%\\tools"|} } },
                "shell": { "command": "bash", "args": ["-c", "exec node $HOME/mcp/server.js"] },
                "plain": { "command": "node", "args": ["server.js", "--price=$5", "--pattern=^a$", "--encoded=%2Fpath%2F", "--date=%Y%m%d", "--mixed=$lower", "a$B_C"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG005", "Server 'api' uses '$API_TOKEN' (a bare shell variable) at 'mcpServers.api.env.TOKEN', which Claude Code project servers does not expand: the server receives the text literally; write '${API_TOKEN}'")
            .ShouldReportMessage("MCPG005", "Server 'api' uses '%LOCALAPPDATA%' (Windows %VAR% syntax) at 'mcpServers.api.env.DIR', which Claude Code project servers does not expand: the server receives the text literally; write '${LOCALAPPDATA}'")
            .Verify();
        ConfigVerifier.For("claude_desktop_config.json", """
            { "mcpServers": { "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", {|MCPG005:"%USERPROFILE%\\Documents"|}] } } }
            """)
            .ShouldReportMessage("MCPG005", "Server 'fs' uses '%USERPROFILE%' (Windows %VAR% syntax) at 'mcpServers.fs.args[2]', which Claude Desktop configuration does not expand: the server receives the text literally; this client expands no variables; set the value where the client is started instead")
            .Verify();
        ConfigVerifier.For(".gemini/settings.json", """
            { "mcpServers": { "api": { "command": "node", "args": ["$HOME/mcp/server.js", "%USERPROFILE%\\x"], "env": { "TOKEN": "$API_TOKEN" } } } }
            """).Verify();
    }

    [TestMethod]
    public void PredefinedVariables_AreFixedInTheFilesOwnSyntax_NeverWithAnotherClientsVariable()
    {
        ConfigVerifier.For(".gemini/settings.json", """
            { "mcpServers": { "fs": { "command": "node", "args": [{|MCPG005:"${workspaceFolder}/server.js"|}] } } }
            """)
            .ShouldNotMention("CLAUDE_PROJECT_DIR")
            .ShouldReportMessage("MCPG005", "Server 'fs' uses '${workspaceFolder}' (a VS Code predefined variable) at 'mcpServers.fs.args[0]', which Gemini CLI settings does not expand: the server receives the text literally; use a path relative to the project")
            .Verify();
        ConfigVerifier.For(".mcp.json", """
            { "mcpServers": { "fs": { "command": "node", "args": [{|MCPG005:"${workspaceFolder}/server.js"|}] } } }
            """)
            .ShouldReportMessage("MCPG005", "Server 'fs' uses '${workspaceFolder}' (a VS Code predefined variable) at 'mcpServers.fs.args[0]', which Claude Code project servers does not expand: the server receives the text literally; use a path relative to the project or '${CLAUDE_PROJECT_DIR}/…'")
            .Verify();

        // Continue's ${{ secrets.X }} holds secrets, not folders (corpus 114, advice judged wrong in review-2026-12.md).
        ConfigVerifier.For(".continue/mcpServers/fs.yaml", """
            name: fs
            version: 0.0.1
            schema: v1
            mcpServers:
              - name: filesystem
                command: node
                args:
                  - server.js
                  - {|MCPG005:"${workspaceFolder}"|}
            """)
            .ShouldNotMention("secrets.")
            .ShouldReportMessage("MCPG005", "Server 'filesystem' uses '${workspaceFolder}' (a VS Code predefined variable) at 'mcpServers[0].args[1]', which Continue MCP block does not expand: the server receives the text literally; use a path relative to the project")
            .Verify();
    }

    [TestMethod]
    public void CurrentFolderVariable_InVsCode_IsFixedWithTheWorkspaceFolder()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            { "servers": { "app": { "command": "node", "args": [{|MCPG005:"$PWD/server.js"|}], "env": { "KEY": {|MCPG005:"$API_KEY"|} } } } }
            """)
            .ShouldReportMessage("MCPG005", "Server 'app' uses '$PWD' (a bare shell variable) at 'servers.app.args[0]', which VS Code MCP configuration does not expand: the server receives the text literally; use a path relative to the project or '${workspaceFolder}/…' or '${env:PWD}'")
            .ShouldReportMessage("MCPG005", "Server 'app' uses '$API_KEY' (a bare shell variable) at 'servers.app.env.KEY', which VS Code MCP configuration does not expand: the server receives the text literally; write '${env:API_KEY}' or an '${input:…}' with a matching input")
            .Verify();
    }
}

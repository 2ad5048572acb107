using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class DoNotExposeWholeFileSystemRuleTests
{
    private const string Filesystem = "@modelcontextprotocol/server-filesystem@2025.8.21";

    [TestMethod]
    public void RootsAndHomeFolders_AreReported()
    {
        ConfigVerifier.For(".mcp.json", $$"""
            {
              "mcpServers": {
                "root": { "command": "npx", "args": ["-y", "{{Filesystem}}", {|MCPG501:"/"|}] },
                "home": { "command": "npx", "args": ["-y", "{{Filesystem}}", {|MCPG501:"~"|}, {|MCPG501:"${HOME}"|}] },
                "win": { "command": "npx", "args": ["-y", "{{Filesystem}}", {|MCPG501:"C:\\"|}, {|MCPG005:{|MCPG501:"%USERPROFILE%"|}|}] },
                "option": { "command": "node", "args": ["dist/index.js", {|MCPG005:{|MCPG501:"--root=$HOME"|}|}, "--allowed-dir", {|MCPG503:{|MCPG501:"/Users/alice"|}|}] },
                "env": { "command": "node", "args": ["dist/index.js"], "env": { "ALLOWED_DIRECTORIES": {|MCPG501:"D:\\"|} } }
              }
            }
            """)
            .ShouldReportMessage("MCPG501", "Server 'root' gives access to the whole filesystem ('/') at 'mcpServers.root.args[2]'; name the project folders it needs (e.g. '${CLAUDE_PROJECT_DIR}/docs' or './data')")
            .ShouldReportMessage("MCPG501", "Server 'home' gives access to the whole home folder ('~') at 'mcpServers.home.args[2]'; name the project folders it needs (e.g. '${CLAUDE_PROJECT_DIR}/docs' or './data')")
            .Verify();
        ConfigVerifier.For(".claude/settings.json", """
            { "permissions": { "additionalDirectories": [{|MCPG501:"~/"|}, "./docs"] } }
            """).Verify();
    }

    [TestMethod]
    public void TheSuggestedFolder_IsSpelledInTheFilesOwnClientSyntax()
    {
        ConfigVerifier.For(".vscode/mcp.json", $$"""
            { "servers": { "root": { "command": "npx", "args": ["-y", "{{Filesystem}}", {|MCPG501:"/"|}] } } }
            """)
            .ShouldReportMessage("MCPG501", "Server 'root' gives access to the whole filesystem ('/') at 'servers.root.args[2]'; name the project folders it needs (e.g. '${workspaceFolder}/docs' or './data')")
            .Verify();
        ConfigVerifier.For(".kiro/settings/mcp.json", $$"""
            { "mcpServers": { "root": { "command": "npx", "args": ["-y", "{{Filesystem}}", {|MCPG501:"/"|}] } } }
            """)
            .ShouldReportMessage("MCPG501", "Server 'root' gives access to the whole filesystem ('/') at 'mcpServers.root.args[2]'; name the project folders it needs (e.g. './docs' or './data')")
            .ShouldNotMention("CLAUDE_PROJECT_DIR")
            .ShouldNotMention("workspaceFolder")
            .Verify();
    }

    [TestMethod]
    public void ProjectFolders_AreSilent()
    {
        ConfigVerifier.For(".vscode/mcp.json", $$"""
            {
              "servers": {
                "fs": { "command": "npx", "args": ["-y", "{{Filesystem}}", "./src", "${workspaceFolder}", "~/projects/app"] },
                "docker": { "command": "docker", "args": ["run", "-i", "--rm", "-v", "./data:/data", "ghcr.io/example/mcp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
                "http": { "command": "node", "args": ["dist/index.js", "--base-path", "/", "--sse-path=/"] }
              }
            }
            """).Verify();
        ConfigVerifier.For(".mcp.json", $$"""
            { "mcpServers": { "fs": { "command": "npx", "args": ["-y", "{{Filesystem}}", "${PWD}/docs", "./src"] } } }
            """).Verify();
    }
}

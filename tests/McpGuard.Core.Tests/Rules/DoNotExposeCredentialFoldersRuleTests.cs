using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class DoNotExposeCredentialFoldersRuleTests
{
    [TestMethod]
    public void CredentialStoresAndSystemFolders_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", {|MCPG502:"~/.ssh"|}, {|MCPG005:{|MCPG502:"$HOME/.aws/"|}|}, {|MCPG502:"/etc"|}, {|MCPG005:{|MCPG502:"%APPDATA%"|}|}] },
                "docker": { "command": "docker", "args": ["run", "-i", "-v", {|MCPG502:"~/.kube:/root/.kube:ro"|}, "ghcr.io/example/mcp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
                "browser": { "command": "node", "args": ["dist/index.js", {|MCPG502:"--user-data-dir=~/Library/Application Support/Google/Chrome"|}] }
              }
            }
            """)
            .ShouldReportMessage("MCPG502", "Server 'fs' gives access to a credential store ('~/.ssh') at 'mcpServers.fs.args[2]'; remove it: whatever can read it can send the keys and tokens it holds anywhere, so pass the one credential a server needs through an environment variable reference instead")
            .ShouldReportMessage("MCPG502", "Server 'fs' gives access to a system folder ('/etc') at 'mcpServers.fs.args[4]'; remove it: whatever can read it can send the keys and tokens it holds anywhere, so pass the one credential a server needs through an environment variable reference instead")
            .Verify();
    }

    [TestMethod]
    public void FilesBelowSystemFoldersAndAppShims_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "ca": { "command": "node", "args": ["dist/index.js", "--ca", "/etc/ssl/certs/ca-certificates.crt"] },
                "shim": { "command": "node", "args": [{|MCPG005:"%APPDATA%\\npm\\node_modules\\some-mcp\\dist\\index.js"|}] },
                "cfg": { "command": "node", "args": ["dist/index.js", "--config", "~/.config/some-mcp/config.json"] }
              }
            }
            """).Verify();
    }
}

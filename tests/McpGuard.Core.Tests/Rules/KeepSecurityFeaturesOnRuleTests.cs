using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class KeepSecurityFeaturesOnRuleTests
{
    [TestMethod]
    public void SwitchedOffChecks_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "browser": { "command": "node", "args": ["dist/index.js", {|MCPG307:"--no-sandbox"|}, {|MCPG307:"--disable-web-security"|}] },
                "tls": {
                  "command": "node",
                  "args": ["dist/index.js", {|MCPG307:"--insecure"|}],
                  "env": { "NODE_TLS_REJECT_UNAUTHORIZED": {|MCPG307:"0"|}, "PYTHONHTTPSVERIFY": {|MCPG307:"false"|}, "GIT_SSL_NO_VERIFY": {|MCPG307:"true"|} }
                },
                "docker": { "command": "docker", "args": ["run", "-i", "--rm", "-e", {|MCPG307:"DANGEROUSLY_OMIT_AUTH=true"|}, "mcp/inspector@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG307", "Server 'tls' switches off TLS certificate checks ('NODE_TLS_REJECT_UNAUTHORIZED=0') at 'mcpServers.tls.env.NODE_TLS_REJECT_UNAUTHORIZED'; remove it and fix the certificate, sandbox or authentication problem it works around")
            .ShouldReportMessage("MCPG307", "Server 'browser' switches off the browser sandbox ('--no-sandbox') at 'mcpServers.browser.args[1]'; remove it and fix the certificate, sandbox or authentication problem it works around")
            .Verify();
    }

    [TestMethod]
    public void ChecksLeftOn_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "tls": {
                  "command": "node",
                  "args": ["dist/index.js", "--insecure=false", "--sandbox"],
                  "env": { "NODE_TLS_REJECT_UNAUTHORIZED": "1", "GIT_SSL_NO_VERIFY": "false" }
                }
              }
            }
            """).Verify();
    }
}

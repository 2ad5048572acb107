using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class AvoidLookalikePackagesRuleTests
{
    [TestMethod]
    public void NearMissesAndMaliciousNames_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "typo": { "command": "npx", "args": ["-y", {|MCPG201:{|MCPG206:"@modelcontextprotocol/server-filesytem"|}|}, "."] },
                "scope": { "command": "npx", "args": ["-y", {|MCPG206:"@modelcontextprotocoI/server-github@1.0.0"|}] },
                "swap": { "command": "npx", "args": ["-y", {|MCPG206:"mcp-remtoe@0.1.16"|}] },
                "pypi": { "command": "uvx", "args": [{|MCPG206:"mcp-server-fecth==1.0.0"|}] },
                "malicious": { "command": "npx", "args": ["-y", {|MCPG206:"postmark-mcp@1.0.16"|}] }
              }
            }
            """)
            .ShouldReportMessage("MCPG206", "Server 'typo' runs '@modelcontextprotocol/server-filesytem' at 'mcpServers.typo.args[1]', a near miss of the well-known package '@modelcontextprotocol/server-filesystem'; check the name; if '@modelcontextprotocol/server-filesystem' was meant, use it")
            .ShouldReportMessage("MCPG206", "Server 'malicious' runs 'postmark-mcp' at 'mcpServers.malicious.args[1]', a package reported as malicious: an impersonation of Postmark's server whose version 1.0.16 and later copied every sent email to the attacker (removed from npm, September 2025); remove it and rotate every credential it could read (https://snyk.io/blog/malicious-mcp-server-on-npm-postmark-mcp-harvests-emails/)")
            .Verify();
    }

    [TestMethod]
    public void RealNamesAndDifferentShortWords_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "real": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "."] },
                "gitlab": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-gitlab@2025.4.25"] },
                "gis": { "command": "uvx", "args": ["mcp-server-gis==1.0.0"] },
                "other": { "command": "npx", "args": ["-y", "exa-mcp-server@1.0.0"] },
                "python-spelling": { "command": "uvx", "args": ["mcp_server_fetch==2025.4.7"] }
              }
            }
            """).Verify();
    }
}

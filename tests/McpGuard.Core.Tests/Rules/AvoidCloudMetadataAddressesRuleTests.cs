using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class AvoidCloudMetadataAddressesRuleTests
{
    [TestMethod]
    public void MetadataAndLinkLocalAddresses_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "imds": { "type": "http", "url": {|MCPG401:{|MCPG405:"http://169.254.169.254/latest/meta-data/"|}|} },
                "gcp": { "command": "node", "args": ["dist/index.js", {|MCPG405:"--endpoint=metadata.google.internal"|}] },
                "v6": { "command": "node", "args": ["dist/index.js"], "env": { "IMDS": {|MCPG405:"[fd00:ec2::254]"|}, "LINK": {|MCPG405:"169.254.10.20"|} } }
              }
            }
            """)
            .ShouldReportMessage("MCPG405", "Server 'gcp' refers to 'metadata.google.internal', the Google Cloud metadata service, at 'mcpServers.gcp.args[1]'; an MCP server has no reason to reach it, and a tool that can hands the machine's cloud credentials to whoever drives the agent")
            .Verify();
    }

    [TestMethod]
    public void OtherAddresses_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "api": { "type": "http", "url": "https://metadata.example.com/mcp" },
                "ip": { "command": "node", "args": ["dist/index.js", "--host", "10.169.254.169"], "env": { "VERSION": "1.169.254.2" } }
              }
            }
            """).Verify();
    }
}

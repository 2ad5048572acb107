using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class KeysMustBeUniqueRuleTests
{
    [TestMethod]
    public void DuplicateKeys_AreReportedAtTheSecondWithTheFirstPosition()
    {
        var findings = ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"] },
                {|MCPG002:"github"|}: { "command": "node", "args": ["evil.js"], "env": { "A": "1", {|MCPG002:"A"|}: "2" } }
              }
            }
            """)
            .ShouldReportMessage("MCPG002", "Key 'mcpServers.github' is already defined at (3,5); clients disagree which definition wins, so remove one")
            .ShouldReportMessage("MCPG002", "Key 'mcpServers.github.env.A' is already defined at (4,66); clients disagree which definition wins, so remove one")
            .Verify();
        Assert.IsNotNull(findings[0].RelatedSpan);
    }

    [TestMethod]
    public void SameKeyInDifferentObjects_IsSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            { "mcpServers": { "a": { "command": "x", "env": { "K": "1" } }, "b": { "command": "x", "env": { "K": "1" } } } }
            """).Verify();
    }

    [TestMethod]
    public void KeysDifferingOnlyInCase_AreDistinct()
    {
        ConfigVerifier.For(".mcp.json", """
            { "mcpServers": { "a": { "command": "x", "env": { "Key": "1", "KEY": "2" } } } }
            """).Verify();
    }
}

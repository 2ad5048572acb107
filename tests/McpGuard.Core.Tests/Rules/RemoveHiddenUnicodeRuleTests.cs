using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class RemoveHiddenUnicodeRuleTests
{
    [TestMethod]
    public void HiddenCharacters_AreReportedWhereTheyAre()
    {
        ConfigVerifier.For(".mcp.json", "{ \"mcpServers\": { \"no{|MCPG701:\u200B|}tes\": { \"command\": \"npx\", \"args\": [\"-y\", \"notes-mcp@1.0.0\", \"--mode\", \"safe{|MCPG701:\u202E|}txt.exe\"] } } }")
            .ShouldReportMessage("MCPG701", "'mcpServers.no\u200Btes' contains zero-width characters (U+200B); a reviewer does not see them but the model and the program read them, so remove them")
            .ShouldReportMessage("MCPG701", "'mcpServers.no\u200Btes.args[3]' contains bidirectional control characters (U+202E); a reviewer does not see them but the model and the program read them, so remove them")
            .Verify();
    }

    [TestMethod]
    public void EscapedCharacters_AreReportedAtTheWholeString()
    {
        ConfigVerifier.For(".mcp.json", """{ "mcpServers": { "a": { "command": "x", "description": {|MCPG701:"hi\udb40\udc49\udb40\udc47"|} } } }""")
            .ShouldReportMessage("MCPG701", "'mcpServers.a.description' contains Unicode tag characters (invisible text) (U+E0049 and 1 more); a reviewer does not see them but the model and the program read them, so remove them")
            .Verify();
    }

    [TestMethod]
    public void OrdinaryUnicode_IsSilent()
    {
        ConfigVerifier.For(".mcp.json", "{ \"mcpServers\": { \"notes\": { \"command\": \"x\", \"description\": \"Notizen für 日本語 \U0001F468\u200D\U0001F469\" } } }").Verify();
    }
}

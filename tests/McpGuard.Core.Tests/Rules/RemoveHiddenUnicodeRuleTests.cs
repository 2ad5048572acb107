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
            .ShouldReportMessage("MCPG701", @"'mcpServers.no\u200Btes' contains zero-width characters (U+200B); a reviewer does not see them but the model and the program read them, so remove them")
            .ShouldReportMessage("MCPG701", @"'mcpServers.no\u200Btes.args[3]' contains bidirectional control characters (U+202E); a reviewer does not see them but the model and the program read them, so remove them")
            .Verify();
    }

    [TestMethod]
    public void EscapedCharacters_AreReportedAtTheirEscapes()
    {
        ConfigVerifier.For(".mcp.json", """{ "mcpServers": { "a": { "command": "x", "description": "hi{|MCPG701:\udb40\udc49\udb40\udc47|}" } } }""")
            .ShouldReportMessage("MCPG701", "'mcpServers.a.description' contains Unicode tag characters (invisible text) (U+E0049 and 1 more); a reviewer does not see them but the model and the program read them, so remove them")
            .Verify();
    }

    [TestMethod]
    public void OrdinaryUnicode_IsSilent()
    {
        ConfigVerifier.For(".mcp.json", "{ \"mcpServers\": { \"notes\": { \"command\": \"x\", \"description\": \"Notizen für 日本語 \U0001F468\u200D\U0001F469\" } } }").Verify();
    }

    [TestMethod]
    public void TerminalEscapesInAServerName_AreReportedAtEachEscape()
    {
        // The name of issue 17: erase line, cursor up, set the window title, bell, right-to-left override.
        ConfigVerifier.For(".mcp.json", """{ "mcpServers": { "docs{|MCPG701:\u001b|}[2K{|MCPG701:\u001b|}[1A{|MCPG701:\u001b|}]0;pwned{|MCPG701:\u0007|}{|MCPG701:\u202e|}": { "command": "npx", "args": ["-y", "notes-mcp@1.0.0"] } } }""")
            .ShouldReportMessage("MCPG701", @"'mcpServers.docs\u001B[2K\u001B[1A\u001B]0;pwned\u0007\u202E' contains control characters (U+001B); a reviewer does not see them but the model and the program read them, so remove them")
            .ShouldReportMessage("MCPG701", @"'mcpServers.docs\u001B[2K\u001B[1A\u001B]0;pwned\u0007\u202E' contains control characters (U+0007); a reviewer does not see them but the model and the program read them, so remove them")
            .ShouldReportMessage("MCPG701", @"'mcpServers.docs\u001B[2K\u001B[1A\u001B]0;pwned\u0007\u202E' contains bidirectional control characters (U+202E); a reviewer does not see them but the model and the program read them, so remove them")
            .Verify();
    }

    [TestMethod]
    public void ControlCharactersInKeysAndValues_AreReportedAtTheCharacter()
    {
        ConfigVerifier.For(".mcp.json", """{ "mcpServers": { "a": { "command": "x", "env": { "TO{|MCPG701:\n|}KEN": "v{|MCPG701:\u007f|}", "B": "c1 {|MCPG701:\u009b|}31m", "C": "cr{|MCPG701:\r|}only" }, "description": "bell{|MCPG701:\u0007\u0007|} twice" } } }""")
            .ShouldReportMessage("MCPG701", "'mcpServers.a.description' contains control characters (U+0007 and 1 more); a reviewer does not see them but the model and the program read them, so remove them")
            .Verify();
    }

    [TestMethod]
    public void LineBreaksAndTabsInValues_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """{ "mcpServers": { "a": { "command": "x", "description": "Line one\nline two\r\n\tindented" } } }""").Verify();
        ConfigVerifier.For(".codex/config.toml", "[mcp_servers.a]\ncommand = \"x\"\n\n[mcp_servers.a.env]\nNOTE = \"\"\"\nLine one\n\tline two\n\"\"\"\n").Verify();
    }

    [TestMethod]
    public void ControlCharacterInATomlKey_IsReportedAtTheEscape()
    {
        ConfigVerifier.For(".codex/config.toml", "[mcp_servers.\"do{|MCPG701:\\u001B|}cs\"]\ncommand = \"x\"\n").Verify();
    }

    [TestMethod]
    public void ControlCharacterInAYamlString_IsReportedAtTheEscape()
    {
        ConfigVerifier.For(".continue/mcpServers/docs.yaml", "name: Docs\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: \"do{|MCPG701:\\x1b|}cs\"\n    command: npx\n    args: [\"-y\", \"docs-mcp@1.0.0\"]\n").Verify();
    }
}

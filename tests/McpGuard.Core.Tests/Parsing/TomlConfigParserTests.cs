using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Parsing.Toml;
using McpGuard.Syntax;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Parsing;

[TestClass]
public sealed class TomlConfigParserTests
{
    [TestMethod]
    public void TomlSubset_ReadsValuesWithPositions()
    {
        const string toml = "# comment\n"
            + "title = 'literal \\n'\n"
            + "[mcp_servers.\"quoted name\"]\n"
            + "command = \"npx\" # trailing\n"
            + "args = [\n  \"-y\",\n  \"\"\"multi\nline\"\"\",\n]\n"
            + "env = { TOKEN = \"\\u0041\\t\", nested.key = 1_000 }\n"
            + "started = 1979-05-27T07:32:00Z\n"
            + "enabled = true\n"
            + "[[tools]]\nname = \"a\"\n[[tools]]\nname = \"b\"\n";
        var result = TomlConfigParser.Parse("/repo/.codex/config.toml", toml);

        Assert.IsNull(result.Error, result.Error?.Reason);
        var root = (JsonObjectNode)result.Root!;
        Assert.AreEqual("literal \\n", root.GetString("title")!.Value);
        var server = root.GetObject("mcp_servers")!.GetObject("quoted name")!;
        Assert.AreEqual("npx", server.GetString("command")!.Value);
        // Positions are 0-based inside (line 3, column 1 in compiler terms).
        Assert.AreEqual((2, 0), (server.Span.Start.Line, server.Span.Start.Column));
        var args = server.GetArray("args")!;
        Assert.AreEqual("multi\nline", ((JsonStringNode)args.Items[1]).Value);
        Assert.AreEqual((6, 2), (args.Items[1].Span.Start.Line, args.Items[1].Span.Start.Column));
        var env = server.GetObject("env")!;
        Assert.AreEqual("A\t", env.GetString("TOKEN")!.Value);
        Assert.AreEqual("1_000", ((JsonScalarNode)env.GetObject("nested")!.GetValue("key")!).RawText);
        Assert.AreEqual("1979-05-27T07:32:00Z", ((JsonScalarNode)server.GetValue("started")!).RawText);
        Assert.AreEqual("mcp_servers.quoted name.env.TOKEN", env.GetString("TOKEN")!.GetPath());
        Assert.HasCount(2, root.GetArray("tools")!.Items);
    }

    [TestMethod]
    public void TableOrKeyDefinedTwice_IsADuplicate()
    {
        ConfigVerifier.For(".codex/config.toml", "[mcp_servers.{|MCPG004:a|}]\ncommand = \"node\"\n{|MCPG002:command|} = \"evil\"\n\n[mcp_servers.{|MCPG002:a|}]\nurl = \"https://x.example.com\"\n")
            .ShouldReportMessage("MCPG002", "Key 'mcp_servers.a.command' is already defined at (2,1); clients disagree which definition wins, so remove one")
            .ShouldReportMessage("MCPG002", "Key 'mcp_servers.a' is already defined at (1,14); clients disagree which definition wins, so remove one")
            .Verify();
    }

    [TestMethod]
    [DataRow("a = \"open\n", 1, 5, "a string is not closed on its line")]
    [DataRow("a = 1 2\n", 1, 7, "unexpected '2'; expected the end of the line")]
    [DataRow("[a\nb = 1", 1, 3, "unexpected 'U+000A'; expected ']' to close the table header")]
    [DataRow("a = [1,\n", 2, 1, "the file ends where a value is expected")]
    [DataRow("a = 1\na.b = 2", 2, 1, "'a' already holds a value and cannot be extended")]
    [DataRow("a = \"\\q\"", 1, 6, "'\\q' is not a valid escape")]
    [DataRow("= 1", 1, 1, "unexpected '='; expected a key")]
    public void InvalidToml_IsALocatedError(string toml, int line, int column, string reason)
    {
        var result = TomlConfigParser.Parse("/repo/.codex/config.toml", toml);
        Assert.IsNotNull(result.Error);
        Assert.AreEqual(reason, result.Error.Reason);
        Assert.AreEqual((line, column), (result.Error.Span.Start.Line + 1, result.Error.Span.Start.Column + 1));
    }
}

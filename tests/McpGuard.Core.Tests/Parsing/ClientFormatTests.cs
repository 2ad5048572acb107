using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Parsing;
using McpGuard.Syntax;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Parsing;

/// <summary>Each client's file, found by its location, read into servers with exact positions; a broken one gives MCPG001 where it breaks.</summary>
[TestClass]
public sealed class ClientFormatTests
{
    [TestMethod]
    [DataRow(".mcp.json", "claude", """{ "mcpServers": { "gh": { "command": "npx" } } }""", "gh@(1,19) command=npx")]
    [DataRow("services/api/managed-mcp.json", "claude", """{ "mcpServers": { "gh": { "command": "npx" } } }""", "gh@(1,19) command=npx")]
    [DataRow(".claude/settings.json", "claude-settings", """{ "env": { "A": "1" } }""", "")]
    [DataRow("managed-settings.json", "claude-settings", """{ "permissions": {} }""", "")]
    [DataRow("claude_desktop_config.json", "claude-desktop", """{ "mcpServers": { "fs": { "command": "node" } } }""", "fs@(1,19) command=node")]
    [DataRow(".vscode/mcp.json", "vscode", "{ // c\n \"servers\": { \"gh\": { \"url\": \"https://x.example.com\" }, }, }", "gh@(2,15) url=https://x.example.com")]
    [DataRow(".vscode/settings.json", "vscode-settings", "{ \"editor.tabSize\": 2, \"mcp\": { \"servers\": { \"gh\": { \"command\": \"node\" } } } }", "gh@(1,46) command=node")]
    [DataRow(".cursor/mcp.json", "cursor", """{ "mcpServers": { "sb": { "url": "https://x.example.com" } } }""", "sb@(1,19) url=https://x.example.com")]
    [DataRow("mcp_config.json", "windsurf", """{ "mcpServers": { "w": { "serverUrl": "https://x.example.com" } } }""", "w@(1,19) url=https://x.example.com")]
    [DataRow(".gemini/settings.json", "gemini", "{ /* trusted */ \"mcpServers\": { \"g\": { \"httpUrl\": \"https://x.example.com\", \"trust\": false } } }", "g@(1,33) url=https://x.example.com")]
    [DataRow(".codex/config.toml", "codex", "[mcp_servers.docs]\nurl = \"https://x.example.com\"\n\n[mcp_servers.gh]\ncommand = \"npx\"\nargs = [\"-y\", \"pkg@1.0.0\"]", "docs@(1,14) url=https://x.example.com|gh@(4,14) command=npx")]
    [DataRow(".roo/mcp.json", "roo", """{ "mcpServers": { "r": { "command": "uvx" } } }""", "r@(1,19) command=uvx")]
    [DataRow("roo-code/mcp_settings.json", "roo", """{ "mcpServers": { "r": { "command": "uvx" } } }""", "r@(1,19) command=uvx")]
    [DataRow(".kilocode/mcp.json", "kilo", """{ "mcpServers": { "k": { "command": "uvx" } } }""", "k@(1,19) command=uvx")]
    [DataRow("cline_mcp_settings.json", "cline", """{ "mcpServers": { "c": { "command": "uvx" } } }""", "c@(1,19) command=uvx")]
    [DataRow(".amazonq/mcp.json", "amazonq", """{ "mcpServers": { "q": { "command": "uvx" } } }""", "q@(1,19) command=uvx")]
    [DataRow(".kiro/settings/mcp.json", "kiro", """{ "mcpServers": { "k": { "command": "uvx" } } }""", "k@(1,19) command=uvx")]
    [DataRow(".junie/mcp/mcp.json", "junie", """{ "mcpServers": { "j": { "command": "uvx" } } }""", "j@(1,19) command=uvx")]
    [DataRow(".zed/settings.json", "zed", "{ \"context_servers\": { \"z\": { \"command\": { \"path\": \"node\" } }, }, }", "z@(1,24) command=node")]
    [DataRow(".continue/mcpServers/sqlite.yaml", "continue", "name: SQLite\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: SQLite MCP\n    command: npx\n    args: [\"-y\", \"mcp-sqlite@1.0.0\"]\n", "SQLite MCP@(5,11) command=npx")]
    [DataRow(".continue/mcpServers/dropped.json", "claude", """{ "mcpServers": { "d": { "command": "node" } } }""", "d@(1,19) command=node")]
    [DataRow(".mcp/server.json", "registry", """{ "name": "io.github.x/y", "packages": [ { "registryType": "nuget", "identifier": "X.Y", "version": "1.0.0", "transport": { "type": "stdio" } } ], "remotes": [ { "type": "streamable-http", "url": "https://x.example.com/mcp" } ] }""", "X.Y@(1,83) |https://x.example.com/mcp@(1,197) url=https://x.example.com/mcp")]
    public void File_IsFoundAndReadIntoServers(string relativePath, string formatId, string text, string expected)
    {
        var path = "/repo/" + relativePath;
        var format = ConfigLocations.Default.Match(path);
        Assert.IsNotNull(format, relativePath);
        Assert.AreEqual(formatId, format.Id, relativePath);

        var parsed = ConfigReader.Read(path, format, McpGuard.Text.ConfigText.ToUtf8(text));
        Assert.IsNull(parsed.Error, parsed.Error?.Reason);
        var document = McpDocumentBuilder.Build(path, format, (JsonObjectNode)parsed.Root!);
        var servers = document.Servers.Select(s =>
            $"{s.Name}@({s.NameSpan.Start.Line + 1},{s.NameSpan.Start.Column + 1}) "
            + (s.Command is { } command ? "command=" + command.Value : s.Urls.Count > 0 ? "url=" + s.Urls[0].Value : string.Empty));
        Assert.AreEqual(expected, string.Join("|", servers));
    }

    [TestMethod]
    [DataRow(".mcp.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow(".claude/settings.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow("managed-settings.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow("claude_desktop_config.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow(".cursor/mcp.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow("mcp_config.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow(".roo/mcp.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow(".kilocode/mcp.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow("cline_mcp_settings.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow(".amazonq/mcp.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow(".kiro/settings/mcp.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow(".junie/mcp/mcp.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow(".mcp/server.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow(".continue/mcpServers/x.json", "{ \"mcpServers\": { \"a\": { } }\n", 2, 1)]
    [DataRow(".vscode/mcp.json", "{ \"servers\": { \"a\": { } ]", 1, 25)]
    [DataRow(".vscode/settings.json", "{ \"mcp\": { \"servers\": { } ]", 1, 27)]
    [DataRow(".gemini/settings.json", "{ \"mcpServers\": { \"a\": {}, } }", 1, 28)]
    [DataRow(".codex/config.toml", "[mcp_servers.a]\ncommand = \"npx\nargs = []", 2, 11)]
    [DataRow(".codex/config.toml", "[mcp_servers.a]\ncommand = npx", 2, 11)]
    [DataRow(".continue/mcpServers/x.yaml", "mcpServers:\n  - name: a\n   command: [npx\n", 3, 4)]
    [DataRow(".zed/settings.json", "{ \"context_servers\": { ", 1, 24)]
    public void BrokenFile_GivesMcpg001WhereItBreaks(string relativePath, string text, int line, int column)
    {
        var path = "/repo/" + relativePath;
        var findings = ConfigChecker.Check(path, ConfigLocations.Default.Match(path)!, text);
        Assert.HasCount(1, findings, string.Join("\n", findings));
        Assert.AreEqual("MCPG001", findings[0].RuleId, findings[0].ToString());
        Assert.AreEqual((line, column), (findings[0].Span.Start.Line + 1, findings[0].Span.Start.Column + 1), findings[0].ToString());
    }

    [TestMethod]
    public void FormatsOfTheDataFile_AreAllReachableByLocation()
    {
        var reachable = new[]
        {
            ".mcp.json", ".claude/settings.json", "claude_desktop_config.json", ".vscode/mcp.json", ".vscode/settings.json", ".cursor/mcp.json",
            "mcp_config.json", ".gemini/settings.json", ".codex/config.toml", ".roo/mcp.json", ".kilocode/mcp.json", "cline_mcp_settings.json",
            ".amazonq/mcp.json", ".kiro/settings/mcp.json", ".junie/mcp/mcp.json", ".zed/settings.json", ".continue/mcpServers/a.yaml", ".mcp/server.json",
        }.Select(p => ConfigLocations.Default.Match("/repo/" + p)!.Id).ToHashSet();
        reachable.Add("claude-user");
        CollectionAssert.AreEquivalent(ConfigFormat.All.Select(f => f.Id).ToList(), reachable.ToList());
        Assert.IsNotNull(TestPaths.FakeRepositoryRoot);
    }
}

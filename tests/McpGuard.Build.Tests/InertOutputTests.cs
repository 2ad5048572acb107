using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// Issue 17: a cloned repository whose configuration names a server with terminal escapes (erase line, cursor up, set
/// the window title, bell) and a right-to-left override, and another with Markdown and HTML in its name. The build
/// reports every finding, and neither its console output nor the inventory carries a character that a terminal or a
/// Markdown viewer would act on.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class InertOutputTests
{
    /// <summary>The escapes are JSON's own: the file is plain ASCII; the strings it spells are hostile.</summary>
    private const string Config = """
        { "mcpServers": {
          "docs\u001b[2K\u001b[1A\u001b]0;pwned\u0007\u202e": { "command": "npx", "args": ["-y", "docs-mcp\u001b[2K"], "env": { "COLOR\u001b]0;x\u0007MODE": "\u001b[31mred\u202e" } },
          "[click](https://evil.example) <img src=x onerror=alert(1)>": { "command": "npx", "args": ["-y", "links-mcp@1.0.0"] }
        } }
        """;

    private static readonly char[] s_raw = { '\u001b', '\u0007', '\u202e' };

    private static TestRepository? s_repository;
    private static BuildRun? s_build;
    private static BuildRun? s_inventory;

    private static TestRepository Repository => s_repository ?? throw new InvalidOperationException("ClassInitialize did not run.");

    private static BuildRun Build => s_build ?? throw new InvalidOperationException("ClassInitialize did not run.");

    [ClassInitialize]
    public static async Task BuildOnceAsync(TestContext context)
    {
        var repository = await TestRepository.CreateAsync("inert");
        s_repository = repository;
        repository.WriteProject("src/App/App.csproj");
        repository.WriteFile(".mcp.json", Config);
        s_build = await repository.BuildAsync("src/App/App.csproj");
        s_inventory = await repository.BuildAsync("src/App/App.csproj", "-t:McpGuardInventory");
    }

    [TestMethod]
    public void Build_HostileNames_EveryFindingReported()
    {
        // MCPG701 at each escape of a control or bidirectional character (names, keys and values); MCPG201 for the unpinned package.
        var line = Config.ReplaceLineEndings("\n").Split('\n')[1];
        var expected = Regex.Matches(line, @"\\u(001b|0007|202e)")
            .Select(m => ExpectedFinding.Error("MCPG701", ".mcp.json", 2, m.Index + 1, m.Index + 7))
            .Append(Located(ExpectedFinding.Warning, "MCPG201", "\"docs-mcp\\u001b[2K\""))
            .ToArray();

        Assert.HasCount(11, expected);
        FindingAssert.AreExactly(Build, Repository.Root, expected);
        FindingAssert.Failed(Build);
    }

    [TestMethod]
    public void Build_HostileNames_ConsoleOutputHasNoRawControlOrBidiCharacter()
    {
        var output = Build.Process.AllOutput;
        foreach (var character in s_raw)
        {
            Assert.DoesNotContain(character.ToString(), output, $"U+{(int)character:X4}\n{Build.Describe()}");
        }

        // The names are shown escaped, so the reader sees what the file holds.
        StringAssert.Contains(output, @"'mcpServers.docs\u001B[2K\u001B[1A\u001B]0;pwned\u0007\u202E' contains control characters (U+001B)");
        StringAssert.Contains(output, @"npm package 'docs-mcp\u001B[2K'");
    }

    [TestMethod]
    public void Inventory_HostileNames_MarkdownRendersAsText_JsonKeepsThemExact()
    {
        var run = s_inventory ?? throw new InvalidOperationException("ClassInitialize did not run.");
        Assert.AreEqual(0, run.ExitCode, run.Describe());
        foreach (var character in s_raw)
        {
            Assert.DoesNotContain(character.ToString(), run.Process.AllOutput, run.Describe());
        }

        var folder = Repository.GetPath("src/App/obj/mcpguard");
        var markdown = File.ReadAllText(Path.Combine(folder, "inventory.md"));
        Assert.IsFalse(markdown.IndexOfAny(s_raw) >= 0, markdown);
        StringAssert.Contains(markdown, @"| \[click\](https\://evil.example) &lt;img src=x onerror=alert(1)&gt; | .mcp.json:3 |");
        StringAssert.Contains(markdown, @"| docs\\u001B\[2K\\u001B\[1A\\u001B\]0;pwned\\u0007\\u202E | .mcp.json:2 |");

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "inventory.json")));
        var names = json.RootElement.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("server").GetString()).ToList();
        CollectionAssert.AreEquivalent(new[] { "docs\u001b[2K\u001b[1A\u001b]0;pwned\u0007\u202e", "[click](https://evil.example) <img src=x onerror=alert(1)>" }, names);
    }

    private static ExpectedFinding Located(Func<string, string, int, int, int, ExpectedFinding> create, string code, string needle)
    {
        var (line, column, endColumn) = Fixture.Locate(Config, needle);
        return create(code, ".mcp.json", line, column, endColumn);
    }
}

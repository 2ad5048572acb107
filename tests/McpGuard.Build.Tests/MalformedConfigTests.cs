using System;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>Files that are not valid JSON for their client give MCPG001 at the place the parser stops, never a crash.</summary>
[TestClass]
[DoNotParallelize]
public sealed class MalformedConfigTests
{
    // .mcp.json is strict JSON: the comma after the last array closes nothing. A strict reader stops at the '}' that
    // follows it (line 6, column 5), which is where JSON.parse and Python's json report it too.
    private const string TrailingComma = """
        {
          "mcpServers": {
            "docs": {
              "command": "node",
              "args": ["server.js"],
            }
          }
        }
        """;

    // Cursor's file is strict JSON too; the outermost '}' is missing, so the reader reaches the end of the file: line 8,
    // column 1 (the file ends with a newline after line 7).
    private const string MissingClosingBrace = """
        {
          "mcpServers": {
            "docs": {
              "command": "node",
              "args": ["server.js"]
            }
          }
        """;

    // A valid file beside the broken ones is still checked.
    private const string ValidVsCode = """
        {
          "servers": {
            "browser": { "command": "npx", "args": ["@playwright/mcp@latest"] }
          }
        }
        """;

    private static TestRepository? s_repository;
    private static BuildRun? s_build;

    private static TestRepository Repository => s_repository ?? throw new InvalidOperationException("ClassInitialize did not run.");

    private static BuildRun Build => s_build ?? throw new InvalidOperationException("ClassInitialize did not run.");

    [ClassInitialize]
    public static async Task BuildOnceAsync(TestContext context)
    {
        s_repository = await TestRepository.CreateAsync("malformed");
        s_repository.WriteFile(".mcp.json", TrailingComma);
        s_repository.WriteFile(".cursor/mcp.json", MissingClosingBrace);
        s_repository.WriteFile(".vscode/mcp.json", ValidVsCode);
        s_repository.WriteProject("src/Lib/Lib.csproj");
        s_build = await s_repository.BuildAsync("src/Lib/Lib.csproj");
    }

    [TestMethod]
    public void Build_MalformedConfigs_ReportsMcpg001WhereTheParserStops()
    {
        Fixture.AssertAt(TrailingComma, 6, 5, "}");
        Fixture.AssertAt(ValidVsCode, 3, 45, "\"@playwright/mcp@latest\"");
        FindingAssert.AreExactly(
            Build,
            Repository.Root,
            new ExpectedFinding(".mcp.json", 6, 5, 6, 5, "error", "MCPG001"),
            new ExpectedFinding(".cursor/mcp.json", 8, 1, 8, 1, "error", "MCPG001"),
            ExpectedFinding.Warning("MCPG201", ".vscode/mcp.json", 3, 45, 69));
        FindingAssert.Failed(Build);
    }

    [TestMethod]
    public void Build_MalformedConfigs_MessageNamesFileAndDialect()
    {
        var finding = FindingAssert.Single(Build, Repository.Root, ".mcp.json", "MCPG001");
        Assert.Contains("'.mcp.json'", finding.Message, Build.Describe());
        Assert.Contains("strict JSON", finding.Message, Build.Describe());
    }

    /// <summary>
    /// System.Text.Json ends this error with advice for programmers ("Change the reader options."); the user of a
    /// strict-JSON file cannot change how Claude Code reads it and has to remove the comma instead.
    /// </summary>
    [TestMethod]
    public void Build_TrailingComma_MessageGivesNoParserAdvice()
    {
        var finding = FindingAssert.Single(Build, Repository.Root, ".mcp.json", "MCPG001");
        Assert.Contains("trailing comma", finding.Message, Build.Describe());
        Assert.DoesNotContain("reader options", finding.Message, Build.Describe());
    }

    [TestMethod]
    public void Build_MalformedConfigs_NoCrashNoHostDiagnostics()
    {
        var output = Build.Process.AllOutput;
        foreach (var code in new[] { "MSB4018", "MSB4062", "MSB4181", "MSB4028", "AD0001", "CS8032", "CS9057" })
        {
            Assert.DoesNotContain(code, output, Build.Describe());
        }

        Assert.DoesNotContain("Unhandled exception", output, Build.Describe());
        Assert.IsFalse(
            Regex.IsMatch(output, @"^\s+at [\w.`<>\[\]]+\(.*\)", RegexOptions.Multiline),
            $"The output holds a stack trace.\n\n{Build.Describe()}");
        Assert.IsFalse(
            Regex.IsMatch(output, @"\b\w+(\.\w+)*Exception\b"),
            $"The output names an exception type.\n\n{Build.Describe()}");

        // Every error is McpGuard's own finding.
        foreach (var diagnostic in Build.Log.Diagnostics)
        {
            Assert.StartsWith("MCPG", diagnostic.Code, Build.Describe());
        }
    }
}

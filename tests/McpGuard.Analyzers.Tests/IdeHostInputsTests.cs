using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using McpGuard.Analyzers.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Analyzers.Tests;

/// <summary>
/// What the package hands the analyzer in the IDE: <c>.editorconfig</c> files as copies in obj/ that name their original
/// (never the file itself, which workspace hosts would list twice), and the solution, from which each project tells
/// whether it reports a repository file.
/// </summary>
[TestClass]
public sealed class IdeHostInputsTests
{
    private const string McpJson = """
        {
          "mcpServers": {
            "github": {
              "command": "npx",
              "args": ["-y", "@modelcontextprotocol/server-github"],
              "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d" }
            },
            "remote": { "type": "http", "url": "http://mcp.example.com/mcp" }
          }
        }
        """;

    /// <summary>
    /// The copy lives elsewhere (obj/), so a section naming the configuration (<c>[.mcp.json]</c>) only matches when the
    /// analyzer reads the copy at its original path; none, suggestion and error then change the findings as on the command line.
    /// </summary>
    [TestMethod]
    public async Task EditorConfigCopy_SeveritiesMatchTheCommandLine()
    {
        var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mcpguard-ide-inputs-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var configPath = Path.Combine(root, ".mcp.json");
            var editorConfigPath = Path.Combine(root, ".editorconfig");
            const string editorConfig = "root = true\n[.mcp.json]\ndotnet_diagnostic.MCPG101.severity = none\ndotnet_diagnostic.MCPG201.severity = suggestion\ndotnet_diagnostic.MCPG401.severity = error\n";
            File.WriteAllText(configPath, McpJson);
            File.WriteAllText(editorConfigPath, editorConfig);

            var commandLine = ConfigScanner.Scan(new ScanRequest([new ConfigFile(configPath, ConfigFormat.ClaudeProject)], [], SeverityOptions.Default))
                .Select(f => $".mcp.json {f.RuleId} {(f.Severity == McpGuard.Rules.RuleSeverity.Info ? "info" : f.Severity.ToString().ToLowerInvariant())} ({f.Line},{f.Column})-({f.EndLine},{f.EndColumn})")
                .ToList();
            var ide = (await new AnalyzerRunner()
                    .WithConfig(configPath, McpJson, "claude")
                    .WithEditorConfigCopy(Path.Combine(root, "src", "Lib", "obj", "Debug", "net8.0", "mcpguard", "editorconfig", "123-editorconfig.txt"), editorConfigPath, editorConfig)
                    .RunAsync())
                .Select(AnalyzerRunner.Describe)
                .ToList();

            CollectionAssert.AreEqual(new[] { ".mcp.json MCPG201 info (5,22)-(5,59)", ".mcp.json MCPG401 error (8,40)-(8,68)" }, commandLine);
            CollectionAssert.AreEquivalent(commandLine, ide);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Three projects of one solution, each analysing the whole repository: every finding of the root .mcp.json and of
    /// src/B/.vscode/mcp.json is reported by exactly one of them (the root file by the project nearest the root, the
    /// nested one by the project whose folder holds it).
    /// </summary>
    [TestMethod]
    public async Task Solution_EachFileIsReportedByOneProject()
    {
        const string Root = "/repo";
        const string Sln = """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "B", "src\B\B.csproj", "{11111111-1111-1111-1111-111111111111}"
            EndProject
            Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "A", "src\A\A.csproj", "{22222222-2222-2222-2222-222222222222}"
            EndProject
            Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Tools", "tools\Tools.csproj", "{33333333-3333-3333-3333-333333333333}"
            EndProject
            """;
        var projects = new[] { "/repo/src/A/A.csproj", "/repo/src/B/B.csproj", "/repo/tools/Tools.csproj" };
        var reportedBy = new Dictionary<string, List<string>>();
        foreach (var project in projects)
        {
            var diagnostics = await new AnalyzerRunner()
                .WithConfig(Root + "/.mcp.json", McpJson, "claude")
                .WithConfig(Root + "/src/B/.vscode/mcp.json", McpJson.Replace("mcpServers", "servers", StringComparison.Ordinal), "vscode")
                .InSolution(Root + "/All.sln", Sln, project)
                .RunAsync();
            foreach (var diagnostic in diagnostics)
            {
                var key = diagnostic.Location.GetLineSpan().Path + " " + AnalyzerRunner.Describe(diagnostic);
                (reportedBy.TryGetValue(key, out var list) ? list : reportedBy[key] = []).Add(Path.GetFileName(project));
            }
        }

        Assert.HasCount(6, reportedBy);
        foreach (var (finding, reporters) in reportedBy)
        {
            var expected = finding.StartsWith("/repo/src/B/", StringComparison.Ordinal) ? "B.csproj" : "Tools.csproj";
            CollectionAssert.AreEqual(new[] { expected }, reporters, finding);
        }
    }

    /// <summary>A project the solution does not list (a solution filter, a project opened alone) reports everything: never none.</summary>
    [TestMethod]
    public async Task ProjectOutsideTheSolution_ReportsEveryFile()
    {
        var diagnostics = await new AnalyzerRunner()
            .WithConfig("/repo/.mcp.json", McpJson, "claude")
            .InSolution("/repo/All.slnx", """<Solution><Project Path="src/A/A.csproj" /></Solution>""", "/repo/other/Other.csproj")
            .RunAsync();

        Assert.HasCount(3, diagnostics);
    }
}

using System;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// McpGuardMode and McpGuardLevel, each scenario in its own small repository. Scenarios that must fail share one solution
/// build, those that must pass another; each is asserted on its own files.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class ModeTests
{
    private static readonly string s_token = Fixture.GitHubToken(31);

    private static readonly string s_mcpJson = """
        {
          "mcpServers": {
            "github": { "command": "node", "args": ["server.js"], "env": { "GITHUB_TOKEN": "@@TOKEN@@" } },
            "files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "."] },
            "remote": { "type": "http", "url": "http://mcp.example.com/mcp" }
          }
        }
        """.Replace("@@TOKEN@@", s_token, StringComparison.Ordinal);

    private static readonly string s_warningsOnlyJson = s_mcpJson.Replace("\"" + s_token + "\"", "\"${GITHUB_TOKEN}\"", StringComparison.Ordinal);

    private static readonly Lazy<Task<Scenarios>> s_failing = new(() => BuildAsync("modes-failing", failing: true));
    private static readonly Lazy<Task<Scenarios>> s_passing = new(() => BuildAsync("modes-passing", failing: false));

    [TestMethod]
    public async Task Strict_RaisesWarningsToErrors()
    {
        var scenarios = await s_failing.Value;
        FindingAssert.AreExactlyUnder(scenarios.Build, scenarios["Strict"], Token("error"), Pin("error"), Http("error"));
        FindingAssert.Failed(scenarios.Build);
    }

    [TestMethod]
    public async Task Strict_LosesToTheRepositoryGlobalConfig()
    {
        var scenarios = await s_failing.Value;
        FindingAssert.AreExactlyUnder(scenarios.Build, scenarios["StrictOverridden"], Token("error"), Pin("warning"), Http("error"));
    }

    [TestMethod]
    public async Task InvalidModeAndLevel_AreMcpg009EchoingTheValue()
    {
        var scenarios = await s_failing.Value;
        var mode = FindingAssert.FindingsUnder(scenarios.Build, scenarios["InvalidMode"]);
        Assert.HasCount(1, mode, scenarios.Build.Describe());
        Assert.AreEqual("error MCPG009", $"{mode[0].Severity} {mode[0].Code}");
        StringAssert.StartsWith(mode[0].Message, "Invalid McpGuardMode value 'loose'. Valid values: default, strict, audit");
        var level = FindingAssert.FindingsUnder(scenarios.Build, scenarios["InvalidLevel"]);
        Assert.HasCount(1, level, scenarios.Build.Describe());
        StringAssert.StartsWith(level[0].Message, "Invalid McpGuardLevel value 'high'. Valid values: suggestion, warning, error");
    }

    [TestMethod]
    public async Task Default_KeepsTheCatalogSeverities()
    {
        var scenarios = await s_failing.Value;
        FindingAssert.AreExactlyUnder(scenarios.Build, scenarios["Default"], Token("error"), Pin("warning"), Http("warning"));
    }

    [TestMethod]
    public async Task Audit_ReportsEverythingAsWarnings_AndNeverFails_EvenWithTreatWarningsAsErrors()
    {
        var scenarios = await s_passing.Value;
        FindingAssert.AreExactlyUnder(scenarios.Build, scenarios["Audit"], Token("warning"), Pin("warning"), Http("warning"));
        FindingAssert.ExitCodeIs(scenarios.Build, 0);
    }

    [TestMethod]
    public async Task LevelError_DropsWarnings()
    {
        var scenarios = await s_passing.Value;
        FindingAssert.AreExactlyUnder(scenarios.Build, scenarios["LevelError"]);
        FindingAssert.ExitCodeIs(scenarios.Build, 0);
    }

    private static ExpectedFinding Token(string severity) => At("MCPG101", severity, '"' + s_token + '"');

    private static ExpectedFinding Pin(string severity) => At("MCPG201", severity, "\"@modelcontextprotocol/server-filesystem\"");

    private static ExpectedFinding Http(string severity) => At("MCPG401", severity, "\"http://mcp.example.com/mcp\"");

    private static ExpectedFinding At(string code, string severity, string needle)
    {
        var (line, column, endColumn) = Fixture.Locate(s_mcpJson, needle);
        return new ExpectedFinding(".mcp.json", line, column, line, endColumn, severity, code);
    }

    private static async Task<Scenarios> BuildAsync(string name, bool failing)
    {
        var outer = await TestRepository.CreateAsync(name);
        var scenarios = new Scenarios(outer);
        if (failing)
        {
            scenarios.Add("Default", s_mcpJson);
            scenarios.Add("Strict", s_mcpJson, "<McpGuardMode>strict</McpGuardMode>");
            scenarios.Add("StrictOverridden", s_mcpJson, "<McpGuardMode>strict</McpGuardMode>");
            outer.WriteFile("StrictOverridden/.globalconfig", "is_global = true\ndotnet_diagnostic.MCPG201.severity = warning\n");
            scenarios.Add("InvalidMode", s_mcpJson, "<McpGuardMode>loose</McpGuardMode>");
            scenarios.Add("InvalidLevel", s_mcpJson, "<McpGuardLevel>high</McpGuardLevel>");
        }
        else
        {
            scenarios.Add("Audit", s_mcpJson, "<McpGuardMode>audit</McpGuardMode><TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsAsErrors>$(WarningsAsErrors);MCPG201</WarningsAsErrors>");
            scenarios.Add("LevelError", s_warningsOnlyJson, "<McpGuardLevel>error</McpGuardLevel>");
        }

        await scenarios.BuildAsync();
        return scenarios;
    }

    /// <summary>Small repositories (each its own .git) in one folder, built by one solution.</summary>
    private sealed class Scenarios(TestRepository outer)
    {
        private readonly System.Collections.Generic.Dictionary<string, string> _roots = new(StringComparer.Ordinal);

        public BuildRun Build { get; private set; } = null!;

        public string this[string name] => _roots[name];

        public void Add(string folder, string mcpJson, string properties = "")
        {
            outer.MarkGitRoot(folder);
            outer.WriteFile(folder + "/.mcp.json", mcpJson);
            outer.WriteProject($"{folder}/{folder}.csproj", properties: properties);
            _roots[folder] = outer.GetPath(folder);
        }

        public async Task BuildAsync()
        {
            var solution = await outer.RunDotnetAsync("new", "sln", "--format", "sln", "--name", "Scenarios");
            Assert.AreEqual(0, solution.ExitCode, solution.Describe());
            var arguments = new System.Collections.Generic.List<string> { "sln", "Scenarios.sln", "add" };
            foreach (var name in _roots.Keys)
            {
                arguments.Add($"{name}/{name}.csproj");
            }

            var add = await outer.RunDotnetAsync(arguments.ToArray());
            Assert.AreEqual(0, add.ExitCode, add.Describe());
            Build = await outer.BuildAsync("Scenarios.sln", "-m");
        }
    }
}

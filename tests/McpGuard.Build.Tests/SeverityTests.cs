using System;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// Severity settings .NET developers already use, applied to findings in a warning-only configuration (MCPG201, MCPG401).
/// Scenarios that must fail each get their own build (the exit code is part of the assertion); those that must pass
/// share one solution build of several small repositories, each asserted on its own files.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class SeverityTests
{
    private const string McpJson = """
        {
          "mcpServers": {
            "files": {
              "command": "npx",
              "args": ["-y", "@modelcontextprotocol/server-filesystem", "."]
            },
            "remote": {
              "type": "http",
              "url": "http://mcp.example.com/mcp"
            }
          }
        }
        """;

    private static readonly Lazy<Task<PassingScenarios>> s_passing = new(BuildPassingScenariosAsync);

    [TestMethod]
    public void Fixture_Positions_MatchTheExpectedFindings()
    {
        // Line 5: 6 spaces, "args" 7-12, ':' 13, '[' 15, "-y" 16-19, ',' 20 → the package string opens at 22;
        // 39 characters + 2 quotes end before 63. Line 9: 6 spaces, "url" 7-11, ':' 12 → opens at 14; 26 + 2 → 42.
        Fixture.AssertAt(McpJson, 5, 22, "\"@modelcontextprotocol/server-filesystem\",");
        Fixture.AssertAt(McpJson, 9, 14, "\"http://mcp.example.com/mcp\"");
    }

    [TestMethod]
    public async Task Defaults_NoSetting_ReportsBothAsWarnings()
    {
        var scenarios = await s_passing.Value;
        FindingAssert.AreExactlyUnder(scenarios.Build, scenarios.Default, Mcpg201("warning"), Mcpg401("warning"));
        FindingAssert.ExitCodeIs(scenarios.Build, 0);
    }

    [TestMethod]
    public async Task EditorConfig_SeverityError_FailsWithErrorMcpg201()
    {
        var repository = await CreateRepositoryAsync("editorconfig-error");
        repository.WriteFile(".editorconfig", """
            root = true

            [*.json]
            dotnet_diagnostic.MCPG201.severity = error
            """);
        var build = await repository.BuildAsync("Lib.csproj");

        FindingAssert.AreExactly(build, repository.Root, Mcpg201("error"), Mcpg401("warning"));
        FindingAssert.Failed(build);
    }

    [TestMethod]
    public async Task EditorConfig_SeverityNone_DropsMcpg201()
    {
        var scenarios = await s_passing.Value;
        FindingAssert.AreExactlyUnder(scenarios.Build, scenarios.EditorConfigNone, Mcpg401("warning"));
        FindingAssert.ExitCodeIs(scenarios.Build, 0);
    }

    [TestMethod]
    public async Task GlobalConfig_SeverityError_FailsWithErrorMcpg201()
    {
        var repository = await CreateRepositoryAsync("globalconfig-error");
        repository.WriteFile(".globalconfig", """
            is_global = true
            dotnet_diagnostic.MCPG201.severity = error
            """);
        var build = await repository.BuildAsync("Lib.csproj");

        FindingAssert.AreExactly(build, repository.Root, Mcpg201("error"), Mcpg401("warning"));
        FindingAssert.Failed(build);
    }

    [TestMethod]
    public async Task GlobalConfig_SeverityNone_DropsMcpg201()
    {
        var scenarios = await s_passing.Value;
        FindingAssert.AreExactlyUnder(scenarios.Build, scenarios.GlobalConfigNone, Mcpg401("warning"));
        FindingAssert.ExitCodeIs(scenarios.Build, 0);
    }

    [TestMethod]
    public async Task NoWarn_Mcpg201_DropsMcpg201()
    {
        var scenarios = await s_passing.Value;
        FindingAssert.AreExactlyUnder(scenarios.Build, scenarios.NoWarn, Mcpg401("warning"));
        FindingAssert.ExitCodeIs(scenarios.Build, 0);
    }

    /// <summary>
    /// The compiler reads NoWarn as a list separated by semicolons or commas (csc -nowarn:1591,MCPG201), so the
    /// analyzer (IDE) drops MCPG201 here; the command-line build must too.
    /// </summary>
    [TestMethod]
    public async Task NoWarn_CommaSeparatedList_DropsMcpg201()
    {
        var scenarios = await s_passing.Value;
        FindingAssert.AreExactlyUnder(scenarios.Build, scenarios.NoWarnCommaList, Mcpg401("warning"));
        FindingAssert.ExitCodeIs(scenarios.Build, 0);
    }

    [TestMethod]
    public async Task McpGuardEnabled_False_ReportsNothing()
    {
        var scenarios = await s_passing.Value;
        FindingAssert.AreExactlyUnder(scenarios.Build, scenarios.Disabled);
        FindingAssert.ExitCodeIs(scenarios.Build, 0);
    }

    [TestMethod]
    public async Task WarningsAsErrors_Mcpg201_FailsWithErrorMcpg201()
    {
        var repository = await CreateRepositoryAsync("warningsaserrors", "<WarningsAsErrors>$(WarningsAsErrors);MCPG201</WarningsAsErrors>");
        var build = await repository.BuildAsync("Lib.csproj");

        FindingAssert.AreExactly(build, repository.Root, Mcpg201("error"), Mcpg401("warning"));
        FindingAssert.Failed(build);
    }

    [TestMethod]
    public async Task TreatWarningsAsErrors_True_FailsWithErrorsForMcpg201AndMcpg401()
    {
        var repository = await CreateRepositoryAsync("treatwarningsaserrors", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        var build = await repository.BuildAsync("Lib.csproj");

        FindingAssert.AreExactly(build, repository.Root, Mcpg201("error"), Mcpg401("error"));
        FindingAssert.Failed(build);
    }

    [TestMethod]
    public async Task WarningsNotAsErrors_Mcpg401WithTreatWarningsAsErrors_KeepsMcpg401AWarning()
    {
        var repository = await CreateRepositoryAsync(
            "warningsnotaserrors",
            "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>$(WarningsNotAsErrors);MCPG401</WarningsNotAsErrors>");
        var build = await repository.BuildAsync("Lib.csproj");

        FindingAssert.AreExactly(build, repository.Root, Mcpg201("error"), Mcpg401("warning"));
        FindingAssert.Failed(build);
    }

    private static ExpectedFinding Mcpg201(string severity) => new(".mcp.json", 5, 22, 5, 63, severity, "MCPG201");

    private static ExpectedFinding Mcpg401(string severity) => new(".mcp.json", 9, 14, 9, 42, severity, "MCPG401");

    private static async Task<TestRepository> CreateRepositoryAsync(string name, string properties = "")
    {
        var repository = await TestRepository.CreateAsync(name);
        repository.WriteFile(".mcp.json", McpJson);
        repository.WriteProject("Lib.csproj", properties: properties);
        return repository;
    }

    /// <summary>Six repositories in one folder, each with its own .git, built by one solution: none may fail.</summary>
    private static async Task<PassingScenarios> BuildPassingScenariosAsync()
    {
        var outer = await TestRepository.CreateAsync("severity-passing");
        string Scenario(string folder, string properties = "")
        {
            outer.MarkGitRoot(folder);
            outer.WriteFile(folder + "/.mcp.json", McpJson);
            outer.WriteProject($"{folder}/{folder}.csproj", properties: properties);
            return outer.GetPath(folder);
        }

        var scenarios = new PassingScenarios(
            Default: Scenario("Default"),
            EditorConfigNone: Scenario("EditorConfigNone"),
            GlobalConfigNone: Scenario("GlobalConfigNone"),
            NoWarn: Scenario("NoWarn", "<NoWarn>$(NoWarn);MCPG201</NoWarn>"),
            NoWarnCommaList: Scenario("NoWarnCommaList", "<NoWarn>$(NoWarn);CS1591,MCPG201</NoWarn>"),
            Disabled: Scenario("Disabled", "<McpGuardEnabled>false</McpGuardEnabled>"),
            Build: null!);
        outer.WriteFile("EditorConfigNone/.editorconfig", """
            root = true

            [*.json]
            dotnet_diagnostic.MCPG201.severity = none
            """);
        outer.WriteFile("GlobalConfigNone/.globalconfig", """
            is_global = true
            dotnet_diagnostic.MCPG201.severity = none
            """);

        var solution = await outer.RunDotnetAsync("new", "sln", "--format", "sln", "--name", "Scenarios");
        Assert.AreEqual(0, solution.ExitCode, solution.Describe());
        var add = await outer.RunDotnetAsync(
            "sln", "Scenarios.sln", "add", "Default/Default.csproj", "EditorConfigNone/EditorConfigNone.csproj", "GlobalConfigNone/GlobalConfigNone.csproj", "NoWarn/NoWarn.csproj",
            "NoWarnCommaList/NoWarnCommaList.csproj", "Disabled/Disabled.csproj");
        Assert.AreEqual(0, add.ExitCode, add.Describe());

        var build = await outer.BuildAsync("Scenarios.sln", "-m");
        return scenarios with { Build = build };
    }

    private sealed record PassingScenarios(
        string Default, string EditorConfigNone, string GlobalConfigNone, string NoWarn, string NoWarnCommaList, string Disabled, BuildRun Build);
}

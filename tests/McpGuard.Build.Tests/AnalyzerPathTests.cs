using System;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// Builds inside Visual Studio report through the analyzer (so the Error List fills while editing) and the task stays
/// quiet. <c>BuildingInsideVisualStudio=true</c> is what the package's targets key on; the findings, their positions
/// and their .editorconfig severity must be those of the command-line build, each reported once.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class AnalyzerPathTests
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

    [TestMethod]
    public async Task Build_InsideVisualStudio_AnalyzerReportsTheSameFindingsOnce()
    {
        var repository = await TestRepository.CreateAsync("analyzer-path");
        repository.WriteFile(".mcp.json", McpJson);
        repository.WriteFile(".editorconfig", """
            root = true

            [*.json]
            dotnet_diagnostic.MCPG201.severity = error
            """);
        var project = repository.WriteProject("src/Lib/Lib.csproj");

        var build = await repository.BuildAsync("src/Lib/Lib.csproj", "-p:BuildingInsideVisualStudio=true");

        FindingAssert.AreExactly(
            build,
            repository.Root,
            ExpectedFinding.Error("MCPG201", ".mcp.json", 5, 22, 63),
            ExpectedFinding.Warning("MCPG401", ".mcp.json", 9, 14, 42));
        FindingAssert.Failed(build);
        foreach (var finding in build.Findings)
        {
            // Reported by the compiler for the project, not by the task through McpGuard.Scan.proj.
            Assert.AreEqual(project, finding.Project, build.Describe());
        }

        foreach (var code in new[] { "AD0001", "CS8032", "CS9057" })
        {
            Assert.DoesNotContain(code, build.Process.AllOutput, build.Describe());
        }
    }

    /// <summary>
    /// Inside Visual Studio too, a suppression item hides its finding, and audit mode keeps TreatWarningsAsErrors from
    /// failing the build (the compiler, not the task, reports there).
    /// </summary>
    [TestMethod]
    public async Task Build_InsideVisualStudio_AppliesSuppressionsAndAuditMode()
    {
        var repository = await TestRepository.CreateAsync("analyzer-audit");
        repository.WriteFile(".mcp.json", McpJson);
        repository.WriteProject(
            "src/Lib/Lib.csproj",
            properties: "<McpGuardMode>audit</McpGuardMode><TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
            items: "<McpGuardSuppress Include=\"MCPG401\" Server=\"remote\" Justification=\"lab endpoint on the internal network\" />");

        var build = await repository.BuildAsync("src/Lib/Lib.csproj", "-p:BuildingInsideVisualStudio=true");

        FindingAssert.AreExactly(build, repository.Root, ExpectedFinding.Warning("MCPG201", ".mcp.json", 5, 22, 63));
        FindingAssert.ExitCodeIs(build, 0);
    }
}

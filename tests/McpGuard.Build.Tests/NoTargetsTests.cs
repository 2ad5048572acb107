using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>A project that never compiles (Microsoft.Build.NoTargets) still reports: the task does, not the analyzer.</summary>
[TestClass]
[DoNotParallelize]
public sealed class NoTargetsTests
{
    // VS Code's file is JSON with comments and trailing commas; both are allowed there.
    private const string VsCodeMcpJson = """
        {
          // Team servers, as VS Code writes them.
          "servers": {
            "browser": {
              "type": "stdio",
              "command": "npx",
              "args": ["@playwright/mcp@latest"],
            },
            "tickets": {
              "type": "http",
              "url": "http://tickets.example.com/mcp",
            },
          },
        }
        """;

    [TestMethod]
    public async Task Build_NoTargetsProject_ReportsFindings()
    {
        var repository = await TestRepository.CreateAsync("notargets");
        repository.WriteFile(".vscode/mcp.json", VsCodeMcpJson);
        repository.WriteProject("build/Checks.proj", sdk: "Microsoft.Build.NoTargets/3.7.0");

        var build = await repository.BuildAsync("build/Checks.proj");

        // Line 7: 6 spaces, "args" 7-12, ':' 13, '[' 15 → opens at 16; 22 characters + 2 quotes end before 40.
        // Line 11: 6 spaces, "url" 7-11, ':' 12 → opens at 14; 30 characters + 2 quotes end before 46.
        Fixture.AssertAt(VsCodeMcpJson, 7, 16, "\"@playwright/mcp@latest\"");
        Fixture.AssertAt(VsCodeMcpJson, 11, 14, "\"http://tickets.example.com/mcp\"");
        FindingAssert.AreExactly(
            build,
            repository.Root,
            ExpectedFinding.Warning("MCPG201", ".vscode/mcp.json", 7, 16, 40),
            ExpectedFinding.Warning("MCPG401", ".vscode/mcp.json", 11, 14, 46));
        FindingAssert.ExitCodeIs(build, 0);
    }
}

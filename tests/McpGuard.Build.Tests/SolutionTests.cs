using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// Three projects (two libraries, one app referencing both) get the package from a Directory.Build.props and are built
/// through a .sln with parallel nodes: repository-wide files are reported once per build, not once per project.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class SolutionTests
{
    // Line 4 holds non-ASCII text before the URL: '☀', 'ü' are one UTF-16 unit each, '😀' two (four UTF-8 bytes), so
    // the URL string opens at UTF-16 column 82 (code point 81, UTF-8 byte 88).
    private const string McpJson = """
        {
          "mcpServers": {
            "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"] },
            "weather": { "type": "http", "description": "Wetter ☀ für 😀 Zürich", "url": "http://weather.example.com/mcp" }
          }
        }
        """;

    [TestMethod]
    public async Task Build_SolutionOfThreeProjects_ReportsEachFindingOnce()
    {
        var repository = await TestRepository.CreateAsync("solution");
        repository.WriteFile(".mcp.json", McpJson);
        repository.WriteFile("Directory.Build.props", $"""
            <Project>
              <ItemGroup>
                {repository.PackageReference}
              </ItemGroup>
            </Project>
            """);
        repository.WriteFile("src/Contracts/Contracts.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        repository.WriteFile("src/Contracts/Greeting.cs", "namespace Contracts { public static class Greeting { public const string Text = \"Hello\"; } }");
        repository.WriteFile("src/Services/Services.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        repository.WriteFile("src/Services/Greeter.cs", "namespace Services; public static class Greeter { public static string Greet() => \"Hello\"; }");
        repository.WriteFile("src/App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Contracts/Contracts.csproj" />
                <ProjectReference Include="../Services/Services.csproj" />
              </ItemGroup>
            </Project>
            """);
        repository.WriteFile("src/App/Program.cs", "System.Console.WriteLine(Contracts.Greeting.Text + Services.Greeter.Greet());");

        var solution = await repository.RunDotnetAsync("new", "sln", "--format", "sln", "--name", "Repo");
        Assert.AreEqual(0, solution.ExitCode, solution.Describe());
        var add = await repository.RunDotnetAsync("sln", "Repo.sln", "add", "src/Contracts/Contracts.csproj", "src/Services/Services.csproj", "src/App/App.csproj");
        Assert.AreEqual(0, add.ExitCode, add.Describe());

        var build = await repository.BuildAsync("Repo.sln", "-m", "-v:n");

        // Line 3: 4 spaces, "github" 5-12, ':' 13, '{' 15, "command" 17-25, "npx" 28-32, "args" 35-40, '[' 43,
        // "-y" 44-47, ',' 48 → the package string opens at 50; 35 characters + 2 quotes end before 87.
        // Line 4: the URL string opens at 82 (see above); 30 characters + 2 quotes end before 114.
        Fixture.AssertAt(McpJson, 3, 50, "\"@modelcontextprotocol/server-github\"");
        Fixture.AssertAt(McpJson, 4, 82, "\"http://weather.example.com/mcp\"");
        FindingAssert.AreExactly(
            build,
            repository.Root,
            ExpectedFinding.Warning("MCPG201", ".mcp.json", 3, 50, 87),
            ExpectedFinding.Warning("MCPG401", ".mcp.json", 4, 82, 114));
        FindingAssert.ExitCodeIs(build, 0);
        foreach (var project in new[] { "Contracts", "Services", "App" })
        {
            Assert.Contains($"{project} -> ", build.Process.StandardOutput, $"{project} was not built.\n\n{build.Describe()}");
        }

        // Discovery walks the repository once for the whole build, not once per project.
        var walks = System.Text.RegularExpressions.Regex.Matches(build.Process.StandardOutput, @"McpGuard: found 1 configuration file\(s\) under ").Count;
        Assert.AreEqual(1, walks, build.Describe());
    }

    /// <summary>
    /// The documented extension point: a target after McpGuardCollectConfigs removes a vendored file and adds one
    /// discovery does not know. The scan input names the discovery and carries only these changes, and both projects
    /// still share one scan.
    /// </summary>
    [TestMethod]
    public async Task Build_ProjectsChangeTheDiscoveredList_CheckTheirListOnce()
    {
        var repository = await TestRepository.CreateAsync("solution-extension");
        repository.WriteFile(".mcp.json", McpJson);
        repository.WriteFile("third_party/tool/.mcp.json", McpJson);
        repository.WriteFile("tools/agents.json", McpJson);
        repository.WriteFile("Directory.Build.targets", """
            <Project>
              <Target Name="AdjustMcpConfigs" AfterTargets="McpGuardCollectConfigs">
                <ItemGroup>
                  <McpGuardConfig Remove="$(McpGuardRepositoryRoot)third_party/tool/.mcp.json" />
                  <McpGuardConfig Include="$(McpGuardRepositoryRoot)tools/agents.json" Client="claude" />
                </ItemGroup>
              </Target>
            </Project>
            """);
        repository.WriteProject("src/First/First.csproj");
        repository.WriteFile("src/First/First.cs", "namespace First; public static class A { }");
        repository.WriteProject("src/Second/Second.csproj");
        repository.WriteFile("src/Second/Second.cs", "namespace Second; public static class B { }");
        var solution = await repository.RunDotnetAsync("new", "sln", "--format", "sln", "--name", "Repo");
        Assert.AreEqual(0, solution.ExitCode, solution.Describe());
        var add = await repository.RunDotnetAsync("sln", "Repo.sln", "add", "src/First/First.csproj", "src/Second/Second.csproj");
        Assert.AreEqual(0, add.ExitCode, add.Describe());

        var build = await repository.BuildAsync("Repo.sln", "-m", "-v:n");

        FindingAssert.AreExactly(
            build,
            repository.Root,
            ExpectedFinding.Warning("MCPG201", ".mcp.json", 3, 50, 87),
            ExpectedFinding.Warning("MCPG401", ".mcp.json", 4, 82, 114),
            ExpectedFinding.Warning("MCPG201", "tools/agents.json", 3, 50, 87),
            ExpectedFinding.Warning("MCPG401", "tools/agents.json", 4, 82, 114));
        FindingAssert.ExitCodeIs(build, 0);
    }
}

using System.IO;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>User-scope Claude Code files are read only on request (McpGuardIncludeUserConfigs=true).</summary>
[TestClass]
[DoNotParallelize]
public sealed class UserConfigTests
{
    private const string ClaudeJson = """
        {
          "projects": {
            "/home/dev/app": {
              "mcpServers": {
                "fetch": { "command": "uvx", "args": ["mcp-server-fetch"] }
              }
            }
          }
        }
        """;

    [TestMethod]
    public async Task Build_UserConfigs_AreCheckedOnlyWhenIncluded()
    {
        var repository = await TestRepository.CreateAsync("user-configs");
        repository.WriteProject("src/Lib/Lib.csproj");
        repository.WriteFile("src/Lib/Class1.cs", "public class Class1 { }");
        var home = Path.Combine(repository.Root, "..", "home-" + Path.GetFileName(repository.Root));
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Combine(home, ".claude.json"), ClaudeJson);

        var excluded = await repository.BuildAsync("src/Lib/Lib.csproj", "-p:McpGuardUserHome=" + home);
        var included = await repository.BuildAsync("src/Lib/Lib.csproj", "-p:McpGuardUserHome=" + home, "-p:McpGuardIncludeUserConfigs=true");

        // Line 5: 8 spaces, "fetch" 9-15, ':' 16, '{' 18, "command" 20-28, ':' 29, "uvx" 31-35, ',' 36, "args" 38-43,
        // ':' 44, '[' 46 → the package string opens at 47; 16 characters + 2 quotes end before 65.
        Fixture.AssertAt(ClaudeJson, 5, 47, "\"mcp-server-fetch\"");
        FindingAssert.AreExactly(excluded, repository.Root);
        FindingAssert.AreExactly(included, Path.GetFullPath(home), ExpectedFinding.Warning("MCPG201", ".claude.json", 5, 47, 65));
    }
}

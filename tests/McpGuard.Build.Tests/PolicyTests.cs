using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>The policy file at the repository root is picked up by the build; a malformed one fails it where it is wrong.</summary>
[TestClass]
[DoNotParallelize]
public sealed class PolicyTests
{
    [TestMethod]
    public async Task PolicyAtTheRepositoryRoot_IsApplied_AndAMalformedOneIsReportedAtItsPosition()
    {
        var repository = await TestRepository.CreateAsync("policy");
        var mcpJson = """
            {
              "mcpServers": {
                "remote": { "type": "http", "url": "https://mcp.example.com/mcp" }
              }
            }
            """;
        repository.WriteFile(".mcp.json", mcpJson);
        repository.WriteFile("mcpguard.json", """{ "trustedHosts": ["*.corp.example"] }""");
        repository.WriteProject("src/App/App.csproj");

        var (line, column, endColumn) = Fixture.Locate(mcpJson, "\"https://mcp.example.com/mcp\"");
        var applied = await repository.BuildAsync("src/App/App.csproj");
        FindingAssert.AreExactly(applied, repository.Root, ExpectedFinding.Warning("MCPG402", ".mcp.json", line, column, endColumn));
        FindingAssert.ExitCodeIs(applied, 0);

        var policy = """{ "trustedHosts": "*.corp.example" }""";
        repository.WriteFile("mcpguard.json", policy);
        var (policyLine, policyColumn, policyEndColumn) = Fixture.Locate(policy, "\"*.corp.example\"");
        var malformed = await repository.BuildAsync("src/App/App.csproj");
        FindingAssert.AreExactly(malformed, repository.Root, ExpectedFinding.Error("MCPG009", "mcpguard.json", policyLine, policyColumn, policyEndColumn));
        FindingAssert.Failed(malformed);
    }
}

using System;
using System.IO;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>Adoption: -t:McpGuardBaseline accepts what a repository has today; later builds fail only on what is new.</summary>
[TestClass]
[DoNotParallelize]
public sealed class BaselineTests
{
    [TestMethod]
    public async Task Baseline_MakesAnExistingRepositoryBuildClean_AndANewSecretStillFails()
    {
        var repository = await TestRepository.CreateAsync("baseline");
        var oldToken = Fixture.GitHubToken(21);
        var newToken = Fixture.GitHubToken(22);
        var mcpJson = """
            {
              "mcpServers": {
                "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"], "env": { "GITHUB_TOKEN": "@@OLD@@" } }
              }
            }
            """.Replace("@@OLD@@", oldToken, StringComparison.Ordinal);
        repository.WriteFile(".mcp.json", mcpJson);
        repository.WriteProject("src/App/App.csproj");

        var before = await repository.BuildAsync("src/App/App.csproj");
        Assert.HasCount(2, before.Findings, before.Describe());
        FindingAssert.Failed(before);

        var baselineRun = await repository.BuildAsync("src/App/App.csproj", "-t:McpGuardBaseline");
        FindingAssert.AreExactly(baselineRun, repository.Root);
        FindingAssert.ExitCodeIs(baselineRun, 0);
        StringAssert.Contains(baselineRun.Process.StandardOutput, "McpGuard: wrote 2 finding(s) to the baseline '" + repository.GetPath("mcpguard.baseline.json") + "'");
        Assert.AreEqual("""
            {
              "$comment": "McpGuard baseline: findings accepted when McpGuard was adopted; only findings not listed here are reported. Regenerate with: dotnet build -t:McpGuardBaseline",
              "version": 1,
              "findings": [
                { "ruleId": "MCPG201", "file": ".mcp.json", "jsonPath": "mcpServers.github.args[1]" },
                { "ruleId": "MCPG101", "file": ".mcp.json", "jsonPath": "mcpServers.github.env.GITHUB_TOKEN" }
              ]
            }

            """.ReplaceLineEndings("\n"), File.ReadAllText(repository.GetPath("mcpguard.baseline.json")));

        var clean = await repository.BuildAsync("src/App/App.csproj");
        FindingAssert.AreExactly(clean, repository.Root);
        FindingAssert.ExitCodeIs(clean, 0);
        StringAssert.Contains(clean.Process.StandardOutput, "McpGuard: 2 finding(s) accepted by the baseline");

        // A new server above the old one moves every line of the baselined findings; only its own secret is new.
        var edited = mcpJson.Replace(
            "\"mcpServers\": {",
            "\"mcpServers\": {\n    \"deploy\": { \"command\": \"node\", \"args\": [\"deploy.js\"], \"env\": { \"DEPLOY_TOKEN\": \"" + newToken + "\" } },",
            StringComparison.Ordinal);
        repository.WriteFile(".mcp.json", edited);
        var (line, column, endColumn) = Fixture.Locate(edited, '"' + newToken + '"');
        var after = await repository.BuildAsync("src/App/App.csproj");
        FindingAssert.AreExactly(after, repository.Root, ExpectedFinding.Error("MCPG101", ".mcp.json", line, column, endColumn));
        FindingAssert.Failed(after);
    }
}

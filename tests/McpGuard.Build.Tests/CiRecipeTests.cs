using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// What docs/ci.md's build-server recipes rely on: <c>dotnet build -t:McpGuardCheck</c> is a lint job (findings, the
/// SARIF log and GitLab's code quality report, no compilation), the SARIF log has what GitHub code scanning reads, and a
/// lint job fails only on errors when the repository sets TreatWarningsAsErrors.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class CiRecipeTests
{
    private static readonly string s_token = Fixture.GitHubToken(47);

    private static readonly string s_mcpJson = """
        {
          "mcpServers": {
            "github": { "command": "node", "args": ["server.js"], "env": { "GITHUB_TOKEN": "@@TOKEN@@" } },
            "files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "."] }
          }
        }
        """.Replace("@@TOKEN@@", s_token, StringComparison.Ordinal);

    private static readonly string s_warningsOnlyJson = s_mcpJson.Replace("\"" + s_token + "\"", "\"${GITHUB_TOKEN}\"", StringComparison.Ordinal);

    [TestMethod]
    public async Task McpGuardCheckTarget_ReportsAndWritesSarif_WithoutCompiling()
    {
        var repository = await TestRepository.CreateAsync("ci-lint");
        repository.WriteFile(".mcp.json", s_mcpJson);
        repository.WriteProject("App/App.csproj");
        repository.WriteFile("App/Code.cs", "public static class Code { public static int Answer() => 42; }");

        var run = await repository.BuildAsync("App/App.csproj", "-t:McpGuardCheck", "-p:McpGuardSarifFile=artifacts/mcpguard.sarif", "-p:McpGuardCodeQualityFile=gl-code-quality-report.json");

        FindingAssert.AreExactly(run, repository.Root, At("MCPG101", "error", '"' + s_token + '"'), At("MCPG201", "warning", "\"@modelcontextprotocol/server-filesystem\""));
        FindingAssert.Failed(run);
        Assert.IsFalse(Directory.Exists(repository.GetPath("App/bin")), "McpGuardCheck compiled the project\n" + run.Describe());
        Assert.IsFalse(Directory.Exists(repository.GetPath("App/obj/Debug")), "McpGuardCheck ran the build's targets\n" + run.Describe());
        Assert.DoesNotContain("App.dll", run.Process.AllOutput, run.Describe());

        var sarif = SarifAssert.ReadValid(repository.GetPath("artifacts/mcpguard.sarif"), run);
        AssertCodeScanningCanRead(sarif);
        Assert.DoesNotContain(s_token.Substring(4), sarif, "the SARIF log holds the token");

        var codeQuality = File.ReadAllText(repository.GetPath("gl-code-quality-report.json"));
        using var issues = JsonDocument.Parse(codeQuality);
        CollectionAssert.AreEqual(
            new[] { $"MCPG101 critical .mcp.json:{At("MCPG101", "error", '"' + s_token + '"').Line}", $"MCPG201 major .mcp.json:{At("MCPG201", "warning", "\"@modelcontextprotocol/server-filesystem\"").Line}" },
            issues.RootElement.EnumerateArray().Select(i => $"{i.GetProperty("check_name").GetString()} {i.GetProperty("severity").GetString()} {i.GetProperty("location").GetProperty("path").GetString()}:{i.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32()}").ToArray(),
            codeQuality);
        Assert.DoesNotContain(s_token.Substring(4), codeQuality, "the code quality report holds the token");
    }

    [TestMethod]
    public async Task TreatWarningsAsErrors_FailsALintJob_UnlessTheJobTurnsItOff()
    {
        var repository = await TestRepository.CreateAsync("ci-warnings");
        repository.WriteFile(".mcp.json", s_warningsOnlyJson);
        repository.WriteProject("App/App.csproj", properties: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");

        var strict = await repository.BuildAsync("App/App.csproj", "-t:McpGuardCheck");
        FindingAssert.AreExactly(strict, repository.Root, At("MCPG201", "error", "\"@modelcontextprotocol/server-filesystem\"", s_warningsOnlyJson));
        FindingAssert.Failed(strict);

        var errorsOnly = await repository.BuildAsync("App/App.csproj", "-t:McpGuardCheck", "-p:TreatWarningsAsErrors=false");
        FindingAssert.AreExactly(errorsOnly, repository.Root, At("MCPG201", "warning", "\"@modelcontextprotocol/server-filesystem\"", s_warningsOnlyJson));
        FindingAssert.ExitCodeIs(errorsOnly, 0);
    }

    /// <summary>
    /// GitHub code scanning (upload-sarif) needs, per result: a rule id the driver declares, a message text, a location
    /// whose URI is relative to the checkout (here through <c>%SRCROOT%</c>) with a start line; partialFingerprints
    /// keep an alert the same alert when lines move.
    /// </summary>
    private static void AssertCodeScanningCanRead(string sarif)
    {
        using var log = JsonDocument.Parse(sarif);
        var run = log.RootElement.GetProperty("runs")[0];
        var declared = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToHashSet();
        Assert.IsTrue(run.GetProperty("originalUriBaseIds").TryGetProperty("%SRCROOT%", out _));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.HasCount(2, results);
        foreach (var result in results)
        {
            Assert.Contains(result.GetProperty("ruleId").GetString(), declared);
            Assert.IsFalse(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.AreEqual(".mcp.json", uri, "a URI relative to the checkout");
            Assert.AreEqual("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.IsGreaterThan(0, physical.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.IsFalse(string.IsNullOrEmpty(result.GetProperty("partialFingerprints").EnumerateObject().Single().Value.GetString()));
        }
    }

    private static ExpectedFinding At(string code, string severity, string needle, string? text = null)
    {
        var (line, column, endColumn) = Fixture.Locate(text ?? s_mcpJson, needle);
        return new ExpectedFinding(".mcp.json", line, column, line, endColumn, severity, code);
    }
}

using System.IO;
using System.IO.Compression;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// A consumer's own advisories: an <c>McpGuardAdvisorySource</c> folder of OSV records adds one advisory, which MCPG204
/// applies to the server pinned inside its range and not to the one outside it, in the command-line build (the task)
/// and inside Visual Studio (the analyzer, handed the records as AdditionalFiles); the same records as a .zip too.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class AdvisorySourceTests
{
    private const string McpJson = """
        {
          "mcpServers": {
            "inside": { "command": "npx", "args": ["-y", "@acme/mcp-server@1.3.9"] },
            "outside": { "command": "npx", "args": ["-y", "@acme/mcp-server@1.4.0"] }
          }
        }
        """;

    private const string Record = """
        {
          "schema_version": "1.7.0",
          "id": "GHSA-aaaa-bbbb-cccc",
          "modified": "2026-11-30T00:00:00Z",
          "summary": "the server logs its token",
          "affected": [{ "package": { "ecosystem": "npm", "name": "@acme/mcp-server" }, "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "1.0.0" }, { "fixed": "1.4.0" }] }] }],
          "references": [{ "type": "ADVISORY", "url": "https://github.com/advisories/GHSA-aaaa-bbbb-cccc" }],
          "database_specific": { "severity": "HIGH" }
        }
        """;

    [TestMethod]
    public async Task AdvisoryFolder_AddsItsAdvisory_ToTheTaskAndTheAnalyzer_AndAZipDoesTheSame()
    {
        var repository = await TestRepository.CreateAsync("advisory-source");
        repository.WriteFile(".mcp.json", McpJson);
        repository.WriteFile("security/osv/GHSA-aaaa-bbbb-cccc.json", Record);
        repository.WriteProject("src/App/App.csproj", items: """<McpGuardAdvisorySource Include="$(MSBuildThisFileDirectory)../../security/osv/" />""");
        Fixture.AssertAt(McpJson, 3, 50, "\"@acme/mcp-server@1.3.9\"");
        var inside = ExpectedFinding.Warning("MCPG204", ".mcp.json", 3, 50, 74);
        const string Message = "Server 'inside' runs '@acme/mcp-server@1.3.9' at 'mcpServers.inside.args[1]', version 1.3.9 is affected by GHSA-aaaa-bbbb-cccc (high severity: the server logs its token); pin 1.4.0 or later (https://github.com/advisories/GHSA-aaaa-bbbb-cccc)";

        var task = await repository.BuildAsync("src/App/App.csproj");
        FindingAssert.AreExactly(task, repository.Root, inside);
        StringAssert.Contains(task.Process.AllOutput, Message, task.Describe());
        FindingAssert.ExitCodeIs(task, 0);

        var analyzer = await repository.BuildAsync("src/App/App.csproj", "-p:BuildingInsideVisualStudio=true");
        FindingAssert.AreExactly(analyzer, repository.Root, inside);
        StringAssert.Contains(analyzer.Process.AllOutput, Message, analyzer.Describe());

        // The same record as an archive: the task reads the .zip, the analyzer gets its extracted records.
        using (var archive = ZipFile.Open(repository.GetPath("security/all.zip"), ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(repository.GetPath("security/osv/GHSA-aaaa-bbbb-cccc.json"), "GHSA-aaaa-bbbb-cccc.json");
        }

        Directory.Delete(repository.GetPath("security/osv"), recursive: true);
        repository.WriteProject("src/App/App.csproj", items: """<McpGuardAdvisorySource Include="../../security/all.zip" />""");
        var zipTask = await repository.BuildAsync("src/App/App.csproj");
        FindingAssert.AreExactly(zipTask, repository.Root, inside);
        var zipAnalyzer = await repository.BuildAsync("src/App/App.csproj", "-p:BuildingInsideVisualStudio=true");
        FindingAssert.AreExactly(zipAnalyzer, repository.Root, inside);
    }
}

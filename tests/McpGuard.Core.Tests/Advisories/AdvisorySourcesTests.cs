using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using McpGuard.Advisories;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Advisories;

/// <summary>McpGuardAdvisorySource on disk (folder, zip, file), in the replay key, and the same findings through both hosts.</summary>
[TestClass]
public sealed class AdvisorySourcesTests
{
    private DirectoryInfo _root = null!;

    [TestInitialize]
    public void CreateRoot() => _root = TestPaths.CreateTemporaryDirectory();

    [TestCleanup]
    public void DeleteRoot() => TestPaths.DeleteQuietly(_root);

    private const string Record = """
        { "id": "ACME-1", "modified": "2026-11-30T00:00:00Z", "summary": "remote code execution",
          "affected": [{ "package": { "ecosystem": "npm", "name": "acme-mcp" }, "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "0" }, { "fixed": "1.0.0" }] }] }] }
        """;

    private const string Config = """
        {
          "mcpServers": {
            "acme": { "command": "npx", "args": ["-y", "acme-mcp@0.9.0"] },
            "safe": { "command": "npx", "args": ["-y", "acme-mcp@1.0.0"] }
          }
        }
        """;

    [TestMethod]
    public void FolderZipAndFileSources_AllAddTheirRecords_AndAMissingSourceIsMcpg009()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, "osv", "npm")).Parent!.FullName;
        File.WriteAllText(Path.Combine(folder, "npm", "ACME-1.json"), Record);
        var zip = Path.Combine(_root.FullName, "all.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Write(archive, "ACME-2.json", Record.Replace("ACME-1", "ACME-2"));
            Write(archive, "bad.json", "{\n  \"id\": \"ACME-3\",\n  \"affected\": 7\n}");
            Write(archive, "README.txt", "not a record");
        }

        var file = Path.Combine(_root.FullName, "ACME-4.json");
        File.WriteAllText(file, Record.Replace("ACME-1", "ACME-4"));
        var missing = Path.Combine(_root.FullName, "nowhere");

        var (database, problems) = AdvisorySources.Load(new[] { folder, zip, file, missing }, null, ScanRequest.DefaultMaxFileSize);

        CollectionAssert.AreEqual(new[] { "ACME-1", "ACME-2", "ACME-4" }, database.For(McpGuard.Launch.PackageEcosystem.Npm, "acme-mcp").Select(a => a.Id).ToArray());
        Assert.AreEqual(2, problems.Count, string.Join("\n", problems.Select(p => p.Message)));
        Assert.AreEqual(zip, problems[0].Span.Path);
        Assert.AreEqual("(1,1)", problems[0].Span.Start.ToString());
        Assert.AreEqual("Invalid advisory record affected in 'all.zip:bad.json' (line 3, column 15) value '7'. Valid values: an array of affected packages", problems[0].Message);
        Assert.AreEqual(missing, problems[1].Span.Path);
        Assert.AreEqual($"Invalid McpGuardAdvisorySource value '{missing}'. Valid values: an existing folder of OSV records, a .zip of them or one .json record file", problems[1].Message);
    }

    [TestMethod]
    public void ACorruptArchive_IsOneMcpg009NamingIt_AndLinkedFoldersAreNotFollowed()
    {
        var zip = Path.Combine(_root.FullName, "broken.zip");
        File.WriteAllText(zip, "PK this is not an archive");
        var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, "osv")).FullName;
        File.WriteAllText(Path.Combine(folder, "ACME-1.json"), Record);
        var outside = Directory.CreateDirectory(Path.Combine(_root.FullName, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "ACME-2.json"), Record.Replace("ACME-1", "ACME-2"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "linked"), outside);
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), folder);

        var (database, problems) = AdvisorySources.Load(new[] { zip, folder }, null, ScanRequest.DefaultMaxFileSize);

        Assert.AreEqual("ACME-1", string.Join(" ", database.For(McpGuard.Launch.PackageEcosystem.Npm, "acme-mcp").Select(a => a.Id)));
        Assert.AreEqual($"Invalid McpGuardAdvisorySource value '{zip}'. Valid values: an existing folder of OSV records, a .zip of them or one .json record file that McpGuard can read (InvalidDataException)", problems.Single().Message);
    }

    [TestMethod]
    public void TheTaskAndTheAnalyzer_ReportTheSameFindings_FromTheSameRecords()
    {
        var config = Path.Combine(_root.FullName, ".mcp.json");
        File.WriteAllText(config, Config);
        var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, "osv")).FullName;
        var record = Path.Combine(folder, "ACME-1.json");
        File.WriteAllText(record, Record);
        var bad = Path.Combine(folder, "bad.json");
        File.WriteAllText(bad, "{ \"id\": \"ACME-9\", \"affected\": [{ \"package\": { \"ecosystem\": \"npm\", \"name\": \"x\" }, \"versions\": [\"one\"] }] }");

        var task = ConfigScanner.Run(new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, [], SeverityOptions.Default)
        {
            AdvisorySources = new[] { folder },
        });
        var texts = new Dictionary<string, string> { [config] = Config, [record] = Record, [bad] = File.ReadAllText(bad) };
        var analyzer = ConfigScanner.Run(new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, [], SeverityOptions.Default)
        {
            AdvisorySources = new[] { bad, record },
            ReadText = path => texts.TryGetValue(path, out var text) ? text : null,
            CheckedFiles = new CheckedConfigCache(),
        });

        var expected = new[]
        {
            $"{config}(3,48): MCPG204",
            $"{bad}(1,95): MCPG009",
        };
        Assert.AreEqual(string.Join("\n", expected), Describe(task.Findings));
        Assert.AreEqual(string.Join("\n", expected), Describe(analyzer.Findings));
    }

    [TestMethod]
    public void AnEditorConfigSection_SetsTheSeverityOfProblemsInAnAdvisoryFolder()
    {
        var config = Path.Combine(_root.FullName, ".mcp.json");
        File.WriteAllText(config, Config);
        File.WriteAllText(Path.Combine(_root.FullName, ".editorconfig"), "_root = true\n\n[osv/**]\ndotnet_diagnostic.MCPG009.severity = warning\n");
        var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, "osv")).FullName;
        File.WriteAllText(Path.Combine(folder, "bad.json"), "{ \"id\": \"ACME-9\", \"affected\": 1 }");

        var result = ConfigScanner.Run(new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, [], SeverityOptions.Default) { AdvisorySources = new[] { folder } });

        Assert.AreEqual(RuleSeverity.Warning, result.Findings.Single(f => f.RuleId == "MCPG009").Severity);
    }

    [TestMethod]
    public void ARecordAddedOrChangedInAFolderSource_ChangesTheReplayKey()
    {
        var config = Path.Combine(_root.FullName, ".mcp.json");
        File.WriteAllText(config, Config);
        var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, "osv")).FullName;
        var record = Path.Combine(folder, "ACME-1.json");
        File.WriteAllText(record, Record);
        var request = new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, [], SeverityOptions.Default) { AdvisorySources = new[] { folder } };
        var locator = new EditorConfigLocator();

        var first = ScanCache.ComputeKey(request, locator);
        Assert.AreEqual(first, ScanCache.ComputeKey(request, locator), "nothing changed");

        File.WriteAllText(Path.Combine(folder, "ACME-2.json"), Record.Replace("ACME-1", "ACME-2"));
        var added = ScanCache.ComputeKey(request, locator);
        Assert.AreNotEqual(first, added, "a record was added");

        File.WriteAllText(record, Record.Replace("1.0.0", "1.0.1"));
        File.SetLastWriteTimeUtc(record, DateTime.UtcNow.AddMinutes(1));
        Assert.AreNotEqual(added, ScanCache.ComputeKey(request, locator), "a record was changed");

        var without = new ScanRequest(request.Configs, [], SeverityOptions.Default);
        Assert.AreNotEqual(ScanCache.FileFor(without, _root.FullName), ScanCache.FileFor(request, _root.FullName), "sources are part of the cache file's identity");
    }

    private static string Describe(IReadOnlyList<ReportedFinding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.Path}({f.Line},{f.Column}): {f.RuleId}"));

    private static void Write(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(text);
    }
}

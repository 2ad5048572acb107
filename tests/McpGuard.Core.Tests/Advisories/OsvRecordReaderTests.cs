using System.Collections.Generic;
using System.Linq;
using System.Text;
using McpGuard.Advisories;
using McpGuard.Launch;
using McpGuard.Rules;
using McpGuard.Rules.SupplyChain;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Advisories;

/// <summary>Bad OSV records are MCPG009 at the value that is wrong (file, line, column), never an exception nor a guessed match.</summary>
[TestClass]
public sealed class OsvRecordReaderTests
{
    private const string Path = "/repo/security/osv/record.json";

    [TestMethod]
    public void MalformedJson_IsOneMcpg009AtTheParserPosition()
    {
        var (advisories, problems) = Read("{\n  \"id\": \"X-1\",\n  \"affected\": [\n}\n");
        Assert.AreEqual(0, advisories.Count);
        AssertProblem(problems.Single(), 4, 1, "Invalid advisory record file in 'record.json' value '");
    }

    [TestMethod]
    public void MissingIdOrAffected_IsMcpg009AtTheRecord()
    {
        var (advisories, problems) = Read("""
            [
              { "modified": "2026-11-30T00:00:00Z", "affected": [] },
              { "id": "X-2", "modified": "2026-11-30T00:00:00Z" },
              { "id": "X-3", "affected": { "package": {} } },
              "X-4"
            ]
            """);
        Assert.AreEqual(0, advisories.Count);
        Assert.AreEqual(4, problems.Count, string.Join("\n", problems.Select(p => p.Message)));
        AssertProblem(problems[0], 2, 3, "Invalid advisory record id in 'record.json' value '(missing)'. Valid values: an advisory id such as GHSA-xxxx-xxxx-xxxx");
        AssertProblem(problems[1], 3, 3, "Invalid advisory record affected in 'record.json' value '(missing)'. Valid values: an array of affected packages");
        AssertProblem(problems[2], 4, 30, "Invalid advisory record affected in 'record.json' value 'an object'. Valid values: an array of affected packages");
        AssertProblem(problems[3], 5, 3, "Invalid advisory record record in 'record.json' value 'X-4'. Valid values: a JSON object (an OSV record)");
    }

    [TestMethod]
    public void WrongTypesAndUnknownEcosystems_AreMcpg009AtTheValue_AndTheEntryIsSkipped()
    {
        var (advisories, problems) = Read("""
            { "id": "X-5", "modified": "2026-11-30T00:00:00Z",
              "affected": [
                { "package": { "ecosystem": 42, "name": "a" }, "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "0" }] }] },
                { "package": { "ecosystem": "NPM", "name": "b" }, "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "0" }] }] },
                { "package": { "ecosystem": "Maven", "name": "org.acme:mcp" }, "ranges": [{ "type": "ECOSYSTEM", "events": [{ "introduced": "0" }] }] },
                { "package": { "ecosystem": "Debian:12", "name": "acme" }, "versions": ["1.0-1"] }
              ] }
            """);
        Assert.AreEqual(0, advisories.Count, "Maven and Debian are OSV ecosystems no launcher fetches from: skipped without a diagnostic");
        Assert.AreEqual(2, problems.Count, string.Join("\n", problems.Select(p => p.Message)));
        AssertProblem(problems[0], 3, 33, "Invalid advisory record ecosystem in 'record.json' value '42'. Valid values: an OSV ecosystem such as npm or PyPI");
        AssertProblem(problems[1], 4, 33, "Invalid advisory record ecosystem in 'record.json' value 'NPM'. Valid values: an OSV ecosystem: npm, PyPI, NuGet, crates.io, Go, OCI (container images), or another one the OSV schema defines");
    }

    [TestMethod]
    public void BadRangesAndVersions_AreMcpg009_AndSkipped_WhileTheRecordsOtherRangesStillApply()
    {
        var (advisories, problems) = Read("""
            { "id": "X-6", "modified": "2026-11-30T00:00:00Z",
              "affected": [{ "package": { "ecosystem": "npm", "name": "acme-mcp" },
                "ranges": [
                  { "type": "SEMVER", "events": [{ "introduced": "1.x" }, { "fixed": "2.0.0" }] },
                  { "type": "SEMVER", "events": [{ "introduced": "0", "fixed": "0.5.0" }] },
                  { "type": "SEMVER", "events": [{ "fixed": "0.5.0" }] },
                  { "type": "SEMVERISH", "events": [{ "introduced": "0" }] },
                  { "type": "GIT", "repo": "https://github.com/acme/mcp", "events": [{ "introduced": "0123abc" }] },
                  { "type": "SEMVER", "events": [{ "introduced": "3.0.0" }, { "fixed": "3.1.0" }] }
                ],
                "versions": ["4.0.0", "latest", 5] }] }
            """);
        Assert.AreEqual(6, problems.Count, string.Join("\n", problems.Select(p => p.Span.Start + p.Message)));
        AssertProblem(problems[0], 4, 54, "Invalid advisory record version in 'record.json' value '1.x'. Valid values: a SemVer 2.0 version such as 1.2.3 or 1.2.3-beta.1");
        AssertProblem(problems[1], 5, 38, "Invalid advisory record event in 'record.json' value 'an object'. Valid values: an object with one of introduced, fixed, last_affected or limit, whose value is a version string");
        AssertProblem(problems[2], 6, 37, "Invalid advisory record events in 'record.json' value 'no introduced event'. Valid values: events that start with an introduced version (\"0\" for every version)");
        AssertProblem(problems[3], 7, 17, "Invalid advisory record range type in 'record.json' value 'SEMVERISH'. Valid values: SEMVER, ECOSYSTEM or GIT");
        AssertProblem(problems[4], 11, 27, "Invalid advisory record version in 'record.json' value 'latest'. Valid values: a SemVer 2.0 version such as 1.2.3 or 1.2.3-beta.1");
        AssertProblem(problems[5], 11, 37, "Invalid advisory record versions entry in 'record.json' value '5'. Valid values: a version string");

        // Only the good range and the good listed version remain: nothing below 3.0.0 matches, and the record is not "every release".
        var advisory = advisories.Single();
        Assert.AreEqual(1, advisory.Ranges.Count);
        Assert.IsFalse(advisory.IsOpen);
        Assert.IsFalse(advisory.Affects(Version("1.5.0")));
        Assert.IsFalse(advisory.Affects(Version("0.1.0")));
        Assert.IsTrue(advisory.Affects(Version("3.0.5")));
        Assert.IsTrue(advisory.Affects(Version("4.0.0")));
    }

    [TestMethod]
    public void ARecordWhoseOnlyRangeIsUnusable_MatchesNothing()
    {
        var (advisories, problems) = Read("""
            { "id": "X-7", "modified": "2026-11-30T00:00:00Z",
              "affected": [{ "package": { "ecosystem": "PyPI", "name": "acme" }, "ranges": [{ "type": "ECOSYSTEM", "events": [{ "introduced": "0" }, { "fixed": "next" }] }] }] }
            """);
        AssertProblem(problems.Single(), 2, 149, "Invalid advisory record version in 'record.json' value 'next'. Valid values: a PEP 440 version such as 1.2.3, 2.0rc1 or 1.0.post1");
        var advisory = advisories.Single();
        Assert.AreEqual(0, advisory.Ranges.Count);
        Assert.IsFalse(advisory.IsOpen, "an unpinned reference must not be reported as 'every release is affected'");
        Assert.IsTrue(AdvisoryVersion.TryParse(PackageEcosystem.PyPI, "0.1", out var version));
        Assert.IsFalse(advisory.Affects(version!));
    }

    [TestMethod]
    public void WithdrawnRecords_AndLimitEvents_FollowTheSchema()
    {
        var (advisories, problems) = Read("""
            [
              { "id": "X-8", "modified": "2026-11-30T00:00:00Z", "withdrawn": "2026-11-01T00:00:00Z",
                "affected": [{ "package": { "ecosystem": "npm", "name": "acme" }, "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "0" }] }] }] },
              { "id": "X-9", "modified": "2026-11-30T00:00:00Z",
                "affected": [{ "package": { "ecosystem": "npm", "name": "acme" }, "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "1.0.0" }, { "limit": "2.0.0" }, { "limit": "*" }] }, { "type": "SEMVER", "events": [{ "introduced": "0" }, { "limit": "0.5.0" }] }] }] }
            ]
            """);
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems.Select(p => p.Message)));
        var advisory = advisories.Single();
        Assert.AreEqual("X-9", advisory.Id);
        Assert.IsTrue(advisory.Affects(Version("0.4.0")));
        Assert.IsFalse(advisory.Affects(Version("0.5.0")), "below the second range's limit only");
        Assert.IsTrue(advisory.Affects(Version("7.0.0")), "a '*' limit is no limit");
    }

    [TestMethod]
    public void SeveralEntriesForOnePackage_AreOneAdvisory_AndOtherPackagesTheirOwn()
    {
        var (advisories, problems) = Read("""
            { "id": "X-10", "modified": "2026-11-30T00:00:00Z", "aliases": ["CVE-2026-10"],
              "affected": [
                { "package": { "ecosystem": "PyPI", "name": "Acme_MCP" }, "ranges": [{ "type": "ECOSYSTEM", "events": [{ "introduced": "0" }, { "fixed": "1.0" }] }] },
                { "package": { "ecosystem": "PyPI", "name": "acme-mcp" }, "versions": ["2.0"] },
                { "package": { "ecosystem": "npm", "name": "acme-mcp" }, "versions": ["3.0.0"] }
              ] }
            """);
        Assert.AreEqual(0, problems.Count);
        Assert.AreEqual("PyPI Acme_MCP 1 1; Npm acme-mcp 0 1", string.Join("; ", advisories.Select(a => $"{a.Ecosystem} {a.Package} {a.Ranges.Count} {a.Versions.Count}")));
        Assert.IsTrue(advisories.All(a => a.DisplayId == "X-10 (CVE-2026-10)"));
    }

    [TestMethod]
    public void EveryProblem_IsAFindingNeverAnException_ForAnyTruncationOfAValidRecord()
    {
        var record = System.IO.File.ReadAllText(System.IO.Path.Combine(Infrastructure.TestPaths.RepositoryRoot, "build", "advisories", "osv", "GHSA-q66q-fx2p-7w4m.json"));
        for (var length = 0; length < record.Length; length++)
        {
            var (_, problems) = Read(record.Substring(0, length));
            Assert.IsTrue(problems.All(p => p.RuleId == "MCPG009"), $"length {length}");
        }
    }

    private static (List<Advisory> Advisories, List<Finding> Problems) Read(string json)
    {
        var problems = new List<Finding>();
        var advisories = OsvRecordReader.ReadFile(Path, Encoding.UTF8.GetBytes(json), problems);
        return (advisories, problems);
    }

    private static AdvisoryVersion Version(string text)
    {
        Assert.IsTrue(AdvisoryVersion.TryParse(PackageEcosystem.Npm, text, out var version), text);
        return version!;
    }

    private static void AssertProblem(Finding problem, int line, int column, string message)
    {
        Assert.AreEqual("MCPG009", problem.RuleId, problem.Message);
        Assert.AreEqual(Path, problem.Span.Path);
        Assert.AreEqual($"({line},{column})", problem.Span.Start.ToString(), problem.Message);
        StringAssert.StartsWith(problem.Message, message);
    }
}

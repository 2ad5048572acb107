using McpGuard.Advisories;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Launch;
using McpGuard.Rules.SupplyChain;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Advisories;

/// <summary>MCPG204 with advisories from OSV records (McpGuardAdvisorySource), one test per ecosystem and range form.</summary>
[TestClass]
public sealed class AdvisorySourceRuleTests
{
    [TestMethod]
    public void NpmSemverRange_ReportsPinnedVersionsInside_FromIntroducedUpToButNotFixed()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "inside": { "command": "npx", "args": ["-y", {|MCPG204:"@acme/mcp-server@1.3.9"|}] },
                "first": { "command": "npx", "args": ["-y", {|MCPG204:"@acme/mcp-server@1.0.0"|}] },
                "prerelease": { "command": "npx", "args": ["-y", {|MCPG204:"@acme/mcp-server@1.4.0-rc.1"|}] },
                "fixed": { "command": "npx", "args": ["-y", "@acme/mcp-server@1.4.0"] },
                "before": { "command": "npx", "args": ["-y", "@acme/mcp-server@0.9.9"] },
                "unpinned": { "command": "npx", "args": ["-y", {|MCPG201:"@acme/mcp-server"|}] }
              }
            }
            """)
            .WithAdvisories(("GHSA-aaaa-bbbb-cccc.json", """
                {
                  "schema_version": "1.7.0",
                  "id": "GHSA-aaaa-bbbb-cccc",
                  "modified": "2026-11-30T00:00:00Z",
                  "aliases": ["CVE-2026-0001"],
                  "summary": "the server logs its token",
                  "affected": [{ "package": { "ecosystem": "npm", "name": "@acme/mcp-server" }, "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "1.0.0" }, { "fixed": "1.4.0" }] }] }],
                  "references": [{ "type": "WEB", "url": "https://acme.example/blog" }, { "type": "ADVISORY", "url": "https://github.com/advisories/GHSA-aaaa-bbbb-cccc" }],
                  "database_specific": { "severity": "HIGH" }
                }
                """))
            .ShouldReportMessage("MCPG204", "Server 'inside' runs '@acme/mcp-server@1.3.9' at 'mcpServers.inside.args[1]', version 1.3.9 is affected by GHSA-aaaa-bbbb-cccc (CVE-2026-0001) (high severity: the server logs its token); pin 1.4.0 or later (https://github.com/advisories/GHSA-aaaa-bbbb-cccc)")
            .Verify();
    }

    [TestMethod]
    public void LastAffectedAndVersionsList_ReportTheCeilingAndTheListedVersions_AndAnUnpinnedReference()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "ceiling": { "command": "npx", "args": ["-y", {|MCPG204:"acme-mcp@2.0.0"|}] },
                "above": { "command": "npx", "args": ["-y", "acme-mcp@2.0.1"] },
                "listed": { "command": "npx", "args": ["-y", {|MCPG204:"acme-mcp@2.1.0"|}] },
                "unpinned": { "command": "npx", "args": ["-y", {|MCPG201:{|MCPG204:"acme-mcp"|}|}] }
              }
            }
            """)
            .WithAdvisories(("ACME-2026-7.json", """
                { "id": "ACME-2026-7", "modified": "2026-11-30T00:00:00Z", "summary": "path traversal",
                  "affected": [{ "package": { "ecosystem": "npm", "name": "acme-mcp" },
                                 "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "0" }, { "last_affected": "2.0.0" }] }],
                                 "versions": ["2.1.0"] }] }
                """))
            .ShouldReportMessage("MCPG204", "Server 'ceiling' runs 'acme-mcp@2.0.0' at 'mcpServers.ceiling.args[1]', version 2.0.0 is affected by ACME-2026-7 (unrated severity: path traversal); no fixed release is published: remove the server or replace it (https://osv.dev/vulnerability/ACME-2026-7)")
            .ShouldReportMessage("MCPG204", "Server 'unpinned' runs 'acme-mcp' at 'mcpServers.unpinned.args[1]', not pinned, and every release is affected by ACME-2026-7 (unrated severity: path traversal); no fixed release is published: remove the server or replace it (https://osv.dev/vulnerability/ACME-2026-7)")
            .Verify();
    }

    [TestMethod]
    public void PyPIEcosystemRange_UsesPep440Order()
    {
        // 1.0rc1 < 1.0 < 1.0.post1 in PEP 440; NuGet.Versioning would put 1.0.post1 (as a pre-release label) before 1.0.
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "release": { "command": "uvx", "args": [{|MCPG204:"acme-mcp==1.0"|}] },
                "candidate": { "command": "uvx", "args": [{|MCPG204:"acme_mcp==1.0rc1"|}] },
                "post": { "command": "uvx", "args": ["acme-mcp==1.0.post1"] },
                "next": { "command": "uvx", "args": ["--from", "acme-mcp==1.0.1", "acme"] }
              }
            }
            """)
            .WithAdvisories(("PYSEC-2026-1.json", """
                { "id": "PYSEC-2026-1", "modified": "2026-11-30T00:00:00Z", "summary": "injection",
                  "affected": [{ "package": { "ecosystem": "PyPI", "name": "acme-mcp" }, "ranges": [{ "type": "ECOSYSTEM", "events": [{ "introduced": "0" }, { "fixed": "1.0.post1" }] }] }],
                  "database_specific": { "severity": "MODERATE" } }
                """))
            .ShouldReportMessage("MCPG204", "Server 'release' runs 'acme-mcp==1.0' at 'mcpServers.release.args[0]', version 1.0 is affected by PYSEC-2026-1 (moderate severity: injection); pin 1.0.post1 or later (https://osv.dev/vulnerability/PYSEC-2026-1)")
            .Verify();
    }

    [TestMethod]
    public void NuGetRange_UsesNuGetsOrder_WithFourPartVersions()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "affected": { "command": "dnx", "args": [{|MCPG204:"Contoso.Mcp@1.2.3"|}, "--yes"] },
                "patched": { "command": "dnx", "args": ["Contoso.Mcp@1.2.3.1", "--yes"] }
              }
            }
            """)
            .WithAdvisories(("GHSA-nnnn-nnnn-nnnn.json", """
                { "id": "GHSA-nnnn-nnnn-nnnn", "modified": "2026-11-30T00:00:00Z",
                  "affected": [{ "package": { "ecosystem": "NuGet", "name": "contoso.mcp" }, "ranges": [{ "type": "ECOSYSTEM", "events": [{ "introduced": "1.0.0" }, { "fixed": "1.2.3.1" }] }] }] }
                """))
            .Verify();
    }

    [TestMethod]
    public void GoModuleRange_MatchesPackagesInsideTheModule_WithOrWithoutTheLeadingV()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "affected": { "command": "go", "args": ["run", {|MCPG204:"github.com/acme/mcp/cmd/server@v1.2.3"|}] },
                "patched": { "command": "go", "args": ["run", "github.com/acme/mcp/cmd/server@v1.2.4"] },
                "other": { "command": "go", "args": ["run", "github.com/acme/mcp-tools@v1.0.0"] }
              }
            }
            """)
            .WithAdvisories(("GO-2026-0001.json", """
                { "id": "GO-2026-0001", "modified": "2026-11-30T00:00:00Z",
                  "affected": [{ "package": { "ecosystem": "Go", "name": "github.com/acme/mcp" }, "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "0" }, { "fixed": "1.2.4" }] }] }] }
                """))
            .ShouldReportMessage("MCPG204", "Server 'affected' runs 'github.com/acme/mcp/cmd/server@v1.2.3' at 'mcpServers.affected.args[1]', version v1.2.3 is affected by GO-2026-0001 (unrated severity: GO-2026-0001); pin 1.2.4 or later (https://osv.dev/vulnerability/GO-2026-0001)")
            .Verify();
    }

    [TestMethod]
    public void ContainerImages_MatchVersionTagsByRange_AndListedDigestsExactly()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "tag": { "command": "docker", "args": ["run", "-i", "--rm", {|MCPG202:{|MCPG204:"ghcr.io/acme/mcp:1.2.0"|}|}] },
                "newer": { "command": "docker", "args": ["run", "-i", "--rm", {|MCPG202:"ghcr.io/acme/mcp:v1.3.0"|}] },
                "digest": { "command": "docker", "args": ["run", "-i", "--rm", {|MCPG204:"ghcr.io/acme/mcp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"|}] },
                "hub": { "command": "podman", "args": ["run", "-i", {|MCPG202:{|MCPG204:"docker.io/library/acme:0.9"|}|}] }
              }
            }
            """)
            .WithAdvisories(
                ("ACME-IMG-1.json", """
                    { "id": "ACME-IMG-1", "modified": "2026-11-30T00:00:00Z",
                      "affected": [{ "package": { "ecosystem": "OCI", "name": "ghcr.io/acme/mcp" },
                                     "ranges": [{ "type": "ECOSYSTEM", "events": [{ "introduced": "0" }, { "fixed": "1.3.0" }] }],
                                     "versions": ["sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] }] }
                    """),
                ("ACME-IMG-2.json", """
                    { "id": "ACME-IMG-2", "modified": "2026-11-30T00:00:00Z",
                      "affected": [{ "package": { "ecosystem": "OCI", "name": "acme" }, "versions": ["0.9"] }] }
                    """))
            .ShouldReportMessage("MCPG204", "Server 'digest' runs 'ghcr.io/acme/mcp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' at 'mcpServers.digest.args[3]', image sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef is affected by ACME-IMG-1 (unrated severity: ACME-IMG-1); pin 1.3.0 or later (https://osv.dev/vulnerability/ACME-IMG-1)")
            .Verify();
    }

    [TestMethod]
    public void SourceRecord_ReplacesTheShippedRecordWithTheSameId()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "was": { "command": "npx", "args": ["-y", "mcp-remote@0.1.15", "https://mcp.example.com/sse"] },
                "still": { "command": "npx", "args": ["-y", {|MCPG204:"mcp-remote@0.1.14"|}, "https://mcp.example.com/sse"] }
              }
            }
            """)
            .WithAdvisories(("corrected.json", """
                { "id": "CVE-2025-6514", "modified": "2026-11-30T00:00:00Z", "summary": "corrected range",
                  "affected": [{ "package": { "ecosystem": "npm", "name": "mcp-remote" }, "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "0.0.5" }, { "fixed": "0.1.15" }] }] }] }
                """))
            .ShouldReportMessage("MCPG204", "Server 'still' runs 'mcp-remote@0.1.14' at 'mcpServers.still.args[1]', version 0.1.14 is affected by CVE-2025-6514 (unrated severity: corrected range); pin 0.1.15 or later (https://osv.dev/vulnerability/CVE-2025-6514)")
            .Verify();
    }

    [TestMethod]
    public void CratesRecords_AreReadAndOrdered_ThoughNoLauncherFetchesCratesYet()
    {
        var problems = new System.Collections.Generic.List<McpGuard.Rules.Finding>();
        var advisories = OsvRecordReader.ReadFile("/osv/RUSTSEC-2026-0001.json", System.Text.Encoding.UTF8.GetBytes("""
            { "id": "RUSTSEC-2026-0001", "modified": "2026-11-30T00:00:00Z",
              "affected": [{ "package": { "ecosystem": "crates.io", "name": "acme-mcp" }, "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "0.2.0" }, { "fixed": "0.10.1" }] }] }] }
            """), problems);
        Assert.AreEqual(0, problems.Count);
        var database = AdvisoryDatabase.WithSources(advisories, "test");
        var advisory = System.Linq.Enumerable.Single(database.For(PackageEcosystem.Crates, "ACME-MCP"));
        Assert.IsTrue(AdvisoryVersion.TryParse(PackageEcosystem.Crates, "0.9.0", out var inside));
        Assert.IsTrue(AdvisoryVersion.TryParse(PackageEcosystem.Crates, "0.10.1", out var fixedVersion));
        Assert.IsTrue(advisory.Affects(inside!));
        Assert.IsFalse(advisory.Affects(fixedVersion!));
        Assert.AreEqual("0.10.1", advisory.FixedVersionFor(inside!));
        Assert.AreEqual(13, Advisory.All.Count, "the shipped list is unchanged by a source");
    }
}

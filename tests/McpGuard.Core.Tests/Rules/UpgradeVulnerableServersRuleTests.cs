using System.Linq;
using McpGuard.Advisories;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Launch;
using McpGuard.Rules.SupplyChain;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class UpgradeVulnerableServersRuleTests
{
    [TestMethod]
    public void AffectedPinnedVersionsAndUnpinnedOpenAdvisories_AreReported()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "remote": { "command": "npx", "args": ["-y", {|MCPG204:"mcp-remote@0.1.15"|}, "https://mcp.example.com/sse"] },
                "fs": { "command": "cmd", "args": ["/c", "npx", "-y", {|MCPG204:{|MCPG204:"@modelcontextprotocol/server-filesystem@2025.1.14"|}|}, "."] },
                "git": { "command": "uvx", "args": [{|MCPG204:{|MCPG204:"mcp-server-git==2025.9.25"|}|}, "--repository", "."] },
                "postgres": { "command": "npx", "args": ["-y", {|MCPG201:{|MCPG204:"@modelcontextprotocol/server-postgres"|}|}, "postgresql://localhost/db"] }
              }
            }
            """)
            .ShouldReportMessage("MCPG204", "Server 'remote' runs 'mcp-remote@0.1.15' at 'mcpServers.remote.args[1]', version 0.1.15 is affected by GHSA-6xpm-ggf7-wc3p (CVE-2025-6514) (critical severity: OS command injection through a malicious server's authorization_endpoint); pin 0.1.16 or later (https://github.com/advisories/GHSA-6xpm-ggf7-wc3p)")
            .ShouldReportMessage("MCPG204", "Server 'postgres' runs '@modelcontextprotocol/server-postgres' at 'mcpServers.postgres.args[1]', not pinned, and every release is affected by MCPGUARD-2025-0001 (high severity: SQL injection escapes the read-only transaction (Datadog Security Labs)); no fixed release is published: remove the server or replace it (https://securitylabs.datadoghq.com/articles/mcp-vulnerability-case-study-SQL-injection-in-the-postgresql-mcp-server/)")
            .Verify();
    }

    [TestMethod]
    public void FixedVersionsAndUnpinnedReferencesToFixedAdvisories_AreSilent()
    {
        ConfigVerifier.For(".mcp.json", """
            {
              "mcpServers": {
                "remote": { "command": "npx", "args": ["-y", "mcp-remote@0.1.16", "https://mcp.example.com/sse"] },
                "old": { "command": "npx", "args": ["-y", "mcp-remote@0.0.4", "https://mcp.example.com/sse"] },
                "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "."] },
                "git": { "command": "uvx", "args": ["mcp-server-git==2025.12.18"] },
                "figma": { "command": "npx", "args": ["-y", "figma-developer-mcp@0.6.3", "--stdio"] }
              }
            }
            """).Verify();
    }

    /// <summary>Each shipped advisory's boundaries: last affected in, first fixed out (the OSV ranges of build/advisories/osv).</summary>
    [TestMethod]
    [DataRow("npm", "mcp-remote", "0.0.4", "")]
    [DataRow("npm", "mcp-remote", "0.0.5", "GHSA-6xpm-ggf7-wc3p")]
    [DataRow("npm", "mcp-remote", "0.1.15", "GHSA-6xpm-ggf7-wc3p")]
    [DataRow("npm", "mcp-remote", "0.1.16", "")]
    [DataRow("npm", "@modelcontextprotocol/inspector", "0.14.0", "GHSA-7f8r-222p-6f5g")]
    [DataRow("npm", "@modelcontextprotocol/inspector", "0.14.1", "")]
    [DataRow("npm", "@modelcontextprotocol/server-filesystem", "0.6.2", "GHSA-hc55-p739-j48w GHSA-q66q-fx2p-7w4m")]
    [DataRow("npm", "@modelcontextprotocol/server-filesystem", "2025.1.13", "")]
    [DataRow("npm", "@modelcontextprotocol/server-filesystem", "2025.1.14", "GHSA-hc55-p739-j48w GHSA-q66q-fx2p-7w4m")]
    [DataRow("npm", "@modelcontextprotocol/server-filesystem", "0.6.3", "")]
    [DataRow("npm", "@modelcontextprotocol/server-filesystem", "2025.3.28", "GHSA-hc55-p739-j48w GHSA-q66q-fx2p-7w4m")]
    [DataRow("npm", "@modelcontextprotocol/server-filesystem", "2025.7.1", "")]
    [DataRow("npm", "figma-developer-mcp", "0.6.2", "GHSA-gxw4-4fc5-9gr5")]
    [DataRow("npm", "figma-developer-mcp", "0.6.3", "")]
    [DataRow("npm", "@cyanheads/git-mcp-server", "2.1.4", "GHSA-3q26-f695-pp76")]
    [DataRow("npm", "@cyanheads/git-mcp-server", "2.1.5", "")]
    [DataRow("npm", "mcp-server-kubernetes", "2.4.9", "GHSA-gjv4-ghm7-q58q")]
    [DataRow("npm", "mcp-server-kubernetes", "2.5.0", "")]
    [DataRow("npm", "node-code-sandbox-mcp", "1.2.0", "GHSA-5w57-2ccq-8w95")]
    [DataRow("npm", "node-code-sandbox-mcp", "1.3.0", "")]
    [DataRow("npm", "@mcpjam/inspector", "1.4.2", "GHSA-232v-j27c-5pp6")]
    [DataRow("npm", "@mcpjam/inspector", "1.4.3", "")]
    [DataRow("npm", "@modelcontextprotocol/server-postgres", "0.6.2", "MCPGUARD-2025-0001")]
    [DataRow("pypi", "mcp-server-git", "2025.9.24", "CVE-2025-68143 CVE-2025-68144 CVE-2025-68145")]
    [DataRow("pypi", "mcp-server-git", "2025.9.25", "CVE-2025-68144 CVE-2025-68145")]
    [DataRow("pypi", "mcp-server-git", "2025.12.17", "CVE-2025-68144 CVE-2025-68145")]
    [DataRow("pypi", "mcp_server_git", "2025.12.18", "")]
    public void AdvisoryRanges_AtTheirBoundaries(string ecosystem, string package, string version, string expectedIds)
    {
        var kind = ecosystem == "pypi" ? PackageEcosystem.PyPI : PackageEcosystem.Npm;
        Assert.IsTrue(AdvisoryVersion.TryParse(kind, version, out var parsed));
        var ids = Advisory.For(kind, package).Where(a => a.Affects(parsed!)).Select(a => a.Id);
        Assert.AreEqual(expectedIds, string.Join(" ", ids));
    }

    [TestMethod]
    public void EveryAdvisory_HasALinkAndItsFixedVersionIsNotAffected()
    {
        Assert.AreEqual(13, Advisory.All.Count);
        foreach (var advisory in Advisory.All)
        {
            StringAssert.StartsWith(advisory.Link, "https://", advisory.Id);
            Assert.IsTrue(advisory.Ranges.Count > 0, advisory.Id);
            foreach (var fixedEvent in advisory.Ranges.SelectMany(r => r.Events).Where(e => e.Kind == AdvisoryEventKind.Fixed))
            {
                Assert.IsFalse(advisory.Affects(fixedEvent.Version!), advisory.Id);
            }
        }
    }
}

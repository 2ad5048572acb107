using System.IO;
using System.Linq;
using System.Text;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Policy;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Policy;

[TestClass]
public sealed class PolicyReaderTests
{
    [TestMethod]
    public void ValidPolicy_IsRead()
    {
        var result = Read("""
            {
              // comments are allowed
              "$schema": "https://github.com/mcpguard/McpGuard.Build/blob/main/build/mcpguard.schema.json",
              "approvedServers": [
                { "package": "@modelcontextprotocol/server-github", "ecosystem": "npm", "versions": "[2025.4.0,2026.0.0)", "owner": "platform", "purpose": "issues" },
                { "host": "*.corp.example" },
                { "command": "node" },
              ],
              "trustedHosts": ["*.corp.example"],
              "credentialNamePatterns": ["CORP_*_SECRET"]
            }
            """);
        Assert.AreEqual(0, result.Problems.Count, string.Join("\n", result.Problems));
        var policy = result.Policy!;
        Assert.AreEqual(3, policy.ApprovedServers!.Count);
        Assert.AreEqual("[2025.4.0, 2026.0.0)", policy.ApprovedServers[0].Versions!.ToString());
        Assert.IsTrue(policy.IsTrustedHost("mcp.corp.example"));
        Assert.IsFalse(policy.IsTrustedHost("corp.example.evil.com"));
        Assert.IsTrue(policy.IsCredentialName("corp_db_secret"));
        Assert.IsFalse(policy.IsCredentialName("CORP_DB_NAME"));
    }

    [TestMethod]
    public void SyntaxError_IsOneMcpg001AtTheParserPosition()
    {
        var result = Read("{\n  \"trustedHosts\": [\"a.example\"\n}");
        Assert.IsNull(result.Policy);
        var problem = result.Problems.Single();
        Assert.AreEqual("MCPG001", problem.RuleId);
        Assert.AreEqual(3, problem.Span.Start.Line + 1);
        StringAssert.StartsWith(problem.Message, "'mcpguard.json' cannot be read as an McpGuard policy");
    }

    [TestMethod]
    public void UnusableValues_AreMcpg009AtTheValue_AndTheRestStillApplies()
    {
        var result = Read("""
            {
              "approvedServers": [
                { "package": "a", "versions": "not a range" },
                { "owner": "nobody" },
                "just-a-string",
                { "package": "b", "ecosystem": "maven", "colour": "red" }
              ],
              "trustedHosts": "*.corp.example",
              "credentialNamePatterns": [42],
              "approvedServer": []
            }
            """);
        var problems = result.Problems.Select(p => $"{p.RuleId} ({p.Span.Start.Line + 1},{p.Span.Start.Column + 1})").ToList();
        CollectionAssert.AreEquivalent(
            new[] { "MCPG009 (3,35)", "MCPG009 (4,5)", "MCPG009 (5,5)", "MCPG009 (6,36)", "MCPG009 (6,45)", "MCPG009 (8,19)", "MCPG009 (9,30)", "MCPG009 (10,3)" },
            problems,
            string.Join("\n", result.Problems));
        StringAssert.Contains(result.Problems.Single(p => p.Message.Contains("versions in")).Message, "Invalid policy versions in 'mcpguard.json' value 'not a range'. Valid values: a NuGet version range");
        StringAssert.Contains(result.Problems.Single(p => p.Span.Start.Line == 9).Message, "Invalid policy key in 'mcpguard.json' value 'approvedServer'");
        Assert.AreEqual(2, result.Policy!.ApprovedServers!.Count, "entries a and b still apply");
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("[]")]
    [DataRow("null")]
    [DataRow("\"text\"")]
    [DataRow("{\"approvedServers\": [{\"package\": \"\\u0000\", \"versions\": \"[9999999999999999999,)\"}]}")]
    public void OddInput_NeverThrows(string text)
    {
        var result = Read(text);
        Assert.IsTrue(result.Policy is not null || result.Problems.Count > 0);
    }

    [TestMethod]
    public void CredentialNamePatterns_ExtendMcpg102()
    {
        ConfigVerifier.For(".mcp.json", """
            { "mcpServers": { "db": { "command": "node", "args": ["db.js"], "env": { "CORP_DB_SECRET": {|MCPG102:"q8Zr2Lw9Vt4Xb7Nc1Md6"|} } } } }
            """)
            .WithPolicy("""{ "credentialNamePatterns": ["CORP_*_SECRET"] }""")
            .Verify();
    }

    [TestMethod]
    public void Scan_ReadsThePolicyFile_AndReportsAMissingOne()
    {
        var directory = TestPaths.CreateTemporaryDirectory();
        try
        {
            var config = Path.Combine(directory.FullName, ".mcp.json");
            File.WriteAllText(config, """{ "mcpServers": { "remote": { "type": "http", "url": "https://mcp.example.com/mcp" } } }""");
            var policyPath = Path.Combine(directory.FullName, "mcpguard.json");
            File.WriteAllText(policyPath, """{ "trustedHosts": ["*.corp.example"] }""");
            var request = new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, System.Array.Empty<string>(), SeverityOptions.Default) { PolicyFile = policyPath };
            Assert.AreEqual("MCPG402", ConfigScanner.Scan(request).Single().RuleId);

            request.PolicyFile = Path.Combine(directory.FullName, "missing.json");
            var findings = ConfigScanner.Scan(request);
            Assert.AreEqual("MCPG009", findings.Single().RuleId, string.Join("\n", findings));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void ShippedSchemaAndDocumentedExample_MatchTheReader()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "build", "mcpguard.schema.json")));
        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        CollectionAssert.AreEquivalent(new[] { "$schema", "approvedServers", "trustedHosts", "credentialNamePatterns" }, properties);
        var entry = schema.RootElement.GetProperty("properties").GetProperty("approvedServers").GetProperty("items").GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        CollectionAssert.AreEquivalent(new[] { "package", "ecosystem", "host", "command", "versions", "owner", "purpose" }, entry);

        var page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "policy.md"));
        var start = page.IndexOf("```json", page.IndexOf("## Example", System.StringComparison.Ordinal), System.StringComparison.Ordinal) + 7;
        var example = Read(page.Substring(start, page.IndexOf("```", start, System.StringComparison.Ordinal) - start));
        Assert.AreEqual(0, example.Problems.Count, string.Join("\n", example.Problems));
        Assert.AreEqual(5, example.Policy!.ApprovedServers!.Count);
    }

    private static PolicyReadResult Read(string text) =>
        PolicyReader.Read(Path.Combine(TestPaths.FakeRepositoryRoot, "mcpguard.json"), Encoding.UTF8.GetBytes(text));
}

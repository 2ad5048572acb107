using System.IO;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Scanning;

[TestClass]
public sealed class ScanCacheTests
{
    [TestMethod]
    public void Scan_ResolvesEditorConfigFromDisk_AndCacheReplaysIt()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var config = Path.Combine(root.FullName, ".mcp.json");
            File.WriteAllText(config, "{ \"mcpServers\": { \"a\": { \"command\": \"npx\", \"args\": [\"pkg\"] }, \"b\": { \"url\": \"http://h.example.com\\tx\" } } }");
            File.WriteAllText(Path.Combine(root.FullName, ".editorconfig"), "root = true\n[*.json]\ndotnet_diagnostic.MCPG201.severity = error\n");
            var request = new ScanRequest(new[] { new ConfigFile(config, ConfigFormat.ClaudeProject) }, [], SeverityOptions.Default);
            var cacheFile = Path.Combine(root.FullName, "cache", "scan.cache");

            var findings = ConfigScanner.Scan(request);
            Assert.HasCount(2, findings);
            Assert.AreEqual("MCPG201", findings[0].RuleId);
            Assert.AreEqual(McpGuard.Rules.RuleSeverity.Error, findings[0].Severity);
            Assert.AreEqual(1, findings[0].Line);
            Assert.AreEqual(53, findings[0].Column);

            var key = ScanCache.ComputeKey(request, new EditorConfigLocator());
            ScanCache.TrySave(cacheFile, key, findings);
            var replayed = ScanCache.TryLoad(cacheFile, key);
            Assert.IsNotNull(replayed);
            CollectionAssert.AreEqual(Describe(findings), Describe(replayed));

            File.AppendAllText(Path.Combine(root.FullName, ".editorconfig"), "dotnet_diagnostic.MCPG401.severity = none\n");
            var changedKey = ScanCache.ComputeKey(request, new EditorConfigLocator());
            Assert.AreNotEqual(key, changedKey);
            Assert.IsNull(ScanCache.TryLoad(cacheFile, changedKey));
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    [TestMethod]
    public void Scan_UnreadableOrOversizedFile_GivesMcpg001()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var big = Path.Combine(root.FullName, ".mcp.json");
            File.WriteAllText(big, "{ \"mcpServers\": {} }" + new string(' ', 2000));
            var missing = Path.Combine(root.FullName, "gone", ".mcp.json");
            var request = new ScanRequest(
                new[] { new ConfigFile(big, ConfigFormat.ClaudeProject), new ConfigFile(missing, ConfigFormat.ClaudeProject) },
                [],
                SeverityOptions.Default,
                maxFileSize: 1000);

            var findings = ConfigScanner.Scan(request);

            Assert.HasCount(2, findings);
            Assert.AreEqual("MCPG001", findings[0].RuleId);
            StringAssert.Contains(findings[0].Message, "larger than the 1000-byte limit (McpGuardMaxConfigSize)");
            Assert.AreEqual("MCPG001", findings[1].RuleId);
            StringAssert.Contains(findings[1].Message, "the file does not exist (it was moved or deleted after it was found)");
            Assert.AreEqual(1, findings[1].Line);
            Assert.AreEqual(1, findings[1].Column);
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }

    private static string[] Describe(System.Collections.Generic.IReadOnlyList<ReportedFinding> findings)
    {
        var lines = new string[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            lines[i] = findings[i] + "|" + findings[i].EndLine + "," + findings[i].EndColumn;
        }

        return lines;
    }
}

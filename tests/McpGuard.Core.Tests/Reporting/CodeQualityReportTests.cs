using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Reporting;
using McpGuard.Scanning;
using McpGuard.Severity;
using McpGuard.Suppression;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Reporting;

[TestClass]
public sealed class CodeQualityReportTests
{
    [TestMethod]
    public void ReportedFindings_MapToGitLabIssues_BaselinedOnesAreLeftOut_NoValueWritten()
    {
        var root = TestPaths.CreateTemporaryDirectory();
        try
        {
            var token = SyntheticSecrets.For("github-pat").Value;
            var text = "{\n  \"mcpServers\": {\n    \"github\": {\n      \"command\": \"npx\",\n      \"args\": [\"-y\", \"left-pad-mcp\"],\n" +
                "      \"env\": { \"GITHUB_TOKEN\": \"" + token + "\" }\n    },\n    \"remote\": { \"type\": \"http\", \"url\": \"http://mcp.example.com/mcp\" }\n  }\n}\n";
            var path = Path.Combine(root.FullName, "services", ".mcp.json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            File.WriteAllText(Path.Combine(root.FullName, Baseline.DefaultFileName), "{ \"version\": 1, \"findings\": [\n" +
                "  { \"ruleId\": \"MCPG401\", \"file\": \"services/.mcp.json\", \"jsonPath\": \"mcpServers.remote.url\" }\n] }");
            var request = new ScanRequest(new[] { new ConfigFile(path, ConfigFormat.ClaudeProject) }, Array.Empty<string>(), SeverityOptions.Default)
            {
                RepositoryRoot = root.FullName,
                BaselineFile = Path.Combine(root.FullName, Baseline.DefaultFileName),
            };
            var result = ConfigScanner.Run(request);
            Assert.HasCount(1, result.Baselined);

            var report = CodeQualityReport.ToJson(result, root.FullName);

            using var issues = JsonDocument.Parse(report);
            var described = issues.RootElement.EnumerateArray().Select(issue =>
                $"{issue.GetProperty("check_name").GetString()} {issue.GetProperty("severity").GetString()} " +
                $"{issue.GetProperty("location").GetProperty("path").GetString()}:{issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32()}").ToList();
            CollectionAssert.AreEqual(new[] { "MCPG201 major services/.mcp.json:5", "MCPG101 critical services/.mcp.json:6" }, described, report);
            var sarif = SarifLog.ToJson(result, root.FullName, baselineInUse: true);
            foreach (var issue in issues.RootElement.EnumerateArray())
            {
                Assert.AreEqual("issue", issue.GetProperty("type").GetString());
                StringAssert.Contains(sarif, "\"mcpguardFinding/v1\": \"" + issue.GetProperty("fingerprint").GetString() + "\"", "the SARIF log's fingerprint");
                Assert.IsFalse(string.IsNullOrEmpty(issue.GetProperty("description").GetString()));
            }

            Assert.DoesNotContain(token.Substring(4, 12), report);
        }
        finally
        {
            TestPaths.DeleteQuietly(root);
        }
    }
}

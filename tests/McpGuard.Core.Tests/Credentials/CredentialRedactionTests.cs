using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Inventory;
using McpGuard.Reporting;
using McpGuard.Suppression;
using McpGuard.Model;
using McpGuard.Rules;
using McpGuard.Scanning;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Credentials;

/// <summary>
/// Every rule over every credential fixture: no text the engine produces (messages, build-log lines, cache lines, inventory, SARIF, baseline)
/// contains 8 or more consecutive characters of a secret beyond its documented prefix.
/// </summary>
[TestClass]
public sealed class CredentialRedactionTests
{
    private const int Window = 8;

    private static readonly string[] s_plainSecrets =
    {
        "Winter2026-prod!x", "correct-horse-battery-staple-42", "q7TfR2mVx9LsK4pWz8Yb", "c89e367c9cfa492d2e6574abaa13c5ec8586417debc38685019d0b0bef33dcac",
    };

    public static IEnumerable<object[]> Fixtures =>
        SyntheticSecrets.Samples.Select(s => new object[] { s.PatternId, s.Value, s.RandomPart })
            .Concat(s_plainSecrets.Select(s => new object[] { "plain", s, s }));

    [TestMethod]
    [DynamicData(nameof(Fixtures))]
    public void NoProducedText_ContainsTheSecret(string name, string value, string secret)
    {
        var checkedConfig = ConfigChecker.CheckFile(Path.Combine(TestPaths.FakeRepositoryRoot, ".mcp.json"), ConfigFormat.ClaudeProject, Fixture(value));
        var findings = checkedConfig.Findings.Concat(ConfigChecker.CheckRepository(new[] { checkedConfig.Document! })).ToList();
        Assert.IsNotEmpty(findings, name);
        var produced = new StringBuilder();
        var reportedFindings = new List<ReportedFinding>();
        foreach (var finding in findings)
        {
            var reported = ReportedFinding.From(finding, finding.DefaultSeverity);
            reportedFindings.Add(reported);
            produced.AppendLine(finding.Message).AppendLine(finding.ToString()).AppendLine(reported.ToString()).AppendLine(reported.Serialize());
        }

        var scan = new ScanResult(new[] { checkedConfig.Document! }, reportedFindings);
        var inventory = InventoryBuilder.Build(scan, TestPaths.FakeRepositoryRoot);
        produced.AppendLine(InventoryWriter.ToJson(inventory)).AppendLine(InventoryWriter.ToMarkdown(inventory))
            .AppendLine(SarifLog.ToJson(scan, TestPaths.FakeRepositoryRoot, baselineInUse: false))
            .AppendLine(Baseline.From(reportedFindings, TestPaths.FakeRepositoryRoot).ToJson());

        var text = produced.ToString();
        foreach (var form in new[] { secret, Uri.EscapeDataString(secret), SyntheticSecrets.Quote(secret).Trim('"') })
        {
            for (var i = 0; i + Window <= form.Length; i++)
            {
                var part = form.Substring(i, Window);
                Assert.IsFalse(text.Contains(part, StringComparison.Ordinal), $"{name}: '{part}' appears in the output:\n{text}");
            }
        }
    }

    /// <summary>The value in every place a credential can sit: env, options, headers, URLs, defaults, Basic, nested JSON, scripts.</summary>
    private static string Fixture(string value)
    {
        var q = SyntheticSecrets.Quote(value);
        var escaped = Uri.EscapeDataString(value);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("user:" + value));
        var nested = SyntheticSecrets.Quote("{\"Authorization\": \"Bearer " + value + "\", \"apiSecret\": \"" + value + "\"}");
        var bearer = SyntheticSecrets.Quote("Bearer " + value);
        var defaulted = SyntheticSecrets.Quote("${API_TOKEN:-" + value + "}");
        var script = SyntheticSecrets.Quote("API_TOKEN=" + value + " node server.js --password " + value);
        return $$"""
            {
              "mcpServers": {
                "env": { "command": "node", "env": { "API_TOKEN": {{q}}, "SETTING": {{q}}, "DEFAULTED": {{defaulted}}, "OPENAPI_MCP_HEADERS": {{nested}} } },
                "args": { "command": "node", "args": ["--api-key", {{q}}, {{SyntheticSecrets.Quote("--token=" + value)}}, "-e", {{SyntheticSecrets.Quote("DB_PASSWORD=" + value)}}] },
                "shell": { "command": "bash", "args": ["-c", {{script}}] },
                "http": { "type": "http", "url": "http://app:{{escaped}}@h.example.com/mcp?api_key={{escaped}}", "headers": { "Authorization": {{bearer}}, "X-API-Key": {{q}}, "Proxy-Authorization": "Basic {{basic}}" } },
                "db": { "command": "npx", "args": ["-y", "@example/postgres-mcp@1.0.0", "postgresql://app:{{escaped}}@db.example.com/app", {{SyntheticSecrets.Quote("Server=db;User Id=sa;Password=" + value)}}] }
              }
            }
            """;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Fuzzer;
using McpGuard.Inventory;
using McpGuard.Model;
using McpGuard.Reporting;
using McpGuard.Rules;
using McpGuard.Scanning;
using McpGuard.Severity;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Robustness;

/// <summary>
/// Every credential fixture (McpGuard.Fuzzer's CredentialFixtures), written in every place a configuration can hold it,
/// pushed through every output path of the engine: no 8-character piece of a secret reaches any of them. To cover a new
/// output, add it to <see cref="OutputPaths"/>; a new placement to <see cref="Placements"/>; a new secret to the fixtures.
/// The analyzer and the task have the same test over their own outputs (McpGuard.Analyzers.Tests, McpGuard.Build.Tests).
/// </summary>
[TestClass]
public sealed class SecretLeakTests
{
    /// <summary>Where a secret can be written; the flag says whether only a recognisable secret is protected there.</summary>
    public static IReadOnlyList<(string Name, bool RecognizedOnly, Func<CredentialFixture, string> Config)> Placements { get; } = new (string, bool, Func<CredentialFixture, string>)[]
    {
        ("env value", false, f => Server($$"""{ "command": "npx", "args": ["-y", "pkg@1.0.0"], "env": { "{{f.Variable}}": {{Json(f.Value)}} } }""")),
        ("settings env", false, f => $$"""{ "env": { "{{f.Variable}}": {{Json(f.Value)}} } }"""),
        ("header", false, f => Server($$"""{ "type": "http", "url": "https://mcp.example.com/mcp", "headers": { "Authorization": {{Json("Bearer " + f.Value)}} } }""")),
        ("url query", false, f => Server($$"""{ "type": "http", "url": {{Json("http://mcp.example.com/mcp?token=" + f.Value)}} }""")),
        ("argument", false, f => Server($$"""{ "command": "npx", "args": ["-y", "pkg", "--token", {{Json(f.Value)}}] }""")),
        ("broken literal before it", false, f => Server($$"""{ "command": "npx", "env": { "{{f.Variable}}": tru{{Json(f.Value)}} } }""")),
        ("bad escape after it", false, f => Server($$"""{ "command": "npx", "env": { "{{f.Variable}}": "{{f.Value}}\q" } }""")),
        ("truncated after it", false, f => Server($$"""{ "command": "npx", "env": { "{{f.Variable}}": {{Json(f.Value)}}""")[..^3]),
        ("duplicate key", false, f => Server($$"""{ "command": "npx", "env": { "{{f.Variable}}": {{Json(f.Value)}}, "{{f.Variable}}": {{Json(f.Value)}} } }""")),
        ("server name", true, f => $$"""{ "mcpServers": { {{Json(f.Value)}}: { "command": "npx", "args": ["-y", "pkg"] } } }"""),
        ("package argument", true, f => Server($$"""{ "command": "npx", "args": ["-y", {{Json(f.Value)}}] }""")),
        ("variable name", true, f => Server($$"""{ "command": "npx", "args": ["-y", "pkg"], "env": { {{Json(f.Value)}}: "x" } }""")),
    };

    /// <summary>Every way a finding leaves the engine as text.</summary>
    public static IReadOnlyList<(string Name, Func<string, IEnumerable<string>> Outputs)> OutputPaths { get; } = new (string, Func<string, IEnumerable<string>>)[]
    {
        ("ConfigChecker messages", text => ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, text).Select(f => f.Message)),
        ("Finding.ToString", text => ConfigChecker.Check("/repo/.vscode/mcp.json", ConfigFormat.VsCode, text).Select(f => f.ToString())),
        ("settings file", text => ConfigChecker.Check("/repo/.claude/settings.json", ConfigFormat.ClaudeSettings, text).Select(f => f.ToString())),
        ("scan: log lines, JSON paths, servers, cache file, SARIF, inventory", ScanAndOutputs),
    };

    [TestMethod]
    public void EveryFixture_EveryPlacement_EveryOutputPath_NoPieceOfTheSecret()
    {
        var leaks = new List<string>();
        var outputs = 0;
        foreach (var fixture in CredentialFixtures.All)
        {
            foreach (var (placement, recognizedOnly, config) in Placements)
            {
                if (recognizedOnly && !fixture.RecognizedAnywhere)
                {
                    continue;
                }

                foreach (var (pathName, run) in OutputPaths)
                {
                    foreach (var output in run(config(fixture)))
                    {
                        outputs++;
                        if (CredentialFixtures.ContainsWindow(output, fixture.Sensitive))
                        {
                            leaks.Add($"{fixture.Name} in {placement}, {pathName}: {output}");
                        }
                    }
                }
            }
        }

        Assert.IsGreaterThan(500, outputs, "outputs inspected");
        Assert.IsEmpty(leaks, string.Join("\n", leaks));
    }

    /// <summary>A rule that throws with file content in its exception message: the MCPG001 names the rule and the type only.</summary>
    [TestMethod]
    public void ThrowingRule_ExceptionMessageWithASecret_NeverShown()
    {
        foreach (var fixture in CredentialFixtures.All)
        {
            var options = CheckOptions.Default.WithAddedRules([new ThrowingRule(() => new InvalidOperationException("value was " + fixture.Value))]);
            var messages = ConfigChecker.CheckFile("/repo/.mcp.json", ConfigFormat.ClaudeProject, Server("""{ "command": "npx", "args": ["-y", "pkg@1.0.0"] }"""), options).Findings.Select(f => f.ToString()).ToList();

            Assert.ContainsSingle(messages);
            Assert.IsFalse(CredentialFixtures.ContainsWindow(messages[0], fixture.Sensitive), messages[0]);
        }
    }

    [TestMethod]
    public void Fixtures_KnownFormatsAreRecognisedByMcpg101()
    {
        foreach (var fixture in CredentialFixtures.All.Where(f => f.RecognizedAnywhere && !f.Value.Contains("://", StringComparison.Ordinal) && !f.Value.Contains('=', StringComparison.Ordinal)))
        {
            var findings = ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, Server($$"""{ "command": "npx", "args": ["-y", "pkg@1.0.0"], "env": { "NOTE": {{Json(fixture.Value)}} } }"""));
            Assert.AreEqual("MCPG101", findings.Single().RuleId, fixture.Name);
        }
    }

    private static IEnumerable<string> ScanAndOutputs(string text)
    {
        var folder = TestPaths.CreateTemporaryDirectory();
        try
        {
            var path = Path.Combine(folder.FullName, ".mcp.json");
            File.WriteAllText(path, text);
            var request = new ScanRequest(new[] { new ConfigFile(path, ConfigFormat.ClaudeProject) }, Array.Empty<string>(), SeverityOptions.Default);
            var result = ConfigScanner.Run(request);
            var cache = Path.Combine(folder.FullName, "scan.cache");
            ScanCache.TrySave(cache, "key", result.Findings);
            return result.Findings.Select(f => $"{f} {f.JsonPath} {f.Server}")
                .Append(File.ReadAllText(cache))
                .Append(SarifLog.ToJson(result, folder.FullName, baselineInUse: false))
                .Append(InventoryWriter.ToJson(InventoryBuilder.Build(result, folder.FullName)))
                .Append(InventoryWriter.ToMarkdown(InventoryBuilder.Build(result, folder.FullName)))
                .ToList();
        }
        finally
        {
            TestPaths.DeleteQuietly(folder);
        }
    }

    private static string Server(string body) => $$"""{ "mcpServers": { "svc": {{body}} } }""";

    private static string Json(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using McpGuard.Build.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using McpGuard.Fuzzer;
using McpGuard.Rules;
using McpGuard.Scanning;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// The MSBuild tasks in process with a recording engine: a failing rule or an unexpected exception becomes one MCPG001
/// error (never an exception, which MSBuild would report as MSB4018 with a stack trace), odd folder names survive
/// MSBuild's item escaping and the config list, and no credential reaches the build log.
/// </summary>
[TestClass]
public sealed class TaskContainmentTests
{
    private const string Config = """{ "mcpServers": { "docs": { "command": "npx", "args": ["-y", "docs-mcp"] } } }""";

    private string _root = null!;

    [TestInitialize]
    public void CreateRoot() => _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mcpguard-task-tests", Guid.NewGuid().ToString("N"))).FullName;

    [TestCleanup]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [TestMethod]
    public void CheckTask_RuleThrows_OneMcpg001NamingTheRule_OtherRulesStillReport()
    {
        var path = Write(".mcp.json", Config);
        var engine = new RecordingBuildEngine();

        var result = new CheckMcpConfigs { BuildEngine = engine, Scan = Input(("claude", path)), AddedRules = [new ThrowingRule()] }.Execute();

        Assert.IsFalse(result, "MCPG001 is an error");
        CollectionAssert.AreEqual(
            new[]
            {
                "MCPG001 (1,1): '.mcp.json' cannot be read as Claude Code project servers (strict JSON): rule MCPG999 failed with NullReferenceException, so findings may be missing. This is a bug in McpGuard; please report it at https://github.com/mcpguard/McpGuard.Build/issues (https://github.com/mcpguard/McpGuard.Build/blob/main/docs/rules/MCPG001.md)",
                "MCPG201 (1,62): Server 'docs' runs npm package 'docs-mcp' at 'mcpServers.docs.args[1]' without an exact version; pin it (e.g. 'docs-mcp@<version>') so every machine runs the release that was reviewed (https://github.com/mcpguard/McpGuard.Build/blob/main/docs/rules/MCPG201.md)",
            },
            engine.Diagnostics.ToList());
    }

    /// <summary>An exception outside the engine (here: a NUL character in a path MSBuild handed over) is one error, not MSB4018.</summary>
    [TestMethod]
    public void CheckTask_UnexpectedException_OneErrorWithoutStackTrace()
    {
        var path = Write(".mcp.json", Config);
        var engine = new RecordingBuildEngine();

        var result = new CheckMcpConfigs { BuildEngine = engine, Scan = Input(input => input.GlobalConfigs.Add("/x\0y/.globalconfig"), ("claude", path)) }.Execute();

        Assert.IsFalse(result);
        CollectionAssert.AreEqual(
            new[] { "MCPG001 (0,0): McpGuard could not check the configuration files: the CheckMcpConfigs task failed with ArgumentException, so findings may be missing. This is a bug in McpGuard; please report it at https://github.com/mcpguard/McpGuard.Build/issues" },
            engine.Diagnostics.ToList());
        Assert.DoesNotContain("   at ", engine.AllText, "no stack trace");
    }

    [TestMethod]
    public void DiscoverTask_OddFolderNames_ItemsKeepTheExactPath()
    {
        var folders = new[] { "per%41cent", "semi;colon", "dollar$(x)@y", "star*?", "quote'" };
        var paths = folders.Select(f => Write(Path.Combine(f, ".mcp.json"), Config)).ToList();
        var task = new DiscoverMcpConfigs { BuildEngine = new RecordingBuildEngine(), RepositoryRoot = _root };

        Assert.IsTrue(task.Execute());

        CollectionAssert.AreEquivalent(paths, task.Configs.Select(i => i.ItemSpec).ToList());
    }

    [TestMethod]
    public void CheckTask_PathsWithPipeAndAngle_EveryFileChecked()
    {
        var odd = Write(Path.Combine("pipe|and>angle", "x|claude>y", ".mcp.json"), Config);
        var plain = Write(Path.Combine(".cursor", "mcp.json"), Config);
        var engine = new RecordingBuildEngine();

        new CheckMcpConfigs { BuildEngine = engine, Scan = Input(("claude", odd), ("cursor", plain)) }.Execute();

        CollectionAssert.AreEquivalent(new[] { odd, plain }, engine.Warnings.Select(w => w.File).ToList());
        Assert.IsEmpty(engine.Errors);
    }

    [TestMethod]
    public void CheckTask_EveryCredentialFixture_NeverInTheBuildLog()
    {
        var leaks = new List<string>();
        foreach (var fixture in CredentialFixtures.All)
        {
            var value = fixture.Value.Replace("\\", "\\\\").Replace("\"", "\\\"");
            var valid = Write(".mcp.json", $$"""{ "mcpServers": { "svc": { "command": "npx", "args": ["-y", "pkg"], "env": { "{{fixture.Variable}}": "{{value}}" }, "url": "http://h.example.com/?t={{value}}" } } }""");
            var broken = Write(".cursor/mcp.json", $$"""{ "mcpServers": { "svc": { "env": { "{{fixture.Variable}}": tru"{{value}}" } } } }""");
            var engine = new RecordingBuildEngine();

            new CheckMcpConfigs { BuildEngine = engine, Scan = Input(input => input.CacheDirectory = Path.Combine(_root, "cache"), ("claude", valid), ("cursor", broken)) }.Execute();

            var cacheFile = Directory.GetFiles(Path.Combine(_root, "cache")).Single();
            var outputs = engine.AllText + "\n" + File.ReadAllText(cacheFile);
            Assert.IsGreaterThanOrEqualTo(2, engine.Errors.Count + engine.Warnings.Count, fixture.Name);
            if (CredentialFixtures.ContainsWindow(outputs, fixture.Sensitive))
            {
                leaks.Add($"{fixture.Name}: {outputs}");
            }

            File.Delete(cacheFile);
        }

        Assert.IsEmpty(leaks, string.Join("\n", leaks));
    }

    private static string Input(params (string Client, string Path)[] configs) => Input(_ => { }, configs);

    private static string Input(Action<ScanInput> configure, params (string Client, string Path)[] configs)
    {
        var input = new ScanInput();
        input.Configs.AddRange(configs);
        configure(input);
        return input.Serialize();
    }

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private sealed class ThrowingRule : McpRule
    {
        private static readonly RuleDescriptor s_rule = new("MCPG999", "Test rule that throws", "{0}", RuleCategories.Configuration, RuleSeverity.Warning, "Injected by tests.");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { s_rule };

        public override void Analyze(RuleContext context) => throw new NullReferenceException();
    }
}

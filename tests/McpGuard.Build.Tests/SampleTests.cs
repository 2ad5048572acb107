using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>
/// The repository's samples, built in place through their development-mode import (the build files from build/ and the
/// task built from src/), with McpGuard's cache kept in the run's temporary folder.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class SampleTests
{
    private static BuildRun? s_clean;
    private static BuildRun? s_insecure;

    private static BuildRun Clean => s_clean ?? throw new InvalidOperationException("ClassInitialize did not run.");

    private static BuildRun Insecure => s_insecure ?? throw new InvalidOperationException("ClassInitialize did not run.");

    private static string InsecureRoot => Path.Combine(E2EEnvironment.RepositoryRoot, "samples", "insecure");

    [ClassInitialize]
    public static async Task BuildSamplesAsync(TestContext context)
    {
        s_clean = await BuildSampleAsync("clean");
        s_insecure = await BuildSampleAsync("insecure");
    }

    [TestMethod]
    public void Build_CleanSample_ReportsNothing()
    {
        FindingAssert.AreExactly(Clean, Path.Combine(E2EEnvironment.RepositoryRoot, "samples", "clean"));
        Assert.IsFalse(Regex.IsMatch(Clean.Process.AllOutput, @"\bMCPG\d{3}\b"), $"An MCP id appears in the output.\n\n{Clean.Describe()}");
        FindingAssert.ExitCodeIs(Clean, 0);
    }

    [TestMethod]
    public void Build_InsecureSample_ReportsEveryFindingAtItsPlace()
    {
        // Each position checked by hand against samples/insecure (1-based UTF-16 columns of the offending string's
        // opening quote; the end column is exclusive).
        FindingAssert.AreExactly(
            Insecure,
            InsecureRoot,
            ExpectedFinding.Error("MCPG101", ".claude/settings.json", 3, 26, 138),   // "ANTHROPIC_API_KEY": "sk-ant-api03-…" (110 characters)
            ExpectedFinding.Error("MCPG101", ".cursor/mcp.json", 6, 34, 95),         // "env": { "OPENAI_API_KEY": "sk-proj-…" (59 characters)
            ExpectedFinding.Error("MCPG002", ".cursor/mcp.json", 7, 7, 12),          // the second "env" key
            ExpectedFinding.Warning("MCPG609", ".mcp.json", 3, 5, 13),               // "github" (reads issues) beside "postgres" (writes a database)
            ExpectedFinding.Warning("MCPG201", ".mcp.json", 5, 22, 59),              // "@modelcontextprotocol/server-github" after "-y"
            ExpectedFinding.Error("MCPG101", ".mcp.json", 7, 41, 83),                // "GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_…"
            ExpectedFinding.Warning("MCPG401", ".mcp.json", 12, 14, 52),             // "url": "http://mcp.analytics.example.com/mcp"
            ExpectedFinding.Warning("MCPG201", ".mcp.json", 16, 16, 37),             // uvx "postgres-mcp@latest"
            ExpectedFinding.Error("MCPG102", ".mcp.json", 18, 30, 48),               // "DATABASE_PASSWORD": "Winter2026-prod!"
            ExpectedFinding.Warning("MCPG201", ".vscode/mcp.json", 6, 16, 40));      // "@playwright/mcp@latest"
        FindingAssert.Failed(Insecure);
    }

    [TestMethod]
    public void Build_InsecureSample_MessagesNameTheOffender()
    {
        var expected = new (string File, int Line, string Code, string Fragment)[]
        {
            (".claude/settings.json", 3, "MCPG101", "Anthropic API key"),
            (".cursor/mcp.json", 6, "MCPG101", "OpenAI API key"),
            (".cursor/mcp.json", 7, "MCPG002", "Key 'mcpServers.openai-tools.env' is already defined at (6,7)"),
            (".mcp.json", 3, "MCPG609", "Server 'github' reads untrusted content (web pages, messages, issues) in the same Claude Code project servers session as server 'postgres', which can write to databases"),
            (".mcp.json", 5, "MCPG201", "Server 'github' runs npm package '@modelcontextprotocol/server-github'"),
            (".mcp.json", 7, "MCPG101", "GitHub personal access token"),
            (".mcp.json", 12, "MCPG401", "Server 'analytics'"),
            (".mcp.json", 16, "MCPG201", "Server 'postgres' runs PyPI package 'postgres-mcp@latest'"),
            (".mcp.json", 18, "MCPG102", "'DATABASE_PASSWORD'"),
            (".vscode/mcp.json", 6, "MCPG201", "'@playwright/mcp@latest'"),
        };
        foreach (var (file, line, code, fragment) in expected)
        {
            var finding = Insecure.Findings.Single(f => f.Code == code && f.Line == line && FindingAssert.Relative(InsecureRoot, f.File) == file);
            Assert.Contains(fragment, finding.Message, $"{file}({line}) {code}\n\n{Insecure.Describe()}");
        }
    }

    [TestMethod]
    public void Build_InsecureSample_SecretsAppearNowhereInOutput()
    {
        var secrets = ReadSampleSecrets();
        Assert.HasCount(4, secrets, "the sample's four secrets were found in its files");
        var output = Insecure.Process.AllOutput;
        foreach (var (secret, prefixLength) in secrets)
        {
            Assert.DoesNotContain(secret, output, Insecure.Describe());
            foreach (var window in Fixture.Windows(secret[prefixLength..], 10))
            {
                Assert.DoesNotContain(window, output, $"'{window}' of a sample secret leaked.\n\n{Insecure.Describe()}");
            }
        }
    }

    private static async Task<BuildRun> BuildSampleAsync(string sample)
    {
        var cache = E2EEnvironment.CreateFolder("caches", "sample-" + sample);
        var arguments = new[]
        {
            "build", Path.Combine("samples", sample),
            "-nologo", "-tl:off", "-nodeReuse:false",
            "-p:McpGuardCacheDirectory=" + cache,
        };
        return new BuildRun(await DotnetCli.RunAsync(E2EEnvironment.RepositoryRoot, arguments));
    }

    /// <summary>The literal secrets of samples/insecure, with the length of their documented prefix.</summary>
    private static List<(string Secret, int PrefixLength)> ReadSampleSecrets()
    {
        var text = string.Join("\n", new[] { ".mcp.json", ".cursor/mcp.json", ".claude/settings.json" }.Select(f => File.ReadAllText(Path.Combine(InsecureRoot, f))));
        var secrets = new List<(string, int)>();
        foreach (Match match in Regex.Matches(text, "\"(?<prefix>ghp_|sk-ant-api03-|sk-proj-)(?<rest>[A-Za-z0-9_-]{20,})\""))
        {
            secrets.Add((match.Groups["prefix"].Value + match.Groups["rest"].Value, match.Groups["prefix"].Length));
        }

        var password = Regex.Match(text, "\"DATABASE_PASSWORD\":\\s*\"(?<value>[^\"]+)\"");
        if (password.Success)
        {
            secrets.Add((password.Groups["value"].Value, 0));
        }

        return secrets;
    }
}

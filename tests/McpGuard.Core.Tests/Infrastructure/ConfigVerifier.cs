using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using McpGuard.Discovery;
using McpGuard.Git;
using McpGuard.Model;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Infrastructure;

/// <summary>
/// The fluent rule-test builder: <c>ConfigVerifier.For(".mcp.json", marked).ShouldReportMessage("MCPG201", "…").Verify()</c>.
/// Compares the exact set of (rule, start, end) of the findings with the markup; on failure prints the file annotated
/// with what was actually reported.
/// </summary>
internal sealed class ConfigVerifier
{
    private readonly string _path;
    private readonly MarkedConfig _config;
    private readonly ConfigFormat _format;
    private readonly List<(string RuleId, string Message)> _messages = new();
    private readonly List<string> _forbidden = new();
    private GitIgnoreLookup? _ignores;
    private McpGuard.Policy.McpPolicy? _policy;
    private McpGuard.Compose.ComposeFileLookup? _composeFiles;
    private McpGuard.Advisories.AdvisoryDatabase? _advisories;

    private ConfigVerifier(string path, MarkedConfig config, ConfigFormat format)
    {
        _path = path;
        _config = config;
        _format = format;
    }

    /// <summary>The format comes from the file's well-known location (<c>.vscode/mcp.json</c> → vscode) unless given.</summary>
    public static ConfigVerifier For(string relativePath, string markedJson, ConfigFormat? format = null)
    {
        var path = Path.Combine(TestPaths.FakeRepositoryRoot, relativePath.Replace('/', Path.DirectorySeparatorChar));
        var resolved = format ?? ConfigLocations.Default.Match(path)
            ?? throw new ArgumentException($"'{relativePath}' is not a known configuration location; pass a format.");
        return new ConfigVerifier(path, MarkedConfig.Parse(markedJson), resolved);
    }

    public ConfigVerifier ShouldReportMessage(string ruleId, string message)
    {
        _messages.Add((ruleId, message));
        return this;
    }

    /// <summary>What the check is told about git-ignored files (default: nothing is known, as in the IDE).</summary>
    public ConfigVerifier WithIgnores(GitIgnoreLookup ignores)
    {
        _ignores = ignores;
        return this;
    }

    /// <summary>What the check is told about the repository's Compose files (default: nothing is known, as in the IDE).</summary>
    public ConfigVerifier WithComposeFiles(McpGuard.Compose.ComposeFileLookup composeFiles)
    {
        _composeFiles = composeFiles;
        return this;
    }

    /// <summary>Checks under this policy (<c>mcpguard.json</c> content), which must read without problems.</summary>
    public ConfigVerifier WithPolicy(string policyJson)
    {
        var result = McpGuard.Policy.PolicyReader.Read(Path.Combine(TestPaths.FakeRepositoryRoot, "mcpguard.json"), Encoding.UTF8.GetBytes(policyJson));
        Assert.AreEqual(0, result.Problems.Count, string.Join("\n", result.Problems));
        _policy = result.Policy;
        return this;
    }

    /// <summary>Checks against the shipped advisories plus these OSV record files (name, JSON), which must read without problems.</summary>
    public ConfigVerifier WithAdvisories(params (string Name, string Json)[] records)
    {
        var problems = new List<Finding>();
        var advisories = new List<McpGuard.Advisories.Advisory>();
        foreach (var (name, json) in records)
        {
            advisories.AddRange(McpGuard.Advisories.OsvRecordReader.ReadFile(Path.Combine(TestPaths.FakeRepositoryRoot, "osv", name), Encoding.UTF8.GetBytes(json), problems));
        }

        Assert.AreEqual(0, problems.Count, string.Join("\n", problems.Select(p => p.Message)));
        _advisories = McpGuard.Advisories.AdvisoryDatabase.WithSources(advisories, "test");
        return this;
    }

    /// <summary>Asserts that no message contains this text (a secret, or part of one).</summary>
    public ConfigVerifier ShouldNotMention(string text)
    {
        _forbidden.Add(text);
        return this;
    }

    public IReadOnlyList<Finding> Verify()
    {
        var findings = ConfigChecker.CheckFile(_path, _format, Encoding.UTF8.GetBytes(_config.Text), new CheckOptions(_ignores, _policy, _composeFiles, _advisories)).Findings;
        var actual = findings
            .Select(f => new ExpectedFinding(f.RuleId, f.Span.Start.Line + 1, f.Span.Start.Column + 1, f.Span.End.Line + 1, f.Span.End.Column + 1))
            .OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var expected = _config.Expected
            .OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        if (!actual.SequenceEqual(expected))
        {
            Assert.Fail(Describe(expected, actual, findings));
        }

        foreach (var (ruleId, message) in _messages)
        {
            var messages = findings.Where(f => f.RuleId == ruleId).Select(f => f.Message).ToList();
            CollectionAssert.Contains(messages, message, $"Messages of {ruleId}:\n{string.Join("\n", messages)}");
        }

        foreach (var text in _forbidden)
        {
            foreach (var finding in findings)
            {
                Assert.IsFalse(finding.Message.Contains(text, StringComparison.Ordinal), $"{finding.RuleId} message leaks '{text}': {finding.Message}");
            }
        }

        return findings;
    }

    private string Describe(List<ExpectedFinding> expected, List<ExpectedFinding> actual, IReadOnlyList<Finding> findings)
    {
        var text = new StringBuilder();
        text.AppendLine($"Findings differ for {_format.Id} file '{Path.GetFileName(_path)}'.");
        text.AppendLine("Expected: " + (expected.Count == 0 ? "(none)" : string.Join(", ", expected)));
        text.AppendLine("Actual:   " + (actual.Count == 0 ? "(none)" : string.Join(", ", actual)));
        text.AppendLine("Actual findings:");
        foreach (var finding in findings)
        {
            text.AppendLine("  " + finding);
        }

        text.AppendLine("File with actual findings marked:");
        text.AppendLine(Annotate(findings));
        return text.ToString();
    }

    private string Annotate(IReadOnlyList<Finding> findings)
    {
        var text = _config.Text;
        var inserts = new List<(int Offset, string Text)>();
        foreach (var finding in findings)
        {
            inserts.Add((finding.Span.Start.Offset, "{|" + finding.RuleId + ":"));
            inserts.Add((finding.Span.End.Offset, "|}"));
        }

        foreach (var insert in inserts.OrderByDescending(i => i.Offset))
        {
            text = text.Insert(Math.Min(insert.Offset, text.Length), insert.Text);
        }

        return text;
    }
}

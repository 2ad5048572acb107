using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>Assertions over the MCPxxx lines of a build, with the whole build output in every failure message.</summary>
internal static class FindingAssert
{
    /// <summary>
    /// The build's findings are exactly <paramref name="expected"/> (paths relative to <paramref name="root"/>): each
    /// expected line appears once in the log proper (not counting the closing summary), and no other MCPxxx line appears.
    /// </summary>
    public static void AreExactly(BuildRun run, string root, params ExpectedFinding[] expected) =>
        Compare(run, root, run.Findings, expected);

    /// <summary>Like <see cref="AreExactly"/>, for the findings in files under <paramref name="root"/> only (one repository of several in a build).</summary>
    public static void AreExactlyUnder(BuildRun run, string root, params ExpectedFinding[] expected) =>
        Compare(run, root, FindingsUnder(run, root), expected);

    private static void Compare(BuildRun run, string root, IReadOnlyList<BuildDiagnostic> actual, ExpectedFinding[] expected)
    {
        var expectedKeys = expected.Select(e => e.ToString()).OrderBy(k => k, StringComparer.Ordinal).ToList();
        var actualKeys = actual.Select(a => ToExpected(a, root).ToString()).OrderBy(k => k, StringComparer.Ordinal).ToList();
        if (!expectedKeys.SequenceEqual(actualKeys, StringComparer.Ordinal))
        {
            Assert.Fail(
                "McpGuard findings differ.\nExpected:\n  " + string.Join("\n  ", expectedKeys)
                + "\nActual:\n  " + string.Join("\n  ", actualKeys)
                + "\n\n" + run.Describe());
        }

        foreach (var finding in actual)
        {
            var help = "(" + RuleIds.GetHelpUri(finding.Code) + ")";
            Assert.IsTrue(finding.Message.EndsWith(help, StringComparison.Ordinal), $"'{finding.Text}' does not end with its help link {help}.\n\n{run.Describe()}");
        }
    }

    /// <summary>The single finding with <paramref name="code"/> in <paramref name="file"/> (relative to <paramref name="root"/>).</summary>
    public static BuildDiagnostic Single(BuildRun run, string root, string file, string code)
    {
        var matches = FindingsUnder(run, root).Where(f => f.Code == code && Relative(root, f.File) == file).ToList();
        if (matches.Count != 1)
        {
            Assert.Fail($"Expected exactly one {code} in {file}, found {matches.Count}.\n\n{run.Describe()}");
        }

        return matches[0];
    }

    public static void ExitCodeIs(BuildRun run, int expected) =>
        Assert.AreEqual(expected, run.ExitCode, $"exit code\n\n{run.Describe()}");

    public static void Failed(BuildRun run) =>
        Assert.AreNotEqual(0, run.ExitCode, $"the build should have failed\n\n{run.Describe()}");

    public static IReadOnlyList<BuildDiagnostic> FindingsUnder(BuildRun run, string root) =>
        run.Findings.Where(f => IsUnder(root, f.File)).ToList();

    public static string Relative(string root, string file) =>
        Path.GetRelativePath(root, file).Replace('\\', '/');

    private static bool IsUnder(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file);
        return !Path.IsPathRooted(relative) && !relative.StartsWith("..", StringComparison.Ordinal);
    }

    private static ExpectedFinding ToExpected(BuildDiagnostic finding, string root) =>
        new(Relative(root, finding.File), finding.Line, finding.Column, finding.EndLine, finding.EndColumn, finding.Severity, finding.Code);
}

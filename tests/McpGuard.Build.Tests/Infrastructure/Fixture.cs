using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>Helpers for hand-written fixture files.</summary>
internal static class Fixture
{
    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>
    /// Guards the hand-computed positions of a test: at 1-based <paramref name="line"/> and UTF-16
    /// <paramref name="column"/> of <paramref name="text"/> starts <paramref name="expected"/>, so editing a fixture
    /// without updating its expected positions fails here, not as a confusing product failure.
    /// </summary>
    public static void AssertAt(string text, int line, int column, string expected)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var actual = lines[line - 1].Substring(column - 1);
        Assert.IsTrue(actual.StartsWith(expected, StringComparison.Ordinal), $"fixture: ({line},{column}) holds '{actual}', not '{expected}'");
    }

    /// <summary>
    /// A synthetic GitHub personal access token: <c>ghp_</c> and 36 random letters and digits (the real format, high
    /// entropy), generated from a seed so runs are reproducible and no token-shaped literal sits in the source.
    /// </summary>
    public static string GitHubToken(int seed)
    {
        var random = new Random(seed);
        while (true)
        {
            var body = new string(Enumerable.Range(0, 36).Select(_ => Alphanumerics[random.Next(Alphanumerics.Length)]).ToArray());
            if (body.Any(char.IsUpper) && body.Any(char.IsLower) && body.Any(char.IsDigit) && body.Distinct().Count() >= 20)
            {
                return "ghp_" + body;
            }
        }
    }

    /// <summary>
    /// Where the only occurrence of <paramref name="needle"/> sits in <paramref name="text"/>: 1-based line, UTF-16 column,
    /// and the exclusive end column, as the compiler and SARIF count them.
    /// </summary>
    public static (int Line, int Column, int EndColumn) Locate(string text, string needle)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var found = lines.Select((line, index) => (Index: index, Column: line.IndexOf(needle, StringComparison.Ordinal))).Where(x => x.Column >= 0).ToList();
        Assert.HasCount(1, found, $"fixture: '{needle}' must occur exactly once");
        return (found[0].Index + 1, found[0].Column + 1, found[0].Column + 1 + needle.Length);
    }

    /// <summary>Every substring of <paramref name="value"/> of <paramref name="length"/> characters.</summary>
    public static IEnumerable<string> Windows(string value, int length)
    {
        for (var i = 0; i + length <= value.Length; i++)
        {
            yield return value.Substring(i, length);
        }
    }
}

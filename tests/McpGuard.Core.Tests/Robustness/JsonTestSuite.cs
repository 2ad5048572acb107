using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using McpGuard.Model;
using McpGuard.Rules;
using McpGuard.Text;

namespace McpGuard.Core.Tests.Robustness;

/// <summary>The JSONTestSuite files copied to the test output (tests/jsontestsuite, MIT, see its README).</summary>
internal static class JsonTestSuite
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "jsontestsuite", "test_parsing");

    public static IReadOnlyList<string> Files(string prefix) =>
        Directory.GetFiles(Folder, prefix + "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();

    /// <summary>The file checked as <paramref name="format"/> at its well-known place in a repository.</summary>
    public static IReadOnlyList<Finding> Check(string file, ConfigFormat format) =>
        ConfigChecker.Check(PathFor(format), format, File.ReadAllBytes(file));

    public static string PathFor(ConfigFormat format) => format.Id switch
    {
        "vscode" => "/repo/.vscode/mcp.json",
        "cursor" => "/repo/.cursor/mcp.json",
        "claude-settings" => "/repo/.claude/settings.json",
        "claude-user" => "/home/user/.claude.json",
        _ => "/repo/.mcp.json",
    };

    /// <summary>
    /// Null when the finding lies inside the text: its line exists and its column is at most that line's length (bytes
    /// bound characters from above), else why not.
    /// </summary>
    public static string? DescribeBadPosition(byte[] bytes, Finding finding)
    {
        var utf8 = ConfigText.ToUtf8(bytes).Span;
        var lineLengths = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n' || (utf8[i] == (byte)'\r' && (i + 1 == utf8.Length || utf8[i + 1] != (byte)'\n')))
            {
                lineLengths.Add(0);
            }
            else if (utf8[i] != (byte)'\r')
            {
                lineLengths[^1]++;
            }
        }

        var start = finding.Span.Start;
        if (start.Line < 0 || start.Line >= lineLengths.Count)
        {
            return $"line {start.Line + 1} of {lineLengths.Count}";
        }

        return start.Column < 0 || start.Column > lineLengths[start.Line]
            ? $"column {start.Column + 1} on line {start.Line + 1} of {lineLengths[start.Line]} bytes"
            : null;
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NJsonSchema;

namespace McpGuard.Build.Tests.Infrastructure;

/// <summary>Reads a SARIF log a build wrote and validates it against the SARIF 2.1.0 schema shipped in tests/sarif.</summary>
internal static class SarifAssert
{
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "sarif", "sarif-2.1.0-rtm.5.json")).GetAwaiter().GetResult());

    /// <summary>The log's text after asserting that it exists and is valid against the schema.</summary>
    public static string ReadValid(string path, BuildRun run)
    {
        Assert.IsTrue(File.Exists(path), $"no SARIF log at {path}\n\n{run.Describe()}");
        var text = File.ReadAllText(path);
        var errors = s_schema.Value.Validate(text);
        Assert.IsEmpty(errors, "SARIF schema errors:\n" + string.Join("\n", errors.Select(e => e.ToString())) + "\n\n" + text);
        return text;
    }

    /// <summary>
    /// Each result as <c>RULE level uri(line,col,endLine,endCol) [suppressed: justification]</c>, in log order; region-less
    /// results (findings about the build's settings) show their file name only.
    /// </summary>
    public static string[] DescribeResults(string text)
    {
        using var log = JsonDocument.Parse(text);
        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(Describe).ToArray();
    }

    private static string Describe(JsonElement result)
    {
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        var where = physical.TryGetProperty("region", out var region)
            ? $"{uri}({region.GetProperty("startLine")},{region.GetProperty("startColumn")},{region.GetProperty("endLine")},{region.GetProperty("endColumn")})"
            : Path.GetFileName(uri);
        var text = $"{result.GetProperty("ruleId").GetString()} {result.GetProperty("level").GetString()} {where}";
        if (result.TryGetProperty("suppressions", out var suppressions))
        {
            var suppression = suppressions[0];
            text += suppression.TryGetProperty("justification", out var justification) ? $" [suppressed: {justification.GetString()}]" : " [suppressed]";
        }

        if (result.TryGetProperty("baselineState", out var state))
        {
            text += $" <{state.GetString()}>";
        }

        return text;
    }
}

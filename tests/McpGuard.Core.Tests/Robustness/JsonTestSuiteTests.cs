using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Robustness;

/// <summary>
/// Parser conformance on nst/JSONTestSuite: every file read as a strict-JSON client file (.mcp.json) and as a JSONC
/// client file (.vscode/mcp.json). y_ files read cleanly, n_ files give one MCPG001 inside the text (except the exact
/// list that JSONC accepts), i_ files either; never an exception, never a hang.
/// </summary>
[TestClass]
public sealed class JsonTestSuiteTests
{
    /// <summary>
    /// n_ files that are valid JSONC: VS Code's reader allows comments and trailing commas, so these are accepted
    /// when the client allows them (and only then).
    /// </summary>
    private static readonly string[] s_validJsonc =
    {
        "n_array_extra_comma.json",                      // ["",]
        "n_array_number_and_comma.json",                 // [1,]
        "n_object_trailing_comma.json",                  // {"id":0,}
        "n_object_trailing_comment.json",                // {"a":"b"}/**/
        "n_object_trailing_comment_slash_open.json",     // {"a":"b"}//
        "n_structure_object_with_comment.json",          // {"a":/*comment*/"b"}
    };

    [TestMethod]
    public void Suite_IsComplete()
    {
        Assert.AreEqual(95, JsonTestSuite.Files("y_").Count);
        Assert.AreEqual(188, JsonTestSuite.Files("n_").Count);
        Assert.AreEqual(35, JsonTestSuite.Files("i_").Count);
    }

    [TestMethod]
    public void AcceptedFiles_StrictAndJsonc_ReadWithoutMcpg001()
    {
        var failures = new List<string>();
        foreach (var file in JsonTestSuite.Files("y_"))
        {
            foreach (var format in new[] { ConfigFormat.ClaudeProject, ConfigFormat.VsCode })
            {
                var mcp001 = JsonTestSuite.Check(file, format).Where(f => f.RuleId == "MCPG001").ToList();
                if (mcp001.Count > 0)
                {
                    failures.Add($"{Path.GetFileName(file)} as {format.Id}: {mcp001[0]}");
                }
            }
        }

        Assert.IsEmpty(failures, string.Join("\n", failures));
    }

    [TestMethod]
    public void RejectedFiles_Strict_GiveOneMcpg001InsideTheText()
    {
        var failures = new List<string>();
        foreach (var file in JsonTestSuite.Files("n_"))
        {
            failures.AddRange(CheckRejected(file, ConfigFormat.ClaudeProject));
        }

        Assert.IsEmpty(failures, string.Join("\n", failures));
    }

    [TestMethod]
    public void RejectedFiles_Jsonc_GiveOneMcpg001ExceptExactlyTheValidJsoncOnes()
    {
        var failures = new List<string>();
        var accepted = new List<string>();
        foreach (var file in JsonTestSuite.Files("n_"))
        {
            var name = Path.GetFileName(file);
            if (JsonTestSuite.Check(file, ConfigFormat.VsCode).All(f => f.RuleId != "MCPG001"))
            {
                accepted.Add(name);
            }
            else if (!s_validJsonc.Contains(name))
            {
                failures.AddRange(CheckRejected(file, ConfigFormat.VsCode));
            }
        }

        CollectionAssert.AreEqual(s_validJsonc, accepted, "n_ files accepted as JSONC: " + string.Join(", ", accepted));
        Assert.IsEmpty(failures, string.Join("\n", failures));
    }

    [TestMethod]
    public void ImplementationDefinedFiles_EveryFormat_ReadOrLocatedMcpg001()
    {
        var failures = new List<string>();
        foreach (var file in JsonTestSuite.Files("i_"))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var format in ConfigFormat.All)
            {
                foreach (var finding in JsonTestSuite.Check(file, format).Where(f => f.RuleId == "MCPG001"))
                {
                    if (JsonTestSuite.DescribeBadPosition(bytes, finding) is { } problem)
                    {
                        failures.Add($"{Path.GetFileName(file)} as {format.Id}: {problem}: {finding}");
                    }
                }
            }
        }

        Assert.IsEmpty(failures, string.Join("\n", failures));
    }

    /// <summary>
    /// Every file, every format, with bounded allocation (100 000 nested arrays included): the depth limit stops the
    /// reader early. Allocation, unlike time, is the same on every machine.
    /// </summary>
    [TestMethod]
    public void EveryFile_EveryFormat_AllocatesLittle()
    {
        var largest = 0L;
        var largestFile = string.Empty;
        foreach (var file in Directory.GetFiles(JsonTestSuite.Folder).OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var format in ConfigFormat.All)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                JsonTestSuite.Check(file, format);
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                if (allocated > largest)
                {
                    (largest, largestFile) = (allocated, $"{Path.GetFileName(file)} as {format.Id}");
                }
            }
        }

        Assert.IsLessThan(16L << 20, largest, $"largest: {largestFile}");
    }

    [TestMethod]
    public void TrailingComma_StrictAndJsonc_Mcpg001AtTheBraceOnlyInStrict()
    {
        var file = Path.Combine(JsonTestSuite.Folder, "n_object_trailing_comma.json");
        var strict = JsonTestSuite.Check(file, ConfigFormat.ClaudeProject).Single();
        Assert.AreEqual("MCPG001", strict.RuleId);
        Assert.AreEqual("(1,9)", strict.Span.Start.ToString());
        Assert.IsFalse(JsonTestSuite.Check(file, ConfigFormat.VsCode).Any(f => f.RuleId == "MCPG001"));
    }

    [TestMethod]
    public void DeepNesting_100000Arrays_Mcpg001AtTheFirstBracketPastTheDepthLimit()
    {
        var file = Path.Combine(JsonTestSuite.Folder, "n_structure_100000_opening_arrays.json");
        var finding = JsonTestSuite.Check(file, ConfigFormat.ClaudeProject).Single();
        Assert.AreEqual("MCPG001", finding.RuleId);
        Assert.AreEqual("(1,65)", finding.Span.Start.ToString());
        Assert.Contains("depth", finding.Message);
    }

    [TestMethod]
    public void LoneSurrogateEscape_Strict_Mcpg001NamesTheSurrogateAtTheString()
    {
        var file = Path.Combine(JsonTestSuite.Folder, "i_string_1st_surrogate_but_2nd_missing.json");
        var finding = JsonTestSuite.Check(file, ConfigFormat.ClaudeProject).Single();
        Assert.AreEqual("(1,2)", finding.Span.Start.ToString());
        Assert.EndsWith("A string contains a \\u escape of an unpaired UTF-16 surrogate (\\uD800-\\uDFFF), which is not valid Unicode.", finding.Message);
    }

    private static IEnumerable<string> CheckRejected(string file, ConfigFormat format)
    {
        var name = Path.GetFileName(file);
        var findings = JsonTestSuite.Check(file, format);
        if (findings.Count != 1 || findings[0].RuleId != "MCPG001")
        {
            yield return $"{name} as {format.Id}: expected one MCPG001, got [{string.Join("; ", findings)}]";
            yield break;
        }

        if (JsonTestSuite.DescribeBadPosition(File.ReadAllBytes(file), findings[0]) is { } problem)
        {
            yield return $"{name} as {format.Id}: {problem}: {findings[0]}";
        }
    }
}

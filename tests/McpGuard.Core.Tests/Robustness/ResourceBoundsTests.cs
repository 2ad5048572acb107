using System;
using System.IO;
using System.Linq;
using System.Text;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Discovery;
using McpGuard.Model;
using McpGuard.Rules;
using McpGuard.Scanning;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Robustness;

/// <summary>
/// Absurd inputs give a clean read or a located MCPG001 with bounded allocation and linear growth: deep nesting, huge
/// files, huge strings, huge server maps, every Unicode encoding, invalid UTF-8 and NUL bytes. No test bounds seconds:
/// allocation is the same on every machine, and growth compares two sizes on the same machine (<see cref="GrowthAssert"/>).
/// </summary>
[TestClass]
public sealed class ResourceBoundsTests
{
    private const string Config = """
        {
          "mcpServers": {
            "docs": { "command": "npx", "args": ["-y", "docs-mcp"] }
          }
        }
        """;

    [TestMethod]
    public void Nesting_100000Levels_Mcpg001AtTheDepthLimitWithBoundedAllocation()
    {
        foreach (var unit in new[] { "[", "{\"a\":", "{\"mcpServers\":" })
        {
            var text = string.Concat(Enumerable.Repeat(unit, 100_000));
            var (findings, allocated) = Measure(() => ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, text));

            var finding = findings.Single();
            Assert.AreEqual("MCPG001", finding.RuleId);
            Assert.AreEqual($"(1,{(64 * unit.Length) + 1})", finding.Span.Start.ToString(), unit);
            Assert.Contains("maximum configured depth of 64", finding.Message);
            Assert.IsLessThan(64L << 20, allocated);
        }
    }

    [TestMethod]
    public void HundredMegabyteFile_DefaultLimit_Mcpg001WithoutReadingIt()
    {
        var folder = TestPaths.CreateTemporaryDirectory();
        try
        {
            var path = Path.Combine(folder.FullName, ".mcp.json");
            using (var stream = File.Create(path))
            {
                stream.SetLength(100L * 1024 * 1024);
            }

            var (findings, allocated) = Measure(() => ConfigScanner.CheckFile(new ConfigFile(path, ConfigFormat.ClaudeProject), ScanRequest.DefaultMaxFileSize).Findings);

            var finding = findings.Single();
            Assert.AreEqual("MCPG001", finding.RuleId);
            Assert.AreEqual("(1,1)", finding.Span.Start.ToString());
            Assert.EndsWith("the file is 104857600 bytes, larger than the 4194304-byte limit (McpGuardMaxConfigSize)", finding.Message);
            Assert.IsLessThan(1L << 20, allocated, "the file must not be read");
        }
        finally
        {
            TestPaths.DeleteQuietly(folder);
        }
    }

    /// <summary>With the limit raised, a 100 MB file (a real configuration padded with whitespace) is read and checked.</summary>
    [TestMethod]
    public void HundredMegabyteFile_RaisedLimit_CheckedInBoundedMemory()
    {
        var folder = TestPaths.CreateTemporaryDirectory();
        try
        {
            var path = Path.Combine(folder.FullName, ".mcp.json");
            const long size = 100L * 1024 * 1024;
            using (var stream = File.Create(path))
            {
                var head = Encoding.UTF8.GetBytes(Config);
                stream.Write(head);
                var spaces = new byte[1 << 20];
                spaces.AsSpan().Fill((byte)' ');
                for (var written = (long)head.Length; written < size; written += spaces.Length)
                {
                    stream.Write(spaces, 0, (int)Math.Min(spaces.Length, size - written));
                }
            }

            var (findings, allocated) = Measure(() => ConfigScanner.CheckFile(new ConfigFile(path, ConfigFormat.ClaudeProject), 128L * 1024 * 1024).Findings);

            Assert.AreEqual("MCPG201 (3,48)", string.Join(", ", findings.Select(f => $"{f.RuleId} {f.Span.Start}")));
            Assert.IsLessThan(3 * size, allocated);
        }
        finally
        {
            TestPaths.DeleteQuietly(folder);
        }
    }

    [TestMethod]
    [DoNotParallelize] // timed against itself at two sizes: other tests of this run would skew one of them
    public void WhitespacePadding_CheckedInLinearTime() =>
        GrowthAssert.IsLinear(size => ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, Config + new string(' ', size)), 1 << 20);

    [TestMethod]
    public void SizeLimit_FileAtTheLimitIsRead_OneByteMoreIsReported()
    {
        var folder = TestPaths.CreateTemporaryDirectory();
        try
        {
            var path = Path.Combine(folder.FullName, ".mcp.json");
            File.WriteAllText(path, Config);
            var size = new FileInfo(path).Length;
            var config = new ConfigFile(path, ConfigFormat.ClaudeProject);

            Assert.AreEqual("MCPG201", ConfigScanner.CheckFile(config, size).Findings.Single().RuleId);
            var tooLarge = ConfigScanner.CheckFile(config, size - 1).Findings.Single();
            Assert.AreEqual("MCPG001", tooLarge.RuleId);
            Assert.EndsWith($"the file is {size} bytes, larger than the {size - 1}-byte limit (McpGuardMaxConfigSize)", tooLarge.Message);
        }
        finally
        {
            TestPaths.DeleteQuietly(folder);
        }
    }

    [TestMethod]
    [DoNotParallelize] // timed against itself at two sizes: other tests of this run would skew one of them
    public void OneMegabyteString_ReadCleanlyInBoundedMemoryAndLinearTime()
    {
        var (findings, allocated) = Measure(() => ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, WithLongStrings(1 << 20)));

        Assert.IsEmpty(findings);
        Assert.IsLessThan(64L << 20, allocated);
        GrowthAssert.IsLinear(length => ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, WithLongStrings(length)), 250_000);

        static string WithLongStrings(int length)
        {
            var value = new string('a', length);
            return $$"""{ "mcpServers": { "big": { "command": "node", "args": ["server.js", "{{value}}"], "env": { "NOTE": "{{value}}" } } } }""";
        }
    }

    [TestMethod]
    public void HundredThousandServers_EveryOneReported()
    {
        var findings = ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, Servers(100_000));

        Assert.AreEqual(100_000, findings.Count(f => f.RuleId == "MCPG201"));
        Assert.AreEqual(100_000, findings.Count);
        Assert.AreEqual("(100000,40)", findings[^1].Span.Start.ToString());
    }

    /// <summary>Every reader (JSON is YAML too): linear, not quadratic, whatever order a reader asks for positions in.</summary>
    [TestMethod]
    [DoNotParallelize] // timed against itself at two sizes: other tests of this run would skew one of them
    public void ManyServers_EveryReader_LinearTime()
    {
        var texts = new System.Collections.Generic.Dictionary<int, string>();
        foreach (var format in ConfigFormat.All.GroupBy(f => f.Dialect).Select(g => g.First()))
        {
            GrowthAssert.IsLinear(count => ConfigChecker.Check("/repo/config", format, texts.TryGetValue(count, out var text) ? text : texts[count] = Servers(count)), 10_000, format.Id);
        }
    }

    private static string Servers(int count)
    {
        var text = new StringBuilder("{\"mcpServers\":{");
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? string.Empty : ",\n").Append($"\"s{i}\":{{\"command\":\"npx\",\"args\":[\"-y\",\"pkg-{i}\"]}}");
        }

        return text.Append("}}").ToString();
    }

    [TestMethod]
    public void EveryUnicodeEncoding_WithAndWithoutBom_SameFindingsAsUtf8()
    {
        var expected = Describe(ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, Encoding.UTF8.GetBytes(Config)));
        var encodings = new (string Name, byte[] Bytes)[]
        {
            ("UTF-8 BOM", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Config)).ToArray()),
            ("UTF-16LE BOM", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Config)).ToArray()),
            ("UTF-16BE BOM", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Config)).ToArray()),
            ("UTF-16LE", Encoding.Unicode.GetBytes(Config)),
            ("UTF-16BE", Encoding.BigEndianUnicode.GetBytes(Config)),
            ("UTF-32LE BOM", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(Config)).ToArray()),
            ("UTF-32LE", Encoding.UTF32.GetBytes(Config)),
            ("UTF-32BE", new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(Config)),
        };

        Assert.AreEqual("MCPG201 (3,48)-(3,58)", expected);
        foreach (var (name, bytes) in encodings)
        {
            Assert.AreEqual(expected, Describe(ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, bytes)), name);
        }
    }

    [TestMethod]
    public void InvalidUtf8_InAStringAndOutside_Mcpg001AtTheStringOrByte()
    {
        var inString = Encoding.UTF8.GetBytes("{\n  \"mcpServers\": { \"a\": { \"command\": \"no\u00FFde\" } }\n}");
        // "no\u00FFde": the two bytes of U+00FF become an invalid 0xFF and an 'x'; the finding sits at the string.
        inString[41] = 0xFF;
        inString[42] = (byte)'x';
        Assert.AreEqual("MCPG001 (2,37)-(2,37)", Describe(ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, inString)));

        var outside = Encoding.UTF8.GetBytes("{\n  \"mcpServers\": {} \u00FF\n}");
        Assert.AreEqual("MCPG001 (2,20)-(2,20)", Describe(ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, outside)));
    }

    [TestMethod]
    public void NulBytes_InAStringAndAfterTheDocument_Mcpg001AtTheNul()
    {
        var inString = Encoding.UTF8.GetBytes("{ \"mcpServers\": { \"a\": { \"command\": \"no\0de\" } } }");
        Assert.AreEqual("MCPG001 (1,40)-(1,40)", Describe(ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, inString)));

        var terminated = Encoding.UTF8.GetBytes(Config + "\0");
        Assert.AreEqual("MCPG001 (5,2)-(5,2)", Describe(ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, terminated)));
    }

    private static string Describe(System.Collections.Generic.IReadOnlyList<Finding> findings) =>
        string.Join(", ", findings.Select(f => $"{f.RuleId} {f.Span.Start}-{f.Span.End}"));

    private static (T Result, long Allocated) Measure<T>(Func<T> action)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = action();
        return (result, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }
}

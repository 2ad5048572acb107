using System;
using System.Linq;
using System.Text;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Rules;

[TestClass]
public sealed class ConfigurationMustParseRuleTests
{
    [TestMethod]
    public void MissingClosingBrace_IsReportedAtEndOfInput()
    {
        ConfigVerifier.For(".mcp.json", "{\n  \"mcpServers\": {\n    \"a\": { \"command\": \"node\" }\n  }\n{|MCPG001:|}")
            .ShouldReportMessage("MCPG001", "'.mcp.json' cannot be read as Claude Code project servers (strict JSON): Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")
            .Verify();
    }

    [TestMethod]
    public void TrailingCommaAndComment_InStrictFile_AreReportedWhereTheyAre()
    {
        ConfigVerifier.For(".mcp.json", "{\n  \"mcpServers\": {\n    \"a\": { \"command\": \"node\" },\n  {|MCPG001:|}}\n}").Verify();
        ConfigVerifier.For(".cursor/mcp.json", "{\n  {|MCPG001:|}// servers\n  \"mcpServers\": {}\n}").Verify();
    }

    [TestMethod]
    public void CommentsAndTrailingCommas_InVsCodeFile_AreAccepted()
    {
        ConfigVerifier.For(".vscode/mcp.json", """
            {
              // VS Code reads JSONC
              "servers": {
                /* block */ "a": { "command": "node", "args": ["x.js",], },
              },
            }
            """).Verify();
    }

    [TestMethod]
    public void EmptyFileAndSecondValue_AreReported()
    {
        ConfigVerifier.For(".mcp.json", "{|MCPG001:|}").Verify();
        ConfigVerifier.For(".mcp.json", "{}\n{|MCPG001:|}{}").Verify();
    }

    [TestMethod]
    public void ErrorColumn_CountsCharactersNotUtf8Bytes()
    {
        // 'é' and '😀' are 2 and 4 bytes in UTF-8 but 1 and 2 UTF-16 characters: the column counts characters.
        ConfigVerifier.For(".mcp.json", "{ \"é😀\": 1 {|MCPG001:|}x }").Verify();
    }

    [TestMethod]
    public void DeepNesting_IsReportedWithoutStackOverflow()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);
        var findings = ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, json);
        Assert.HasCount(1, findings);
        Assert.AreEqual("MCPG001", findings[0].RuleId);
        Assert.AreEqual(0, findings[0].Span.Start.Line);
        Assert.AreEqual(64, findings[0].Span.Start.Column);
    }

    [TestMethod]
    public void Utf16AndBomEncodedFiles_AreRead()
    {
        const string json = "{ \"mcpServers\": { \"a\": { \"url\": \"http://mcp.example.com\" } } }";
        foreach (var encoding in new Encoding[] { new UTF8Encoding(true), Encoding.Unicode, Encoding.BigEndianUnicode, new UTF32Encoding(false, true) })
        {
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(json)).ToArray();
            var findings = ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, bytes);
            Assert.HasCount(1, findings, encoding.WebName);
            Assert.AreEqual("MCPG401", findings[0].RuleId, encoding.WebName);
            Assert.AreEqual(32, findings[0].Span.Start.Column, encoding.WebName);
        }
    }

    [TestMethod]
    public void InvalidUtf8_IsReportedNotThrown()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"mcpServers\": { \"a\": { \"command\": \"x\" } } }");
        bytes[38] = 0xC3;
        var findings = ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, bytes);
        Assert.HasCount(1, findings);
        Assert.AreEqual("MCPG001", findings[0].RuleId);
        StringAssert.Contains(findings[0].Message, "'.mcp.json' cannot be read as Claude Code project servers (strict JSON):");
    }

    [TestMethod]
    public void SyntaxErrorMessage_NeverQuotesMoreThanOneCharacterOfContent()
    {
        var findings = ConfigChecker.Check("/repo/.mcp.json", ConfigFormat.ClaudeProject, "{ \"env\": { \"TOKEN\": ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d } }");
        Assert.HasCount(1, findings);
        Assert.IsFalse(findings[0].Message.Contains("u8jz", StringComparison.Ordinal), findings[0].Message);
    }
}

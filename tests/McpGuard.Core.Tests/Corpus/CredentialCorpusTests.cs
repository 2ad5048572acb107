using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Corpus;

/// <summary>
/// The credential rules on the real configurations (all 124 files, every format the engine reads): every credential that
/// tests/corpus/MANIFEST.tsv lists (columns <c>sanitized</c> and <c>literal_secret_patterns</c>) is reported at its line,
/// and nothing else is, so a new false positive fails here. Not expected (reviewed): 055's <c>customApiKeyResponses</c> entries (the
/// last 20 characters of keys Claude Code was offered, not usable credentials) and 055's
/// <c>postgres:password@db.xxxxx</c>, <c>pplx-your-api-key</c> and <c>xoxb-your-slack-bot-token</c> (placeholders the
/// sanitizer kept).
/// </summary>
[TestClass]
public sealed class CredentialCorpusTests
{
    private static readonly string[] s_expected =
    {
        "001__0X6C7879__aegissec__.mcp.json:7:MCPG102",                     // env AGENT_BEARER_TOKEN, 64 hex
        "001__0X6C7879__aegissec__.mcp.json:14:MCPG104",                    // headers.Authorization Bearer (same token)
        "008__220631948__cape-connect__.mcp.json:17:MCPG103",               // postgresql://postgres:…@localhost in args
        "019__0xD3ADBE3F__saas-ticketing__.vscode__mcp.json:12:MCPG102",    // Mollie access_ token in env
        "020__1954499140__Verilint__.vscode__mcp.json:7:MCPG102",           // Moonshot sk- key in env
        "023__4lejandrito__liferay-devcon-2025-mcp__.vscode__mcp.json:7:MCPG104", // Basic user:password header
        "028__0247473__cursor-supabase-app__.cursor__mcp.json:9:MCPG101",   // sbp_ after --access-token
        "029__0xlawrence__ainews_app__.cursor__mcp.json:11:MCPG101",        // sbp_ in env
        "030__1062265550__Charging_pile_back_end__.cursor__mcp.json:9:MCPG101",  // napi_ in args
        "030__1062265550__Charging_pile_back_end__.cursor__mcp.json:35:MCPG101", // pplx- inside escaped --config JSON
        "046__220631948__cape-connect__.claude__settings.json:21:MCPG103",  // postgresql:// password in args (settings file)
        "055__0blueteam0__nexus-atip__.claude.json:60:MCPG101",             // github_pat_11
        "055__0blueteam0__nexus-atip__.claude.json:71:MCPG101",             // fc- Firecrawl
        "055__0blueteam0__nexus-atip__.claude.json:104:MCPG101",            // tvly-dev- Tavily
        "055__0blueteam0__nexus-atip__.claude.json:117:MCPG101",            // AIzaSy YouTube
        "055__0blueteam0__nexus-atip__.claude.json:157:MCPG101",            // AIzaSy Google search
        "055__0blueteam0__nexus-atip__.claude.json:201:MCPG101",            // sbp_ Supabase
        "055__0blueteam0__nexus-atip__.claude.json:211:MCPG102",            // N8N_API_KEY (a UUID used as a key)
        "058__4lejandrito__liferay-devcon-2025-mcp__.gemini__settings.json:9:MCPG104", // Basic header (same value as 023)
        "064__delorenj__DeLoContainers__.roo__mcp.json:26:MCPG101",         // Composio capability URL (mem0)
        "064__delorenj__DeLoContainers__.roo__mcp.json:29:MCPG101",         // Composio capability URL (perplexityai)
        "085__TerrenceMcGuinness-NOAA__MDC-MCP-GraphRAG__.amazonq__mcp.json:7:MCPG104", // literal Bearer header
        "089__Acurioustractor__act-placemat__.kiro__settings__mcp.json:7:MCPG101",      // ntn_ Notion token in env
        "090__997899594__Juanie__.kiro__settings__mcp.json:7:MCPG101",                  // figd_ Figma token in env
        "099__datar-ai__py-mcp-mssql__cline_mcp_settings.json:61:MCPG102",              // BRAVE_API_KEY literal
        "099__datar-ai__py-mcp-mssql__cline_mcp_settings.json:128:MCPG102",             // MSSQL_PASSWORD literal
    };

    /// <summary>
    /// Reported today and judged wrong in tests/corpus/review-2026-12.md (not credentials): kept here so that the test
    /// pins today's output; the rule change that drops them removes them from this list.
    /// </summary>
    private static readonly string[] s_reportedButJudgedWrong =
    {
    };

    /// <summary>Files whose manifest entry names a sanitized value that is not a credential.</summary>
    private static readonly string[] s_notCredentials =
    {
        "072__1stevengrant__laravel-react-starter-kit__.junie__mcp__mcp.json", // a person's name in a home-folder path (MCPG503's concern)
    };

    [TestMethod]
    public void CredentialFindings_AreExactlyTheManifestsCredentials()
    {
        var actual = new List<string>();
        foreach (var columns in CorpusManifest.Rows())
        {
            if (columns.Length <= 4 || !CorpusManifest.IsKnownFormat(columns[4]))
            {
                continue;
            }

            var format = ConfigFormat.Get(CorpusManifest.ClientOf(columns[4]));
            var bytes = CorpusManifest.ReadFile(columns[0]);
            actual.AddRange(ConfigChecker.Check("/repo/" + columns[2], format, bytes)
                .Where(f => f.RuleId.StartsWith("MCPG1", StringComparison.Ordinal))
                .Select(f => $"{columns[0]}:{f.Span.Start.Line + 1}:{f.RuleId}"));
        }

        var expected = s_expected.Concat(s_reportedButJudgedWrong).ToList();
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.IsTrue(
            missing.Count == 0 && extra.Count == 0 && actual.Count == expected.Count,
            $"Credential findings differ.\nMissing:\n  {string.Join("\n  ", missing)}\nUnexpected:\n  {string.Join("\n  ", extra)}");
    }

    [TestMethod]
    public void EveryManifestCredentialLine_IsExpected()
    {
        // Files whose manifest names a credential must each have at least one expected finding.
        var withCredentials = CorpusManifest.Rows()
            .Where(c => c.Length > 13 && CorpusManifest.IsKnownFormat(c[4]) && (c[7] != "-" || c[13] != "-"))
            .Select(c => c[0])
            .Except(s_notCredentials)
            .ToList();
        CollectionAssert.AreEquivalent(withCredentials, s_expected.Select(e => e.Split(':')[0]).Distinct().ToList());
    }
}

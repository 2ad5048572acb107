using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Corpus;

/// <summary>
/// The approval (MCP6xx) and hidden-content (MCP7xx) rules on the real configurations, files of one source repository
/// checked together so that the cross-file rules (MCP601, MCP609, MCP611) see them: exactly these (file, line, rule)
/// findings, reviewed by hand. MANIFEST.tsv's risk markers are all covered: bypassPermissions (036), the bare or
/// interpreter-wide Bash allows (035, 047 MCP603; 036, 037, 040, 044 MCP604), enableAllProjectMcpServers: true (036, 040,
/// 041), alwaysAllow and autoApprove lists (062–066 MCP605), Gemini trust (057, every server) and the hooks (037, 038, 043,
/// 044 MCP607). Not expected, on purpose: 004's alwaysAllow (in a Claude .mcp.json, which Claude Code ignores: MCP003),
/// the empty lists of 067 (alwaysAllow []), 068 and 070 (autoApprove []), which approve nothing, and 045's empty hooks.
/// No MCP608, MCP701 or MCP702: no corpus file redirects a model endpoint or hides text (a false positive would show here).
/// </summary>
[TestClass]
public sealed class ApprovalCorpusTests
{
    private static readonly string[] s_expected =
    {
        "007__0x1DOCD00D__AgenticScalaAppTutorial__.mcp.json:35:MCP609",
        "007__0x1DOCD00D__AgenticScalaAppTutorial__.mcp.json:35:MCP612",
        "008__220631948__cape-connect__.mcp.json:80:MCP609",
        "009__1natsu172__dotfiles__.mcp.json:11:MCP607",
        "009__1natsu172__dotfiles__.mcp.json:16:MCP607",
        "009__1natsu172__dotfiles__.mcp.json:21:MCP607",
        "009__1natsu172__dotfiles__.mcp.json:26:MCP607",
        "009__1natsu172__dotfiles__.mcp.json:3:MCP609",
        "009__1natsu172__dotfiles__.mcp.json:3:MCP612",
        "009__1natsu172__dotfiles__.mcp.json:6:MCP607",
        "010__IsaiahDupree__acd__.mcp.json:15:MCP609",
        "010__IsaiahDupree__acd__.mcp.json:3:MCP612",
        "016__0GiS0__youtube-mcp-server__.vscode__settings.json:16:MCP610",
        "027__0xc1x__fudi__.vscode__mcp.json:10:MCP612",
        "027__0xc1x__fudi__.vscode__mcp.json:18:MCP609",
        "027__0xc1x__fudi__.vscode__mcp.json:3:MCP610",
        "028__0247473__cursor-supabase-app__.cursor__mcp.json:3:MCP612",
        "029__0xlawrence__ainews_app__.cursor__mcp.json:3:MCP612",
        "030__1062265550__Charging_pile_back_end__.cursor__mcp.json:12:MCP609",
        "032__0xc1x__fudi__.cursor__mcp.json:15:MCP609",
        "032__0xc1x__fudi__.cursor__mcp.json:3:MCP610",
        "032__0xc1x__fudi__.cursor__mcp.json:9:MCP612",
        "033__0seo8__wisdom__.cursor__mcp.json:3:MCP612",
        "035__0K-cool__athena__.claude__settings.json:11:MCP603",
        "035__0K-cool__athena__.claude__settings.json:14:MCP603",
        "035__0K-cool__athena__.claude__settings.json:5:MCP603",
        "035__0K-cool__athena__.claude__settings.json:7:MCP603",
        "035__0K-cool__athena__.claude__settings.json:8:MCP603",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:104:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:125:MCP602",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:127:MCP601",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:12:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:13:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:16:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:21:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:31:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:44:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:53:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:67:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:71:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:72:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:75:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:93:MCP604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:95:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:110:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:119:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:133:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:137:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:138:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:141:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:159:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:161:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:170:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:21:MCP607",
        "037__012090120901209__ahk-mcp__.claude__settings.json:30:MCP607",
        "037__012090120901209__ahk-mcp__.claude__settings.json:39:MCP607",
        "037__012090120901209__ahk-mcp__.claude__settings.json:50:MCP607",
        "037__012090120901209__ahk-mcp__.claude__settings.json:61:MCP607",
        "037__012090120901209__ahk-mcp__.claude__settings.json:68:MCP602",
        "037__012090120901209__ahk-mcp__.claude__settings.json:78:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:79:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:82:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:87:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:97:MCP604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:9:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:127:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:137:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:146:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:159:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:168:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:179:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:189:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:201:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:209:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:217:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:229:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:239:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:247:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:257:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:265:MCP607",
        "038__1natsu172__dotfiles__.claude__settings.json:273:MCP607",
        "039__0maru__dotfiles__.claude__settings.json:5:MCP603",
        "039__0maru__dotfiles__.claude__settings.json:6:MCP603",
        "040__IsaiahDupree__acd__.claude__settings.json:16:MCP603",
        "040__IsaiahDupree__acd__.claude__settings.json:17:MCP603",
        "040__IsaiahDupree__acd__.claude__settings.json:32:MCP604",
        "040__IsaiahDupree__acd__.claude__settings.json:33:MCP604",
        "040__IsaiahDupree__acd__.claude__settings.json:3:MCP601",
        "040__IsaiahDupree__acd__.claude__settings.json:48:MCP604",
        "040__IsaiahDupree__acd__.claude__settings.json:50:MCP603",
        "040__IsaiahDupree__acd__.claude__settings.json:51:MCP603",
        "040__IsaiahDupree__acd__.claude__settings.json:52:MCP603",
        "040__IsaiahDupree__acd__.claude__settings.json:53:MCP603",
        "040__IsaiahDupree__acd__.claude__settings.json:54:MCP603",
        "040__IsaiahDupree__acd__.claude__settings.json:55:MCP603",
        "041__1stevengrant__laravel-react-starter-kit__.claude__settings.local.json:17:MCP604",
        "041__1stevengrant__laravel-react-starter-kit__.claude__settings.local.json:26:MCP601",
        "042__DEFRA__bng-metric-harness__.claude__settings.json:13:MCP603",
        "042__DEFRA__bng-metric-harness__.claude__settings.json:14:MCP603",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:106:MCP607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:117:MCP607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:12:MCP603",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:13:MCP603",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:14:MCP604",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:16:MCP604",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:23:MCP607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:33:MCP607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:44:MCP607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:55:MCP607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:66:MCP607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:70:MCP607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:74:MCP607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:85:MCP607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:95:MCP607",
        "044__delorenj__DeLoContainers__.claude__settings.json:106:MCP607",
        "044__delorenj__DeLoContainers__.claude__settings.json:28:MCP604",
        "044__delorenj__DeLoContainers__.claude__settings.json:47:MCP607",
        "044__delorenj__DeLoContainers__.claude__settings.json:56:MCP607",
        "044__delorenj__DeLoContainers__.claude__settings.json:67:MCP607",
        "044__delorenj__DeLoContainers__.claude__settings.json:76:MCP607",
        "044__delorenj__DeLoContainers__.claude__settings.json:87:MCP607",
        "044__delorenj__DeLoContainers__.claude__settings.json:96:MCP607",
        "045__0xGosu__test-agentic-coding-demo-v0__.claude__settings.json:10:MCP603",
        "045__0xGosu__test-agentic-coding-demo-v0__.claude__settings.json:11:MCP603",
        "045__0xGosu__test-agentic-coding-demo-v0__.claude__settings.json:12:MCP603",
        "045__0xGosu__test-agentic-coding-demo-v0__.claude__settings.json:33:MCP603",
        "045__0xGosu__test-agentic-coding-demo-v0__.claude__settings.json:41:MCP602",
        "047__Bimo0420__claude-code-config__claude-telegram-bot__.claude__settings.json:11:MCP603",
        "047__Bimo0420__claude-code-config__claude-telegram-bot__.claude__settings.json:12:MCP603",
        "047__Bimo0420__claude-code-config__claude-telegram-bot__.claude__settings.json:19:MCP603",
        "047__Bimo0420__claude-code-config__claude-telegram-bot__.claude__settings.json:7:MCP602",
        "047__Bimo0420__claude-code-config__claude-telegram-bot__.claude__settings.json:9:MCP603",
        "054__giggsoinc__raven__managed-mcp.json:10:MCP610",
        "055__0blueteam0__nexus-atip__.claude.json:50:MCP609",
        "057__0xc1x__fudi__.gemini__settings.json:35:MCP605",
        "057__0xc1x__fudi__.gemini__settings.json:37:MCP612",
        "057__0xc1x__fudi__.gemini__settings.json:39:MCP605",
        "057__0xc1x__fudi__.gemini__settings.json:43:MCP605",
        "057__0xc1x__fudi__.gemini__settings.json:45:MCP609",
        "057__0xc1x__fudi__.gemini__settings.json:48:MCP605",
        "057__0xc1x__fudi__.gemini__settings.json:52:MCP605",
        "059__0xc1x__fudi__.codex__config.toml:15:MCP609",
        "059__0xc1x__fudi__.codex__config.toml:7:MCP612",
        "062__AnyVM-Tech__AnyGPT__.roo__mcp.json:15:MCP605",
        "062__AnyVM-Tech__AnyGPT__.roo__mcp.json:32:MCP605",
        "063__AIGeekSquad__AIContext__.roo__mcp.json:1:MCP605",
        "063__AIGeekSquad__AIContext__.roo__mcp.json:1:MCP605",
        "063__AIGeekSquad__AIContext__.roo__mcp.json:1:MCP605",
        "063__AIGeekSquad__AIContext__.roo__mcp.json:1:MCP605",
        "064__delorenj__DeLoContainers__.roo__mcp.json:11:MCP605",
        "064__delorenj__DeLoContainers__.roo__mcp.json:28:MCP609",
        "064__delorenj__DeLoContainers__.roo__mcp.json:3:MCP612",
        "065__danilofreire__dotfiles__roo-code__mcp_settings.json:25:MCP605",
        "065__danilofreire__dotfiles__roo-code__mcp_settings.json:3:MCP609",
        "065__danilofreire__dotfiles__roo-code__mcp_settings.json:41:MCP605",
        "065__danilofreire__dotfiles__roo-code__mcp_settings.json:8:MCP605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:101:MCP605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:116:MCP605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:12:MCP605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:131:MCP605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:23:MCP605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:33:MCP605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:46:MCP605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:61:MCP605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:72:MCP605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:85:MCP605",
        "073__3rzy__claude-google-workspace-config__claude_desktop_config.json:3:MCP609",
        "075__0xc1x__fudi__.zed__settings.json:15:MCP609",
        "075__0xc1x__fudi__.zed__settings.json:3:MCP610",
        "075__0xc1x__fudi__.zed__settings.json:9:MCP612",
        "076__0xc1x__fudi__.antigravitycli__mcp_config.json:13:MCP609",
        "076__0xc1x__fudi__.antigravitycli__mcp_config.json:7:MCP612",
    };

    [TestMethod]
    public void ApprovalAndHiddenContentFindings_AreExactlyTheReviewedOnes()
    {
        var actual = Actual();
        var missing = s_expected.Except(actual).ToList();
        var extra = actual.Except(s_expected).ToList();
        Assert.IsTrue(
            missing.Count == 0 && extra.Count == 0 && actual.SequenceEqual(s_expected),
            $"MCP6xx/MCP7xx corpus findings differ.\nMissing:\n  {string.Join("\n  ", missing)}\nUnexpected:\n  {string.Join("\n  ", extra)}");
    }

    [TestMethod]
    public void EveryManifestRiskMarker_IsReported()
    {
        var actual = Actual();
        foreach (var (file, rule) in new[] { ("036", "MCP602"), ("035", "MCP603"), ("047", "MCP603"), ("036", "MCP601"), ("040", "MCP601"), ("041", "MCP601"), ("057", "MCP605"), ("062", "MCP605"), ("063", "MCP605"), ("064", "MCP605"), ("065", "MCP605"), ("066", "MCP605"), ("037", "MCP607"), ("038", "MCP607"), ("043", "MCP607"), ("044", "MCP607") })
        {
            Assert.IsTrue(actual.Any(a => a.StartsWith(file, StringComparison.Ordinal) && a.EndsWith(rule, StringComparison.Ordinal)), $"{file} {rule}");
        }
    }

    internal static List<string> Actual()
    {
        var actual = new List<string>();
        var byRepository = new Dictionary<string, List<McpDocument>>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var columns in CorpusManifest.Rows())
        {
            var format = ConfigFormat.Get(CorpusManifest.ClientOf(columns[4]));
            var path = "/repo/" + columns[1] + "/" + columns[2];
            names[path] = columns[0];
            var checkedFile = ConfigChecker.CheckFile(path, format, McpGuard.Text.ConfigText.ToUtf8(CorpusManifest.ReadFile(columns[0])));
            actual.AddRange(checkedFile.Findings.Where(IsApprovalOrHidden).Select(f => $"{columns[0]}:{f.Span.Start.Line + 1}:{f.RuleId}"));
            if (checkedFile.Document is { } document)
            {
                if (!byRepository.TryGetValue(columns[1], out var documents))
                {
                    byRepository[columns[1]] = documents = new List<McpDocument>();
                }

                documents.Add(document);
            }
        }

        foreach (var documents in byRepository.Values)
        {
            actual.AddRange(ConfigChecker.CheckRepository(documents).Where(IsApprovalOrHidden).Select(f => $"{names[f.Span.Path]}:{f.Span.Start.Line + 1}:{f.RuleId}"));
        }

        actual.Sort(StringComparer.Ordinal);
        return actual;
    }

    private static bool IsApprovalOrHidden(McpGuard.Rules.Finding finding) =>
        (finding.RuleId.StartsWith("MCP6", StringComparison.Ordinal) || finding.RuleId.StartsWith("MCP7", StringComparison.Ordinal));
}

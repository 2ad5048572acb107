using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Corpus;

/// <summary>
/// The approval (MCPG6xx) and hidden-content (MCPG7xx) rules on the real configurations, files of one source repository
/// checked together so that the cross-file rules (MCPG601, MCPG609, MCPG611) see them: exactly these (file, line, rule)
/// findings, reviewed by hand. MANIFEST.tsv's risk markers are all covered: bypassPermissions (036), the bare or
/// interpreter-wide Bash allows (035, 047 MCPG603; 036, 037, 040, 044 MCPG604), enableAllProjectMcpServers: true (036, 040,
/// 041), alwaysAllow and autoApprove lists (062–066 MCPG605), Gemini trust (057, every server) and the hooks (037, 038, 043,
/// 044 MCPG607). Not expected, on purpose: 004's alwaysAllow (in a Claude .mcp.json, which Claude Code ignores: MCPG003),
/// the empty lists of 067 (alwaysAllow []), 068 and 070 (autoApprove []), which approve nothing, and 045's empty hooks.
/// No MCPG608, MCPG701 or MCPG702: no corpus file redirects a model endpoint or hides text (a false positive would show here).
/// </summary>
[TestClass]
public sealed class ApprovalCorpusTests
{
    private static readonly string[] s_expected =
    {
        "007__0x1DOCD00D__AgenticScalaAppTutorial__.mcp.json:35:MCPG609",
        "007__0x1DOCD00D__AgenticScalaAppTutorial__.mcp.json:35:MCPG612",
        "008__220631948__cape-connect__.mcp.json:80:MCPG609",
        "009__1natsu172__dotfiles__.mcp.json:11:MCPG607",
        "009__1natsu172__dotfiles__.mcp.json:16:MCPG607",
        "009__1natsu172__dotfiles__.mcp.json:21:MCPG607",
        "009__1natsu172__dotfiles__.mcp.json:26:MCPG607",
        "009__1natsu172__dotfiles__.mcp.json:3:MCPG609",
        "009__1natsu172__dotfiles__.mcp.json:3:MCPG612",
        "009__1natsu172__dotfiles__.mcp.json:6:MCPG607",
        "010__IsaiahDupree__acd__.mcp.json:15:MCPG609",
        "010__IsaiahDupree__acd__.mcp.json:3:MCPG612",
        "016__0GiS0__youtube-mcp-server__.vscode__settings.json:16:MCPG610",
        "027__0xc1x__fudi__.vscode__mcp.json:10:MCPG612",
        "027__0xc1x__fudi__.vscode__mcp.json:18:MCPG609",
        "027__0xc1x__fudi__.vscode__mcp.json:3:MCPG610",
        "028__0247473__cursor-supabase-app__.cursor__mcp.json:3:MCPG612",
        "029__0xlawrence__ainews_app__.cursor__mcp.json:3:MCPG612",
        "030__1062265550__Charging_pile_back_end__.cursor__mcp.json:12:MCPG609",
        "032__0xc1x__fudi__.cursor__mcp.json:15:MCPG609",
        "032__0xc1x__fudi__.cursor__mcp.json:3:MCPG610",
        "032__0xc1x__fudi__.cursor__mcp.json:9:MCPG612",
        "033__0seo8__wisdom__.cursor__mcp.json:3:MCPG612",
        "035__0K-cool__athena__.claude__settings.json:11:MCPG603",
        "035__0K-cool__athena__.claude__settings.json:14:MCPG603",
        "035__0K-cool__athena__.claude__settings.json:5:MCPG603",
        "035__0K-cool__athena__.claude__settings.json:7:MCPG603",
        "035__0K-cool__athena__.claude__settings.json:8:MCPG603",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:104:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:125:MCPG602",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:127:MCPG601",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:12:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:13:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:16:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:21:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:31:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:44:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:53:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:67:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:71:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:72:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:75:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:93:MCPG604",
        "036__012090120901209__ahk-mcp__.claude__settings.local.json:95:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:110:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:119:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:133:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:137:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:138:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:141:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:159:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:161:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:170:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:21:MCPG607",
        "037__012090120901209__ahk-mcp__.claude__settings.json:30:MCPG607",
        "037__012090120901209__ahk-mcp__.claude__settings.json:39:MCPG607",
        "037__012090120901209__ahk-mcp__.claude__settings.json:50:MCPG607",
        "037__012090120901209__ahk-mcp__.claude__settings.json:61:MCPG607",
        "037__012090120901209__ahk-mcp__.claude__settings.json:68:MCPG602",
        "037__012090120901209__ahk-mcp__.claude__settings.json:78:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:79:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:82:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:87:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:97:MCPG604",
        "037__012090120901209__ahk-mcp__.claude__settings.json:9:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:127:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:137:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:146:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:159:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:168:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:179:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:189:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:201:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:209:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:217:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:229:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:239:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:247:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:257:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:265:MCPG607",
        "038__1natsu172__dotfiles__.claude__settings.json:273:MCPG607",
        "039__0maru__dotfiles__.claude__settings.json:5:MCPG603",
        "039__0maru__dotfiles__.claude__settings.json:6:MCPG603",
        "040__IsaiahDupree__acd__.claude__settings.json:16:MCPG603",
        "040__IsaiahDupree__acd__.claude__settings.json:17:MCPG603",
        "040__IsaiahDupree__acd__.claude__settings.json:32:MCPG604",
        "040__IsaiahDupree__acd__.claude__settings.json:33:MCPG604",
        "040__IsaiahDupree__acd__.claude__settings.json:3:MCPG601",
        "040__IsaiahDupree__acd__.claude__settings.json:48:MCPG604",
        "040__IsaiahDupree__acd__.claude__settings.json:50:MCPG603",
        "040__IsaiahDupree__acd__.claude__settings.json:51:MCPG603",
        "040__IsaiahDupree__acd__.claude__settings.json:52:MCPG603",
        "040__IsaiahDupree__acd__.claude__settings.json:53:MCPG603",
        "040__IsaiahDupree__acd__.claude__settings.json:54:MCPG603",
        "040__IsaiahDupree__acd__.claude__settings.json:55:MCPG603",
        "041__1stevengrant__laravel-react-starter-kit__.claude__settings.local.json:17:MCPG604",
        "041__1stevengrant__laravel-react-starter-kit__.claude__settings.local.json:26:MCPG601",
        "042__DEFRA__bng-metric-harness__.claude__settings.json:13:MCPG603",
        "042__DEFRA__bng-metric-harness__.claude__settings.json:14:MCPG603",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:106:MCPG607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:117:MCPG607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:12:MCPG603",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:13:MCPG603",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:14:MCPG604",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:16:MCPG604",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:23:MCPG607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:33:MCPG607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:44:MCPG607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:55:MCPG607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:66:MCPG607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:70:MCPG607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:74:MCPG607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:85:MCPG607",
        "043__Isaqdn03__claude-code-hooks-mastery__.claude__settings.json:95:MCPG607",
        "044__delorenj__DeLoContainers__.claude__settings.json:106:MCPG607",
        "044__delorenj__DeLoContainers__.claude__settings.json:28:MCPG604",
        "044__delorenj__DeLoContainers__.claude__settings.json:47:MCPG607",
        "044__delorenj__DeLoContainers__.claude__settings.json:56:MCPG607",
        "044__delorenj__DeLoContainers__.claude__settings.json:67:MCPG607",
        "044__delorenj__DeLoContainers__.claude__settings.json:76:MCPG607",
        "044__delorenj__DeLoContainers__.claude__settings.json:87:MCPG607",
        "044__delorenj__DeLoContainers__.claude__settings.json:96:MCPG607",
        "045__0xGosu__test-agentic-coding-demo-v0__.claude__settings.json:10:MCPG603",
        "045__0xGosu__test-agentic-coding-demo-v0__.claude__settings.json:11:MCPG603",
        "045__0xGosu__test-agentic-coding-demo-v0__.claude__settings.json:12:MCPG603",
        "045__0xGosu__test-agentic-coding-demo-v0__.claude__settings.json:33:MCPG603",
        "045__0xGosu__test-agentic-coding-demo-v0__.claude__settings.json:41:MCPG602",
        "047__Bimo0420__claude-code-config__claude-telegram-bot__.claude__settings.json:11:MCPG603",
        "047__Bimo0420__claude-code-config__claude-telegram-bot__.claude__settings.json:12:MCPG603",
        "047__Bimo0420__claude-code-config__claude-telegram-bot__.claude__settings.json:19:MCPG603",
        "047__Bimo0420__claude-code-config__claude-telegram-bot__.claude__settings.json:7:MCPG602",
        "047__Bimo0420__claude-code-config__claude-telegram-bot__.claude__settings.json:9:MCPG603",
        "054__giggsoinc__raven__managed-mcp.json:10:MCPG610",
        "055__0blueteam0__nexus-atip__.claude.json:50:MCPG609",
        "057__0xc1x__fudi__.gemini__settings.json:35:MCPG605",
        "057__0xc1x__fudi__.gemini__settings.json:37:MCPG612",
        "057__0xc1x__fudi__.gemini__settings.json:39:MCPG605",
        "057__0xc1x__fudi__.gemini__settings.json:43:MCPG605",
        "057__0xc1x__fudi__.gemini__settings.json:45:MCPG609",
        "057__0xc1x__fudi__.gemini__settings.json:48:MCPG605",
        "057__0xc1x__fudi__.gemini__settings.json:52:MCPG605",
        "059__0xc1x__fudi__.codex__config.toml:15:MCPG609",
        "059__0xc1x__fudi__.codex__config.toml:7:MCPG612",
        "062__AnyVM-Tech__AnyGPT__.roo__mcp.json:15:MCPG605",
        "062__AnyVM-Tech__AnyGPT__.roo__mcp.json:32:MCPG605",
        "063__AIGeekSquad__AIContext__.roo__mcp.json:1:MCPG605",
        "063__AIGeekSquad__AIContext__.roo__mcp.json:1:MCPG605",
        "063__AIGeekSquad__AIContext__.roo__mcp.json:1:MCPG605",
        "063__AIGeekSquad__AIContext__.roo__mcp.json:1:MCPG605",
        "064__delorenj__DeLoContainers__.roo__mcp.json:11:MCPG605",
        "064__delorenj__DeLoContainers__.roo__mcp.json:28:MCPG609",
        "064__delorenj__DeLoContainers__.roo__mcp.json:3:MCPG612",
        "065__danilofreire__dotfiles__roo-code__mcp_settings.json:25:MCPG605",
        "065__danilofreire__dotfiles__roo-code__mcp_settings.json:3:MCPG609",
        "065__danilofreire__dotfiles__roo-code__mcp_settings.json:41:MCPG605",
        "065__danilofreire__dotfiles__roo-code__mcp_settings.json:8:MCPG605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:101:MCPG605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:116:MCPG605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:12:MCPG605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:131:MCPG605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:23:MCPG605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:33:MCPG605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:46:MCPG605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:61:MCPG605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:72:MCPG605",
        "066__KunihiroS__idx_settings_repo__cline_mcp_settings.json:85:MCPG605",
        "073__3rzy__claude-google-workspace-config__claude_desktop_config.json:3:MCPG609",
        "075__0xc1x__fudi__.zed__settings.json:15:MCPG609",
        "075__0xc1x__fudi__.zed__settings.json:3:MCPG610",
        "075__0xc1x__fudi__.zed__settings.json:9:MCPG612",
        "076__0xc1x__fudi__.antigravitycli__mcp_config.json:13:MCPG609",
        "076__0xc1x__fudi__.antigravitycli__mcp_config.json:7:MCPG612",
        "087__0xGosu__test-agentic-coding-demo-v0__.kiro__settings__mcp.json:10:MCPG605", // fetch: reads any URL, an exfiltration path
        "087__0xGosu__test-agentic-coding-demo-v0__.kiro__settings__mcp.json:21:MCPG605", // sequentialthinking (judged: Info, class 7)
        "087__0xGosu__test-agentic-coding-demo-v0__.kiro__settings__mcp.json:33:MCPG605", // doc look-ups (judged: Info, class 7)
        "088__18Madhu-Sagar__mcp-research__.kiro__settings__mcp.json:12:MCPG605", // search_* (judged: Info, class 7)
        "089__Acurioustractor__act-placemat__.kiro__settings__mcp.json:10:MCPG605", // Notion search/query/get (judged: Info, class 7)
        "094__8b-is__smart-tree__.roo__mcp.json:9:MCPG605", // find/analyze/get (judged: Info, class 7)
        "095__A-Point-Systems-ltd__ms-sql-mcp__.roo__mcp.json:10:MCPG605", // Get/List/Describe/ReadData (judged: Info, class 7)
        "096__AIgen-Solutions-s-r-l__SpreadPilot__.roo__mcp.json:20:MCPG605", // write_file_content, edit_file_content, move_…
        "099__datar-ai__py-mcp-mssql__cline_mcp_settings.json:115:MCPG605", // execute_sql
        "099__datar-ai__py-mcp-mssql__cline_mcp_settings.json:47:MCPG605", // brave_*_search (judged: Info, class 7)
        "099__datar-ai__py-mcp-mssql__cline_mcp_settings.json:4:MCPG605", // playwright_evaluate, _post, _delete, _fill …
        "099__datar-ai__py-mcp-mssql__cline_mcp_settings.json:78:MCPG605", // puppeteer_evaluate, _fill …
        "100__Cobra-de1__ida-pro-mcp__cline_mcp_settings.json:28:MCPG605", // rename_*/set_* write the IDA database; the same list under autoApprove (line 4) is not reported again
        "102__Chisanan232__ai-development-config__.windsurf__mcp_config.json:18:MCPG612",
        "102__Chisanan232__ai-development-config__.windsurf__mcp_config.json:3:MCPG609", // fetch/github/slack content + GitHub writes
        "103__copyleftdev__mailsentinel__.windsurf__mcp_config.json:3:MCPG609", // GitHub issues + filesystem/sqlite writes
        "104__1764712542__dotfiles__.codex__config.toml:1:MCPG609", // context7 content + filesystem writes on the home folder
        "105__0xrsydn__dotfiles__.codex__config.toml:13:MCPG602", // trust_level = "trusted" on the whole home folder (a miss in the 2026-12 review, found since)
        "105__0xrsydn__dotfiles__.codex__config.toml:16:MCPG602", // … and on four project folders
        "105__0xrsydn__dotfiles__.codex__config.toml:19:MCPG602",
        "105__0xrsydn__dotfiles__.codex__config.toml:22:MCPG602",
        "105__0xrsydn__dotfiles__.codex__config.toml:25:MCPG602",
        "106__1a2b3cw__claude-code-presets__.codex__config.toml:3:MCPG609",
        "106__1a2b3cw__claude-code-presets__.codex__config.toml:3:MCPG612",
        "107__0h-n0__local-voice-assistant-codex__.codex__config.toml:2:MCPG602", // a committed trusted project entry
        "116__mmontes11__dotfiles__.continue__mcpServers__mcp.yaml:8:MCPG612", // remote Grafana URL: the switch is server-side (judged wrong, class 7)
        "122__disler__claude-code-hooks-mastery__.claude__settings.json:107:MCPG607", // 8 hooks + statusLine 'uv run .claude/…py'
        "122__disler__claude-code-hooks-mastery__.claude__settings.json:12:MCPG603", // Write
        "122__disler__claude-code-hooks-mastery__.claude__settings.json:13:MCPG603", // Edit
        "122__disler__claude-code-hooks-mastery__.claude__settings.json:14:MCPG604", // Bash(chmod:*)
        "122__disler__claude-code-hooks-mastery__.claude__settings.json:21:MCPG607",
        "122__disler__claude-code-hooks-mastery__.claude__settings.json:31:MCPG607",
        "122__disler__claude-code-hooks-mastery__.claude__settings.json:42:MCPG607",
        "122__disler__claude-code-hooks-mastery__.claude__settings.json:53:MCPG607",
        "122__disler__claude-code-hooks-mastery__.claude__settings.json:64:MCPG607",
        "122__disler__claude-code-hooks-mastery__.claude__settings.json:75:MCPG607",
        "122__disler__claude-code-hooks-mastery__.claude__settings.json:85:MCPG607",
        "122__disler__claude-code-hooks-mastery__.claude__settings.json:96:MCPG607",
        "123__26zl__cybersec-toolkit__.claude__settings.json:10:MCPG607",
        "123__26zl__cybersec-toolkit__.claude__settings.json:23:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:104:MCPG607", // 13 hooks, statusLine and subagentStatusLine
        "124__5throck__co-safety__.claude__settings.json:116:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:128:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:142:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:155:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:170:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:182:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:193:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:205:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:209:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:22:MCPG603", // WebFetch(*)
        "124__5throck__co-safety__.claude__settings.json:47:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:60:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:70:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:80:MCPG607",
        "124__5throck__co-safety__.claude__settings.json:94:MCPG607",
    };

    [TestMethod]
    public void ApprovalAndHiddenContentFindings_AreExactlyTheReviewedOnes()
    {
        var actual = Actual();
        var missing = s_expected.Except(actual).ToList();
        var extra = actual.Except(s_expected).ToList();
        Assert.IsTrue(
            missing.Count == 0 && extra.Count == 0 && actual.SequenceEqual(s_expected),
            $"MCPG6xx/MCPG7xx corpus findings differ.\nMissing:\n  {string.Join("\n  ", missing)}\nUnexpected:\n  {string.Join("\n  ", extra)}");
    }

    [TestMethod]
    public void EveryManifestRiskMarker_IsReported()
    {
        var actual = Actual();
        foreach (var (file, rule) in new[] { ("036", "MCPG602"), ("035", "MCPG603"), ("047", "MCPG603"), ("036", "MCPG601"), ("040", "MCPG601"), ("041", "MCPG601"), ("057", "MCPG605"), ("062", "MCPG605"), ("063", "MCPG605"), ("064", "MCPG605"), ("065", "MCPG605"), ("066", "MCPG605"), ("037", "MCPG607"), ("038", "MCPG607"), ("043", "MCPG607"), ("044", "MCPG607") })
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
        (finding.RuleId.StartsWith("MCPG6", StringComparison.Ordinal) || finding.RuleId.StartsWith("MCPG7", StringComparison.Ordinal));
}

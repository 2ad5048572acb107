using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Corpus;

/// <summary>
/// The launch-command, transport and filesystem-scope rules (MCPG3xx, MCPG4xx, MCPG5xx) on the real configurations: exactly
/// these (file, line, rule) findings, each reviewed, so that a new false positive fails here. Reviewed and not reported:
/// the `cmd /c npx …` servers of 055 (plain wrappers, MCPG301 is about scripts), 066's `bash -c "npx -y tavily-mcp@0.1.3"`
/// (one plain command), 062's `bash ./bun.sh …` as MCPG302/MCPG303 (a script file: MCPG301 Info only), the docker servers of 012, 016, 022,
/// 063, 067, 068 and 073 (`run -i --rm`, no host privileges), 073's `/Users/YOUR_USERNAME/…` (a template), 036's
/// `/mnt/c/Users/…` (settings.local.json stays out of version control), and the `~/.ssh` entries of 038 and 051 (deny
/// rules and sandbox lists that protect those folders, not paths given to a server).
/// </summary>
[TestClass]
public sealed class LaunchTransportFileSystemCorpusTests
{
    private static readonly string[] s_expected =
    {
        "001__0X6C7879__aegissec__.mcp.json:5:MCPG503", // /home/ubuntu/… script path in args
        "001__0X6C7879__aegissec__.mcp.json:12:MCPG401", // http:// to private IP 10.0.0.44 (MANIFEST)
        "004__012090120901209__ahk-mcp__.mcp.json:12:MCPG503", // C:\\Users\\uphol\\… in env
        "006__0GiS0__github-copilot-and-jenkins__.mcp.json:5:MCPG401", // http://jenkins:8080 (MANIFEST)
        "008__220631948__cape-connect__.mcp.json:8:MCPG503", // /home/mr/Desktop/… given to the filesystem server
        "008__220631948__cape-connect__.mcp.json:159:MCPG406", // "type": "sse"
        "014__0Guang0__quant-monitor-desk__.mcp.json:4:MCPG503", // C:/Users/Guang/AppData/… .exe command
        "014__0Guang0__quant-monitor-desk__.mcp.json:7:MCPG503", // C:/Users/Guang/AppData/Roaming/npm/… .cmd command
        "015__0GiS0__youtube-mcp-server__.vscode__mcp.json:4:MCPG406", // "type": "sse"
        "016__0GiS0__youtube-mcp-server__.vscode__settings.json:13:MCPG406", // "type": "sse" (the /Users/gis paths are in comments)
        "037__012090120901209__ahk-mcp__.claude__settings.json:21:MCPG503", // hook commands bash /mnt/c/Users/uphol/… (lines 21-61)
        "037__012090120901209__ahk-mcp__.claude__settings.json:30:MCPG503",
        "037__012090120901209__ahk-mcp__.claude__settings.json:39:MCPG503",
        "037__012090120901209__ahk-mcp__.claude__settings.json:50:MCPG503",
        "037__012090120901209__ahk-mcp__.claude__settings.json:61:MCPG503",
        "037__012090120901209__ahk-mcp__.claude__settings.json:183:MCPG503", // /mnt/c/Users/uphol/… in a Bash permission rule
        "038__1natsu172__dotfiles__.claude__settings.json:137:MCPG503", // hook commands /Users/1natsu/… (lines 137-257)
        "038__1natsu172__dotfiles__.claude__settings.json:159:MCPG503",
        "038__1natsu172__dotfiles__.claude__settings.json:179:MCPG503",
        "038__1natsu172__dotfiles__.claude__settings.json:201:MCPG503",
        "038__1natsu172__dotfiles__.claude__settings.json:217:MCPG503",
        "038__1natsu172__dotfiles__.claude__settings.json:239:MCPG503",
        "038__1natsu172__dotfiles__.claude__settings.json:257:MCPG503",
        "042__DEFRA__bng-metric-harness__.claude__settings.json:4:MCPG504", // additionalDirectories ../sibling repositories (lines 4-9)
        "042__DEFRA__bng-metric-harness__.claude__settings.json:5:MCPG504",
        "042__DEFRA__bng-metric-harness__.claude__settings.json:6:MCPG504",
        "042__DEFRA__bng-metric-harness__.claude__settings.json:7:MCPG504",
        "042__DEFRA__bng-metric-harness__.claude__settings.json:8:MCPG504",
        "042__DEFRA__bng-metric-harness__.claude__settings.json:9:MCPG504",
        "045__0xGosu__test-agentic-coding-demo-v0__.claude__settings.json:39:MCPG502", // additionalDirectories ~/.claude/ (Claude's own credentials)
        "046__220631948__cape-connect__.claude__settings.json:12:MCPG503", // same /home/mr path as 008
        "055__0blueteam0__nexus-atip__.claude.json:26:MCPG501", // ALLOWED_DIRECTORIES K:\\ (a whole drive)
        "060__26zl__cybersec-toolkit__.codex__config.toml:15:MCPG301", // bash -lc 'cd "$(git rev-parse …)" && exec bash scripts/mcp-launch.sh'
        "062__AnyVM-Tech__AnyGPT__.roo__mcp.json:7:MCPG301", // bash ./bun.sh: a script file, Info for review (not MCPG302/MCPG303)
        "062__AnyVM-Tech__AnyGPT__.roo__mcp.json:13:MCPG401", // SEARXNG_BASE_URL http:// to private IP (MANIFEST)
        "065__danilofreire__dotfiles__roo-code__mcp_settings.json:23:MCPG501", // filesystem server given ~/
        "072__1stevengrant__laravel-react-starter-kit__.junie__mcp__mcp.json:6:MCPG503", // /Users/alex/… artisan path
        "074__Alzarak__Kali-Linux-MCP__claude_desktop_config.json:25:MCPG308", // docker run --network host (Kali tooling)
        "085__TerrenceMcGuinness-NOAA__MDC-MCP-GraphRAG__.amazonq__mcp.json:5:MCPG403", // a Dev Tunnels endpoint (a miss in the 2026-12 review, found since)
        "089__Acurioustractor__act-placemat__.kiro__settings__mcp.json:4:MCPG503", // /Users/benknight/.local/bin/uvx
        "091__3neti__x-change-sandbox__.junie__mcp__mcp.json:4:MCPG503", // Herd php under /Users/rli
        "091__3neti__x-change-sandbox__.junie__mcp__mcp.json:6:MCPG503", // artisan under /Users/rli
        "092__AIArmada__majlisilmu__.junie__mcp__mcp.json:4:MCPG503", // /Users/Saiffil/… (lines 4, 6, 11, 16)
        "092__AIArmada__majlisilmu__.junie__mcp__mcp.json:6:MCPG503",
        "092__AIArmada__majlisilmu__.junie__mcp__mcp.json:11:MCPG503",
        "092__AIArmada__majlisilmu__.junie__mcp__mcp.json:16:MCPG503",
        "093__404Simon__NewsPile__.junie__mcp__mcp.json:6:MCPG503", // /home/simon/… artisan
        "094__8b-is__smart-tree__.roo__mcp.json:4:MCPG503", // /home/hue/… debug binary
        "096__AIgen-Solutions-s-r-l__SpreadPilot__.roo__mcp.json:6:MCPG503", // /home/alessio/… script
        "097__Bzcasper__n8n-mcp-server__.roo__mcp.json:4:MCPG503", // --env-file /home/bobby/… inside the command line
        "097__Bzcasper__n8n-mcp-server__.roo__mcp.json:4:MCPG404", // -p 3000:8000 publishes on every interface (a miss in the 2026-12 review, found since)
        "099__datar-ai__py-mcp-mssql__cline_mcp_settings.json:106:MCPG503", // C:/Users/te-yihsu/Downloads
        "099__datar-ai__py-mcp-mssql__cline_mcp_settings.json:108:MCPG503", // PYTHONUSERBASE under C:/Users/te-yihsu
        "099__datar-ai__py-mcp-mssql__cline_mcp_settings.json:109:MCPG306", // PATH prepended
        "099__datar-ai__py-mcp-mssql__cline_mcp_settings.json:109:MCPG503",
        "100__Cobra-de1__ida-pro-mcp__cline_mcp_settings.json:55:MCPG406", // "transportType": "sse"
        "103__copyleftdev__mailsentinel__.windsurf__mcp_config.json:18:MCPG503", // /home/sigma/… (lines 18, 27)
        "103__copyleftdev__mailsentinel__.windsurf__mcp_config.json:27:MCPG503",
        "104__1764712542__dotfiles__.codex__config.toml:13:MCPG503", // /Users/zhuyao/dotfiles
        "104__1764712542__dotfiles__.codex__config.toml:14:MCPG501", // the whole home folder /Users/zhuyao
        "104__1764712542__dotfiles__.codex__config.toml:14:MCPG503",
        "109__26zl__cybersec-toolkit__.gemini__settings.json:7:MCPG301", // bash -lc 'cd … && exec bash scripts/…', as 060
        "117__Sadongrohiik__starling-front-end__.continue__mcpServers__mcp.yaml:11:MCPG503", // /home/hnkh/repos
    };


    [TestMethod]
    public void Findings_AreExactlyTheReviewedOnes()
    {
        var actual = Check().Select(f => $"{f.File}:{f.Line}:{f.RuleId}").ToList();
        var missing = s_expected.Except(actual).ToList();
        var extra = actual.Except(s_expected).ToList();
        Assert.IsTrue(
            missing.Count == 0 && extra.Count == 0 && actual.Count == s_expected.Length,
            $"MCPG3xx/4xx/5xx findings differ.\nMissing:\n  {string.Join("\n  ", missing)}\nUnexpected:\n  {string.Join("\n  ", extra)}");
    }

    /// <summary>MANIFEST.tsv's notes name three files with http:// to a host other than this machine (001, 006, 062); each is reported.</summary>
    [TestMethod]
    public void ManifestPlainHttpServers_AreReported()
    {
        var plainHttp = CorpusManifest.Rows()
            .Where(c => c.Length > 9 && CorpusManifest.IsKnownFormat(c[4]) && c[9] != "0"
                && c[5].IndexOf("http://", StringComparison.Ordinal) >= 0 && c[5].IndexOf("http://localhost", StringComparison.Ordinal) < 0)
            .Select(c => c[0])
            .ToList();
        Assert.AreEqual(3, plainHttp.Count, string.Join(", ", plainHttp));
        var reported = Check().Where(f => f.RuleId == "MCPG401").Select(f => f.File).Distinct().ToList();
        CollectionAssert.AreEquivalent(plainHttp, reported);
    }

    private static List<(string File, int Line, string RuleId)> Check()
    {
        var findings = new List<(string File, int Line, string RuleId)>();
        foreach (var columns in CorpusManifest.Rows())
        {
            if (columns.Length <= 4 || !CorpusManifest.IsKnownFormat(columns[4]))
            {
                continue;
            }

            var bytes = CorpusManifest.ReadFile(columns[0]);
            foreach (var finding in ConfigChecker.Check("/repo/" + columns[2], ConfigFormat.Get(CorpusManifest.ClientOf(columns[4])), bytes))
            {
                if (finding.RuleId.StartsWith("MCPG3", StringComparison.Ordinal) || finding.RuleId.StartsWith("MCPG4", StringComparison.Ordinal) || finding.RuleId.StartsWith("MCPG5", StringComparison.Ordinal))
                {
                    findings.Add((columns[0], finding.Span.Start.Line + 1, finding.RuleId));
                }
            }
        }

        return findings;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace McpGuard.Core.Tests.Corpus;

/// <summary>
/// tests/corpus: the real configurations (<c>files/</c>) and MANIFEST.tsv, one tab-separated row per file (0 file name,
/// 1 source repository, 2 path in it, 4 format, …), with the client each manifest format is read as.
/// </summary>
internal static class CorpusManifest
{
    /// <summary>MANIFEST.tsv's format column → McpGuard's client id.</summary>
    private static readonly Dictionary<string, string> s_clients = new(StringComparer.Ordinal)
    {
        ["claude-mcp-json"] = "claude", ["claude-managed-mcp"] = "claude", ["claude-settings"] = "claude-settings",
        ["claude-managed-settings"] = "claude-settings", ["claude-user-config"] = "claude-user", ["claude-desktop"] = "claude-desktop",
        ["vscode"] = "vscode", ["vscode-settings"] = "vscode-settings", ["cursor"] = "cursor", ["windsurf-style"] = "windsurf",
        ["gemini"] = "gemini", ["codex-toml"] = "codex", ["roo"] = "roo", ["roo-global"] = "roo", ["cline"] = "cline",
        ["amazonq"] = "amazonq", ["kiro"] = "kiro", ["junie"] = "junie", ["zed"] = "zed", ["registry-server-json"] = "registry",
        ["continue-yaml"] = "continue",
    };

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "corpus");

    /// <summary>The manifest's rows (header skipped), split into columns.</summary>
    public static IEnumerable<string[]> Rows() =>
        File.ReadLines(Path.Combine(Directory, "MANIFEST.tsv")).Skip(1).Select(line => line.Split('\t'));

    public static bool IsKnownFormat(string manifestFormat) => s_clients.ContainsKey(manifestFormat);

    public static string ClientOf(string manifestFormat) => s_clients[manifestFormat];

    public static byte[] ReadFile(string file) => File.ReadAllBytes(Path.Combine(Directory, "files", file));
}

using System;
using System.Collections.Generic;
using McpGuard.Internal;

namespace McpGuard.Launch.Shell;

/// <summary>The program lists of <c>Data/shell-commands.json</c>.</summary>
internal static class ShellCommands
{
    private static readonly Lazy<Lists> s_lists = new(Load);

    public static HashSet<string> PosixShells => s_lists.Value.PosixShells;

    public static HashSet<string> CmdShells => s_lists.Value.CmdShells;

    public static HashSet<string> PowerShells => s_lists.Value.PowerShells;

    public static HashSet<string> PrefixCommands => s_lists.Value.PrefixCommands;

    /// <summary>prefix → its options that take the next word as their value (<c>sudo -u user</c>, <c>wsl -d Ubuntu</c>).</summary>
    public static Dictionary<string, HashSet<string>> PrefixValueOptions => s_lists.Value.PrefixValueOptions;

    public static HashSet<string> Downloaders => s_lists.Value.Downloaders;

    public static string[] DownloadExpressions => s_lists.Value.DownloadExpressions;

    public static HashSet<string> Executors => s_lists.Value.Executors;

    public static string[] RemoteScriptExtensions => s_lists.Value.RemoteScriptExtensions;

    public static HashSet<string> ReservedWords => s_lists.Value.ReservedWords;

    /// <summary>Programs often chained after <c>;</c> or <c>&amp;&amp;</c> in injected text (to tell a command from prose).</summary>
    public static string[] CommonCommands => s_lists.Value.CommonCommands;

    /// <summary>program → (option → language) for <c>node -e</c>, <c>python -c</c> ….</summary>
    public static Dictionary<string, Dictionary<string, string>> InlineInterpreters => s_lists.Value.InlineInterpreters;

    public static bool IsShell(string program) => PosixShells.Contains(program) || CmdShells.Contains(program) || PowerShells.Contains(program);

    private static Lists Load()
    {
        using var data = EmbeddedData.Load("shell-commands.json");
        var root = data.RootElement;
        HashSet<string> Set(string key) => new(EmbeddedData.ReadStrings(root, key), StringComparer.Ordinal);
        var interpreters = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var item in root.GetProperty("inlineInterpreters").EnumerateArray())
        {
            var language = item.GetProperty("language").GetString() ?? string.Empty;
            foreach (var program in EmbeddedData.ReadStrings(item, "programs"))
            {
                if (!interpreters.TryGetValue(program, out var options))
                {
                    interpreters[program] = options = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                foreach (var option in EmbeddedData.ReadStrings(item, "options"))
                {
                    options[option] = language;
                }
            }
        }

        var prefixValueOptions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var prefix in root.GetProperty("prefixValueOptions").EnumerateObject())
        {
            prefixValueOptions[prefix.Name] = new HashSet<string>(EmbeddedData.ReadStrings(root.GetProperty("prefixValueOptions"), prefix.Name), StringComparer.Ordinal);
        }

        return new Lists
        {
            PosixShells = Set("posixShells"),
            CmdShells = Set("cmdShells"),
            PowerShells = Set("powerShells"),
            PrefixCommands = Set("prefixCommands"),
            PrefixValueOptions = prefixValueOptions,
            Downloaders = Set("downloaders"),
            DownloadExpressions = EmbeddedData.ReadStrings(root, "downloadExpressions"),
            Executors = Set("executors"),
            RemoteScriptExtensions = EmbeddedData.ReadStrings(root, "remoteScriptExtensions"),
            ReservedWords = Set("reservedWords"),
            CommonCommands = EmbeddedData.ReadStrings(root, "commonCommands"),
            InlineInterpreters = interpreters,
        };
    }

    private sealed class Lists
    {
        public HashSet<string> PosixShells { get; set; } = null!;

        public HashSet<string> CmdShells { get; set; } = null!;

        public HashSet<string> PowerShells { get; set; } = null!;

        public HashSet<string> PrefixCommands { get; set; } = null!;

        public Dictionary<string, HashSet<string>> PrefixValueOptions { get; set; } = null!;

        public HashSet<string> Downloaders { get; set; } = null!;

        public string[] DownloadExpressions { get; set; } = null!;

        public HashSet<string> Executors { get; set; } = null!;

        public string[] RemoteScriptExtensions { get; set; } = null!;

        public HashSet<string> ReservedWords { get; set; } = null!;

        public string[] CommonCommands { get; set; } = null!;

        public Dictionary<string, Dictionary<string, string>> InlineInterpreters { get; set; } = null!;
    }
}

using System;

namespace McpGuard.Rules.Approval;

/// <summary>
/// Whether a command line downloads something or pipes into a shell (<c>curl … | sh</c>, <c>bash &lt;(wget …)</c>,
/// <c>iwr … | iex</c>). A deliberately small stand-in: at merge, replace it with the Launch/Shell tokenizer's
/// <c>DownloadsOrPipesToShell</c> predicate (issue 5, MCP302 logic) and delete this class; MCP607 is its only user.
/// </summary>
internal static class CommandDownloads
{
    private static readonly string[] s_downloaders = { "curl", "wget", "iwr", "irm", "invoke-webrequest", "invoke-restmethod", "start-bitstransfer" };

    private static readonly string[] s_shells = { "sh", "bash", "zsh", "dash", "ksh", "fish", "python", "python3", "node", "perl", "ruby", "iex", "invoke-expression", "pwsh", "powershell" };

    /// <summary>"downloads with curl", "pipes into sh", or <c>null</c> when the command does neither.</summary>
    public static string? Describe(string command)
    {
        if (string.IsNullOrEmpty(command) || command.Length > 16 * 1024)
        {
            return null;
        }

        var words = command.Split(new[] { ' ', '\t', '\n', '\r', ';', '&', '(', ')', '<', '>', '"', '\'', '`', '$' }, StringSplitOptions.RemoveEmptyEntries);
        string? downloader = null;
        foreach (var word in words)
        {
            var name = ProgramName(word);
            if (Array.IndexOf(s_downloaders, name) >= 0)
            {
                downloader = name;
                break;
            }
        }

        var pipe = command.IndexOf('|');
        while (pipe >= 0)
        {
            var rest = command.Substring(pipe + 1).TrimStart(' ', '|', '\t');
            var end = rest.IndexOfAny(new[] { ' ', '\t', ';', '|', '&', ')' });
            var target = ProgramName(end < 0 ? rest : rest.Substring(0, end));
            if (target == "sudo" && end >= 0)
            {
                var after = rest.Substring(end).TrimStart();
                var next = after.IndexOfAny(new[] { ' ', '\t', ';', '|', '&', ')' });
                target = ProgramName(next < 0 ? after : after.Substring(0, next));
            }

            if (Array.IndexOf(s_shells, target) >= 0 && downloader is not null)
            {
                return $"downloads with {downloader} and pipes into {target}";
            }

            pipe = command.IndexOf('|', pipe + 1);
        }

        return downloader is null ? null : $"downloads with {downloader}";
    }

    private static string ProgramName(string word)
    {
        var slash = Math.Max(word.LastIndexOf('/'), word.LastIndexOf('\\'));
        var name = slash >= 0 ? word.Substring(slash + 1) : word;
        if (name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
        {
            name = name.Substring(0, name.Length - 4);
        }

        return name.ToLowerInvariant();
    }
}

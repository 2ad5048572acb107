using System;
using System.Collections.Generic;
using System.Text;
using McpGuard.Internal;

namespace McpGuard.Permissions;

/// <summary>Whether a tool's name says it only reads (<c>get_issue</c>, <c>list_files</c>, <c>get-library-docs</c>), from <c>Data/permission-risks.json</c>.</summary>
internal static class ToolNames
{
    private static readonly Lazy<Words> s_words = new(Load);

    /// <summary><c>get_*</c>, <c>list*</c>, <c>search*</c>, <c>read*</c>, documentation look-ups, reasoning (<c>sequentialthinking</c>); never <c>*</c> or a name with an acting word.</summary>
    public static bool OnlyReads(string toolName)
    {
        var words = Split(toolName);
        if (words.Count == 0)
        {
            return false;
        }

        var reads = false;
        foreach (var word in words)
        {
            if (s_words.Value.Acting.Contains(word))
            {
                return false;
            }

            reads |= s_words.Value.Lookup.Contains(word) || s_words.Value.Reading.Contains(word) || s_words.Value.Reasoning.Contains(word);
        }

        return reads;
    }

    /// <summary>Lower-case words of the tool's own name: after the last <c>/</c> or <c>__</c>, split at separators and camelCase.</summary>
    internal static List<string> Split(string toolName)
    {
        var name = toolName.Trim();
        var slash = name.LastIndexOf('/');
        var underscores = name.LastIndexOf("__", StringComparison.Ordinal);
        var start = Math.Max(slash + 1, underscores < 0 ? 0 : underscores + 2);
        name = name.Substring(Math.Min(start, name.Length));
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = !char.IsLetterOrDigit(c) || (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]));
            if (boundary && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static Words Load()
    {
        using var data = EmbeddedData.Load("permission-risks.json");
        var names = data.RootElement.GetProperty("toolNames");
        return new Words(
            new HashSet<string>(EmbeddedData.ReadStrings(names, "readingVerbs"), StringComparer.Ordinal),
            new HashSet<string>(EmbeddedData.ReadStrings(names, "lookupWords"), StringComparer.Ordinal),
            new HashSet<string>(EmbeddedData.ReadStrings(names, "reasoningWords"), StringComparer.Ordinal),
            new HashSet<string>(EmbeddedData.ReadStrings(names, "actingWords"), StringComparer.Ordinal));
    }

    private sealed class Words
    {
        public Words(HashSet<string> reading, HashSet<string> lookup, HashSet<string> reasoning, HashSet<string> acting)
        {
            Reading = reading;
            Lookup = lookup;
            Reasoning = reasoning;
            Acting = acting;
        }

        public HashSet<string> Reading { get; }

        public HashSet<string> Lookup { get; }

        public HashSet<string> Reasoning { get; }

        public HashSet<string> Acting { get; }
    }
}

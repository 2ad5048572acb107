using System;
using System.Collections.Generic;
using System.Text;
using McpGuard.Internal;

namespace McpGuard.Credentials;

/// <summary>Decides whether a variable, header or flag name holds a credential (<c>GITHUB_TOKEN</c> yes, <c>MAX_TOKENS</c> no).</summary>
internal static class CredentialNames
{
    private const int MaxRememberedNames = 4096;
    private const int MaxRememberedNameLength = 64;

    private static readonly Lazy<Lists> s_lists = new(LoadLists);

    /// <summary>
    /// Verdicts on names seen before: the same few keys (<c>command</c>, <c>env</c>, <c>API_KEY</c>) come back in every
    /// file and server. Bounded, and only for short names, so that a hostile file cannot grow it.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> s_verdicts = new(StringComparer.Ordinal);

    public static bool IsCredentialName(string name)
    {
        if (s_verdicts.TryGetValue(name, out var verdict))
        {
            return verdict;
        }

        verdict = Judge(name);
        if (name.Length <= MaxRememberedNameLength && s_verdicts.Count < MaxRememberedNames)
        {
            s_verdicts.TryAdd(name, verdict);
        }

        return verdict;
    }

    private static bool Judge(string name)
    {
        var lists = s_lists.Value;
        var tokens = Tokenize(name);
        if (tokens.Count == 0)
        {
            return false;
        }

        var canonical = string.Join("_", tokens);
        if (lists.AlwaysSensitiveNames.Contains(canonical))
        {
            return true;
        }

        if (lists.NotSensitiveNames.Contains(canonical) || lists.NotSensitiveLastTokens.Contains(tokens[tokens.Count - 1]))
        {
            return false;
        }

        foreach (var suffix in lists.NotSensitiveSuffixes)
        {
            if (canonical == suffix || canonical.EndsWith("_" + suffix, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var token in tokens)
        {
            if (lists.SensitiveTokens.Contains(token))
            {
                return true;
            }
        }

        var compact = string.Concat(tokens);
        foreach (var part in lists.SensitiveCompacts)
        {
            if (compact.IndexOf(part, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return tokens[tokens.Count - 1] == "KEY"
            || (tokens.Contains("AUTH") && (tokens.Contains("TOKEN") || tokens.Contains("KEY") || tokens.Contains("HEADER") || tokens.Contains("PASS")));
    }

    /// <summary>Upper-case tokens split on <c>_ - . space</c> and camelCase: <c>apiKey</c> → API, KEY.</summary>
    internal static List<string> Tokenize(string name)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(current, tokens);
                continue;
            }

            if (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]))
            {
                Flush(current, tokens);
            }

            current.Append(char.ToUpperInvariant(c));
        }

        Flush(current, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }

    private static Lists LoadLists()
    {
        using var data = EmbeddedData.Load("credential-names.json");
        var root = data.RootElement;
        HashSet<string> Set(string key) => new(EmbeddedData.ReadStrings(root, key), StringComparer.Ordinal);
        return new Lists
        {
            SensitiveTokens = Set("sensitiveTokens"),
            SensitiveCompacts = EmbeddedData.ReadStrings(root, "sensitiveCompacts"),
            NotSensitiveLastTokens = Set("notSensitiveLastTokens"),
            NotSensitiveSuffixes = EmbeddedData.ReadStrings(root, "notSensitiveSuffixes"),
            NotSensitiveNames = Set("notSensitiveNames"),
            AlwaysSensitiveNames = Set("alwaysSensitiveNames"),
        };
    }

    private sealed class Lists
    {
        public HashSet<string> SensitiveTokens { get; set; } = new();

        public string[] SensitiveCompacts { get; set; } = Array.Empty<string>();

        public HashSet<string> NotSensitiveLastTokens { get; set; } = new();

        public string[] NotSensitiveSuffixes { get; set; } = Array.Empty<string>();

        public HashSet<string> NotSensitiveNames { get; set; } = new();

        public HashSet<string> AlwaysSensitiveNames { get; set; } = new();
    }
}

using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace McpGuard.Internal;

/// <summary>
/// References to values kept elsewhere: <c>${VAR}</c>, <c>${VAR:-x}</c>, <c>${env:X}</c>, <c>${input:x}</c>,
/// <c>${{ secrets.X }}</c>, <c>{{ x }}</c>, <c>$env:X</c>, <c>$VAR</c>, <c>%VAR%</c> and secret-manager URIs (<c>op://…</c>).
/// </summary>
internal static class VariableReferences
{
    private static readonly Regex s_reference = new(
        @"\$\{\{[^{}]{1,200}\}\}|\$\{[^{}]{1,200}\}|\{\{[^{}]{1,200}\}\}|\$env:[A-Za-z_][A-Za-z0-9_]{0,200}|\$[A-Za-z_][A-Za-z0-9_]{0,200}|%[A-Za-z_][A-Za-z0-9_()]{0,200}%|(?:op|vault|secretref|keyvault|awssm|gcpsm)://[^\s""'<>]{1,500}",
        RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(250));

    private static readonly Regex s_default = new(
        @"^\$\{(?<name>[A-Za-z_][A-Za-z0-9_]{0,200}):?-(?<default>[^{}]{1,1000})\}$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromMilliseconds(250));

    private static readonly string[] s_secretManagerSchemes = { "op", "vault", "secretref", "keyvault", "awssm", "gcpsm" };

    public static bool Contains(string value) =>
        value.IndexOf('$') >= 0 || value.IndexOf('%') >= 0 || value.IndexOf("{{", StringComparison.Ordinal) >= 0
        || ContainsSecretManagerUri(value);

    /// <summary><c>op://…</c> and the like; ordinary <c>https://</c> URLs are by far the most common values and skip the regex.</summary>
    private static bool ContainsSecretManagerUri(string value)
    {
        for (var separator = value.IndexOf("://", StringComparison.Ordinal); separator > 0; separator = value.IndexOf("://", separator + 3, StringComparison.Ordinal))
        {
            foreach (var scheme in s_secretManagerSchemes)
            {
                if (separator >= scheme.Length && string.Compare(value, separator - scheme.Length, scheme, 0, scheme.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The value with every reference removed: what remains is what the file itself supplies.</summary>
    public static string StripReferences(string value) => Replace(value, string.Empty);

    /// <summary>The value with every reference replaced by a space, so that the pieces around it never join into one token.</summary>
    public static string CutReferences(string value) => Replace(value, " ");

    /// <summary>The whole value is one or more references and nothing else.</summary>
    public static bool IsOnlyReferences(string value) =>
        value.Trim().Length > 0 && Contains(value) && StripReferences(value).Trim().Length == 0;

    /// <summary>The literal defaults of <c>${NAME:-default}</c> references: text that ships in the file.</summary>
    public static IEnumerable<KeyValuePair<string, string>> FindDefaults(string value)
    {
        if (value.IndexOf("${", StringComparison.Ordinal) < 0 || value.IndexOf('-') < 0)
        {
            yield break;
        }

        foreach (var reference in Find(value))
        {
            if (reference.Value.StartsWith("${", StringComparison.Ordinal) && Match(s_default, reference.Value) is { Success: true } parts)
            {
                yield return new KeyValuePair<string, string>(parts.Groups["name"].Value, parts.Groups["default"].Value);
            }
        }
    }

    private static string Replace(string value, string replacement)
    {
        if (!Contains(value))
        {
            return value;
        }

        // Nested references ("${A:-${B}}") come apart from the inside out.
        for (var pass = 0; pass < 4; pass++)
        {
            var references = Find(value);
            if (references.Count == 0)
            {
                break;
            }

            var builder = new System.Text.StringBuilder(value.Length);
            var position = 0;
            foreach (var reference in references)
            {
                builder.Append(value, position, reference.Index - position).Append(replacement);
                position = reference.Index + reference.Length;
            }

            value = builder.Append(value, position, value.Length - position).ToString();
            if (!Contains(value))
            {
                break;
            }
        }

        return value;
    }

    private static List<Match> Find(string value)
    {
        var found = new List<Match>();
        try
        {
            for (var match = s_reference.Match(value); match.Success; match = match.NextMatch())
            {
                // "pa$sword", "50%off%" and "shop://" are literals: bare forms only count at the start of a word.
                var braced = match.Value.StartsWith("${", StringComparison.Ordinal) || match.Value.StartsWith("{{", StringComparison.Ordinal);
                if (braced || match.Index == 0 || !char.IsLetterOrDigit(value[match.Index - 1]))
                {
                    found.Add(match);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Nothing is treated as a reference: the value is then checked as a literal, which errs on the safe side.
            found.Clear();
        }

        return found;
    }

    private static Match? Match(Regex regex, string value)
    {
        try
        {
            return regex.Match(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using McpGuard.Internal;

namespace McpGuard.Rules.Credentials;

/// <summary>One known credential format from <c>Data/credential-patterns.json</c>.</summary>
internal sealed class CredentialPattern
{
    /// <summary>Bounded patterns over short strings finish in microseconds; the timeout only guards against a bad data edit.</summary>
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromMilliseconds(250);

    private static IReadOnlyList<CredentialPattern>? s_all;

    private CredentialPattern(string id, string provider, string[] keywords, Regex regex, double minEntropy)
    {
        Id = id;
        Provider = provider;
        Keywords = keywords;
        Regex = regex;
        MinEntropy = minEntropy;
    }

    public string Id { get; }

    public string Provider { get; }

    public string[] Keywords { get; }

    public Regex Regex { get; }

    public double MinEntropy { get; }

    public static IReadOnlyList<CredentialPattern> All => s_all ??= Load();

    public bool MayMatch(string value)
    {
        foreach (var keyword in Keywords)
        {
            if (value.IndexOf(keyword, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<CredentialPattern> Load()
    {
        using var data = EmbeddedData.Load("credential-patterns.json");
        var patterns = new List<CredentialPattern>();
        foreach (var item in data.RootElement.GetProperty("patterns").EnumerateArray())
        {
            var regex = new Regex(
                item.GetProperty("regex").GetString()!,
                RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
                s_matchTimeout);
            patterns.Add(new CredentialPattern(
                item.GetProperty("id").GetString()!,
                item.GetProperty("provider").GetString()!,
                EmbeddedData.ReadStrings(item, "keywords"),
                regex,
                item.TryGetProperty("minEntropy", out var entropy) ? entropy.GetDouble() : 3.0));
        }

        return patterns;
    }
}

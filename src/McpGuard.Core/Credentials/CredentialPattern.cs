using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;
using McpGuard.Internal;
using McpGuard.Rules;

namespace McpGuard.Credentials;

/// <summary>One known credential format from <c>Data/credential-patterns.json</c>.</summary>
internal sealed class CredentialPattern
{
    /// <summary>Bounded patterns over capped strings finish in microseconds; the timeout only guards against a bad data edit.</summary>
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromMilliseconds(250);

    private static readonly Lazy<Catalog> s_catalog = new(Load);

    private CredentialPattern(JsonElement item)
    {
        Id = item.GetProperty("id").GetString()!;
        Provider = item.GetProperty("provider").GetString()!;
        Keywords = EmbeddedData.ReadStrings(item, "keywords");
        LowerCaseKeywords = System.Array.ConvertAll(Keywords, keyword => keyword.ToLowerInvariant());
        Regex = new Regex(item.GetProperty("regex").GetString()!, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, s_matchTimeout);
        MinEntropy = item.TryGetProperty("minEntropy", out var entropy) ? entropy.GetDouble() : 3.0;
        Check = item.TryGetProperty("check", out var check) ? check.GetString() : null;
        PairedWith = item.TryGetProperty("pairedWith", out var paired) ? paired.GetString() : null;
        Names = EmbeddedData.ReadStrings(item, "names");
        Severity = item.TryGetProperty("severity", out var severity) ? (RuleSeverity)Enum.Parse(typeof(RuleSeverity), severity.GetString()!) : null;
    }

    public string Id { get; }

    public string Provider { get; }

    /// <summary>Case-insensitive substrings, one of which must occur before the regex runs (the cheap pre-check).</summary>
    public string[] Keywords { get; }

    internal string[] LowerCaseKeywords { get; }

    public Regex Regex { get; }

    public double MinEntropy { get; }

    /// <summary>An extra test in code: <c>jwt</c>.</summary>
    public string? Check { get; }

    /// <summary>A default lower than the rule's, for a format that identifies rather than unlocks (an AWS access key ID).</summary>
    public RuleSeverity? Severity { get; }

    /// <summary>For a secret without a marker: the pattern id of the identifier it is recognised next to.</summary>
    public string? PairedWith { get; }

    /// <summary>For a secret without a marker: parts of the variable names it is recognised under.</summary>
    public string[] Names { get; }

    public static IReadOnlyList<CredentialPattern> All => s_catalog.Value.Patterns;

    /// <summary>The keywords of <see cref="All"/>, for finding every pattern that may match a text in one pass.</summary>
    public static CredentialKeywordIndex KeywordIndex => s_catalog.Value.KeywordIndex;

    public static IReadOnlyList<CredentialPattern> Paired => s_catalog.Value.PairedSecrets;

    private static Catalog Load()
    {
        using var data = EmbeddedData.Load("credential-patterns.json");
        var catalog = new Catalog();
        foreach (var item in data.RootElement.GetProperty("patterns").EnumerateArray())
        {
            catalog.Patterns.Add(new CredentialPattern(item));
        }

        foreach (var item in data.RootElement.GetProperty("pairedSecrets").EnumerateArray())
        {
            catalog.PairedSecrets.Add(new CredentialPattern(item));
        }

        catalog.KeywordIndex = new CredentialKeywordIndex(catalog.Patterns);
        return catalog;
    }

    private sealed class Catalog
    {
        public List<CredentialPattern> Patterns { get; } = new();

        public List<CredentialPattern> PairedSecrets { get; } = new();

        public CredentialKeywordIndex KeywordIndex { get; set; } = null!;
    }
}

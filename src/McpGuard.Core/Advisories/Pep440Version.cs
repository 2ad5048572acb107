using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace McpGuard.Advisories;

/// <summary>
/// A PyPI version in PEP 440 order: epoch, release (trailing zeros ignored), pre-release (a &lt; b &lt; rc), post-release,
/// dev release, local label. Written here because no package on this project's feed orders PEP 440 versions, and
/// NuGet.Versioning misorders them (it would put <c>1.0.post1</c> before <c>1.0</c> and <c>1.0.dev1</c> after <c>1.0a1</c>).
/// Only parsing and ordering: no specifiers, no wildcards.
/// </summary>
public sealed class Pep440Version : IComparable<Pep440Version>
{
    // The PEP 440 appendix's canonical pattern, with its accepted alternative spellings.
    private static readonly Regex s_pattern = new(
        @"^\s*v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*)"
        + @"(?:[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?"
        + @"(?:(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?"
        + @"(?:[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?"
        + @"(?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));

    private readonly long _epoch;
    private readonly long[] _release;
    private readonly int _preKind;
    private readonly long _pre;
    private readonly long? _post;
    private readonly long? _dev;
    private readonly string[] _local;

    private Pep440Version(string text, long epoch, long[] release, int preKind, long pre, long? post, long? dev, string[] local)
    {
        Text = text;
        _epoch = epoch;
        _release = release;
        _preKind = preKind;
        _pre = pre;
        _post = post;
        _dev = dev;
        _local = local;
    }

    /// <summary>The version as written.</summary>
    public string Text { get; }

    public static bool TryParse(string? text, out Pep440Version? version)
    {
        version = null;
        if (text is null || text.Length > 256)
        {
            return false;
        }

        var match = s_pattern.Match(text);
        if (!match.Success || !TryNumber(match.Groups["epoch"], 0, out var epoch))
        {
            return false;
        }

        var parts = match.Groups["release"].Value.Split('.');
        var release = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out release[i]))
            {
                return false;
            }
        }

        var preKind = match.Groups["pre_l"].Success ? PreKind(match.Groups["pre_l"].Value) : 0;
        long? post = null;
        if (match.Groups["post_n1"].Success || match.Groups["post_l"].Success)
        {
            if (!TryNumber(match.Groups["post_n1"].Success ? match.Groups["post_n1"] : match.Groups["post_n2"], 0, out var postNumber))
            {
                return false;
            }

            post = postNumber;
        }

        long? dev = null;
        if (match.Groups["dev_l"].Success)
        {
            if (!TryNumber(match.Groups["dev_n"], 0, out var devNumber))
            {
                return false;
            }

            dev = devNumber;
        }

        if (!TryNumber(match.Groups["pre_n"], 0, out var pre))
        {
            return false;
        }

        var local = match.Groups["local"].Success ? match.Groups["local"].Value.ToLowerInvariant().Split('-', '_', '.') : Array.Empty<string>();
        version = new Pep440Version(text.Trim(), epoch, TrimZeros(release), preKind, pre, post, dev, local);
        return true;
    }

    public int CompareTo(Pep440Version? other)
    {
        if (other is null)
        {
            return 1;
        }

        var result = _epoch.CompareTo(other._epoch);
        if (result == 0)
        {
            result = CompareRelease(_release, other._release);
        }

        if (result == 0)
        {
            result = PreKey().CompareTo(other.PreKey());
        }

        if (result == 0)
        {
            result = (_post ?? -1).CompareTo(other._post ?? -1);
        }

        if (result == 0)
        {
            result = (_dev ?? long.MaxValue).CompareTo(other._dev ?? long.MaxValue);
        }

        return result != 0 ? result : CompareLocal(_local, other._local);
    }

    public override string ToString() => Text;

    /// <summary>
    /// The pre-release position: a dev release of the final version (<c>1.0.dev1</c>) sorts before its pre-releases, a
    /// version without pre-release after them. Kind in the high part, number in the low part.
    /// </summary>
    private (int Kind, long Number) PreKey() =>
        _preKind == 0 && _post is null && _dev is not null ? (-1, 0)
        : _preKind == 0 ? (4, 0)
        : (_preKind, _pre);

    private static int PreKind(string label) => label.ToLowerInvariant() switch
    {
        "a" or "alpha" => 1,
        "b" or "beta" => 2,
        _ => 3,
    };

    private static bool TryNumber(Group group, long fallback, out long value)
    {
        value = fallback;
        return !group.Success || long.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static long[] TrimZeros(long[] release)
    {
        var length = release.Length;
        while (length > 1 && release[length - 1] == 0)
        {
            length--;
        }

        var trimmed = new long[length];
        Array.Copy(release, trimmed, length);
        return trimmed;
    }

    private static int CompareRelease(long[] left, long[] right)
    {
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var result = (i < left.Length ? left[i] : 0).CompareTo(i < right.Length ? right[i] : 0);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    /// <summary>No local label sorts first; numeric segments sort after alphanumeric ones, and numerically; a longer label after its prefix.</summary>
    private static int CompareLocal(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            var leftNumber = long.TryParse(left[i], NumberStyles.None, CultureInfo.InvariantCulture, out var l);
            var rightNumber = long.TryParse(right[i], NumberStyles.None, CultureInfo.InvariantCulture, out var r);
            var result = leftNumber && rightNumber ? l.CompareTo(r)
                : leftNumber ? 1
                : rightNumber ? -1
                : string.CompareOrdinal(left[i], right[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return left.Count.CompareTo(right.Count);
    }
}

using System;
using System.Collections.Generic;

namespace McpGuard.Scanning;

/// <summary>
/// Per-file results kept across scans of a long-lived host (the analyzer in an editor, where every keystroke in a C#
/// file makes a new compilation): a file whose text, client, size limit and policy are unchanged is not checked again.
/// Cross-file rules, suppression and severity still run on every scan; they are cheap. One entry per path.
/// </summary>
public sealed class CheckedConfigCache
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Entry> _byPath = new(StringComparer.Ordinal);

    /// <summary>How many times the file at <paramref name="path"/> was checked rather than reused (for tests and diagnostics).</summary>
    public int ChecksOf(string path)
    {
        lock (_gate)
        {
            return _byPath.TryGetValue(path, out var entry) ? entry.Checks : 0;
        }
    }

    internal CheckedConfig GetOrCheck(string path, string formatId, long maxFileSize, string text, string? policyText, Func<CheckedConfig> check)
    {
        lock (_gate)
        {
            if (_byPath.TryGetValue(path, out var entry) && entry.Matches(formatId, maxFileSize, text, policyText))
            {
                return entry.Result;
            }
        }

        var result = check();
        lock (_gate)
        {
            var checks = _byPath.TryGetValue(path, out var previous) ? previous.Checks + 1 : 1;
            _byPath[path] = new Entry(formatId, maxFileSize, text, policyText, result, checks);
        }

        return result;
    }

    private sealed class Entry(string formatId, long maxFileSize, string text, string? policyText, CheckedConfig result, int checks)
    {
        public CheckedConfig Result { get; } = result;

        public int Checks { get; } = checks;

        public bool Matches(string otherFormatId, long otherMaxFileSize, string otherText, string? otherPolicyText) =>
            otherFormatId == formatId && otherMaxFileSize == maxFileSize
            && string.Equals(otherText, text, StringComparison.Ordinal) && string.Equals(otherPolicyText, policyText, StringComparison.Ordinal);
    }
}

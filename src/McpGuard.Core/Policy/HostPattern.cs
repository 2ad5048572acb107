using System;

namespace McpGuard.Policy;

/// <summary>Host patterns of a policy: <c>mcp.example.com</c> exactly, <c>*.corp.example</c> for every subdomain, <c>*</c> for any host.</summary>
public static class HostPattern
{
    public static bool Matches(string pattern, string host)
    {
        pattern = pattern.Trim().TrimEnd('.');
        if (pattern == "*")
        {
            return true;
        }

        if (pattern.StartsWith("*.", StringComparison.Ordinal))
        {
            var suffix = pattern.Substring(1);
            return host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && host.Length > suffix.Length;
        }

        return string.Equals(pattern, host, StringComparison.OrdinalIgnoreCase);
    }
}

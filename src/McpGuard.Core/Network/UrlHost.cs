using System;
using System.Net;

namespace McpGuard.Network;

/// <summary>
/// The scheme and host of a URL as a WHATWG URL parser (Node's <c>URL</c>, which MCP clients use) would read them:
/// userinfo before the last <c>@</c> is dropped, <c>\</c> ends the authority like <c>/</c>, IPv6 brackets are removed and
/// names are compared lower-case without a trailing dot. Shared by the transport rules (MCPG401, MCPG402 …) and the inventory.
/// </summary>
public static class UrlHost
{
    private static readonly char[] s_authorityEnd = { '/', '\\', '?', '#' };

    /// <summary>The scheme, lower-case, or empty when the text has no <c>scheme://</c>.</summary>
    public static string GetScheme(string url)
    {
        var end = url?.IndexOf("://", StringComparison.Ordinal) ?? -1;
        return end > 0 ? url!.Substring(0, end).Trim().ToLowerInvariant() : string.Empty;
    }

    /// <summary>The host, or <c>null</c> when there is none or a variable supplies it (it cannot be judged here).</summary>
    public static string? GetHost(string url)
    {
        if (url is null)
        {
            return null;
        }

        var separator = url.IndexOf("://", StringComparison.Ordinal);
        if (separator < 0)
        {
            return null;
        }

        var start = separator + 3;
        var end = url.IndexOfAny(s_authorityEnd, start);
        var authority = end < 0 ? url.Substring(start) : url.Substring(start, end - start);
        authority = authority.Substring(authority.LastIndexOf('@') + 1).Trim();
        if (authority.IndexOf('$') >= 0 || authority.IndexOf('{') >= 0 || authority.IndexOf('%') >= 0 || authority.Length == 0)
        {
            return null;
        }

        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            return (close > 0 ? authority.Substring(1, close - 1) : authority.Substring(1)).ToLowerInvariant();
        }

        var colon = authority.IndexOf(':');
        var host = (colon >= 0 ? authority.Substring(0, colon) : authority).TrimEnd('.').ToLowerInvariant();
        return host.Length == 0 ? null : host;
    }

    /// <summary>
    /// This machine: <c>localhost</c> and <c>*.localhost</c> (RFC 6761), 127.0.0.0/8, ::1 (also IPv4-mapped) and the
    /// unspecified addresses, which connect locally. <c>localhost.evil.example</c> is a remote name.
    /// </summary>
    public static bool IsLoopback(string host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return true;
        }

        if (!IsIpLiteral(host) || !IPAddress.TryParse(host, out var address))
        {
            return false;
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        return address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4());
    }

    /// <summary>Dotted digits or an IPv6 literal; .NET also parses forms such as <c>1</c> that URL parsers read as names.</summary>
    private static bool IsIpLiteral(string host)
    {
        if (host.IndexOf(':') >= 0)
        {
            return true;
        }

        foreach (var c in host)
        {
            if (!(char.IsDigit(c) || c == '.' || c == 'x' || (c >= 'a' && c <= 'f')))
            {
                return false;
            }
        }

        return host.IndexOf('.') > 0;
    }
}

using System;
using System.Collections.Generic;
using System.Net;
using McpGuard.Reporting;

namespace McpGuard.Rules.Transport;

/// <summary>MCP401: <c>http://</c> or <c>ws://</c> to a host other than this machine.</summary>
public sealed class UseEncryptedTransportRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UnencryptedRemoteServer,
        title: "Connect to remote servers over an encrypted transport",
        messageFormat: "Server '{0}' connects to '{1}' at '{2}' over unencrypted {3}; use {4} so tokens and tool traffic cannot be read or changed on the way",
        RuleCategories.Transport,
        RuleSeverity.Warning,
        description: "Plain HTTP exposes bearer tokens and tool results to anyone on the network path and lets them inject tool responses.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            foreach (var url in server.Urls)
            {
                var value = url.Value.Trim();
                var scheme = GetScheme(value);
                if ((scheme == "http" || scheme == "ws") && GetHost(value) is { } host && !IsLocal(host))
                {
                    context.Report(Rule, url.Span, server.Name, Redaction.RedactUrl(value), url.GetPath(), scheme + "://", scheme == "ws" ? "wss://" : "https://");
                }
            }
        }
    }

    private static string GetScheme(string url)
    {
        var end = url.IndexOf("://", StringComparison.Ordinal);
        return end > 0 ? url.Substring(0, end).ToLowerInvariant() : string.Empty;
    }

    /// <summary>The host, or <c>null</c> when a variable supplies it and it cannot be judged here.</summary>
    internal static string? GetHost(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.IndexOfAny(new[] { '/', '?', '#' }, start);
        var authority = end < 0 ? url.Substring(start) : url.Substring(start, end - start);
        authority = authority.Substring(authority.LastIndexOf('@') + 1);
        if (authority.IndexOf('$') >= 0 || authority.IndexOf('{') >= 0 || authority.IndexOf('%') >= 0 || authority.Length == 0)
        {
            return null;
        }

        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            return close > 0 ? authority.Substring(1, close - 1) : authority;
        }

        var colon = authority.IndexOf(':');
        return (colon >= 0 ? authority.Substring(0, colon) : authority).TrimEnd('.').ToLowerInvariant();
    }

    /// <summary>localhost, <c>*.localhost</c>, 127.0.0.0/8, ::1 and the unspecified address (which connects locally).</summary>
    internal static bool IsLocal(string host)
    {
        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return true;
        }

        if (!IPAddress.TryParse(host, out var address))
        {
            return false;
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        return address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4());
    }
}

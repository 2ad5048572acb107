using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using McpGuard.Internal;
using McpGuard.Model;
using McpGuard.Syntax;
using McpGuard.Rules;

namespace McpGuard.Network;

/// <summary>The lists of <c>Data/network-endpoints.json</c>, and the host names and addresses written in a server's values.</summary>
internal static class NetworkEndpoints
{
    private static readonly Lazy<Lists> s_lists = new(Load);

    /// <summary>Host names (two labels or more), IPv4 addresses and bracketed or bare IPv6 addresses with a <c>::</c>.</summary>
    private static readonly Regex s_hosts = new(
        @"(?<![A-Za-z0-9_.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?![A-Za-z0-9_-])|\[?[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:]*::?[0-9A-Fa-f]{1,4}\]?",
        RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(200));

    public static List<(string Host, string What)> CollectionHosts => s_lists.Value.CollectionHosts;

    public static List<(string Host, string What)> MetadataHosts => s_lists.Value.MetadataHosts;

    public static HashSet<string> BindOptions => s_lists.Value.Sets["bindOptions"];

    public static HashSet<string> BindEnvironment => s_lists.Value.Sets["bindEnvironment"];

    public static HashSet<string> CorsOptions => s_lists.Value.Sets["corsOptions"];

    public static HashSet<string> CorsEnvironment => s_lists.Value.Sets["corsEnvironment"];

    /// <summary>The values of a server that can name a host: its URLs, command, arguments, <c>env</c> and header values.</summary>
    public static IEnumerable<JsonStringNode> ServerValues(McpServer server)
    {
        foreach (var url in server.Urls)
        {
            yield return url;
        }

        if (server.Command is { } command)
        {
            yield return command;
        }

        foreach (var argument in server.Args)
        {
            yield return argument;
        }

        foreach (var values in new[] { server.Env, server.Headers })
        {
            if (values is null)
            {
                continue;
            }

            foreach (var property in values.Properties)
            {
                if (property.Value is JsonStringNode value)
                {
                    yield return value;
                }
            }
        }
    }

    /// <summary>
    /// Reports each value of each server that names a host <paramref name="find"/> picks: the value, the server, the host
    /// and what it is, and the value's JSON path are the message's arguments {0}-{3}.
    /// </summary>
    public static void ReportHosts(RuleContext context, RuleDescriptor rule, Func<string[], (string Host, string What)?> find)
    {
        foreach (var server in context.Document.Servers)
        {
            foreach (var value in context.Hosts(server))
            {
                if (find(value.Value) is { } hit)
                {
                    context.Report(rule, value.Key.Span, server.Name, hit.Host, hit.What, value.Key.GetPath());
                }
            }
        }
    }

    /// <summary>The server's values that name hosts, with those hosts (<see cref="RuleContext.Hosts"/> reads them once per check).</summary>
    internal static List<KeyValuePair<JsonStringNode, string[]>> CollectHosts(McpServer server)
    {
        var found = new List<KeyValuePair<JsonStringNode, string[]>>();
        foreach (var value in ServerValues(server))
        {
            var hosts = new List<string>(Hosts(value.Value));
            if (hosts.Count > 0)
            {
                found.Add(new KeyValuePair<JsonStringNode, string[]>(value, hosts.ToArray()));
            }
        }

        return found;
    }

    /// <summary>The host names and addresses in a value, lower-case, without brackets.</summary>
    public static IEnumerable<string> Hosts(string value)
    {
        // Every form the expression matches has a dot or a colon.
        if (value.IndexOf('.') < 0 && value.IndexOf(':') < 0)
        {
            yield break;
        }

        MatchCollection matches;
        try
        {
            matches = s_hosts.Matches(value);
            _ = matches.Count;
        }
        catch (RegexMatchTimeoutException)
        {
            yield break;
        }

        foreach (Match match in matches)
        {
            yield return match.Value.Trim('[', ']').TrimEnd('.').ToLowerInvariant();
        }
    }

    /// <summary>Whether <paramref name="host"/> is <paramref name="domain"/> or one of its subdomains.</summary>
    public static bool IsAtOrUnder(string host, string domain) =>
        host.EndsWith(domain, StringComparison.Ordinal) && (host.Length == domain.Length || host[host.Length - domain.Length - 1] == '.');

    private static Lists Load()
    {
        using var data = EmbeddedData.Load("network-endpoints.json");
        var root = data.RootElement;
        var lists = new Lists();
        foreach (var key in new[] { "bindOptions", "bindEnvironment", "corsOptions", "corsEnvironment" })
        {
            lists.Sets[key] = new HashSet<string>(EmbeddedData.ReadStrings(root, key), StringComparer.Ordinal);
        }

        foreach (var item in root.GetProperty("collectionHosts").EnumerateArray())
        {
            lists.CollectionHosts.Add((item.GetProperty("host").GetString()!, item.GetProperty("what").GetString()!));
        }

        foreach (var item in root.GetProperty("metadataHosts").EnumerateArray())
        {
            lists.MetadataHosts.Add((item.GetProperty("host").GetString()!, item.GetProperty("what").GetString()!));
        }

        return lists;
    }

    private sealed class Lists
    {
        public Dictionary<string, HashSet<string>> Sets { get; } = new(StringComparer.Ordinal);

        public List<(string Host, string What)> CollectionHosts { get; } = new();

        public List<(string Host, string What)> MetadataHosts { get; } = new();
    }
}

using System.Collections.Generic;
using McpGuard.Launch;
using McpGuard.Reporting;
using McpGuard.Syntax;
using McpGuard.Network;

namespace McpGuard.Rules.Transport;

/// <summary>MCPG401: <c>http://</c> or <c>ws://</c> to a host other than this machine, as the server's URL or a whole argument, env or header value.</summary>
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
            // The server's own URL, and URLs it is given in args, env or headers (mcp-remote http://…, SEARXNG_URL=http://…).
            foreach (var url in NetworkEndpoints.ServerValues(server))
            {
                var value = url.Value.Trim();
                var scheme = UrlHost.GetScheme(value);
                if ((scheme == "http" || scheme == "ws") && UrlHost.GetHost(value) is { } host && !UrlHost.IsLoopback(host) && !IsPackageFeed(url))
                {
                    context.Report(Rule, url.Span, server.Name, Redaction.RedactUrl(value), url.GetPath(), scheme + "://", scheme == "ws" ? "wss://" : "https://");
                }
            }
        }
    }

    /// <summary>A registry given to the launcher (<c>NPM_CONFIG_REGISTRY</c>, <c>--registry</c>): MCPG203 reports an http feed.</summary>
    private static bool IsPackageFeed(JsonStringNode url)
    {
        if (url.Parent is JsonPropertyNode property)
        {
            return PackageLauncher.FeedVariables.Contains(property.Name);
        }

        if (url.Parent is JsonArrayNode args)
        {
            var index = args.IndexOf(url);
            if (index > 0 && args.Items[index - 1] is JsonStringNode option)
            {
                foreach (var launcher in PackageLauncher.All)
                {
                    if (launcher.FeedOptions.Contains(option.Value))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}

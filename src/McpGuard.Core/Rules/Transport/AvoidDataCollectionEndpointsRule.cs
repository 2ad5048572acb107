using System.Collections.Generic;
using McpGuard.Network;

namespace McpGuard.Rules.Transport;

/// <summary>MCPG403: ngrok, webhook.site, requestbin, pipedream, interactsh, Burp Collaborator … in a URL, argument, env or header value.</summary>
public sealed class AvoidDataCollectionEndpointsRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DataCollectionEndpoint,
        title: "Do not connect to data-collection or tunnel endpoints",
        messageFormat: "Server '{0}' refers to '{1}' ({2}) at '{3}'; such endpoints record or relay whatever is sent to them and change hands freely: use the service's own, stable host",
        RuleCategories.Transport,
        RuleSeverity.Error,
        description: "Request bins, interaction collectors and ad-hoc tunnels are where exfiltrated data and callbacks of attacks go; a committed configuration has no reason to name them.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context) => NetworkEndpoints.ReportHosts(context, Rule, Find);

    private static (string Host, string What)? Find(string[] hosts)
    {
        foreach (var host in hosts)
        {
            foreach (var (domain, what) in NetworkEndpoints.CollectionHosts)
            {
                if (NetworkEndpoints.IsAtOrUnder(host, domain))
                {
                    return (host, what);
                }
            }
        }

        return null;
    }
}

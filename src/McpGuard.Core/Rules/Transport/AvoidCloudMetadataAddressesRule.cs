using System;
using System.Collections.Generic;
using McpGuard.Network;

namespace McpGuard.Rules.Transport;

/// <summary>MCPG405: <c>169.254.169.254</c>, <c>metadata.google.internal</c>, <c>fd00:ec2::254</c>, any 169.254.0.0/16 or fe80::/10 address.</summary>
public sealed class AvoidCloudMetadataAddressesRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.CloudMetadataAddress,
        title: "Do not reach cloud metadata or link-local addresses",
        messageFormat: "Server '{0}' refers to '{1}', {2}, at '{3}'; an MCP server has no reason to reach it, and a tool that can hands the machine's cloud credentials to whoever drives the agent",
        RuleCategories.Transport,
        RuleSeverity.Warning,
        description: "The instance-metadata service hands out the cloud role's credentials to any process that asks; it is the first target of server-side request forgery.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context) => NetworkEndpoints.ReportHosts(context, Rule, Find);

    private static (string Host, string What)? Find(string[] hosts)
    {
        foreach (var host in hosts)
        {
            foreach (var (known, what) in NetworkEndpoints.MetadataHosts)
            {
                if (host == known)
                {
                    return (host, what);
                }
            }

            if (host.StartsWith("169.254.", StringComparison.Ordinal) && host.Split('.').Length == 4)
            {
                return (host, "a link-local address");
            }

            if (host.StartsWith("fe80:", StringComparison.Ordinal))
            {
                return (host, "a link-local address");
            }
        }

        return null;
    }
}

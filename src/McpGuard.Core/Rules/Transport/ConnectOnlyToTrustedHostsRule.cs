using System.Collections.Generic;
using McpGuard.Launch;
using McpGuard.Reporting;
using McpGuard.Syntax;
using McpGuard.Network;

namespace McpGuard.Rules.Transport;

/// <summary>MCPG402: with a policy listing trusted hosts, a remote server (or an mcp-remote bridge) to any other host.</summary>
public sealed class ConnectOnlyToTrustedHostsRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UntrustedRemoteHost,
        title: "Connect only to trusted remote hosts",
        messageFormat: "Server '{0}' connects to '{1}' at '{2}', a host outside the policy's trustedHosts; connect through a trusted host, or have '{3}' reviewed and added to '{4}'",
        RuleCategories.Transport,
        RuleSeverity.Warning,
        description: "A remote server receives every tool call and its data; the policy (mcpguard.json) names the hosts the organisation trusts with them.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        if (context.Policy is not { TrustedHosts: not null } policy)
        {
            return;
        }

        var policyName = System.IO.Path.GetFileName(policy.Path);
        foreach (var server in context.Document.Servers)
        {
            foreach (var url in server.Urls)
            {
                Check(context, policy, server.Name, url.Value, url, policyName);
            }

            foreach (var token in ServerPackages.BridgedUrls(context.Invocations(server)))
            {
                Check(context, policy, server.Name, token.Text, token.Source, policyName);
            }
        }
    }

    private static void Check(RuleContext context, Policy.McpPolicy policy, string server, string url, JsonStringNode node, string policyName)
    {
        var value = url.Trim();
        if (value.IndexOf("://", System.StringComparison.Ordinal) < 0 || UrlHost.GetHost(value) is not { } host
            || UrlHost.IsLoopback(host) || policy.IsTrustedHost(host))
        {
            return;
        }

        context.Report(Rule, node.Span, server, Redaction.RedactUrl(value), node.GetPath(), host, policyName);
    }
}

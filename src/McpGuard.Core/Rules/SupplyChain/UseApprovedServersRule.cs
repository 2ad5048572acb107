using System;
using System.Collections.Generic;
using McpGuard.Launch;
using McpGuard.Model;
using McpGuard.Policy;
using McpGuard.Network;

namespace McpGuard.Rules.SupplyChain;

/// <summary>MCPG205: with a policy listing approved servers, a server that matches no entry, or a version outside the entry's range.</summary>
public sealed class UseApprovedServersRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ServerNotApproved,
        title: "Use only servers the policy approves",
        messageFormat: "Server '{0}' {1} at '{2}' {3}; {4}",
        RuleCategories.SupplyChain,
        RuleSeverity.Warning,
        description: "The organisation's policy (mcpguard.json) lists the servers that were reviewed, with their owners and allowed versions; anything else has not been.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        if (context.Policy?.ApprovedServers is not { } approved)
        {
            return;
        }

        var policyName = System.IO.Path.GetFileName(context.Policy.Path);
        foreach (var server in context.Document.Servers)
        {
            var packages = context.Packages(server);
            var matched = false;
            foreach (var package in packages)
            {
                if (package.Source == PackageSource.Local || FindEntry(approved, package) is not { } entry)
                {
                    continue;
                }

                matched = true;
                if (entry.Versions is { } range && !(PackagePinning.ExactVersion(package) is { } version && range.Satisfies(version)))
                {
                    var problem = PackagePinning.ExactVersion(package) is null
                        ? $"is not pinned, so it cannot be held to the approved versions {entry.VersionsText}"
                        : $"is outside the approved versions {entry.VersionsText}";
                    context.Report(Rule, package.Token.Source.Span, server.Name, "runs '" + package.Spec + "'", package.Token.Source.GetPath(), problem, $"pin a version the policy ('{policyName}') allows{Owner(entry)}");
                }
            }

            if (!matched && !MatchesHostOrCommand(context, approved, server))
            {
                var what = packages.Count > 0 ? "runs '" + Reporting.Redaction.RedactUrl(packages[0].Name) + "'" : server.Urls.Count > 0 ? "connects to '" + (UrlHost.GetHost(server.Urls[0].Value.Trim()) ?? server.Urls[0].Value) + "'" : "runs '" + (server.Command?.Value ?? string.Empty) + "'";
                context.Report(Rule, server.NameSpan, server.Name, what, server.Body.GetPath(), "is not on the approved list of '" + policyName + "'", "use an approved server, or have it reviewed and added to the policy");
            }
        }
    }

    private static ApprovedServer? FindEntry(IReadOnlyList<ApprovedServer> approved, PackageReference package)
    {
        var name = KnownPackages.Normalize(package.Ecosystem, package.Name);
        foreach (var entry in approved)
        {
            if (entry.Package is { } id && KnownPackages.Normalize(package.Ecosystem, id) == name
                && (entry.Ecosystem is null || KnownPackages.ParseEcosystem(entry.Ecosystem) == package.Ecosystem))
            {
                return entry;
            }
        }

        return null;
    }

    private static bool MatchesHostOrCommand(RuleContext context, IReadOnlyList<ApprovedServer> approved, McpServer server)
    {
        var hosts = new List<string>();
        foreach (var url in server.Urls)
        {
            if (UrlHost.GetHost(url.Value.Trim()) is { } host)
            {
                hosts.Add(host);
            }
        }

        foreach (var token in ServerPackages.BridgedUrls(context.Invocations(server)))
        {
            if (UrlHost.GetHost(token.Text.Trim()) is { } host)
            {
                hosts.Add(host);
            }
        }

        var program = server.Command is null ? null : CommandInvocation.NormalizeProgram(server.Command.Value.Split(' ')[0]);
        foreach (var entry in approved)
        {
            if (entry.Host is { } pattern && hosts.Exists(host => HostPattern.Matches(pattern, host)))
            {
                return true;
            }

            if (entry.Command is { } command && program is not null && entry.Package is null
                && (string.Equals(CommandInvocation.NormalizeProgram(command), program, StringComparison.Ordinal) || string.Equals(command, server.Command!.Value.Trim(), StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Owner(ApprovedServer entry) => entry.Owner is null ? string.Empty : $"; owner: {entry.Owner}";
}

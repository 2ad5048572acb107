using System;
using System.Collections.Generic;
using McpGuard.Launch;
using McpGuard.Reporting;
using McpGuard.Network;

namespace McpGuard.Rules.SupplyChain;

/// <summary>
/// MCPG203: code from a git branch, a tarball URL, or a feed other than the official registry (or any feed over http)
/// bypasses the registry's immutability and the versions a review can name.
/// </summary>
public sealed class UseVettedPackageSourcesRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UnvettedPackageSource,
        title: "Install server packages from vetted sources",
        messageFormat: "Server '{0}' takes '{1}' at '{2}' from {3}; {4}",
        RuleCategories.SupplyChain,
        RuleSeverity.Warning,
        description: "A git branch or tag can be moved, a URL can serve other content tomorrow, and an unofficial or plain-http feed can serve any package under a known name.");

    private const string PublishAdvice = "publish it to a registry and pin an exact version, or pin a full commit id";

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            foreach (var invocation in context.Invocations(server))
            {
                foreach (var package in PackageReferenceReader.Read(invocation))
                {
                    var span = package.Token.Source.Span;
                    var path = package.Token.Source.GetPath();
                    if (package.Source == PackageSource.Git && !PackagePinning.IsCommit(package.Version))
                    {
                        var what = package.Version is null ? "a git repository without a commit id" : $"the git revision '{package.Version}', which can be moved";
                        context.Report(Rule, span, server.Name, Redaction.RedactUrl(package.Spec), path, what, PublishAdvice);
                    }
                    else if (package.Source == PackageSource.Url)
                    {
                        context.Report(Rule, span, server.Name, Redaction.RedactUrl(package.Spec), path, "a URL whose content can change", PublishAdvice);
                    }
                }

                foreach (var (token, value) in PackageReferenceReader.ReadFeeds(invocation))
                {
                    ReportFeed(context, server.Name, value, token.Source);
                }
            }

            // NPM_CONFIG_REGISTRY, UV_INDEX_URL, PIP_INDEX_URL… in the server's env point its launcher elsewhere too.
            foreach (var variable in server.Env?.Properties ?? Array.Empty<Syntax.JsonPropertyNode>())
            {
                if (variable.Value is Syntax.JsonStringNode value && PackageLauncher.FeedVariables.Contains(variable.Name))
                {
                    foreach (var feed in value.Value.Split(' '))
                    {
                        ReportFeed(context, server.Name, feed, value);
                    }
                }
            }
        }
    }

    private static void ReportFeed(RuleContext context, string server, string feed, Syntax.JsonStringNode node)
    {
        if (DescribeFeed(feed.Trim(), context) is { } problem)
        {
            context.Report(Rule, node.Span, server, Redaction.RedactUrl(feed.Trim()), node.GetPath(), problem, "use the official registry, or list the feed's host in the policy's trustedHosts");
        }
    }

    /// <summary>Why a feed is not vetted, or <c>null</c> when it is (official, trusted by the policy, local).</summary>
    private static string? DescribeFeed(string feed, RuleContext context)
    {
        if (feed.IndexOf("://", StringComparison.Ordinal) < 0 || UrlHost.GetHost(feed) is not { } host || UrlHost.IsLoopback(host))
        {
            // A folder on this machine, or a host given by a variable: nothing to judge here.
            return null;
        }

        if (feed.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return "a feed over unencrypted http, where anyone on the path can swap packages";
        }

        return PackageLauncher.OfficialFeedHosts.Contains(host) || context.Policy?.IsTrustedHost(host) == true
            ? null
            : $"the feed host '{host}', which is not the official registry";
    }
}

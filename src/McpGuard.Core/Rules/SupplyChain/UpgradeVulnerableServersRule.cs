using System.Collections.Generic;
using McpGuard.Launch;

namespace McpGuard.Rules.SupplyChain;

/// <summary>
/// MCPG204: a pinned version inside a published advisory's affected range (offline list, like NuGetAudit); an unpinned
/// reference to a package whose advisory has no fixed release yet.
/// </summary>
public sealed class UpgradeVulnerableServersRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.KnownVulnerableVersion,
        title: "Upgrade server versions with known vulnerabilities",
        messageFormat: "{0} runs '{1}' at '{2}', {3} by {4} ({5} severity: {6}); {7} ({8})",
        RuleCategories.SupplyChain,
        RuleSeverity.Warning,
        description: "A server version with a published advisory can be exploited the way the advisory describes; the fixed release closes it.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var (owner, package) in LaunchedCommands.Packages(context))
        {
            if (package.Source != PackageSource.Registry)
            {
                continue;
            }

            var version = PackagePinning.ExactVersion(package);
            foreach (var advisory in Advisory.For(package.Ecosystem, package.Name))
            {
                string? state = null;
                if (version is not null && advisory.Affects(version))
                {
                    state = $"version {version.ToNormalizedString()} is affected";
                }
                else if (version is null && advisory.FixedVersion is null)
                {
                    state = "not pinned, and every release is affected";
                }

                if (state is not null)
                {
                    var fix = advisory.FixedVersion is { } fixedVersion ? $"pin {fixedVersion} or later" : "no fixed release is published: remove the server or replace it";
                    context.Report(Rule, package.Token.Source.Span, owner, package.Spec, package.Token.Source.GetPath(), state, advisory.DisplayId, advisory.Severity, advisory.Summary, fix, advisory.Link);
                }
            }
        }
    }
}

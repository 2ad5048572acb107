using System.Collections.Generic;
using McpGuard.Advisories;
using McpGuard.Launch;

namespace McpGuard.Rules.SupplyChain;

/// <summary>
/// MCPG204: a pinned version inside a published advisory's affected range (offline: the shipped list and the
/// <c>McpGuardAdvisorySource</c> records, like NuGetAudit); an unpinned reference to a package whose advisory has no fixed
/// release yet.
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

            var version = AdvisoryVersion.Of(package);
            foreach (var advisory in context.Advisories.For(package))
            {
                string? state = null;
                string? fixedVersion = null;
                if (version is not null && advisory.Affects(version))
                {
                    state = $"version {version.Text} is affected";
                    fixedVersion = advisory.FixedVersionFor(version);
                }
                else if (package.Ecosystem == PackageEcosystem.Oci && (advisory.ListsExactly(package.Digest) || (version is null && advisory.ListsExactly(package.Version))))
                {
                    // An image advisory may list the affected tags or digests instead of ordering them.
                    state = $"image {package.Digest ?? package.Version} is affected";
                    fixedVersion = advisory.LatestFix();
                }
                else if (version is null && !package.IsPinned && advisory.IsOpen)
                {
                    state = "not pinned, and every release is affected";
                }

                if (state is not null)
                {
                    var fix = fixedVersion is not null ? $"pin {fixedVersion} or later" : "no fixed release is published: remove the server or replace it";
                    context.Report(Rule, package.Token.Source.Span, owner, package.Spec, package.Token.Source.GetPath(), state, advisory.DisplayId, advisory.Severity, advisory.Summary, fix, advisory.Link);
                }
            }
        }
    }
}

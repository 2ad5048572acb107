using System.Collections.Generic;
using McpGuard.Launch;

namespace McpGuard.Rules.SupplyChain;

/// <summary>MCPG206: <c>@modelcontextprotocol/server-filesytem</c> is one keystroke from the real server, and a known-malicious name is worse.</summary>
public sealed class AvoidLookalikePackagesRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.LookalikePackage,
        title: "Run well-known servers under their real names",
        messageFormat: "{0} runs '{1}' at '{2}', {3}; {4}",
        RuleCategories.SupplyChain,
        RuleSeverity.Warning,
        description: "Typosquats of popular server packages and packages published to impersonate a vendor run with the developer's credentials.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var known = KnownPackages.Default;
        foreach (var (owner, package) in LaunchedCommands.Packages(context))
        {
            if (package.Source != PackageSource.Registry)
            {
                continue;
            }

            var span = package.Token.Source.Span;
            if (known.FindMalicious(package.Ecosystem, package.Name) is { } malicious)
            {
                context.Report(Rule, span, owner, package.Name, package.Token.Source.GetPath(), "a package reported as malicious: " + malicious.Reason, "remove it and rotate every credential it could read (" + malicious.Link + ")");
            }
            else if (known.FindImitated(package.Ecosystem, package.Name) is { } imitated)
            {
                context.Report(Rule, span, owner, package.Name, package.Token.Source.GetPath(), $"a near miss of the well-known package '{imitated}'", $"check the name; if '{imitated}' was meant, use it");
            }
        }
    }
}

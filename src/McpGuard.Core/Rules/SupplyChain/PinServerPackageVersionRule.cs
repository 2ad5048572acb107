using System;
using System.Collections.Generic;
using McpGuard.Launch;
using McpGuard.Model;

namespace McpGuard.Rules.SupplyChain;

/// <summary>MCPG201: <c>npx pkg</c>, <c>pkg@latest</c>, <c>uvx pkg</c>, <c>dnx Id@</c> run whatever was published last.</summary>
public sealed class PinServerPackageVersionRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PackageNotPinned,
        title: "Pin server packages to an exact version",
        messageFormat: "{0} runs {1} package '{2}' at '{3}' without an exact version; pin it (e.g. '{4}') so every machine runs the release that was reviewed",
        RuleCategories.SupplyChain,
        RuleSeverity.Warning,
        description: "An unpinned package is downloaded and executed at its newest version on every start: one compromised release reaches every developer.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        // A registry server.json names its package and version apart; the version must be one exact release.
        if (context.Document.Format.ServersShape == ServersShape.Registry)
        {
            foreach (var server in context.Document.Servers)
            {
                if (RegistryPackages.Read(server) is { } published && !published.IsPinned)
                {
                    context.Report(Rule, published.Token.Source.Span, $"Server '{server.Name}'", EcosystemName(published.Ecosystem), published.Spec, published.Token.Source.GetPath(), "\"version\": \"<exact version>\"");
                }
            }

            return;
        }

        foreach (var (owner, package) in LaunchedCommands.Packages(context))
        {
            // Images are MCPG202's, git and URL sources MCPG203's; local code has no version.
            if (package.Source == PackageSource.Registry && package.Ecosystem != PackageEcosystem.Oci && !package.IsPinned)
            {
                // go run module/cmd without @version takes the version the repository's go.mod requires, if it requires the module.
                var rule = package.Ecosystem == PackageEcosystem.Go && package.Version is null ? Rule.WithSeverity(RuleSeverity.Info) : Rule;
                context.Report(rule, package.Token.Source.Span, owner, EcosystemName(package.Ecosystem), package.Spec, package.Token.Source.GetPath(), Suggestion(package));
            }
        }
    }

    internal static string EcosystemName(PackageEcosystem ecosystem) => ecosystem switch
    {
        PackageEcosystem.PyPI => "PyPI",
        PackageEcosystem.NuGet => "NuGet",
        PackageEcosystem.Oci => "container",
        PackageEcosystem.Jsr => "JSR",
        PackageEcosystem.Go => "Go",
        _ => "npm",
    };

    private static string Suggestion(PackageReference package) => package.Ecosystem switch
    {
        PackageEcosystem.PyPI => $"{package.Name}==<version>",
        PackageEcosystem.Jsr => $"jsr:{package.Name}@<version>",
        _ when package.Spec.StartsWith("npm:", StringComparison.Ordinal) => $"npm:{package.Name}@<version>",
        _ => $"{package.Name}@<version>",
    };
}

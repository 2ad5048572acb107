using System;
using System.Collections.Generic;
using McpGuard.Launch;
using NuGet.Versioning;

namespace McpGuard.Rules.SupplyChain;

/// <summary>MCP201: <c>npx pkg</c>, <c>pkg@latest</c>, <c>uvx pkg</c>, <c>dnx Id@</c> run whatever was published last.</summary>
public sealed class PinServerPackageVersionRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PackageNotPinned,
        title: "Pin server packages to an exact version",
        messageFormat: "Server '{0}' runs {1} package '{2}' at '{3}' without an exact version; pin it (e.g. '{4}') so every machine runs the release that was reviewed",
        RuleCategories.SupplyChain,
        RuleSeverity.Warning,
        description: "An unpinned package is downloaded and executed at its newest version on every start: one compromised release reaches every developer.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            foreach (var invocation in LaunchCommandReader.Read(server))
            {
                foreach (var package in PackageReferenceReader.Read(invocation))
                {
                    if (!IsExact(package))
                    {
                        context.Report(Rule, package.Token.Source.Span, server.Name, EcosystemName(package.Ecosystem), package.Spec, package.Token.Source.GetPath(), Suggestion(package));
                    }
                }
            }
        }
    }

    internal static bool IsExact(PackageReference package)
    {
        var version = package.Version;
        if (string.IsNullOrWhiteSpace(version))
        {
            return false;
        }

        switch (package.Ecosystem)
        {
            case PackageEcosystem.PyPI:
                // ==1.2.3 and ===1.2.3 pin; @1.2.3 is uv's shorthand for ==.
                var exact = version!.StartsWith("==", StringComparison.Ordinal) ? version.TrimStart('=') : version.StartsWith("@", StringComparison.Ordinal) ? version.Substring(1) : null;
                return exact is not null && IsPythonExactVersion(exact.Trim());
            case PackageEcosystem.NuGet:
                return NuGetVersion.TryParse(version!, out _);
            default:
                return SemanticVersion.TryParse(version!, out _);
        }
    }

    private static bool IsPythonExactVersion(string version)
    {
        if (version.Length == 0 || !char.IsDigit(version[0]))
        {
            return false;
        }

        foreach (var c in version)
        {
            if (!char.IsLetterOrDigit(c) && c != '.' && c != '-' && c != '+' && c != '!' && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static string EcosystemName(PackageEcosystem ecosystem) => ecosystem switch
    {
        PackageEcosystem.PyPI => "PyPI",
        PackageEcosystem.NuGet => "NuGet",
        _ => "npm",
    };

    private static string Suggestion(PackageReference package) => package.Ecosystem switch
    {
        PackageEcosystem.PyPI => $"{package.Name}==<version>",
        _ => $"{package.Name}@<version>",
    };
}

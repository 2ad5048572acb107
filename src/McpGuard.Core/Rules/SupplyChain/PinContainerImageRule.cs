using System;
using System.Collections.Generic;
using McpGuard.Launch;

namespace McpGuard.Rules.SupplyChain;

/// <summary>MCPG202: <c>docker run image</c> or <c>image:latest</c> runs whatever was pushed last; a tag alone can be moved (Info).</summary>
public sealed class PinContainerImageRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ContainerImageNotPinned,
        title: "Pin container images to a digest",
        messageFormat: "{0} runs container image '{1}' at '{2}' {3}; pin it by digest ('{4}@sha256:<digest>') so every machine runs the image that was reviewed",
        RuleCategories.SupplyChain,
        RuleSeverity.Warning,
        description: "An image without a tag, or tagged latest, is whatever was pushed last; any tag can be moved to another image. Only a digest names fixed content.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        foreach (var (owner, image) in LaunchedCommands.Packages(context))
        {
            if (image.Ecosystem != PackageEcosystem.Oci || image.Digest is not null || image.Source != PackageSource.Registry)
            {
                continue;
            }

            var floating = image.Version is null || string.Equals(image.Version, "latest", StringComparison.OrdinalIgnoreCase);
            var what = image.Version is null ? "without a tag (= latest)" : floating ? "tagged 'latest', which moves" : $"by the tag '{image.Version}' only, which can be moved";
            context.Report(Rule, floating ? null : RuleSeverity.Info, image.Token.Source.Span, owner, image.Spec, image.Token.Source.GetPath(), what, image.Name);
        }
    }
}

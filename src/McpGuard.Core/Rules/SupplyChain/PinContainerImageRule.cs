using System;
using System.Collections.Generic;
using McpGuard.Launch;
using McpGuard.Syntax;

namespace McpGuard.Rules.SupplyChain;

/// <summary>
/// MCPG202: <c>docker run image</c> or <c>image:latest</c> runs whatever was pushed last; a tag alone can be moved (Info). The
/// <c>image</c> of a service that <c>docker compose run</c>/<c>up</c> starts likewise, unless the service is built locally
/// (<c>build:</c>, <c>pull_policy: never</c>/<c>build</c>).
/// </summary>
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
            context.Report(floating ? Rule : Rule.WithSeverity(RuleSeverity.Info), image.Token.Source.Span, owner, image.Spec, image.Token.Source.GetPath(), what, image.Name);
        }

        foreach (var server in context.Document.Servers)
        {
            foreach (var command in context.Script(server).Commands)
            {
                ReportComposeImages(context, server, ComposeCommand.Services(context, server, command));
            }
        }
    }

    /// <summary>One finding per service started: the last file that sets its <c>image</c> wins, as Compose merges them.</summary>
    private static void ReportComposeImages(RuleContext context, Model.McpServer server, IReadOnlyList<ComposeService> services)
    {
        var judged = new Dictionary<(JsonStringNode, string), (ComposeService Service, JsonStringNode? Image, bool Local)>();
        foreach (var service in services)
        {
            var key = (service.Word, service.Name);
            judged.TryGetValue(key, out var state);
            var pullPolicy = service.Body.GetString("pull_policy")?.Value.Trim().ToLowerInvariant();
            var local = state.Local || service.Body.GetValue("build") is not null || pullPolicy is "never" or "build";
            judged[key] = (service, service.Body.GetString("image") ?? state.Image, local);
        }

        foreach (var (service, image, local) in judged.Values)
        {
            if (local || image is null || image.Value.IndexOf('$') >= 0
                || PackageSpecs.ParseImage(image.Value.Trim(), new CommandToken(image.Value, service.Word)) is not { } reference
                || reference.Digest is not null)
            {
                continue;
            }

            var floating = reference.Version is null || string.Equals(reference.Version, "latest", StringComparison.OrdinalIgnoreCase);
            var what = reference.Version is null ? "without a tag (= latest)" : floating ? "tagged 'latest', which moves" : $"by the tag '{reference.Version}' only, which can be moved";
            context.Report(
                floating ? Rule : Rule.WithSeverity(RuleSeverity.Info), service.Word.Span, $"Server '{server.Name}'", reference.Spec, service.Word.GetPath(),
                what + " " + service.Describe(image), reference.Name);
        }
    }
}

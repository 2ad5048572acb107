using System.Collections.Generic;
using McpGuard.Paths;

namespace McpGuard.Rules.FileSystem;

/// <summary>
/// MCPG501: a path argument, docker <c>-v</c> host path, folder-valued <c>env</c> entry or <c>additionalDirectories</c> item that is
/// <c>/</c>, a drive root, <c>/Users</c>, or a whole home folder (<c>~</c>, <c>$HOME</c>, <c>%USERPROFILE%</c>, <c>/Users/x</c>).
/// </summary>
public sealed class DoNotExposeWholeFileSystemRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.WholeFileSystemExposed,
        title: "Do not expose the whole filesystem or a home folder",
        messageFormat: "{0} gives access to {1} ('{2}') at '{3}'; name the project folders it needs (e.g. {4})",
        RuleCategories.FileSystem,
        RuleSeverity.Warning,
        description: "A home folder holds SSH keys, cloud credentials, browser profiles and every other project; a tool that can read it can be talked into sending any of them away.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var reported = new HashSet<(Syntax.JsonStringNode, string)>();
        foreach (var path in PathArguments.Find(context))
        {
            var what = PathScope.Classify(path.Text) switch
            {
                PathKind.FileSystemRoot => "the whole filesystem",
                PathKind.HomeFolder => "the whole home folder",
                _ => null,
            };
            if (what is not null && reported.Add((path.Node, path.Where)))
            {
                context.Report(Rule, path.Node.Span, context.DescribeOwner(path.Node), what, path.Text.Trim() + path.Where, path.Node.GetPath(), path.Where.Length > 0 ? ComposeExample : Example(context.Document.Format));
            }
        }
    }

    /// <summary>A Compose mount is fixed in the Compose file, whose relative paths start at its own folder.</summary>
    private const string ComposeExample = "'./docs' or './data'";

    private static string Example(Model.ConfigFormat format) =>
        Model.ClientDialect.ProjectFolder(format) is { } folder ? $"'{folder}/docs' or './data'" : "'./docs' or './data'";
}

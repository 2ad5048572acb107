using System.Collections.Generic;
using McpGuard.Paths;

namespace McpGuard.Rules.FileSystem;

/// <summary>
/// MCPG504: a relative path argument (or <c>${workspaceFolder}/..</c>) that climbs out of the repository. A configuration's
/// relative paths are counted from its own folder (<c>.vscode/</c> is one level down), the most generous reading, so
/// <c>../src</c> in <c>.vscode/mcp.json</c> is not reported; Claude Code's <c>additionalDirectories</c> start at the project root.
/// </summary>
public sealed class KeepPathsInsideTheRepositoryRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PathOutsideRepository,
        title: "Keep paths inside the repository",
        messageFormat: "{0} points outside the repository ('{1}') at '{2}'; what is there was not reviewed with the project and differs on every machine",
        RuleCategories.FileSystem,
        RuleSeverity.Info,
        description: "A relative path that climbs out of the repository reaches whatever happens to sit next to the checkout.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var depth = PathScope.ConfigDepth(context.Document.Path);
        var reported = new HashSet<Syntax.JsonStringNode>();
        foreach (var path in PathArguments.Find(context))
        {
            // A Compose mount is relative to the Compose file's folder, not to this file: not judged here.
            if (path.Where.Length == 0 && PathScope.LeavesRepository(path.Text, path.FromProjectRoot ? 0 : depth) && reported.Add(path.Node))
            {
                context.Report(Rule, path.Node.Span, context.DescribeOwner(path.Node), path.Text.Trim(), path.Node.GetPath());
            }
        }
    }
}

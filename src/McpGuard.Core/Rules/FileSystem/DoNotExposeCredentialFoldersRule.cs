using System.Collections.Generic;
using McpGuard.Paths;

namespace McpGuard.Rules.FileSystem;

/// <summary>MCPG502: <c>~/.ssh</c>, <c>~/.aws</c>, <c>~/.kube</c>, <c>~/.gnupg</c>, <c>~/.docker</c>, <c>~/.config</c>, browser profiles, <c>%APPDATA%</c>, <c>/etc</c>, <c>/var/log</c> as a path argument.</summary>
public sealed class DoNotExposeCredentialFoldersRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.CredentialFolderExposed,
        title: "Do not expose credential stores or system folders",
        messageFormat: "{0} gives access to {1} ('{2}') at '{3}'; remove it: whatever can read it can send the keys and tokens it holds anywhere, so pass the one credential a server needs through an environment variable reference instead",
        RuleCategories.FileSystem,
        RuleSeverity.Error,
        description: "Key and credential folders, browser profiles and system folders are what an attacker steering the agent is after; no server needs them whole.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var reported = new HashSet<(Syntax.JsonStringNode, string)>();
        foreach (var path in PathArguments.Find(context))
        {
            var what = PathScope.Classify(path.Text) switch
            {
                PathKind.CredentialStore => "a credential store",
                PathKind.SystemFolder => "a system folder",
                _ => null,
            };
            if (what is not null && reported.Add((path.Node, path.Where)))
            {
                context.Report(Rule, path.Node.Span, context.DescribeOwner(path.Node), what, path.Text.Trim() + path.Where, path.Node.GetPath());
            }
        }
    }
}

using System;
using System.Collections.Generic;
using McpGuard.Launch.Shell;
using McpGuard.Rules.FileSystem;
using McpGuard.Syntax;

namespace McpGuard.Rules.Execution;

/// <summary>
/// MCP305: the program (or the script an interpreter runs) lives in a temporary, Downloads or shared folder, or a
/// relative path climbs out of the repository. Paths elsewhere on the machine are MCP503's (home folders) concern.
/// </summary>
public sealed class RunCommandsFromTrustedLocationsRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UntrustedCommandLocation,
        title: "Run commands from trusted locations",
        messageFormat: "Server '{0}' runs '{1}' from {2} at '{3}'; run a program installed by a package manager, or one inside the repository where it is reviewed",
        RuleCategories.Execution,
        RuleSeverity.Warning,
        description: "Any process or user can place or replace files in temporary, Downloads and shared folders; code outside the repository is not part of what was reviewed.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var depth = PathScope.ConfigDepth(context.Document.Path);
        foreach (var server in context.Document.Servers)
        {
            var reported = new HashSet<JsonStringNode>();
            foreach (var command in context.GetLaunchScript(server).Commands)
            {
                if (command.RunIndex >= command.Words.Count)
                {
                    continue;
                }

                Check(context, server.Name, command.Words[command.RunIndex], depth, reported);
                var script = PathArguments.ScriptIndex(command);
                if (script > 0)
                {
                    Check(context, server.Name, command.Words[script], depth, reported);
                }
            }
        }
    }

    private static void Check(RuleContext context, string server, ShellWord word, int depth, HashSet<JsonStringNode> reported)
    {
        if (word.Source is not { } node || Describe(word.Text, depth) is not { } where || !reported.Add(node))
        {
            return;
        }

        context.Report(Rule, node, server, word.Text, where, node.GetPath());
    }

    internal static string? Describe(string path, int depth)
    {
        var normalized = PathScope.Normalize(path);
        var anchored = normalized.Length > 0 && (normalized[0] is '/' or '~' or '$' or '%' || normalized.StartsWith("c:", StringComparison.Ordinal));
        foreach (var (folder, what, prefix) in LaunchRisks.UntrustedFolders)
        {
            if (prefix ? normalized.StartsWith(folder, StringComparison.Ordinal) : anchored && normalized.IndexOf(folder, StringComparison.Ordinal) >= 0)
            {
                return what;
            }
        }

        return PathScope.LeavesRepository(path, depth) ? "outside the repository" : null;
    }
}

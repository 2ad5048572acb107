using System;
using System.Collections.Generic;
using McpGuard.Launch.Shell;
using McpGuard.Syntax;
using McpGuard.Launch;
using McpGuard.Paths;

namespace McpGuard.Rules.Execution;

/// <summary>
/// MCPG305: the program (or the script an interpreter runs) lives in a temporary, Downloads or shared folder, or a
/// relative path climbs out of the repository. Paths elsewhere on the machine are MCPG503's (home folders) concern.
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
        var repository = RepositoryFolder(context.Document.Path, depth);
        foreach (var server in context.Document.Servers)
        {
            var reported = new HashSet<JsonStringNode>();
            foreach (var command in context.Script(server).Commands)
            {
                if (command.RunIndex >= command.Words.Count)
                {
                    continue;
                }

                Check(context, server.Name, command.Words[command.RunIndex], depth, repository, reported);
                var script = PathArguments.ScriptIndex(command);
                if (script > 0)
                {
                    Check(context, server.Name, command.Words[script], depth, repository, reported);
                }
            }
        }
    }

    private static void Check(RuleContext context, string server, ShellWord word, int depth, string repository, HashSet<JsonStringNode> reported)
    {
        // An absolute path into the repository itself (a checkout that happens to live under /tmp) is the repository.
        var inRepository = repository.Length > 1 && PathScope.Normalize(word.Text).StartsWith(repository + "/", StringComparison.Ordinal);
        if (word.Source is not { } node || inRepository || Describe(word.Text, depth) is not { } where || !reported.Add(node))
        {
            return;
        }

        context.Report(Rule, node.Span, server, word.Text, where, node.GetPath());
    }

    /// <summary>The folder the configuration's repository is at least rooted in (normalized), from the file's own path.</summary>
    private static string RepositoryFolder(string documentPath, int depth)
    {
        var folder = System.IO.Path.GetDirectoryName(documentPath ?? string.Empty) ?? string.Empty;
        for (var i = 0; i < depth && folder.Length > 0; i++)
        {
            folder = System.IO.Path.GetDirectoryName(folder) ?? string.Empty;
        }

        return folder.Length == 0 ? string.Empty : PathScope.Normalize(folder);
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

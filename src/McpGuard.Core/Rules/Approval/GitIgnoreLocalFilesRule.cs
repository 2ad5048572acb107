using System;
using System.Collections.Generic;
using McpGuard.Git;
using McpGuard.Rules.Credentials;
using McpGuard.Text;
using McpGuard.Credentials;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG606: <c>.claude/settings.local.json</c>, or an <c>envFile</c> a server reads, that git does not ignore, judged by
/// the repository's real <c>.gitignore</c> files (<see cref="RuleContext.Ignores"/>: negations, directory patterns,
/// nested files). Silent where the host cannot know (the IDE). Credential files (<c>.env</c>, keys) are MCPG107's.
/// </summary>
public sealed class GitIgnoreLocalFilesRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.LocalFileNotIgnored,
        title: "Git-ignore local-only files",
        messageFormat: "{0} is meant to stay on one machine, but no .gitignore on its path ignores it; add '{1}' to .gitignore so personal settings and values are never committed",
        RuleCategories.Approval,
        RuleSeverity.Warning,
        description: "settings.local.json holds one person's approvals and environment; committed, it approves servers and commands for everyone.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.IsLocalOnly && context.Ignores.GetStatus(document.Path, document.Path) == GitIgnoreStatus.NotIgnored)
        {
            var start = new TextPosition(0, 0, 0);
            context.Report(Rule, new SourceSpan(document.Path, start, start), "'.claude/settings.local.json'", ".claude/settings.local.json");
        }

        var project = CredentialFiles.ProjectDirectory(document.Path);
        foreach (var server in document.Servers)
        {
            if (server.Body.GetString("envFile") is not { } envFile)
            {
                continue;
            }

            var value = envFile.Value.Trim();
            var name = value.Substring(Math.Max(value.LastIndexOf('/'), value.LastIndexOf('\\')) + 1);
            if (name.Length == 0 || CredentialFiles.IsCredentialFile(name) || CredentialFileNotIgnoredRule.Resolve(value, project) is not { } path)
            {
                continue;
            }

            if (context.Ignores.GetStatus(document.Path, path) == GitIgnoreStatus.NotIgnored)
            {
                var relative = path.StartsWith(project, StringComparison.Ordinal) ? path.Substring(project.Length).TrimStart('/', '\\').Replace('\\', '/') : name;
                context.Report(Rule, envFile.Span, $"The env file '{value}' of server '{server.Name}'", relative);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using McpGuard.Paths;

namespace McpGuard.Rules.FileSystem;

/// <summary>
/// MCPG503: any string of a committed file with an absolute path into a named user's home folder: <c>/Users/alice/…</c>,
/// <c>/home/alice/…</c>, <c>C:\Users\alice\…</c>, WSL's <c>/mnt/c/Users/alice/…</c>. Template names (<c>/Users/YOUR_USERNAME</c>),
/// variables, shared folders and personal files that stay out of version control (<c>settings.local.json</c>) are not reported.
/// </summary>
public sealed class AvoidAbsoluteHomePathsRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AbsoluteHomePath,
        title: "Do not commit absolute paths into a home folder",
        messageFormat: "{0} uses an absolute path into the home folder of '{1}' at '{2}'; it discloses the user name and breaks on every other machine: use {3}",
        RuleCategories.FileSystem,
        RuleSeverity.Warning,
        description: "A committed /Users/<name> path leaks who wrote it and how their machine is laid out, and points at a folder that does not exist (or belongs to someone else) on other machines.");

    // Built at the first check, not when the analyzer lists its rules: every compilation of a fresh compiler process asks
    // for the descriptors, and constructing the expression is most of what creating the rule would cost.
    private static readonly Lazy<Regex> s_homePath = new(() => new Regex(
        @"(?:^|(?<=[\s""'=,;(\[]))(?:[A-Za-z]:)?(?:[\\/]mnt[\\/][A-Za-z])?[\\/]+(?:Users|home)[\\/]+(?<name>[^\\/\s""'$%{}<>:*]+)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromMilliseconds(200)));

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        if (context.Document.IsLocalOnly)
        {
            return;
        }

        foreach (var value in context.Strings)
        {
            var text = value.Value;
            var candidate = text.Length >= 7 && (text.IndexOf("Users", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("home", StringComparison.OrdinalIgnoreCase) >= 0);
            if (!candidate || FindUser(text) is not { } user)
            {
                continue;
            }

            context.Report(Rule, value.Span, context.DescribeOwner(value), user, value.GetPath(), Model.ClientDialect.ProjectPathAdvice(context.Document.Format) + ", or '~' where the server expands it");
        }
    }

    internal static string? FindUser(string value)
    {
        MatchCollection matches;
        try
        {
            matches = s_homePath.Value.Matches(value);
            _ = matches.Count;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        foreach (Match match in matches)
        {
            var name = match.Groups["name"].Value;
            if (!PathScope.PlaceholderUserNames.Contains(name.ToLowerInvariant()) && !name.StartsWith(".", StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }
}

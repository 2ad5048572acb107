using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using McpGuard.Git;
using McpGuard.Launch;
using McpGuard.Syntax;
using McpGuard.Credentials;

namespace McpGuard.Rules.Credentials;

/// <summary>
/// MCPG107: a credential file (<c>.env</c>, <c>id_rsa</c>, <c>*.pem</c>, <c>*.pfx</c>, <c>service-account*.json</c>…) handed to
/// a server (argument, <c>envFile</c>, env value) inside the repository and not git-ignored, as <see cref="RuleContext.Ignores"/>
/// says; where the host cannot know (the IDE, tests), a file inside the project is reported as not checked.
/// </summary>
public sealed class CredentialFileNotIgnoredRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.CredentialFileNotIgnored,
        title: "Git-ignore credential files handed to a server",
        messageFormat: "{0} is handed credential file '{1}' at '{2}', and {3}; add it to .gitignore or keep it outside the repository so it is never committed",
        RuleCategories.Credentials,
        RuleSeverity.Warning,
        description: "A key or .env file that a server reads sits in the repository without being git-ignored; one 'git add .' commits it.");

    private static readonly string[] s_projectVariables = { "${workspaceFolder}", "${workspaceRoot}", "${PWD}", "$PWD", "${CLAUDE_PROJECT_DIR}", "$CLAUDE_PROJECT_DIR", "${cwd}" };

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.IsLocalOnly)
        {
            return;
        }

        var project = CredentialFiles.ProjectDirectory(document.Path);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in Candidates(context))
        {
            var fileName = candidate.Value.Substring(Math.Max(candidate.Value.LastIndexOf('/'), candidate.Value.LastIndexOf('\\')) + 1);
            if (!CredentialFiles.IsCredentialFile(fileName) || Resolve(candidate.Value, project) is not { } path || !reported.Add(candidate.Key.GetPath() + "|" + path))
            {
                continue;
            }

            var status = context.Ignores.GetStatus(document.Path, path);
            if (status == GitIgnoreStatus.NotIgnored || (status == GitIgnoreStatus.Unknown && IsUnder(path, project)))
            {
                var why = status == GitIgnoreStatus.NotIgnored ? "no .gitignore on its path ignores it" : "McpGuard could not check whether git ignores it";
                context.Report(Rule, candidate.Key.Span, context.DescribeOwner(candidate.Key), candidate.Value.Trim(), candidate.Key.GetPath(), why);
            }
        }
    }

    /// <summary>Texts that may name a file: <c>envFile</c>, each argument (and its <c>=value</c> and docker <c>-v host:…</c> parts), env values.</summary>
    private static IEnumerable<KeyValuePair<JsonStringNode, string>> Candidates(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            if (server.Body.GetString("envFile") is { } envFile)
            {
                yield return new KeyValuePair<JsonStringNode, string>(envFile, envFile.Value);
            }

            foreach (var invocation in context.Invocations(server))
            {
                foreach (var token in invocation.Assignments.Concat(invocation.Tokens))
                {
                    foreach (var part in Parts(token))
                    {
                        yield return new KeyValuePair<JsonStringNode, string>(token.Source, part);
                    }
                }
            }

            foreach (var value in StringValues(server.Env))
            {
                yield return value;
            }
        }

        foreach (var value in StringValues(context.Document.SettingsEnv))
        {
            yield return value;
        }
    }

    private static IEnumerable<string> Parts(CommandToken token)
    {
        var text = token.Text;
        var equals = text.LastIndexOf('=');
        if (equals >= 0)
        {
            text = text.Substring(equals + 1);
        }

        yield return text;
        var colon = text.IndexOf(':');
        if (colon > 1)
        {
            yield return text.Substring(0, colon);
        }
    }

    private static IEnumerable<KeyValuePair<JsonStringNode, string>> StringValues(JsonObjectNode? map)
    {
        foreach (var property in map?.Properties ?? (IReadOnlyList<JsonPropertyNode>)Array.Empty<JsonPropertyNode>())
        {
            if (property.Value is JsonStringNode text)
            {
                yield return new KeyValuePair<JsonStringNode, string>(text, text.Value);
            }
        }
    }

    /// <summary>The absolute path a value names, or <c>null</c> when it lies outside the project by construction (<c>~</c>, <c>$HOME</c>) or is unknown (<c>${input:x}</c>).</summary>
    internal static string? Resolve(string text, string project)
    {
        var path = text.Trim().Trim('"', '\'');
        foreach (var variable in s_projectVariables)
        {
            if (path.StartsWith(variable, StringComparison.OrdinalIgnoreCase))
            {
                path = "." + path.Substring(variable.Length);
                break;
            }
        }

        if (path.Length == 0 || path.IndexOfAny(new[] { '$', '%', '~' }) >= 0 || path.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        var foreignAbsolute = !Path.IsPathRooted(path) && (path[0] == '\\' || (path.Length > 1 && path[1] == ':'));
        try
        {
            return foreignAbsolute ? null : Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(project, path));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private static bool IsUnder(string path, string directory) =>
        path.StartsWith(directory.TrimEnd('/', '\\') + Path.DirectorySeparatorChar, Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}

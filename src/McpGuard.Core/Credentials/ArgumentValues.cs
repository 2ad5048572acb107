using System;
using System.Collections.Generic;
using McpGuard.Launch;
using McpGuard.Model;
using McpGuard.Rules;

namespace McpGuard.Credentials;

/// <summary>
/// Named values in a server's launch arguments: <c>--name=value</c>, <c>--name value</c>, <c>NAME=value</c>
/// (<c>docker -e</c>, <c>--env</c>, <c>env</c>, inline assignments), <c>--header "Name: value"</c>,
/// <c>-H "Name: value"</c> and <c>--headers Name value</c>. Single-letter options are skipped: <c>-p</c> is a port for
/// docker and psql and a password only for mysql.
/// </summary>
internal static class ArgumentValues
{
    public static IEnumerable<NamedValue> Read(RuleContext context, McpServer server)
    {
        foreach (var invocation in context.Invocations(server))
        {
            foreach (var assignment in invocation.Assignments)
            {
                if (Assignment(assignment.Text, assignment) is { } variable)
                {
                    yield return variable;
                }
            }

            var tokens = invocation.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (ReadAt(tokens, i, out var consumed) is { } value)
                {
                    yield return value;
                }

                i += consumed;
            }
        }
    }

    private static NamedValue? ReadAt(IReadOnlyList<CommandToken> tokens, int index, out int consumed)
    {
        consumed = 0;
        var token = tokens[index];
        var text = token.Text;
        var equals = text.IndexOf('=');
        if (text.StartsWith("--", StringComparison.Ordinal) && equals > 2)
        {
            var option = text.Substring(0, equals);
            var value = text.Substring(equals + 1);
            return option switch
            {
                "--header" => HeaderLine(value, token, requireCredentialName: false),
                "--env" => Assignment(value, token),
                _ => Create(NamedValueKind.Option, option, value, token),
            };
        }

        var next = index + 1 < tokens.Count ? tokens[index + 1] : null;
        return (next is not null && !next.Text.StartsWith("-", StringComparison.Ordinal) ? ReadPair(tokens, index, next, out consumed) : null)
            ?? Assignment(text, token)
            ?? HeaderLine(text, token, requireCredentialName: true);
    }

    /// <summary>An option followed by its value: <c>--header "N: v"</c>, <c>--headers N v</c>, <c>-e N=v</c>, <c>--name value</c>.</summary>
    private static NamedValue? ReadPair(IReadOnlyList<CommandToken> tokens, int index, CommandToken next, out int consumed)
    {
        var text = tokens[index].Text;
        consumed = 0;
        switch (text)
        {
            case "--header" or "-H":
                consumed = 1;
                return HeaderLine(next.Text, next, requireCredentialName: false);
            case "--headers" when index + 2 < tokens.Count:
                consumed = 2;
                return Create(NamedValueKind.Header, next.Text, tokens[index + 2].Text, tokens[index + 2]);
            case "-e" or "--env":
                consumed = 1;
                return Assignment(next.Text, next);
        }

        return text.StartsWith("--", StringComparison.Ordinal) && text.Length > 3 ? Create(NamedValueKind.Option, text, next.Text, next) : null;
    }

    /// <summary><c>NAME=value</c> with a shell-style variable name.</summary>
    private static NamedValue? Assignment(string text, CommandToken token)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return null;
        }

        for (var i = 1; i < equals; i++)
        {
            if (!(char.IsLetterOrDigit(text[i]) || text[i] == '_'))
            {
                return null;
            }
        }

        return Create(NamedValueKind.Variable, text.Substring(0, equals), text.Substring(equals + 1), token);
    }

    /// <summary><c>Name: value</c>; a bare argument only counts when the name is a credential header (<c>http://x</c> is not one).</summary>
    private static NamedValue? HeaderLine(string text, CommandToken token, bool requireCredentialName)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || text.IndexOf("//", colon, StringComparison.Ordinal) == colon + 1)
        {
            return null;
        }

        var name = text.Substring(0, colon).Trim();
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return null;
            }
        }

        return requireCredentialName && !CredentialNames.IsCredentialName(name)
            ? null
            : Create(NamedValueKind.Header, name, text.Substring(colon + 1).Trim(), token);
    }

    private static NamedValue Create(NamedValueKind kind, string name, string value, CommandToken token) =>
        new(kind, name, value, token.Source, token.Source.GetPath(), inSettings: false);
}

using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace McpGuard.Internal;

/// <summary>A <c>${…}</c> reference in a value, classified by syntax (the names used in <c>client-formats.json</c>).</summary>
internal readonly struct ReferenceToken
{
    public ReferenceToken(string text, string syntax, string name)
    {
        Text = text;
        Syntax = syntax;
        Name = name;
    }

    /// <summary>As written, e.g. <c>${input:github_token}</c>.</summary>
    public string Text { get; }

    public string Syntax { get; }

    /// <summary>The variable or input the reference names.</summary>
    public string Name { get; }
}

internal static class ReferenceTokens
{
    private static readonly HashSet<string> s_predefined = new(System.StringComparer.Ordinal)
    {
        "workspaceFolder", "workspaceFolderBasename", "userHome", "pathSeparator", "/", "cwd", "workspaceRoot", "file", "fileDirname",
    };

    private static readonly Regex s_reference = new(
        @"\$\{\{\s*(?<expr>[^{}]{1,200}?)\s*\}\}|\$\{(?<body>[^{}]{1,200})\}",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        System.TimeSpan.FromMilliseconds(250));

    /// <summary>
    /// Every reference in the value: <c>${…}</c> forms, then bare <c>$NAME</c> and <c>%NAME%</c> (upper-case names of two or
    /// more characters, not glued to a word: <c>$5</c>, <c>%20</c>, <c>%Y%m</c> and <c>a$b</c> are not references).
    /// </summary>
    public static IEnumerable<ReferenceToken> Find(string value)
    {
        foreach (var token in FindBraced(value))
        {
            yield return token;
        }

        foreach (var token in FindBare(value))
        {
            yield return token;
        }
    }

    private static IEnumerable<ReferenceToken> FindBare(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if ((c != '$' && c != '%') || (i > 0 && IsNameChar(value[i - 1])) || (c == '$' && i > 0 && value[i - 1] == '$'))
            {
                continue;
            }

            var end = i + 1;
            while (end < value.Length && IsNameChar(value[end]))
            {
                end++;
            }

            var name = value.Substring(i + 1, end - i - 1);
            if (name.Length < 2 || !IsUpperName(name))
            {
                continue;
            }

            if (c == '$' && (end == value.Length || !IsNameChar(value[end])))
            {
                yield return new ReferenceToken("$" + name, "dollar", name);
            }
            else if (c == '%' && end < value.Length && value[end] == '%')
            {
                yield return new ReferenceToken("%" + name + "%", "percent", name);
                i = end;
            }
        }
    }

    private static bool IsNameChar(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_';

    private static bool IsUpperName(string name)
    {
        if (name[0] is >= '0' and <= '9')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is >= 'a' and <= 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<ReferenceToken> FindBraced(string value)
    {
        if (value.IndexOf("${", System.StringComparison.Ordinal) < 0)
        {
            yield break;
        }

        MatchCollection matches;
        try
        {
            matches = s_reference.Matches(value);
            _ = matches.Count;
        }
        catch (RegexMatchTimeoutException)
        {
            yield break;
        }

        foreach (Match match in matches)
        {
            if (match.Groups["expr"].Success)
            {
                yield return new ReferenceToken(match.Value, "github-expression", match.Groups["expr"].Value.Trim());
                continue;
            }

            var body = match.Groups["body"].Value;
            var colon = body.IndexOf(':');
            if (body.StartsWith("input:", System.StringComparison.Ordinal))
            {
                yield return new ReferenceToken(match.Value, "input", body.Substring(6));
            }
            else if (body.StartsWith("env:", System.StringComparison.Ordinal))
            {
                yield return new ReferenceToken(match.Value, "env-colon", body.Substring(4));
            }
            else if (s_predefined.Contains(body))
            {
                yield return new ReferenceToken(match.Value, "predefined", body);
            }
            else if (colon > 0 && body[colon + 1 < body.Length ? colon + 1 : colon] == '-')
            {
                yield return new ReferenceToken(match.Value, "dollar-brace-default", body.Substring(0, colon));
            }
            else if (colon < 0)
            {
                yield return new ReferenceToken(match.Value, "dollar-brace", body);
            }
        }
    }

    public static string DescribeSyntax(string syntax) => syntax switch
    {
        "input" => "a VS Code input reference",
        "env-colon" => "VS Code/Cursor environment syntax",
        "predefined" => "a VS Code predefined variable",
        "dollar-brace" or "dollar-brace-default" => "shell-style environment syntax",
        "github-expression" => "a Continue/GitHub secrets expression",
        "dollar" => "a bare shell variable",
        "percent" => "Windows %VAR% syntax",
        _ => "a variable reference",
    };
}

using System;
using System.Text;
using System.Text.RegularExpressions;

namespace McpGuard.Git;

/// <summary>
/// One line of a <c>.gitignore</c> file, with git's semantics: <c>!</c> negates, a trailing <c>/</c> matches directories
/// only, a <c>/</c> at the start or in the middle anchors the pattern to the file's folder (otherwise it matches at any
/// depth), <c>*</c> and <c>?</c> never match <c>/</c>, <c>[…]</c> is a character class, and <c>**</c> as a whole path
/// segment matches any number of folders (<c>**/x</c>, <c>x/**</c>, <c>a/**/b</c>).
/// </summary>
public sealed class GitIgnorePattern
{
    /// <summary>Paths are short; the timeout only guards against pathological patterns.</summary>
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromMilliseconds(100);

    private readonly Regex _regex;

    private GitIgnorePattern(string text, bool isNegated, bool directoryOnly, Regex regex)
    {
        Text = text;
        IsNegated = isNegated;
        DirectoryOnly = directoryOnly;
        _regex = regex;
    }

    public string Text { get; }

    public bool IsNegated { get; }

    public bool DirectoryOnly { get; }

    /// <summary>The pattern of one line, or <c>null</c> for a blank line or a comment.</summary>
    public static GitIgnorePattern? Parse(string line, bool ignoreCase = false)
    {
        var text = TrimTrailingSpaces(line.TrimEnd('\r'));
        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }

        var negated = text[0] == '!';
        var body = negated ? text.Substring(1) : text;
        var directoryOnly = body.EndsWith("/", StringComparison.Ordinal);
        body = body.TrimEnd('/');
        if (body.Length == 0)
        {
            return null;
        }

        var anchored = body.IndexOf('/') >= 0;
        body = body.TrimStart('/');
        var pattern = "^" + (anchored ? string.Empty : "(?:.*/)?") + Translate(body) + "$";
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new GitIgnorePattern(text, negated, directoryOnly, new Regex(pattern, options, s_matchTimeout));
    }

    /// <summary>Whether the pattern matches a '/'-separated path relative to the ignore file's folder.</summary>
    public bool Matches(string relativePath, bool isDirectory)
    {
        if (DirectoryOnly && !isDirectory)
        {
            return false;
        }

        try
        {
            return _regex.IsMatch(relativePath);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public override string ToString() => Text;

    /// <summary>Trailing spaces are ignored unless escaped with a backslash.</summary>
    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line.Substring(0, end);
    }

    private static string Translate(string glob)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*' && (i == 0 || glob[i - 1] == '/') && (i + 2 == glob.Length || glob[i + 2] == '/'))
            {
                // "**" as a whole segment: any number of folders ("a/**/b", "**/x"), or everything inside ("x/**").
                regex.Append(i + 2 == glob.Length ? ".*" : "(?:.*/)?");
                i += 2;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else if (c == '[' && i + 2 < glob.Length && glob.IndexOf(']', i + 2) is var close && close > i)
            {
                regex.Append(TranslateClass(glob.Substring(i + 1, close - i - 1)));
                i = close;
            }
            else
            {
                regex.Append(Regex.Escape(c == '\\' && i + 1 < glob.Length ? glob[++i].ToString() : c.ToString()));
            }
        }

        return regex.ToString();
    }

    /// <summary><c>[!a-z]</c> → <c>[^/a-z]</c>; a class never matches the separator.</summary>
    private static string TranslateClass(string content)
    {
        var negated = content.Length > 0 && (content[0] == '!' || content[0] == '^');
        var members = (negated ? content.Substring(1) : content).Replace("\\", "\\\\").Replace("[", "\\[");
        return negated ? "[^/" + members + "]" : "[" + members + "]";
    }
}

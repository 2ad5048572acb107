using System.Text.RegularExpressions;

namespace McpGuard.Internal;

/// <summary>References to values kept elsewhere: <c>${VAR}</c>, <c>${VAR:-x}</c>, <c>${env:X}</c>, <c>${input:x}</c>, <c>$VAR</c>, <c>%VAR%</c>, <c>{{ x }}</c>.</summary>
internal static class VariableReferences
{
    private static readonly Regex s_reference = new(
        @"\$\{[^{}]{1,200}\}|\$\{\{[^{}]{1,200}\}\}|\{\{[^{}]{1,200}\}\}|\$env:[A-Za-z_][A-Za-z0-9_]{0,200}|\$[A-Za-z_][A-Za-z0-9_]{0,200}|%[A-Za-z_][A-Za-z0-9_()]{0,200}%",
        RegexOptions.CultureInvariant,
        System.TimeSpan.FromMilliseconds(250));

    public static bool Contains(string value) => value.IndexOf('$') >= 0 || value.IndexOf('%') >= 0 || value.IndexOf("{{", System.StringComparison.Ordinal) >= 0;

    /// <summary>The value with every reference removed: what remains is what the file itself supplies.</summary>
    public static string StripReferences(string value)
    {
        if (!Contains(value))
        {
            return value;
        }

        try
        {
            return s_reference.Replace(value, string.Empty);
        }
        catch (RegexMatchTimeoutException)
        {
            return string.Empty;
        }
    }
}

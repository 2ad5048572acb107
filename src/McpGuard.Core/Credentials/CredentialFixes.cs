using System.Collections.Generic;
using McpGuard.Model;

namespace McpGuard.Credentials;

/// <summary>The fix a credential message suggests, in the reference syntax of the file's client.</summary>
internal static class CredentialFixes
{
    /// <summary>How the file can refer to a value kept elsewhere (<c>${NAME}</c>); <c>null</c> when the client expands nothing.</summary>
    public static string? Example(ConfigFormat format, bool inSettings, string name)
    {
        if (inSettings)
        {
            return null;
        }

        var variable = VariableName(name);
        return format.Variables switch
        {
            VariableSyntax.VsCode => $"${{input:{variable.ToLowerInvariant()}}}",
            VariableSyntax.Cursor => $"${{env:{variable}}}",
            VariableSyntax.Claude => $"${{{variable}}}",
            VariableSyntax.Continue => $"${{{{ secrets.{variable} }}}}",
            _ => null,
        };
    }

    /// <summary>"reference it instead, e.g. "${NAME}"", or, where nothing is expanded, to set it outside the file.</summary>
    public static string Reference(ConfigFormat format, bool inSettings, string name)
    {
        if (Example(format, inSettings, name) is not { } example)
        {
            // Nothing is expanded (Claude Code settings 'env', Claude Desktop, Codex): the value has to come from outside the file.
            return format.Variables == VariableSyntax.Codex
                ? $"remove it and pass the variable by name instead (env_vars = [\"{VariableName(name)}\"])"
                : "remove it and set the variable in your shell or secret manager instead";
        }

        return format.Variables == VariableSyntax.VsCode
            ? $"reference it instead, e.g. \"{example}\" with a password input, or \"${{env:{VariableName(name)}}}\""
            : $"reference it instead, e.g. \"{example}\"";
    }

    /// <summary>A variable name as is; <c>--api-key</c> → <c>API_KEY</c>, <c>X-Goog-Api-Key</c> → <c>X_GOOG_API_KEY</c>.</summary>
    public static string VariableName(string name)
    {
        return IsIdentifier(name) ? name : ConstantName(name);
    }

    /// <summary>Upper-case words joined by underscores: <c>github token</c> → <c>GITHUB_TOKEN</c>.</summary>
    public static string ConstantName(string name)
    {
        var tokens = CredentialNames.Tokenize(name);
        return tokens.Count == 0 ? "SECRET" : string.Join("_", (IEnumerable<string>)tokens);
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }
}

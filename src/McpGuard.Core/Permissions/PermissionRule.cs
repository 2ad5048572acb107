using System;
using McpGuard.Syntax;

namespace McpGuard.Permissions;

/// <summary>
/// One Claude Code permission rule as written: <c>Tool</c> or <c>Tool(specifier)</c>, or an MCP tool name
/// (<c>mcp__server</c>, <c>mcp__server__tool</c>, <c>mcp__server__get_*</c>). Parsing never throws; text that is not a
/// rule gives <c>null</c>.
/// </summary>
public sealed class PermissionRule
{
    private PermissionRule(string text, string tool, string? specifier, PermissionKind kind, JsonStringNode? node)
    {
        Text = text;
        Tool = tool;
        Specifier = specifier;
        Kind = kind;
        Node = node;
        CommandPattern = IsBash ? NormalizeCommand(specifier) : null;
        if (tool.StartsWith("mcp__", StringComparison.Ordinal))
        {
            var rest = tool.Substring(5);
            var separator = rest.IndexOf("__", StringComparison.Ordinal);
            McpServer = separator < 0 ? rest : rest.Substring(0, separator);
            McpTool = separator < 0 ? null : rest.Substring(separator + 2);
        }
    }

    /// <summary>The rule as written (trimmed).</summary>
    public string Text { get; }

    /// <summary><c>Bash</c>, <c>Read</c>, <c>WebFetch</c>, <c>mcp__github__create_issue</c>…</summary>
    public string Tool { get; }

    /// <summary>What is inside the parentheses; <c>null</c> when there are none (the whole tool).</summary>
    public string? Specifier { get; }

    public PermissionKind Kind { get; }

    /// <summary>Where the rule is written; <c>null</c> for rules built in code.</summary>
    public JsonStringNode? Node { get; }

    /// <summary>The server of an <c>mcp__</c> rule (<c>*</c> in <c>mcp__*</c>); <c>null</c> for other tools.</summary>
    public string? McpServer { get; }

    /// <summary>The tool part of <c>mcp__server__tool</c> (may hold <c>*</c>); <c>null</c> when the rule names the whole server.</summary>
    public string? McpTool { get; }

    public bool IsMcp => McpServer is not null;

    public bool IsBash => Tool is "Bash" or "PowerShell";

    /// <summary>
    /// The command pattern of a Bash rule in the current syntax: the legacy prefix form <c>npm run:*</c> becomes
    /// <c>npm run *</c>; <c>*</c> matches any text. <c>*</c> alone when the rule has no specifier.
    /// </summary>
    public string? CommandPattern { get; }

    /// <summary>The host of <c>WebFetch(domain:host)</c>; <c>*</c> for bare <c>WebFetch</c>; <c>null</c> for other tools.</summary>
    public string? FetchDomain
    {
        get
        {
            if (Tool != "WebFetch")
            {
                return null;
            }

            var specifier = Specifier?.Trim();
            if (specifier is null || specifier.Length == 0 || specifier == "*")
            {
                return "*";
            }

            return specifier.StartsWith("domain:", StringComparison.Ordinal) ? specifier.Substring(7).Trim() : specifier;
        }
    }

    public static PermissionRule? Parse(string? text, PermissionKind kind = PermissionKind.Allow, JsonStringNode? node = null)
    {
        var trimmed = text?.Trim();
        if (trimmed is null || trimmed.Length == 0)
        {
            return null;
        }

        var open = trimmed.IndexOf('(');
        if (open < 0)
        {
            return IsToolName(trimmed) ? new PermissionRule(trimmed, trimmed, null, kind, node) : null;
        }

        if (open == 0 || trimmed[trimmed.Length - 1] != ')')
        {
            return null;
        }

        var tool = trimmed.Substring(0, open).Trim();
        return IsToolName(tool) ? new PermissionRule(trimmed, tool, trimmed.Substring(open + 1, trimmed.Length - open - 2), kind, node) : null;
    }

    /// <summary><c>git push:*</c> → <c>git push *</c>; <c>null</c>, empty and <c>:*</c> → <c>*</c>.</summary>
    internal static string NormalizeCommand(string? specifier)
    {
        var command = specifier?.Trim() ?? string.Empty;
        if (command.EndsWith(":*", StringComparison.Ordinal))
        {
            command = command.Substring(0, command.Length - 2).TrimEnd() + " *";
        }

        command = command.Trim();
        return command.Length == 0 || command == "*:*" ? "*" : command;
    }

    private static bool IsToolName(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '*' || c == '.'))
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    public override string ToString() => Text;
}

using McpGuard.Git;
using McpGuard.Model;
using McpGuard.Rules;

namespace McpGuard.Permissions;

/// <summary>Which Claude Code settings files the approval rules judge.</summary>
internal static class ClaudeSettingsFiles
{
    /// <summary>
    /// A Claude Code settings file the team shares: <c>.claude/settings.json</c> and managed settings, and
    /// <c>settings.local.json</c> unless git is known to ignore it (then it is one person's choice, and MCPG606 is silent too).
    /// </summary>
    public static bool IsShared(RuleContext context)
    {
        var document = context.Document;
        if (!ReferenceEquals(document.Format, ConfigFormat.ClaudeSettings))
        {
            return false;
        }

        return !document.IsLocalOnly || context.Ignores.GetStatus(document.Path, document.Path) != GitIgnoreStatus.Ignored;
    }
}

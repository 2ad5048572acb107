using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Syntax;
using McpGuard.Permissions;
using McpGuard.Rules;

namespace McpGuard.Launch;

/// <summary>
/// What a document makes every machine run: its servers' launch commands, and the command lines that committed settings
/// run (Claude Code hooks, <c>statusLine</c>, <c>apiKeyHelper</c>…, <c>.mcp.json</c> <c>headersHelper</c>; MCPG607's scope).
/// The supply-chain and download rules judge both alike.
/// </summary>
internal static class LaunchedCommands
{
    /// <summary>How messages name a settings command (its JSON path follows as "at '…'").</summary>
    public const string SettingsCommandOwner = "The settings command";

    /// <summary>
    /// The command lines of shared Claude Code settings, and of <c>headersHelper</c> in <c>.mcp.json</c>; none in personal,
    /// git-ignored files. <see cref="RuleContext.SettingsCommands"/> reads them once per check.
    /// </summary>
    internal static List<JsonStringNode> ReadSettingsCommands(RuleContext context)
    {
        var commands = new List<JsonStringNode>();
        var document = context.Document;
        if (!ReferenceEquals(document.Format, ConfigFormat.ClaudeProject) && !ClaudeSettingsFiles.IsShared(context))
        {
            return commands;
        }

        foreach (var command in PermissionRisks.Instance.CommandNodes(document.Format.Id, document.Root))
        {
            if (command.Value.Trim().Length > 0)
            {
                commands.Add(command);
            }
        }

        return commands;
    }

    /// <summary>Every package fetched, with how a message names who runs it (<c>Server 'x'</c>, or the settings command).</summary>
    public static IEnumerable<(string Owner, PackageReference Package)> Packages(RuleContext context)
    {
        foreach (var server in context.Document.Servers)
        {
            foreach (var package in context.Packages(server))
            {
                yield return ($"Server '{server.Name}'", package);
            }
        }

        foreach (var command in context.SettingsCommands)
        {
            foreach (var package in ServerPackages.ReadCommandLine(command))
            {
                yield return (SettingsCommandOwner, package);
            }
        }
    }
}

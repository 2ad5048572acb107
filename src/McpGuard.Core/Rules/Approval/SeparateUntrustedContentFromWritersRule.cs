using System;
using System.Collections.Generic;
using McpGuard.Inventory;
using McpGuard.Model;
using McpGuard.Permissions;
using McpGuard.Syntax;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG609: one session loads a server that reads untrusted content (browser, fetch, search, messages, issues) and another
/// that can execute commands or write (shell, writable filesystem, git/GitHub, database). A scope is what one client
/// session loads: the servers of one file that are not disabled (for <c>.mcp.json</c> also minus the project settings'
/// <c>disabledMcpjsonServers</c>, plus Claude Code's own shell and edit tools when those settings allow them unprompted).
/// Reported once per scope, at the first reader. A writer started read-only (MCPG612's switch, a generic <c>--read-only</c>
/// or <c>READ_ONLY=true</c> where McpGuard lists no switch, or a tool list of reading tools only) does not count.
/// </summary>
public sealed class SeparateUntrustedContentFromWritersRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UntrustedContentWithWriteAccess,
        title: "Separate untrusted-content and write-capable servers",
        messageFormat: "{0} {1} in the same {2} session as {3}, which can {4}; the risk is that side: instructions injected through that content can make the agent use it, so {5}",
        RuleCategories.Approval,
        RuleSeverity.Warning,
        description: "Untrusted content plus a tool that can act is the prompt-injection path the seeds warn about: don't process external documents in the session where the agent can run commands or write.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void AnalyzeRepository(RepositoryContext context)
    {
        foreach (var document in context.Documents)
        {
            if (document.Servers.Count == 0)
            {
                continue;
            }

            var disabled = DisabledByProjectSettings(document, context, out var ownTools);
            var readers = new List<McpServer>();
            var writers = new List<(McpServer Server, ServerClass Class)>();
            foreach (var server in document.Servers)
            {
                if (disabled.Contains(server.Name) || server.Body.GetValue("disabled") is JsonScalarNode { RawText: "true" } || ServerClasses.Find(server) is not { } serverClass)
                {
                    continue;
                }

                if (serverClass.Has(ServerClasses.ReadsUntrustedContent))
                {
                    readers.Add(server);
                }

                var canAct = serverClass.Has(ServerClasses.ExecutesCommands) || (HasWrite(serverClass) && !serverClass.IsReadOnly(server));
                if (canAct)
                {
                    writers.Add((server, serverClass));
                }
            }

            if (readers.Count == 0)
            {
                continue;
            }

            // A reader that is also the only writer is one server, not two sides (a browser alone, GitHub alone).
            var others = new List<string>();
            var abilities = new List<string>();
            var switches = new List<string>();
            foreach (var (writer, serverClass) in writers)
            {
                if (readers.Count > 1 || writer.Name != readers[0].Name)
                {
                    others.Add(writer.Name);
                    abilities.AddRange(Abilities(serverClass));
                    if (serverClass.ReadOnly is { } readOnly && readOnly.Applies(writer) && !switches.Contains(readOnly.Description))
                    {
                        switches.Add(readOnly.Description);
                    }
                }
            }

            if (others.Count == 0 && ownTools is null)
            {
                continue;
            }

            var readerNames = new List<string>();
            foreach (var reader in readers)
            {
                readerNames.Add(reader.Name);
            }

            var writerText = others.Count == 0 ? string.Empty : (others.Count == 1 ? "server " : "servers ") + ProjectServers.List(others);
            if (ownTools is not null)
            {
                writerText = writerText.Length == 0 ? ownTools.Value.Text : writerText + " and " + ownTools.Value.Text;
                abilities.Add(ownTools.Value.Ability);
            }

            var subject = (readers.Count == 1 ? "Server " : "Servers ") + ProjectServers.List(readerNames);
            var verb = readers.Count == 1 ? "reads untrusted content (web pages, messages, issues)" : "read untrusted content (web pages, messages, issues)";
            context.Report(Rule, readers[0].NameSpan, subject, verb, document.Format.DisplayName, writerText, string.Join(", ", Distinct(abilities)), Fix(others.Count, ownTools is not null, switches));
        }
    }

    /// <summary>The writer side is what an injection would use: start it read-only (naming the switch) or keep the reader apart.</summary>
    private static string Fix(int writerServers, bool ownTools, List<string> switches)
    {
        var readOnly = writerServers == 0 ? string.Empty
            : switches.Count == 0 ? "make the writing server read-only if it can be, or "
            : $"start the writing {(writerServers == 1 ? "server" : "servers")} read-only ({string.Join("; ", switches)}), or ";
        var ask = ownTools ? "let Claude Code ask before its own tools run, or " : string.Empty;
        return readOnly + ask + "load the reader in a separate session";
    }

    private static bool HasWrite(ServerClass serverClass)
    {
        foreach (var capability in serverClass.Classes)
        {
            if (capability.StartsWith("writes-", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Abilities(ServerClass serverClass)
    {
        foreach (var capability in serverClass.Classes)
        {
            switch (capability)
            {
                case ServerClasses.ExecutesCommands:
                    yield return "run commands";
                    break;
                case "writes-files":
                    yield return "write files";
                    break;
                case "writes-repositories":
                    yield return "write to repositories";
                    break;
                case "writes-databases":
                    yield return "write to databases";
                    break;
            }
        }
    }

    private static List<string> Distinct(List<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return values.FindAll(seen.Add);
    }

    /// <summary>
    /// For a project <c>.mcp.json</c>: the servers its project settings disable, and, when they allow Claude Code's own
    /// shell or edit tools without a prompt, a description of that ("Claude Code's own 'Bash' (allowed in settings.json)").
    /// </summary>
    private static HashSet<string> DisabledByProjectSettings(McpDocument document, RepositoryContext context, out (string Text, string Ability)? ownTools)
    {
        ownTools = null;
        var disabled = new HashSet<string>(StringComparer.Ordinal);
        if (!ReferenceEquals(document.Format, ConfigFormat.ClaudeProject))
        {
            return disabled;
        }

        foreach (var settings in context.Documents)
        {
            if (!ReferenceEquals(settings.Format, ConfigFormat.ClaudeSettings) || ProjectServers.For(settings, context.Documents).IndexOf(document) < 0)
            {
                continue;
            }

            // A git-ignored settings.local.json still shapes its owner's sessions: its disabled servers count, its
            // permissions are a personal choice that MCPG609 does not blame on the repository.
            var personal = context.IsIgnoredLocalFile(settings);

            foreach (var item in settings.Root.GetArray("disabledMcpjsonServers")?.Items ?? (IReadOnlyList<JsonNode>)Array.Empty<JsonNode>())
            {
                if (item is JsonStringNode name)
                {
                    disabled.Add(name.Value);
                }
            }

            var permissions = personal ? PermissionSet.Empty : PermissionSet.Read(settings.Root);
            foreach (var allow in permissions.Allow)
            {
                if (ownTools is null && allow.Tool is "Bash" or "PowerShell" or "Write" or "Edit"
                    && ScopePermissionRulesRule.Describe(allow) is not null && permissions.FindShadowing(allow) is null)
                {
                    ownTools = ($"Claude Code's own '{allow.Text}' (allowed in {System.IO.Path.GetFileName(settings.Path)})", allow.IsBash ? "run commands" : "write files");
                }
            }

            if (ownTools is null && !personal && permissions.DefaultMode?.Value == "bypassPermissions")
            {
                ownTools = ($"Claude Code's own tools (bypassPermissions in {System.IO.Path.GetFileName(settings.Path)})", "run commands");
            }
        }

        return disabled;
    }
}

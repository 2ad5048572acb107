using System;
using System.Collections.Generic;
using System.IO;
using McpGuard.Model;

namespace McpGuard.Rules.Approval;

/// <summary>MCPG610: one server name, two different launches — which one runs depends on the client or the scope that wins.</summary>
public sealed class DefineEachServerOnceRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ServerDefinedDifferently,
        title: "Define a server the same way everywhere",
        messageFormat: "Server '{0}' is defined differently in '{1}' ({2},{3}); which definition runs depends on the client and scope, so align them or rename one",
        RuleCategories.Approval,
        RuleSeverity.Info,
        description: "A reviewer approves one definition while another client (or a higher-precedence scope) starts a different command or endpoint under the same name.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void AnalyzeRepository(RepositoryContext context)
    {
        var first = new Dictionary<string, (McpServer Server, McpDocument Document, string Launch)>(StringComparer.Ordinal);
        foreach (var document in context.Documents)
        {
            foreach (var server in document.Servers)
            {
                var launch = Describe(server);
                if (launch.Length == 0)
                {
                    continue;
                }

                if (!first.TryGetValue(server.Name, out var earlier))
                {
                    first[server.Name] = (server, document, launch);
                }
                else if (!string.Equals(earlier.Launch, launch, StringComparison.Ordinal))
                {
                    var at = earlier.Server.NameSpan.Start;
                    context.Report(Rule, server.NameSpan, earlier.Server.NameSpan, server.Name, DisplayPath(earlier.Document.Path), at.Line + 1, at.Column + 1);
                }
            }
        }
    }

    /// <summary>What the server starts: program and arguments, or the endpoint (case and trailing slash aside).</summary>
    private static string Describe(McpServer server)
    {
        if (server.Command is { } command)
        {
            var parts = new List<string> { command.Value.Trim() };
            foreach (var argument in server.Args)
            {
                parts.Add(argument.Value);
            }

            return "run:" + string.Join("\u001f", parts);
        }

        return server.Urls.Count > 0 ? "url:" + server.Urls[0].Value.Trim().TrimEnd('/').ToLowerInvariant() : string.Empty;
    }

    /// <summary><c>.vscode/mcp.json</c> rather than just <c>mcp.json</c> when the folder names the client.</summary>
    private static string DisplayPath(string path)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(path) ?? string.Empty);
        var name = Path.GetFileName(path);
        return folder.StartsWith(".", StringComparison.Ordinal) ? folder + "/" + name : name;
    }
}

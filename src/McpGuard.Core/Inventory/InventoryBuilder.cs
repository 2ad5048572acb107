using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using McpGuard.Launch;
using McpGuard.Model;
using McpGuard.Scanning;
using McpGuard.Network;

namespace McpGuard.Inventory;

/// <summary>The seeds' first audit step as data: every server, what it starts or contacts, what it can do, what was found.</summary>
public static class InventoryBuilder
{
    public static IReadOnlyList<InventoryEntry> Build(ScanResult scan, string repositoryRoot)
    {
        var root = Path.GetFullPath(repositoryRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var entries = new List<InventoryEntry>();
        foreach (var document in scan.Documents)
        {
            foreach (var server in document.Servers)
            {
                entries.Add(Describe(document, server, root, scan.Findings));
            }
        }

        return entries.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
    }

    private static InventoryEntry Describe(McpDocument document, McpServer server, string root, IReadOnlyList<ReportedFinding> findings)
    {
        var inside = document.Path.StartsWith(root, StringComparison.Ordinal);
        var entry = new InventoryEntry
        {
            Server = server.Name,
            File = inside ? document.Path.Substring(root.Length).Replace('\\', '/') : document.Path,
            Line = server.NameSpan.Start.Line + 1,
            Client = document.Format.Id,
            Scope = ScopeOf(document, server, inside),
            Transport = server.Type?.Value ?? (server.Command is not null ? "stdio" : server.Urls.Count > 0 ? "http" : "unknown"),
        };

        var invocation = LaunchCommandReader.Read(server).FirstOrDefault();
        entry.Launcher = invocation?.Program;
        var package = ServerPackages.Read(server).FirstOrDefault() ?? RegistryPackages.Read(server);
        if (package is not null)
        {
            entry.Ecosystem = package.Ecosystem.ToString();
            entry.Package = package.Name;
            entry.Version = package.Version;
            entry.Pinned = package.IsPinned;
            entry.Source = package.Source == PackageSource.Registry ? null : package.Source.ToString().ToLowerInvariant();
        }

        entry.Host = server.Urls.Count > 0 ? UrlHost.GetHost(server.Urls[0].Value.Trim()) : null;
        foreach (var variable in server.Env?.Properties ?? Array.Empty<Syntax.JsonPropertyNode>())
        {
            entry.EnvironmentVariables.Add(variable.Name);
        }

        if (ServerClasses.Find(server) is { } serverClass)
        {
            entry.Capabilities.AddRange(serverClass.Classes);
            var readOnly = serverClass.IsReadOnly(server);
            entry.ReadOnly = serverClass.ReadOnly is null && !readOnly ? null : readOnly;
        }

        var first = server.Body.Span.Start.Line + 1;
        var last = server.Body.Span.End.Line + 1;
        foreach (var finding in findings)
        {
            if (finding.Path == document.Path && finding.Line >= Math.Min(first, entry.Line) && finding.Line <= last)
            {
                // Findings the baseline accepted are listed apart: known and accepted, not gone.
                var byRule = finding.Suppression == Suppression.SuppressionKind.Baseline ? entry.BaselinedFindings : entry.Findings;
                if (!byRule.TryGetValue(finding.RuleId, out var lines))
                {
                    byRule[finding.RuleId] = lines = new List<int>();
                }

                lines.Add(finding.Line);
            }
        }

        return entry;
    }

    private static string ScopeOf(McpDocument document, McpServer server, bool insideRepository)
    {
        if (document.IsLocalOnly)
        {
            return "local";
        }

        if (ReferenceEquals(document.Format, ConfigFormat.ClaudeUser))
        {
            // ~/.claude.json: top-level servers are user scope, projects.<path>.mcpServers local scope.
            return server.Body.GetPath().StartsWith("projects.", StringComparison.Ordinal) ? "local" : "user";
        }

        return insideRepository ? "project" : "user";
    }
}

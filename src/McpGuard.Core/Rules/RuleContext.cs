using System;
using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Rules.Credentials;
using McpGuard.Syntax;
using McpGuard.Text;

namespace McpGuard.Rules;

/// <summary>What a rule sees of one document, and where it reports.</summary>
public sealed class RuleContext
{
    private readonly List<Finding> _findings;
    private readonly HashSet<string> _secrets;
    private IReadOnlyDictionary<JsonStringNode, CredentialMatch>? _credentialMatches;

    internal RuleContext(McpDocument document, List<Finding> findings, HashSet<string> secrets)
    {
        Document = document;
        _findings = findings;
        _secrets = secrets;
    }

    public McpDocument Document { get; }

    /// <summary>Known-format credentials in the document's strings, computed once and shared by the credential rules.</summary>
    internal IReadOnlyDictionary<JsonStringNode, CredentialMatch> CredentialMatches =>
        _credentialMatches ??= CredentialScanner.Scan(Document);

    public void Report(RuleDescriptor rule, SourceSpan span, params object?[] arguments)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        // The JSON path and server come from the node at that span, so rules only say where, never how to name it.
        var node = Document.FindNode(span);
        var server = node is null ? null : Document.FindServer(node)?.Name;
        _findings.Add(new Finding(rule, span, rule.FormatMessage(arguments), jsonPath: node?.GetPath(), server: server));
    }

    /// <summary>Reports at a node: its span, JSON path and server.</summary>
    public void Report(RuleDescriptor rule, JsonNode node, params object?[] arguments)
    {
        if (node is null)
        {
            throw new ArgumentNullException(nameof(node));
        }

        Report(rule, node.Span, arguments);
    }

    /// <summary>Remembers a secret value so that no message of this file can carry it, whatever a rule formats.</summary>
    public void RegisterSecret(string value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _secrets.Add(value);
        }
    }

    /// <summary>"Server 'x'", or "The file" for settings outside any server (messages add the JSON path).</summary>
    public string DescribeOwner(JsonNode node) =>
        Document.FindServer(node) is { } server ? $"Server '{server.Name}'" : "The file";
}

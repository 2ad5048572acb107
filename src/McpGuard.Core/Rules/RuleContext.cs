using System;
using System.Collections.Generic;
using McpGuard.Git;
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
    private CredentialInspection? _credentials;
    private string? _sourceText;

    internal RuleContext(McpDocument document, List<Finding> findings, HashSet<string> secrets, GitIgnoreLookup? ignores = null, Policy.McpPolicy? policy = null, Compose.ComposeFileLookup? composeFiles = null, Advisories.AdvisoryDatabase? advisories = null)
    {
        Advisories = advisories ?? McpGuard.Advisories.AdvisoryDatabase.Shipped;
        ComposeFiles = composeFiles ?? Compose.ComposeFileLookup.Unknown;
        Document = document;
        Policy = policy;
        _findings = findings;
        _secrets = secrets;
        Ignores = ignores ?? GitIgnoreLookup.Unknown;
    }

    public McpDocument Document { get; }

    /// <summary>What the host knows about git-ignored files; <see cref="GitIgnoreLookup.Unknown"/> in the IDE and in tests.</summary>
    public GitIgnoreLookup Ignores { get; }

    /// <summary>The Compose files a <c>docker compose</c> launch reads; <see cref="Compose.ComposeFileLookup.Unknown"/> in the IDE and in tests.</summary>
    public Compose.ComposeFileLookup ComposeFiles { get; }

    /// <summary>The advisories MCPG204 checks: the shipped list and the <c>McpGuardAdvisorySource</c> records.</summary>
    public Advisories.AdvisoryDatabase Advisories { get; }

    /// <summary>The repository's or organisation's policy (<c>mcpguard.json</c>); <c>null</c> when there is none.</summary>
    public Policy.McpPolicy? Policy { get; }

    /// <summary>The file's text as read (UTF-8, no BOM); empty when the host did not pass it.</summary>
    internal ReadOnlyMemory<byte> Source { get; set; }

    /// <summary>
    /// The file's characters, decoded once on first use, as the readers decoded them: node offsets index into it. For a
    /// rule that must locate a character inside an escaped string (MCPG701); rules otherwise work on the model.
    /// </summary>
    internal string SourceText => _sourceText ??= System.Text.Encoding.UTF8.GetString(Source.ToArray());

    /// <summary>What <see cref="LaunchedCommands.SettingsCommands"/> found; read once, shared by the rules.</summary>
    internal IReadOnlyList<JsonStringNode>? SettingsCommands { get; set; }

    /// <summary>The credentials of the document, searched once and shared by the credential rules (one finding per credential).</summary>
    internal CredentialInspection Credentials => _credentials ??= CredentialInspection.Run(this);

    public void Report(RuleDescriptor rule, SourceSpan span, params object?[] arguments) => Report(rule, null, span, arguments);

    /// <summary>Reports a milder case of a rule at a lower default severity (a tag without a digest under MCPG202 is Info).</summary>
    public void Report(RuleDescriptor rule, RuleSeverity? defaultSeverity, SourceSpan span, params object?[] arguments)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        // The JSON path and server come from the node at that span, so rules only say where, never how to name it.
        var node = Document.FindNode(span);
        var server = node is null ? null : Document.FindServer(node)?.Name;
        _findings.Add(new Finding(rule, span, rule.FormatMessage(arguments), jsonPath: node?.GetPath(), server: server, defaultSeverity: defaultSeverity));
    }

    /// <summary>Reports a milder (or graver) case of a rule at a node: the finding's default severity is <paramref name="severity"/>.</summary>
    public void ReportWithSeverity(RuleDescriptor rule, SourceSpan span, RuleSeverity severity, params object?[] arguments)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        var node = Document.FindNode(span);
        var server = node is null ? null : Document.FindServer(node)?.Name;
        _findings.Add(new Finding(rule, span, rule.FormatMessage(arguments), jsonPath: node?.GetPath(), server: server, defaultSeverity: severity));
    }

    /// <summary>Reports at part of a node (a character inside a string): the span given, the node's JSON path and server.</summary>
    public void ReportAt(RuleDescriptor rule, JsonNode node, SourceSpan span, params object?[] arguments)
    {
        if (rule is null || node is null)
        {
            throw new ArgumentNullException(rule is null ? nameof(rule) : nameof(node));
        }

        _findings.Add(new Finding(rule, span, rule.FormatMessage(arguments), jsonPath: node.GetPath(), server: Document.FindServer(node)?.Name));
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

    /// <summary>Reports a credential found by <see cref="Credentials"/>; its secret is scrubbed from every message of the file.</summary>
    internal void Report(CredentialHit hit)
    {
        RegisterSecret(hit.Secret);
        RegisterSecret(hit.Node.Value);
        var server = Document.FindServer(hit.Node)?.Name;
        _findings.Add(new Finding(hit.Rule, hit.Node.Span, hit.Rule.FormatMessage(hit.Arguments), jsonPath: hit.Node.GetPath(), server: server, defaultSeverity: hit.Severity));
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

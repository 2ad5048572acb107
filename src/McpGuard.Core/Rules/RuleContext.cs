using System;
using System.Collections.Generic;
using McpGuard.Git;
using McpGuard.Launch;
using McpGuard.Launch.Shell;
using McpGuard.Model;
using McpGuard.Syntax;

namespace McpGuard.Rules;

/// <summary>
/// What a rule sees of one document, and where it reports. It owns what the rules of one check share: how each server's
/// launch reads, the file's strings and its nodes by span (each read once, on first use), and the secrets no message of
/// the file may carry.
/// </summary>
public sealed class RuleContext : ReportingContext
{
    private readonly HashSet<string> _secrets;
    private readonly CheckOptions _options;
    private readonly Dictionary<McpServer, ServerReading> _readings = new();
    private string? _sourceText;
    private NodeIndex? _nodes;
    private IReadOnlyList<JsonStringNode>? _strings;
    private IReadOnlyList<JsonStringNode>? _settingsCommands;

    internal RuleContext(McpDocument document, ReadOnlyMemory<byte> source, List<Finding> findings, HashSet<string> secrets, CheckOptions options)
        : base(findings)
    {
        Document = document;
        Source = source;
        _secrets = secrets;
        _options = options;
    }

    public McpDocument Document { get; }

    /// <summary>What the host knows about git-ignored files; <see cref="GitIgnoreLookup.Unknown"/> in the IDE and in tests.</summary>
    public GitIgnoreLookup Ignores => _options.Ignores;

    /// <summary>The Compose files a <c>docker compose</c> launch reads; <see cref="Compose.ComposeFileLookup.Unknown"/> in the IDE and in tests.</summary>
    public Compose.ComposeFileLookup ComposeFiles => _options.ComposeFiles;

    /// <summary>The advisories MCPG204 checks: the shipped list and the <c>McpGuardAdvisorySource</c> records.</summary>
    public Advisories.AdvisoryDatabase Advisories => _options.Advisories ?? McpGuard.Advisories.AdvisoryDatabase.Shipped;

    /// <summary>The repository's or organisation's policy (<c>mcpguard.json</c>); <c>null</c> when there is none.</summary>
    public Policy.McpPolicy? Policy => _options.Policy;

    /// <summary>The file's text as read (UTF-8, no BOM).</summary>
    internal ReadOnlyMemory<byte> Source { get; }

    /// <summary>
    /// The file's characters, decoded once on first use, as the readers decoded them: node offsets index into it. For a
    /// rule that must locate a character inside an escaped string (MCPG701); rules otherwise work on the model.
    /// </summary>
    internal string SourceText => _sourceText ??= System.Text.Encoding.UTF8.GetString(Source.ToArray());

    /// <summary>Every string value in the file, in file order; collected once and shared by the rules.</summary>
    public IReadOnlyList<JsonStringNode> Strings => _strings ??= McpDocument.CollectStrings(Document.Root);

    /// <summary>The command lines committed settings run (<see cref="LaunchedCommands.ReadSettingsCommands"/>), read once.</summary>
    internal IReadOnlyList<JsonStringNode> SettingsCommands => _settingsCommands ??= LaunchedCommands.ReadSettingsCommands(this);

    /// <summary>The commands a server's launch runs, wrappers unwrapped (<see cref="LaunchCommandReader"/>).</summary>
    public IReadOnlyList<CommandInvocation> Invocations(McpServer server)
    {
        var reading = Reading(server);
        return reading.Invocations ??= LaunchCommandReader.Read(server);
    }

    /// <summary>The packages a server's launch fetches (<see cref="ServerPackages"/>).</summary>
    public IReadOnlyList<PackageReference> Packages(McpServer server)
    {
        var reading = Reading(server);
        return reading.Packages ??= ServerPackages.Read(Invocations(server));
    }

    /// <summary>A server's launch read as a shell would (<see cref="LaunchScript"/>).</summary>
    public LaunchScript Script(McpServer server)
    {
        var reading = Reading(server);
        return reading.Script ??= LaunchScript.Read(server);
    }

    /// <summary>The server's values that name hosts, with those hosts (<see cref="McpGuard.Network.NetworkEndpoints.CollectHosts"/>).</summary>
    internal IReadOnlyList<KeyValuePair<JsonStringNode, string[]>> Hosts(McpServer server)
    {
        var reading = Reading(server);
        return reading.Hosts ??= McpGuard.Network.NetworkEndpoints.CollectHosts(server);
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

    /// <summary>The node with exactly this span (a value, or a property's key), else the innermost node containing it.</summary>
    public JsonNode? NodeAt(Text.SourceSpan span)
    {
        _nodes ??= new NodeIndex(Document.Root);
        return _nodes.Find(span);
    }

    private protected override JsonNode? FindNode(Text.SourceSpan span, out McpDocument? document)
    {
        document = Document;
        return NodeAt(span);
    }

    private ServerReading Reading(McpServer server)
    {
        if (!_readings.TryGetValue(server, out var reading))
        {
            reading = new ServerReading();
            _readings.Add(server, reading);
        }

        return reading;
    }

    private sealed class ServerReading
    {
        public IReadOnlyList<CommandInvocation>? Invocations { get; set; }

        public IReadOnlyList<PackageReference>? Packages { get; set; }

        public LaunchScript? Script { get; set; }

        public IReadOnlyList<KeyValuePair<JsonStringNode, string[]>>? Hosts { get; set; }
    }
}

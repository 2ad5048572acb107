using System;
using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Reporting;
using McpGuard.Syntax;
using McpGuard.Network;

namespace McpGuard.Rules.Approval;

/// <summary>
/// MCPG608: <c>ANTHROPIC_BASE_URL</c>, <c>OPENAI_BASE_URL</c> and other model-provider endpoint variables, in settings
/// <c>env</c> or a server's <c>env</c>, that point to a host that is neither the provider (<c>Data/model-endpoints.json</c>)
/// nor this machine. A host that comes from a variable cannot be judged and is skipped.
/// </summary>
public sealed class SendModelTrafficOnlyToTheProviderRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ModelEndpointRedirected,
        title: "Send model traffic only to the provider",
        messageFormat: "'{0}' sends model traffic (prompts, code, tool results and the API key) to '{1}', which is not the model provider; remove it, or document and review the gateway it names",
        RuleCategories.Approval,
        RuleSeverity.Warning,
        description: "A committed base URL redirects every prompt, file the agent reads and the API key to whoever runs that host.");

    private static readonly Lazy<Endpoints> s_endpoints = new(Load);

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        Inspect(context, context.Document.SettingsEnv);
        foreach (var server in context.Document.Servers)
        {
            Inspect(context, server.Env);
        }
    }

    private static void Inspect(RuleContext context, JsonObjectNode? env)
    {
        if (env is null)
        {
            return;
        }

        var endpoints = s_endpoints.Value;
        foreach (var variable in env.Properties)
        {
            if (variable.Value is not JsonStringNode value || !endpoints.IsModelEndpoint(variable.Name))
            {
                continue;
            }

            var url = value.Value.Trim();
            if (url.IndexOf("://", StringComparison.Ordinal) < 0 || UrlHost.GetHost(url) is not { } host
                || UrlHost.IsLoopback(host) || endpoints.IsProvider(host))
            {
                continue;
            }

            context.Report(Rule, value.Span, variable.Value.GetPath(), Redaction.RedactUrl(url));
        }
    }

    private static Endpoints Load()
    {
        using var data = EmbeddedData.Load("model-endpoints.json");
        var root = data.RootElement;
        return new Endpoints(
            new HashSet<string>(EmbeddedData.ReadStrings(root, "variables"), StringComparer.OrdinalIgnoreCase),
            EmbeddedData.ReadStrings(root, "providerPrefixes"),
            EmbeddedData.ReadStrings(root, "urlSuffixes"),
            EmbeddedData.ReadStrings(root, "providerHosts"));
    }

    private sealed class Endpoints
    {
        private readonly HashSet<string> _variables;
        private readonly string[] _prefixes;
        private readonly string[] _suffixes;
        private readonly string[] _hosts;

        public Endpoints(HashSet<string> variables, string[] prefixes, string[] suffixes, string[] hosts)
        {
            _variables = variables;
            _prefixes = prefixes;
            _suffixes = suffixes;
            _hosts = hosts;
        }

        public bool IsModelEndpoint(string name)
        {
            if (_variables.Contains(name))
            {
                return true;
            }

            return Array.Exists(_prefixes, p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                && Array.Exists(_suffixes, s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
        }

        public bool IsProvider(string host) =>
            Array.Exists(_hosts, h => string.Equals(host, h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
    }
}

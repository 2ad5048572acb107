using System;
using System.Collections.Generic;
using McpGuard.Syntax;
using McpGuard.Launch;

namespace McpGuard.Rules.Execution;

/// <summary>
/// MCPG307: <c>NODE_TLS_REJECT_UNAUTHORIZED=0</c>, <c>PYTHONHTTPSVERIFY=0</c>, <c>GIT_SSL_NO_VERIFY</c>, <c>DANGEROUSLY_OMIT_AUTH</c>,
/// <c>--no-sandbox</c>, <c>--disable-web-security</c>, <c>--insecure</c>, <c>curl -k</c>, <c>--unsafe-perm</c> …
/// </summary>
public sealed class KeepSecurityFeaturesOnRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SecurityFeatureDisabled,
        title: "Keep security features switched on",
        messageFormat: "{0} switches off {1} ('{2}') at '{3}'; remove it and fix the certificate, sandbox or authentication problem it works around",
        RuleCategories.Execution,
        RuleSeverity.Warning,
        description: "Switching off certificate checks, browser sandboxes or authentication lets a network attacker or a web page take over the server's traffic or tools.");

    private static readonly HashSet<string> s_falseValues = new(StringComparer.OrdinalIgnoreCase) { string.Empty, "0", "false", "no", "off" };

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var reported = new HashSet<JsonStringNode>();
        foreach (var variable in EnvironmentValue.Collect(context, containers: true))
        {
            if (LaunchRisks.InsecureEnvironment.TryGetValue(variable.Name, out var insecure)
                && (insecure.Values.Contains(variable.Value.Trim()) || (insecure.Values.Contains("*") && !s_falseValues.Contains(variable.Value.Trim())))
                && reported.Add(variable.Node))
            {
                context.Report(Rule, variable.Node.Span, context.DescribeOwner(variable.Node), insecure.What, variable.Name + "=" + variable.Value, variable.Node.GetPath());
            }
        }

        foreach (var server in context.Document.Servers)
        {
            foreach (var command in context.Script(server).Commands)
            {
                for (var i = command.RunIndex + 1; i < command.Words.Count; i++)
                {
                    var word = command.Words[i];
                    if (word.Source is { } node && Describe(command.RunProgram, word.Text) is { } what && reported.Add(node))
                    {
                        context.Report(Rule, node.Span, context.DescribeOwner(node), what, word.Text, node.GetPath());
                    }
                }
            }
        }
    }

    private static string? Describe(string program, string word)
    {
        if (word == "-k" && program == "curl")
        {
            return "TLS certificate checks";
        }

        var equals = word.IndexOf('=');
        var flag = equals > 0 ? word.Substring(0, equals) : word;
        if (!LaunchRisks.InsecureFlags.TryGetValue(flag, out var what))
        {
            return null;
        }

        return equals > 0 && s_falseValues.Contains(word.Substring(equals + 1)) ? null : what;
    }
}

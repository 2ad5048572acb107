using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Reporting;
using McpGuard.Syntax;

namespace McpGuard.Rules.Credentials;

/// <summary>MCP102: a literal value under a credential-like variable name (<c>"GITHUB_TOKEN": "…"</c>).</summary>
public sealed class LiteralCredentialRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.LiteralCredential,
        title: "Do not set credential variables to literal values",
        messageFormat: "{0} sets credential variable '{1}' to a literal value ({2}) at '{3}'; {4}",
        RuleCategories.Credentials,
        RuleSeverity.Error,
        description: "A credential-named variable with a literal value puts the secret in the repository; reference it from the environment.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.IsLocalOnly)
        {
            return;
        }

        foreach (var server in document.Servers)
        {
            Check(context, server.Env, FixFor(document.Format, isSettings: false));
        }

        Check(context, document.SettingsEnv, FixFor(document.Format, isSettings: true));
    }

    private static void Check(RuleContext context, JsonObjectNode? env, System.Func<string, string> fix)
    {
        if (env is null)
        {
            return;
        }

        foreach (var variable in env.Properties)
        {
            if (variable.Value is not JsonStringNode value
                || context.CredentialMatches.ContainsKey(value)
                || !CredentialNames.IsCredentialName(variable.Name)
                || !LiteralValues.IsLiteralSecret(value.Value))
            {
                continue;
            }

            context.RegisterSecret(value.Value);
            context.Report(Rule, value.Span, context.DescribeOwner(value), variable.Name, Redaction.MaskOpaque(value.Value), value.GetPath(), fix(variable.Name));
        }
    }

    private static System.Func<string, string> FixFor(ConfigFormat format, bool isSettings)
    {
        if (isSettings)
        {
            // Claude Code does not expand variables in settings 'env': the value has to come from outside the file.
            return _ => "remove it and set the variable in your shell or secret manager instead";
        }

        return format.Variables switch
        {
            VariableSyntax.VsCode => name => $"reference it instead, e.g. \"${{input:{name.ToLowerInvariant()}}}\" with a password input, or \"${{env:{name}}}\"",
            VariableSyntax.Cursor => name => $"reference it instead, e.g. \"${{env:{name}}}\"",
            _ => name => $"reference it instead, e.g. \"${{{name}}}\"",
        };
    }
}

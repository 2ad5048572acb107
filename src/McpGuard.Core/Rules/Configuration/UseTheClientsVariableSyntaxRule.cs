using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Launch;
using McpGuard.Model;
using McpGuard.Syntax;

namespace McpGuard.Rules.Configuration;

/// <summary>MCPG005: <c>${input:x}</c> in a Claude file, <c>${VAR}</c> in a VS Code file, any reference where the client expands none — passed on literally.</summary>
public sealed class UseTheClientsVariableSyntaxRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ForeignVariableSyntax,
        title: "Write variable references in the client's syntax",
        messageFormat: "Server '{0}' uses '{1}' ({2}) at '{3}', which {4} does not expand: the server receives the text literally; {5}",
        RuleCategories.Configuration,
        RuleSeverity.Warning,
        description: "A reference the client does not expand reaches the server as literal text: the server fails, or a fallback credential is used instead.");

    private static readonly HashSet<string> s_shells = new(System.StringComparer.Ordinal) { "sh", "bash", "zsh", "dash", "fish", "cmd", "powershell", "pwsh" };

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var format = context.Document.Format;
        if (format.ServersShape == ServersShape.Registry)
        {
            return;
        }

        foreach (var server in context.Document.Servers)
        {
            // A shell expands ${VAR} in its own script; only what the client itself must expand is judged.
            var viaShell = server.Command is { } command && s_shells.Contains(CommandInvocation.NormalizeProgram(command.Value));
            foreach (var text in McpDocument.CollectStrings(server.Body))
            {
                if (viaShell && text.Parent is JsonArrayNode)
                {
                    continue;
                }

                foreach (var token in ReferenceTokens.Find(text.Value))
                {
                    if (!format.AcceptedVariables.Contains(token.Syntax))
                    {
                        context.Report(Rule, text.Span, server.Name, token.Text, ReferenceTokens.DescribeSyntax(token.Syntax), text.GetPath(), format.DisplayName, Fix(format, token));
                        break;
                    }
                }
            }
        }
    }

    private static string Fix(ConfigFormat format, ReferenceToken token)
    {
        var name = EnvironmentName(token.Syntax is "predefined" or "input" ? token.Name.ToUpperInvariant() : token.Name);
        return format.Variables switch
        {
            VariableSyntax.Claude => token.Syntax == "predefined" ? "use a relative path or '${CLAUDE_PROJECT_DIR}'" : $"write '${{{name}}}'",
            VariableSyntax.VsCode => $"write '${{env:{name}}}' or an '${{input:…}}' with a matching input",
            VariableSyntax.Cursor => $"write '${{env:{name}}}'",
            VariableSyntax.Codex => "pass secrets by name with 'env_vars' or 'bearer_token_env_var' instead",
            VariableSyntax.Continue => $"write '${{{{ secrets.{name} }}}}'",
            _ => "this client expands no variables; set the value where the client is started instead",
        };
    }

    /// <summary>A valid variable name for the suggestion: <c>jenkins-basic-auth</c> → <c>JENKINS_BASIC_AUTH</c>.</summary>
    private static string EnvironmentName(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsLetterOrDigit(chars[i]) && chars[i] != '_' && chars[i] != '.')
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }
}

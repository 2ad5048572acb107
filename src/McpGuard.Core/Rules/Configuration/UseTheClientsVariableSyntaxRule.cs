using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Launch;
using McpGuard.Model;
using McpGuard.Syntax;

namespace McpGuard.Rules.Configuration;

/// <summary>
/// MCPG005: <c>${input:x}</c> in a Claude file, <c>${VAR}</c> in a VS Code file, a bare <c>$VAR</c> or <c>%VAR%</c> where
/// the client does not expand it, any reference where the client expands none — passed on literally. The fix is written
/// in the file's own client's syntax.
/// </summary>
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

        // Commands the client runs through a shell (Claude Code's headersHelper) are expanded by that shell.
        var shellCommands = new HashSet<JsonStringNode>(McpGuard.Permissions.PermissionRisks.Instance.CommandNodes(format.Id, context.Document.Root));
        foreach (var server in context.Document.Servers)
        {
            // A shell expands ${VAR} in its own script; only what the client itself must expand is judged.
            var viaShell = server.Command is { } command && s_shells.Contains(CommandInvocation.NormalizeProgram(command.Value));
            foreach (var text in McpDocument.CollectStrings(server.Body))
            {
                if ((viaShell && text.Parent is JsonArrayNode) || shellCommands.Contains(text))
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
            VariableSyntax.Claude => token.Syntax == "predefined" ? "use " + ClientDialect.ProjectPathAdvice(format) : $"write '${{{name}}}'",
            VariableSyntax.VsCode => token.Syntax is "dollar" or "percent" or "dollar-brace" or "dollar-brace-default" && IsPathVariable(token.Name) ? "use " + ClientDialect.ProjectPathAdvice(format) + $" or '${{env:{name}}}'" : $"write '${{env:{name}}}' or an '${{input:…}}' with a matching input",
            VariableSyntax.Cursor => token.Syntax == "predefined" ? "use " + ClientDialect.ProjectPathAdvice(format) : $"write '${{env:{name}}}'",
            VariableSyntax.Codex => "pass secrets by name with 'env_vars' or 'bearer_token_env_var' instead",
            _ when token.Syntax == "predefined" => "use " + ClientDialect.ProjectPathAdvice(format),
            VariableSyntax.Continue => $"write '${{{{ secrets.{name} }}}}'",
            _ => "this client expands no variables; set the value where the client is started instead",
        };
    }

    /// <summary>The current folder spelled as a variable (<c>$PWD</c>, <c>%CD%</c>): a project path, not a secret.</summary>
    private static bool IsPathVariable(string name) => name is "PWD" or "CD";

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

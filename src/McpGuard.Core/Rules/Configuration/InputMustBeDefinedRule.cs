using System;
using System.Collections.Generic;
using McpGuard.Internal;
using McpGuard.Model;
using McpGuard.Syntax;

namespace McpGuard.Rules.Configuration;

/// <summary>MCPG006: VS Code <c>${input:id}</c> without an <c>inputs[]</c> entry of that id — the server gets no value.</summary>
public sealed class InputMustBeDefinedRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UndefinedInput,
        title: "Define every input a server references",
        messageFormat: "Server '{0}' references input '{1}' at '{2}', but no entry of '{3}' has that id; add one (with \"password\": true for secrets)",
        RuleCategories.Configuration,
        RuleSeverity.Warning,
        description: "VS Code cannot prompt for an undefined input, so the server starts without the value.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var format = context.Document.Format;
        if (format.InputsPath.Count == 0)
        {
            return;
        }

        var defined = new HashSet<string>(StringComparer.Ordinal);
        if (McpDocumentBuilder.Navigate(context.Document.Root, format.InputsPath) is JsonArrayNode inputs)
        {
            foreach (var input in inputs.Items)
            {
                if ((input as JsonObjectNode)?.GetString("id") is { } id)
                {
                    defined.Add(id.Value);
                }
            }
        }

        foreach (var text in context.Strings)
        {
            foreach (var token in ReferenceTokens.Find(text.Value))
            {
                if (token.Syntax == "input" && !defined.Contains(token.Name) && context.Document.FindServer(text) is { } server)
                {
                    context.Report(Rule, text.Span, server.Name, token.Name, text.GetPath(), string.Join(".", format.InputsPath));
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Syntax;
using McpGuard.Credentials;

namespace McpGuard.Rules.Credentials;

/// <summary>MCPG106: a VS Code <c>inputs[]</c> prompt whose id or description asks for a credential, without <c>"password": true</c>.</summary>
public sealed class SecretInputShownInClearRule : McpRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SecretInputShownInClear,
        title: "Mark credential inputs as password inputs",
        messageFormat: "Input '{0}' prompts for a credential{1} without \"password\": true at '{2}'; add \"password\": true so VS Code masks what is typed and keeps the value in its secret storage",
        RuleCategories.Credentials,
        RuleSeverity.Warning,
        description: "A promptString input without \"password\": true shows the credential on screen as it is typed.");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Format.InputsPath.Count == 0 || McpDocumentBuilder.Navigate(document.Root, document.Format.InputsPath) is not JsonArrayNode inputs)
        {
            // Early exit: only VS Code (mcp.json, or "mcp" in settings.json) prompts for inputs.
            return;
        }

        foreach (var item in inputs.Items)
        {
            if (item is JsonObjectNode input && input.GetString("id") is { } id && IsPrompt(input) && !IsPassword(input) && AsksForCredential(id.Value, input.GetString("description")?.Value))
            {
                context.Report(Rule, id.Span, id.Value, DescribeUsers(context, id.Value), input.GetPath());
            }
        }
    }

    private static bool IsPrompt(JsonObjectNode input) => input.GetString("type") is not { } type || type.Value == "promptString";

    private static bool IsPassword(JsonObjectNode input) => input.GetValue("password") is JsonScalarNode { RawText: "true" };

    private static bool AsksForCredential(string id, string? description) =>
        CredentialNames.IsCredentialName(id) || (description is not null && CredentialNames.IsCredentialName(description));

    /// <summary>" for server 'github'": the servers that reference the input.</summary>
    private static string DescribeUsers(RuleContext context, string id)
    {
        var reference = "${input:" + id + "}";
        var users = new List<string>();
        foreach (var text in context.Strings)
        {
            if (text.Value.IndexOf(reference, StringComparison.Ordinal) >= 0 && context.Document.FindServer(text) is { } server && !users.Contains(server.Name))
            {
                users.Add(server.Name);
            }
        }

        return users.Count switch
        {
            0 => string.Empty,
            1 => $" for server '{users[0]}'",
            _ => " for servers '" + string.Join("', '", users) + "'",
        };
    }
}

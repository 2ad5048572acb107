using System;
using System.Collections.Generic;
using McpGuard.Model;
using McpGuard.Reporting;
using McpGuard.Syntax;
using McpGuard.Credentials;

namespace McpGuard.Rules.Credentials;

/// <summary>
/// MCPG104: an <c>Authorization</c> (<c>Bearer</c>, <c>Basic</c>, …), <c>X-API-Key</c> or other credential header with a
/// literal value: in <c>headers</c>, in <c>--header</c>/<c>-H</c> arguments, in JSON held in a string, or as
/// <c>Bearer</c>/<c>Basic</c> credentials written into any other string.
/// The descriptor and its search; <see cref="FindCredentialsRule"/> runs the five credential searches in one pass.
/// </summary>
public static class LiteralAuthorizationHeaderRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.LiteralAuthorizationHeader,
        title: "Do not write authorization headers as literals",
        messageFormat: "{0} sends a literal '{1}' header ({2}) at '{3}'; {4}",
        RuleCategories.Credentials,
        RuleSeverity.Error,
        description: "A literal Authorization or API-key header is a committed credential; reference the token from the environment or an input.");


    internal static void Find(RuleContext context, IReadOnlyList<NamedValue> namedValues, List<CredentialHit> hits)
    {
        foreach (var named in namedValues)
        {
            if (AuthorizationValues.IsAuthorizationName(named.Name))
            {
                if (AuthorizationValues.ParseHeader(named.Value) is { } authorization)
                {
                    hits.Add(Hit(context, named.Node, named.Name, authorization.Secret, authorization.Display, named.Path));
                }
            }
            else if (named.Kind == NamedValueKind.Header && CredentialNames.IsCredentialName(named.Name) && LiteralValues.IsLiteralSecret(named.Value))
            {
                hits.Add(Hit(context, named.Node, named.Name, named.Value, Redaction.MaskOpaque(named.Value.Trim()), named.Path));
            }
        }

        foreach (var text in context.Strings)
        {
            foreach (var authorization in AuthorizationValues.FindInText(text.Value))
            {
                hits.Add(Hit(context, text, "Authorization", authorization.Secret, authorization.Display, text.GetPath()));
            }
        }
    }

    private static CredentialHit Hit(RuleContext context, JsonStringNode node, string header, string secret, string display, string path)
    {
        var server = context.Document.FindServer(node);
        var variable = CredentialFixes.ConstantName(AuthorizationValues.IsAuthorizationName(header) ? (server?.Name ?? "API") + "_TOKEN" : header);
        var example = CredentialFixes.Example(context.Document.Format, inSettings: false, variable);
        var scheme = display.IndexOf(' ') > 0 && !display.StartsWith(Redaction.Mask, StringComparison.Ordinal) ? display.Substring(0, display.IndexOf(' ') + 1) : string.Empty;
        var fix = example is not null
            ? $"reference the credential instead, e.g. \"{scheme}{example}\""
            : context.Document.Format.Variables == VariableSyntax.Codex
                ? $"remove it and name a variable instead (bearer_token_env_var = \"{variable}\", or env_http_headers)"
                : "remove it and set the credential outside the file (shell or secret manager) instead";
        return new CredentialHit(Rule, node, secret, new object?[] { context.DescribeOwner(node), header, display, path, fix });
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using McpGuard.Rules.ToolCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McpGuard.Analyzers.ToolCode;

/// <summary>
/// MCPG804: an <c>HttpClient</c>/<c>HttpRequestMessage</c>/<c>WebClient</c> request URI whose host a tool argument can
/// choose - the whole URL, or a part before the first '/' after "://" - with no host check (<c>Uri.Host</c>,
/// <c>IsBaseOf</c>, <c>StartsWith</c>, an allow list) in the method. A tool argument in the path or query of a fixed
/// host, or a relative URI on a client's BaseAddress, is not reported.
/// </summary>
internal static class UrlFromToolArgumentCheck
{
    internal static readonly DiagnosticDescriptor Rule = ToolCodeAnalyzer.CreateDescriptor(UrlFromToolArgument.Rule);

    internal static void Check(ToolMethod tool, ToolFindings report)
    {
        var uris = new List<IOperation>();
        foreach (var flow in tool.Flows)
        {
            foreach (var operation in flow.Operations)
            {
                uris.Clear();
                AddRequestUris(operation, uris);
                foreach (var uri in uris)
                {
                    if (flow.Taint(uri) is { } taint && HostComesFromTaint(flow.Pieces(uri))
                        && !flow.IsGuarded(uri, "hostGuards") && !flow.IsGuarded(uri, "valueGuards"))
                    {
                        report.Report(Rule, uri, null, tool.Name, taint);
                    }
                }
            }
        }
    }

    private static void AddRequestUris(IOperation operation, List<IOperation> uris)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when Apis.Is("httpRequest", property.Property):
                uris.Add(assignment.Value);
                break;
            case IInvocationOperation invocation when Apis.Is("httpRequest", invocation.TargetMethod):
                AddUriArguments(invocation.Arguments, uris);
                break;
            case IObjectCreationOperation { Constructor: { } constructor } creation when Apis.Is("httpRequest", constructor):
                AddUriArguments(creation.Arguments, uris);
                break;
        }
    }

    private static void AddUriArguments(ImmutableArray<IArgumentOperation> arguments, List<IOperation> uris)
    {
        foreach (var argument in arguments)
        {
            if (IsUriParameter(argument.Parameter))
            {
                uris.Add(argument.Value);
            }
        }
    }

    private static bool IsUriParameter(IParameterSymbol? parameter)
    {
        if (parameter is null || !(parameter.Type.SpecialType == SpecialType.System_String || parameter.Type.Name == "Uri"))
        {
            return false;
        }

        var name = parameter.Name.ToLowerInvariant();
        return name.Contains("uri") || name.Contains("url") || name.Contains("address");
    }

    /// <summary>Whether a tainted piece comes before the authority of the URL is closed by a '/', '?' or '#'.</summary>
    internal static bool HostComesFromTaint(List<Piece> pieces)
    {
        var prefix = new System.Text.StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece.Taint is not null)
            {
                return IsOpenAuthority(prefix.ToString());
            }

            prefix.Append(piece.Text);
        }

        return false;
    }

    private static bool IsOpenAuthority(string prefix)
    {
        if (prefix.Length == 0)
        {
            return true;
        }

        var scheme = prefix.IndexOf("://", StringComparison.Ordinal);
        var authority = scheme >= 0 ? prefix.Substring(scheme + 3) : prefix.StartsWith("//", StringComparison.Ordinal) ? prefix.Substring(2) : null;
        if (authority is not null)
        {
            return authority.IndexOfAny(new[] { '/', '?', '#' }) < 0;
        }

        // "http" + x or "https:" + x still lets the value name the host; "repos/" + x is relative to a BaseAddress.
        var lower = prefix.ToLowerInvariant();
        return "https://".StartsWith(lower, StringComparison.Ordinal) || "http://".StartsWith(lower, StringComparison.Ordinal);
    }
}

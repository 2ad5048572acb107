using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using McpGuard.Rules.ToolCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using McpGuard.ToolCode;

namespace McpGuard.Analyzers.ToolCode;

/// <summary>
/// MCPG807, at the end of the compilation: each <c>MapMcp()</c> with no <c>RequireAuthorization()</c> on it, its route
/// group or its builder, when no fallback authorization policy is set anywhere; and, while such an endpoint exists, each
/// binding to every interface (<c>0.0.0.0</c>, <c>*</c>, <c>+</c>, <c>[::]</c>, <c>ListenAnyIP</c>,
/// <c>IPAddress.Any</c>) when a tool writes, deletes or runs processes.
/// </summary>
internal static class UngatedMcpEndpointCheck
{
    internal static readonly DiagnosticDescriptor Rule = ToolCodeAnalyzer.CreateDescriptor(UngatedMcpEndpoint.Rule, WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Collects endpoints, bindings and authorization calls over the compilation and reports at its end.</summary>
    public static State Start(CompilationStartAnalysisContext context, GeneratedCodeFilter generated)
    {
        var state = new State(generated);
        context.RegisterOperationAction(operation => Collect(operation.Operation, state), OperationKind.Invocation, OperationKind.SimpleAssignment, OperationKind.FieldReference);
        context.RegisterCompilationEndAction(end => Report(end, state));
        return state;
    }

    /// <summary>Notes a tool that writes, deletes or runs processes, for the message (read after the tool's findings are reported).</summary>
    public static void OnTool(ToolMethod tool, State state)
    {
        if (!tool.IsTool)
        {
            return;
        }

        foreach (var effect in tool.Effects)
        {
            if (effect.Kind is EffectKind.Write or EffectKind.Delete or EffectKind.Process)
            {
                state.ActingTools.Add($"'{tool.Name}', which {effect.Description}");
                return;
            }
        }
    }

    private static void Collect(IOperation operation, State state)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when Apis.Is("mapMcp", invocation.TargetMethod):
                if (!IsGatedChain(invocation, state))
                {
                    state.Endpoints.Add(invocation);
                }

                break;
            case IInvocationOperation invocation when Apis.Is("requireAuthorization", invocation.TargetMethod):
                if (Receiver(invocation) is ILocalReferenceOperation local)
                {
                    state.GatedLocals.TryAdd(local.Local, true);
                }

                break;
            case IInvocationOperation invocation when Apis.Is("fallbackPolicy", invocation.TargetMethod):
                state.HasFallbackPolicy = true;
                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } when Apis.Is("fallbackPolicy", property.Property):
                state.HasFallbackPolicy = true;
                break;
            case IInvocationOperation invocation when Apis.Is("bindings", invocation.TargetMethod) || IsUrlsAdd(invocation):
                foreach (var argument in invocation.Arguments)
                {
                    if (invocation.TargetMethod.Name == "ListenAnyIP")
                    {
                        state.Bindings.Add((invocation, "ListenAnyIP"));
                        break;
                    }

                    foreach (var text in Texts(argument.Value))
                    {
                        if (EveryInterfaceHost(text) is { })
                        {
                            state.Bindings.Add((argument.Value, text));
                        }
                    }
                }

                break;
            case IFieldReferenceOperation field when field.Field.ContainingType is { } type && Apis.TypeKey(type) == "System.Net.IPAddress"
                && field.Field.Name is "Any" or "IPv6Any" && field.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Listen" } }:
                state.Bindings.Add((field, "IPAddress." + field.Field.Name));
                break;
        }
    }

    private static bool IsUrlsAdd(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name == "Add" && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Urls" } urls
        && urls.Property.ContainingType is { } type && Apis.TypeKey(type) == "Microsoft.AspNetCore.Builder.WebApplication";

    private static IEnumerable<string> Texts(IOperation value)
    {
        if (value.ConstantValue.Value is string text)
        {
            yield return text;
        }
        else if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                if (element.ConstantValue.Value is string item)
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>The host of a URL such as <c>http://0.0.0.0:5000</c> or <c>http://*:8080</c> if it means every interface.</summary>
    private static string? EveryInterfaceHost(string url)
    {
        foreach (var single in url.Split(';'))
        {
            var scheme = single.IndexOf("://", System.StringComparison.Ordinal);
            var rest = scheme < 0 ? single : single.Substring(scheme + 3);
            var host = rest.StartsWith("[", System.StringComparison.Ordinal) ? rest.Substring(0, rest.IndexOf(']') + 1) : rest.Split(':', '/')[0];
            if (ToolCodeApis.Words("everyInterfaceHosts").Contains(host))
            {
                return host;
            }
        }

        return null;
    }

    /// <summary><c>app.MapMcp().RequireAuthorization()</c>, <c>group.RequireAuthorization()</c> on the builder, or a gated local.</summary>
    private static bool IsGatedChain(IInvocationOperation mapMcp, State state)
    {
        IOperation chain = mapMcp;
        for (var parent = mapMcp.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IInvocationOperation outer && Receiver(outer) == chain)
            {
                if (Apis.Is("requireAuthorization", outer.TargetMethod))
                {
                    return true;
                }

                chain = outer;
                continue;
            }

            if (parent is IArgumentOperation or IConversionOperation)
            {
                continue;
            }

            if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                state.EndpointLocals.TryAdd(mapMcp, declarator.Symbol);
            }

            break;
        }

        var receiver = Receiver(mapMcp);
        return receiver is not null && receiver.DescendantsAndSelf().Any(d => d is IInvocationOperation inner && Apis.Is("requireAuthorization", inner.TargetMethod));
    }

    private static IOperation? Receiver(IInvocationOperation invocation)
    {
        var receiver = invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        while (receiver is IConversionOperation conversion)
        {
            receiver = conversion.Operand;
        }

        return receiver;
    }

    private static void Report(CompilationAnalysisContext context, State state)
    {
        if (state.HasFallbackPolicy)
        {
            return;
        }

        var ungated = state.Endpoints
            .Where(e => !(state.EndpointLocals.TryGetValue(e, out var local) && state.GatedLocals.ContainsKey(local)))
            .OrderBy(e => e.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(e => e.Syntax.SpanStart)
            .ToList();
        if (ungated.Count == 0)
        {
            return;
        }

        var acting = state.ActingTools.OrderBy(t => t, System.StringComparer.Ordinal).FirstOrDefault();
        var including = acting is null ? string.Empty : ", including " + acting;
        foreach (var endpoint in ungated)
        {
            if (state.Generated.IsGenerated(endpoint.Syntax.GetLocation()))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, endpoint.Syntax.GetLocation(),
                "MapMcp() publishes the MCP endpoint without RequireAuthorization() and no fallback authorization policy is set", including,
                "chain .RequireAuthorization() (or set AuthorizationOptions.FallbackPolicy)"));
        }

        if (acting is null)
        {
            return;
        }

        foreach (var (at, text) in state.Bindings.OrderBy(b => b.At.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(b => b.At.Syntax.SpanStart))
        {
            if (state.Generated.IsGenerated(at.Syntax.GetLocation()))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, at.Syntax.GetLocation(),
                $"The server listens on every interface ('{text}') with an unauthenticated MCP endpoint", including,
                "listen on localhost only, or require authorization on the endpoint"));
        }
    }

    internal sealed class State
    {
        public State(GeneratedCodeFilter generated) => Generated = generated;

        public GeneratedCodeFilter Generated { get; }

        public ConcurrentBag<IInvocationOperation> Endpoints { get; } = new();

        public ConcurrentDictionary<IInvocationOperation, ILocalSymbol> EndpointLocals { get; } = new();

        public ConcurrentDictionary<ISymbol, bool> GatedLocals { get; } = new(SymbolEqualityComparer.Default);

        public ConcurrentBag<(IOperation At, string Text)> Bindings { get; } = new();

        public ConcurrentBag<string> ActingTools { get; } = new();

        public bool HasFallbackPolicy { get; set; }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace McpGuard.Analyzers.ToolCode;

/// <summary>A tool (or resource) method with its body, the attribute that made it one and the bodies of the other methods of its type.</summary>
internal sealed class ToolMethod
{
    public ToolMethod(IMethodSymbol method, IOperation body, AttributeData attribute, bool isTool, IReadOnlyDictionary<IMethodSymbol, IOperation> typeBodies, ToolAnalyses? shared = null)
    {
        _shared = shared;
        Method = method;
        Body = body;
        Attribute = attribute;
        IsTool = isTool;
        TypeBodies = typeBodies;
    }

    public IMethodSymbol Method { get; }

    private readonly ToolAnalyses? _shared;
    private List<TaintFlow>? _flows;
    private List<Effect>? _effects;

    /// <summary>The tool's own flow and those of the helpers it hands tainted values to (<see cref="ToolFlows.Of"/>), built once.</summary>
    public List<TaintFlow> Flows => _flows ??= new List<TaintFlow>(ToolFlows.Of(this));

    /// <summary>The findings of the MCPG8xx rules (<see cref="ToolChecks.Run"/>), read-only once set.</summary>
    public List<ToolFinding> Findings { get; set; } = new();

    /// <summary>What the tool does to the world (<see cref="ToolEffects.Of"/>), built once.</summary>
    public List<Effect> Effects => _effects ??= ToolEffects.Of(this);

    /// <summary>The block of the method's body (an expression body is a block with one implicit return).</summary>
    public IOperation Body { get; }

    public AttributeData Attribute { get; }

    /// <summary><c>[McpServerTool]</c>, not <c>[McpServerResource]</c>.</summary>
    public bool IsTool { get; }

    /// <summary>Every method of the containing type that has a body, for helper calls.</summary>
    public IReadOnlyDictionary<IMethodSymbol, IOperation> TypeBodies { get; }

    /// <summary>The name clients see: the attribute's <c>Name</c>, else the method's own.</summary>
    public string Name
    {
        get
        {
            foreach (var argument in Attribute.NamedArguments)
            {
                if (argument.Key == "Name" && argument.Value.Value is string name && name.Length > 0)
                {
                    return name;
                }
            }

            return Method.Name;
        }
    }

    /// <summary>The parameters the model (or, for resources, the client's URI) chooses: text-like values, not injected services.</summary>
    public ImmutableArray<IParameterSymbol> ModelChosenParameters()
    {
        var builder = ImmutableArray.CreateBuilder<IParameterSymbol>();
        foreach (var parameter in Method.Parameters)
        {
            if (IsTextLike(parameter.Type))
            {
                builder.Add(parameter);
            }
        }

        return builder.ToImmutable();
    }

    private static bool IsTextLike(ITypeSymbol type)
    {
        switch (type)
        {
            case { SpecialType: SpecialType.System_String or SpecialType.System_Object }:
                return true;
            case IArrayTypeSymbol array:
                return IsTextLike(array.ElementType);
            case INamedTypeSymbol named:
                var key = Apis.TypeKey(named.OriginalDefinition);
                if (key is "System.Uri" or "System.Text.Json.JsonElement" or "System.Text.Json.Nodes.JsonNode" or "System.Text.Json.Nodes.JsonObject")
                {
                    return true;
                }

                // List<string>, IEnumerable<string>, IReadOnlyList<string> …; Nullable<T> of nothing text-like is not.
                return named.IsGenericType && named.TypeArguments.Length == 1 && key.StartsWith("System.Collections.", System.StringComparison.Ordinal)
                    && named.TypeArguments[0].SpecialType == SpecialType.System_String;
            default:
                return false;
        }
    }

    /// <summary>A body's operations and definitions (<see cref="BodyIndex"/>), collected once per body in a compilation.</summary>
    public BodyIndex IndexOf(IOperation body) => _shared is null ? new BodyIndex(body) : _shared.IndexOf(body);

    /// <summary>Whether a body of the tool's type reads a secret (MCPG805's sources); <c>true</c> when not known.</summary>
    public bool TypeReadsSecrets { get; set; } = true;

    /// <summary>The effects of a helper body read without tainted parameters (<paramref name="collect"/>), once per helper in a compilation.</summary>
    public List<Effect> HelperEffectsOf(IOperation helperBody, System.Func<List<Effect>> collect) =>
        _shared is null ? collect() : _shared.HelperEffectsOf(helperBody, collect);

    /// <summary>Whether a helper body calls a member of <paramref name="guardList"/>; asked once per helper and list in a compilation.</summary>
    public bool HelperCallsGuard(IOperation helperBody, string guardList) =>
        _shared is null ? ToolAnalyses.CallsGuard(IndexOf(helperBody).Operations, guardList) : _shared.HelperCallsGuard(helperBody, guardList);

    /// <summary>The body of a method of <see cref="Method"/>'s type, for a helper call.</summary>
    public IOperation? BodyOf(IMethodSymbol method) =>
        TypeBodies.TryGetValue(method.OriginalDefinition, out var body) ? body : null;
}

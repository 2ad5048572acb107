using Microsoft.CodeAnalysis;
using McpGuard.ToolCode;

namespace McpGuard.Analyzers.ToolCode;

/// <summary>Matches symbols against the lists of <c>tool-sinks.json</c> (<see cref="ToolCodeApis"/>) by "Namespace.Type.Member".</summary>
internal static class Apis
{
    /// <summary>Answers already given, per symbol and list: a tool's flows ask about the same members many times.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ISymbol, System.Collections.Concurrent.ConcurrentDictionary<string, bool>> s_answers = new();

    public static bool Is(string list, ISymbol? member)
    {
        if (member is null)
        {
            return false;
        }

        var answers = s_answers.GetValue(member, _ => new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(System.StringComparer.Ordinal));
        if (!answers.TryGetValue(list, out var answer))
        {
            answers[list] = answer = Find(list, member);
        }

        return answer;
    }

    private static bool Find(string list, ISymbol? member)
    {
        for (var depth = 0; member is not null && depth < 8; depth++)
        {
            if (member.ContainingType is { } type && ToolCodeApis.Contains(list, TypeKey(type), MemberName(member)))
            {
                return true;
            }

            member = member switch
            {
                IMethodSymbol { ReducedFrom: { } reduced } => reduced,
                IMethodSymbol method => method.OverriddenMethod,
                IPropertySymbol property => property.OverriddenProperty,
                _ => null,
            };
        }

        return false;
    }

    public static bool IsType(INamedTypeSymbol? type, string metadataName)
    {
        for (var depth = 0; type is not null && depth < 16; depth++, type = type.BaseType)
        {
            if (TypeKey(type) == metadataName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keys already built: every operation asks for its member's type, and the display string is not cheap.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<INamedTypeSymbol, string> s_typeKeys = new();

    /// <summary><c>System.Collections.Generic.List</c> for <c>List&lt;string&gt;</c>; nested types joined by dots.</summary>
    public static string TypeKey(INamedTypeSymbol type) => s_typeKeys.GetValue(type, BuildTypeKey);

    private static string BuildTypeKey(INamedTypeSymbol type)
    {
        var name = type.Name;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.Name + "." + name;
        }

        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }

    private static string MemberName(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } => ".ctor",
        IPropertySymbol { IsIndexer: true } => "this[]",
        _ => member.Name,
    };
}

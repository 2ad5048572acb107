using System;
using System.Collections.Immutable;
using System.Linq;
using McpGuard.Rules.ToolCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using McpGuard.ToolCode;

namespace McpGuard.Analyzers.ToolCode;

/// <summary>
/// MCPG803: SQL text (<c>DbCommand.CommandText</c>, command constructors, <c>FromSqlRaw</c>, <c>ExecuteSqlRaw</c>,
/// Dapper's <c>sql</c>) concatenated, interpolated or formatted from a tool argument: Error. A tool argument that is the
/// whole text: Warning. Parameters (<c>@name</c>), <c>FromSql</c>/<c>FromSqlInterpolated</c> (a FormattableString) and
/// values checked against an allow list or pattern are fine.
/// </summary>
internal static class SqlFromToolArgumentCheck
{
    internal static readonly DiagnosticDescriptor Rule = ToolCodeAnalyzer.CreateDescriptor(SqlFromToolArgument.Rule);

    private static readonly string[] s_sqlParameterNames = { "sql", "cmdText", "commandText", "query", "sqlQuery" };

    internal static void Check(ToolMethod tool, ToolFindings report)
    {
        foreach (var flow in tool.Flows)
        {
            foreach (var operation in flow.Operations)
            {
                if (SqlText(operation) is { } text && text.Type?.SpecialType == SpecialType.System_String)
                {
                    Check(flow, tool, text, report);
                }
            }
        }
    }

    /// <summary>The SQL text an operation hands to a database API, if it does.</summary>
    internal static IOperation? SqlText(IOperation operation) => operation switch
    {
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when Apis.Is("sqlText", property.Property) => assignment.Value,
        IInvocationOperation invocation when Apis.Is("sqlText", invocation.TargetMethod) => ToolFlows.Argument(invocation.Arguments, s_sqlParameterNames),
        IObjectCreationOperation creation when IsCommandType(creation.Type) => ToolFlows.Argument(creation.Arguments, s_sqlParameterNames),
        _ => null,
    };

    private static bool IsCommandType(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && (Apis.IsType(named, "System.Data.Common.DbCommand") || Apis.IsType(named, "System.Data.Common.DbBatchCommand"));

    private static void Check(TaintFlow flow, ToolMethod tool, IOperation text, ToolFindings report)
    {
        var pieces = flow.Pieces(text);
        var tainted = pieces.Where(p => p.Taint is not null && !flow.IsGuarded(p.Operation, "valueGuards")).ToList();
        if (tainted.Count == 0)
        {
            return;
        }

        var hasSqlAround = pieces.Any(p => p.Taint is null && (p.Text is null || p.Text.Trim().Length > 0));
        if (hasSqlAround)
        {
            report.Report(Rule, text, null, tool.Name, tainted[0].Taint!, "builds SQL text", "pass the value as a parameter (@name, FromSqlInterpolated, an object of parameters for Dapper) instead");
        }
        else
        {
            report.Report(Rule, text, DiagnosticSeverity.Warning, tool.Name, tainted[0].Taint!, "takes the whole SQL text",
                "the model can run any statement the connection allows: offer fixed queries with parameters, or connect with a read-only account");
        }
    }

    /// <summary>The first SQL keyword of a constant text, lower case, for MCPG806.</summary>
    internal static string? FirstKeyword(string text)
    {
        var trimmed = text.TrimStart();
        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end]))
        {
            end++;
        }

        return end == 0 ? null : trimmed.Substring(0, end).ToLowerInvariant();
    }

    internal static bool IsKeywordIn(string list, string? keyword) => keyword is not null && ToolCodeApis.Words(list).Contains(keyword, StringComparer.Ordinal);
}

using System.Collections.Generic;
using System.Linq;
using McpGuard.Rules.ToolCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using McpGuard.ToolCode;

namespace McpGuard.Analyzers.ToolCode;

/// <summary>
/// MCPG805: a tool returns (in its result text, object or collection) a value read with
/// <c>Environment.GetEnvironmentVariable</c> or from <c>IConfiguration</c> under a credential name (Core's
/// credential-name data: <c>GITHUB_TOKEN</c>, <c>OpenAI:ApiKey</c>), a connection string, or every environment variable.
/// Whether it is set (<c>string.IsNullOrEmpty</c>, <c>Length</c>) is not its value.
/// </summary>
internal static class SecretReturnedToModelCheck
{
    internal static readonly DiagnosticDescriptor Rule = ToolCodeAnalyzer.CreateDescriptor(SecretReturnedToModel.Rule);

    internal static void Check(ToolMethod tool, ToolFindings report)
    {
        if (!tool.IsTool || !tool.TypeReadsSecrets)
        {
            return;
        }

        var flow = new TaintFlow(tool, tool.Body, new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default), SecretOf);
        foreach (var returned in flow.ReturnedValues())
        {
            if (flow.Taint(returned) is { } secret)
            {
                report.Report(Rule, returned, null, tool.Name, secret);
            }
        }
    }

    /// <summary>The label of a secret an operation reads, or <c>null</c>.</summary>
    internal static string? SecretOf(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when Apis.Is("secretDumps", invocation.TargetMethod):
                return "every environment variable";
            case IInvocationOperation invocation when Apis.Is("secretSources", invocation.TargetMethod) && invocation.TargetMethod.Name != "GetSection":
                var name = ConstantName(invocation.Arguments.Select(a => a.Value));
                if (invocation.TargetMethod.Name == "GetConnectionString")
                {
                    return name is null ? "a connection string" : $"the connection string '{name}'";
                }

                return name is not null && ToolCodeApis.IsCredentialName(name) ? $"the value of '{name}'" : null;
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when Apis.Is("secretSources", indexer.Property):
                var key = ConstantName(indexer.Arguments.Select(a => a.Value));
                return key is not null && ToolCodeApis.IsCredentialName(key) ? $"the value of '{key}'" : null;
            case IPropertyReferenceOperation { Property.Name: "Value", Instance: IInvocationOperation section } when Apis.Is("secretSources", section.TargetMethod) && section.TargetMethod.Name == "GetSection":
                var sectionName = ConstantName(section.Arguments.Select(a => a.Value));
                return sectionName is not null && ToolCodeApis.IsCredentialName(sectionName) ? $"the value of '{sectionName}'" : null;
            default:
                return null;
        }
    }

    private static string? ConstantName(IEnumerable<IOperation> values) =>
        values.Select(v => v.ConstantValue.Value as string).FirstOrDefault(s => s is not null);
}

using System;
using System.Collections.Generic;
using McpGuard.Rules;

namespace McpGuard.Core.Tests.Robustness;

/// <summary>A rule with a defect: throws on every document and on the repository (added with <see cref="CheckOptions.WithAddedRules"/> or a host's <c>AddedRules</c>).</summary>
internal sealed class ThrowingRule : McpRule
{
    public static readonly RuleDescriptor Rule = new("MCPG999", "Test rule that throws", "{0}", RuleCategories.Configuration, RuleSeverity.Warning, "Injected by tests.");

    private readonly Func<Exception> _exception;

    public ThrowingRule(Func<Exception>? exception = null) => _exception = exception ?? (() => new NullReferenceException());

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(RuleContext context) => throw _exception();

    public override void AnalyzeRepository(RepositoryContext context) => throw _exception();
}

using System;
using System.Globalization;

namespace McpGuard.Rules;

/// <summary>What a rule reports: the data both front ends turn into build warnings and Roslyn diagnostics.</summary>
public sealed class RuleDescriptor
{
    private RuleDescriptor?[]? _bySeverity;

    public RuleDescriptor(string id, string title, string messageFormat, string category, RuleSeverity defaultSeverity, string description)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        Catalogued = this;
    }

    private RuleDescriptor(RuleDescriptor catalogued, RuleSeverity severity)
        : this(catalogued.Id, catalogued.Title, catalogued.MessageFormat, catalogued.Category, severity, catalogued.Description)
    {
        Catalogued = catalogued;
    }

    public string Id { get; }

    /// <summary>Imperative, at most 60 characters.</summary>
    public string Title { get; }

    /// <summary>A composite format string; arguments are already redacted when they reach it.</summary>
    public string MessageFormat { get; }

    public string Category { get; }

    public RuleSeverity DefaultSeverity { get; }

    public string Description { get; }

    public string HelpUri => RuleIds.GetHelpUri(Id);

    /// <summary>The descriptor of the catalog: itself, or the one <see cref="WithSeverity"/> was called on.</summary>
    public RuleDescriptor Catalogued { get; }

    /// <summary>
    /// The same rule at another default severity, for a milder (or graver) case of one finding: a tag without a digest
    /// under MCPG202 is Info. Findings reported with it carry <see cref="Catalogued"/> and that severity as their default,
    /// which configuration for the rule's id overrides like any default.
    /// </summary>
    public RuleDescriptor WithSeverity(RuleSeverity severity)
    {
        var catalogued = Catalogued;
        if (severity == catalogued.DefaultSeverity)
        {
            return catalogued;
        }

        var index = (int)severity;
        var variants = catalogued._bySeverity ??= new RuleDescriptor?[5];
        return variants[index] ??= new RuleDescriptor(catalogued, severity);
    }

    public string FormatMessage(object?[] arguments)
    {
        try
        {
            return string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
        }
        catch (FormatException)
        {
            return MessageFormat;
        }
    }

    public override string ToString() => Id;
}

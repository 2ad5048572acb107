using System;
using System.Globalization;

namespace McpGuard.Rules;

/// <summary>What a rule reports: the data both front ends turn into build warnings and Roslyn diagnostics.</summary>
public sealed class RuleDescriptor
{
    public RuleDescriptor(string id, string title, string messageFormat, string category, RuleSeverity defaultSeverity, string description)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
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

using System.Collections.Generic;
using McpGuard.Syntax;

namespace McpGuard.Permissions;

/// <summary>
/// The <c>permissions</c> of one Claude Code settings file: its allow, ask and deny rules with their positions. A call is
/// decided by the strongest matching list (deny, then ask, then allow), as Claude Code does across all its settings layers.
/// </summary>
public sealed class PermissionSet
{
    private readonly List<PermissionRule> _allow = new();
    private readonly List<PermissionRule> _ask = new();
    private readonly List<PermissionRule> _deny = new();

    /// <summary>Real settings hold a few hundred rules; the bound keeps allow × deny comparisons cheap on hostile input.</summary>
    private const int MaxRulesPerList = 2000;

    public static PermissionSet Empty { get; } = new();

    /// <summary>Allow rules, in file order (only the ones that parse).</summary>
    public IReadOnlyList<PermissionRule> Allow => _allow;

    public IReadOnlyList<PermissionRule> Ask => _ask;

    public IReadOnlyList<PermissionRule> Deny => _deny;

    /// <summary><c>permissions.defaultMode</c>, when it is a string.</summary>
    public JsonStringNode? DefaultMode { get; private set; }

    /// <summary>Reads <c>permissions</c> from a settings file's root; odd shapes (not an object, non-string items) are skipped.</summary>
    public static PermissionSet Read(JsonObjectNode? root)
    {
        var permissions = root?.GetObject("permissions");
        if (permissions is null)
        {
            return Empty;
        }

        var set = new PermissionSet { DefaultMode = permissions.GetString("defaultMode") };
        Add(permissions.GetArray("allow"), PermissionKind.Allow, set._allow);
        Add(permissions.GetArray("ask"), PermissionKind.Ask, set._ask);
        Add(permissions.GetArray("deny"), PermissionKind.Deny, set._deny);
        return set;
    }

    /// <summary>A deny or ask rule that covers every call <paramref name="allow"/> permits, or <c>null</c>: then the allow grants nothing silently.</summary>
    public PermissionRule? FindShadowing(PermissionRule allow) => FindCovering(_deny, allow) ?? FindCovering(_ask, allow);

    /// <summary>The deny or ask rule that stops the Bash command line <paramref name="command"/> from running unprompted, or <c>null</c>.</summary>
    public PermissionRule? FindStoppingCommand(string command) => FindMatching(_deny, command) ?? FindMatching(_ask, command);

    /// <summary>Whether <paramref name="covering"/> matches every call that <paramref name="covered"/> matches (same tool).</summary>
    public static bool Covers(PermissionRule covering, PermissionRule covered)
    {
        if (covering.IsMcp || covered.IsMcp)
        {
            return covering.IsMcp && covered.IsMcp && CoversMcp(covering, covered);
        }

        if (covering.Tool != covered.Tool)
        {
            return false;
        }

        if (covering.Specifier is null || covering.Specifier.Trim() == "*" || covering.FetchDomain == "*")
        {
            return true;
        }

        if (covering.FetchDomain is { } domain)
        {
            return CommandPattern.Covers(domain, covered.FetchDomain!);
        }

        if (covered.Specifier is null)
        {
            return false;
        }

        return covering.IsBash
            ? CommandPattern.Covers(covering.CommandPattern!, covered.CommandPattern!)
            : CommandPattern.Covers(covering.Specifier.Trim(), covered.Specifier.Trim());
    }

    private static PermissionRule? FindCovering(List<PermissionRule> rules, PermissionRule allow)
    {
        foreach (var rule in rules)
        {
            if (Covers(rule, allow))
            {
                return rule;
            }
        }

        return null;
    }

    private static PermissionRule? FindMatching(List<PermissionRule> rules, string command)
    {
        foreach (var rule in rules)
        {
            if (rule.IsBash && CommandPattern.Matches(rule.CommandPattern!, command))
            {
                return rule;
            }
        }

        return null;
    }

    private static bool CoversMcp(PermissionRule covering, PermissionRule covered)
    {
        if (covering.McpServer != "*" && covering.McpServer != covered.McpServer)
        {
            return false;
        }

        return covering.McpTool is null || covering.McpTool == "*"
            || (covered.McpTool is not null && CommandPattern.Covers(covering.McpTool, covered.McpTool));
    }

    private static void Add(JsonArrayNode? array, PermissionKind kind, List<PermissionRule> rules)
    {
        if (array is null)
        {
            return;
        }

        foreach (var item in array.Items)
        {
            if (rules.Count >= MaxRulesPerList)
            {
                break;
            }

            if (item is JsonStringNode text && PermissionRule.Parse(text.Value, kind, text) is { } rule)
            {
                rules.Add(rule);
            }
        }
    }
}

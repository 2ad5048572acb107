namespace McpGuard.Suppression;

/// <summary>Why a finding is not logged although its severity says it would be.</summary>
public enum SuppressionKind
{
    /// <summary>Reported.</summary>
    None,

    /// <summary>A <c>McpGuardSuppress</c> item matches it; the item's justification travels with it.</summary>
    Item,

    /// <summary>The baseline (<c>mcpguard.baseline.json</c>) lists it: accepted when McpGuard was adopted.</summary>
    Baseline,
}

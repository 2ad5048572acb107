namespace McpGuard.Permissions;

/// <summary>Which list of <c>permissions</c> a rule is in. When several match a call, deny wins over ask, ask over allow.</summary>
public enum PermissionKind
{
    Allow,
    Ask,
    Deny,
}

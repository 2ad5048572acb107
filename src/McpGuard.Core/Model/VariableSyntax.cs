namespace McpGuard.Model;

/// <summary>How a client spells a reference to an environment variable; used to suggest the fix in messages.</summary>
public enum VariableSyntax
{
    /// <summary>The client expands nothing: values are used literally.</summary>
    None,

    /// <summary><c>${NAME}</c> and <c>${NAME:-default}</c>.</summary>
    Claude,

    /// <summary><c>${env:NAME}</c> and <c>${input:id}</c>.</summary>
    VsCode,

    /// <summary><c>${env:NAME}</c>.</summary>
    Cursor,

    /// <summary>No expansion; secrets are passed by name (<c>env_vars</c>, <c>bearer_token_env_var</c>).</summary>
    Codex,

    /// <summary><c>${{ secrets.NAME }}</c>.</summary>
    Continue,
}

namespace McpGuard.Git;

/// <summary>Whether git would leave a file out of the repository.</summary>
public enum GitIgnoreStatus
{
    /// <summary>No repository information (the IDE, tests, a folder that is not a git work tree).</summary>
    Unknown,

    /// <summary>The file is not under the work tree of the repository that holds the configuration.</summary>
    OutsideRepository,

    NotIgnored,

    Ignored,
}

namespace McpGuard.Git;

/// <summary>
/// What a host knows about git-ignored files. Rules stay pure: the build fills this from the ignore files on disk
/// (<see cref="GitIgnoreDiskLookup"/>); where nothing can be known (the analyzer in the IDE, unit tests) it is
/// <see cref="Unknown"/>.
/// </summary>
public abstract class GitIgnoreLookup
{
    public static GitIgnoreLookup Unknown { get; } = new UnknownLookup();

    /// <summary>Whether git ignores <paramref name="path"/>, judged in the repository that holds <paramref name="configPath"/>.</summary>
    public abstract GitIgnoreStatus GetStatus(string configPath, string path);

    private sealed class UnknownLookup : GitIgnoreLookup
    {
        public override GitIgnoreStatus GetStatus(string configPath, string path) => GitIgnoreStatus.Unknown;
    }
}

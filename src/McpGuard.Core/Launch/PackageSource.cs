namespace McpGuard.Launch;

/// <summary>Where a launcher takes a package from.</summary>
public enum PackageSource
{
    /// <summary>A package registry (npm, PyPI, nuget.org, JSR, a container registry).</summary>
    Registry,

    /// <summary>A git repository: <c>github:user/repo</c>, <c>git+https://…</c>, <c>user/repo</c>.</summary>
    Git,

    /// <summary>A tarball, wheel or module at a URL.</summary>
    Url,

    /// <summary>A path on this machine: local code, nothing is fetched.</summary>
    Local,
}

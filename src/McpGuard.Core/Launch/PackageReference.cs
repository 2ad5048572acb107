namespace McpGuard.Launch;

/// <summary>
/// A package a launcher fetches: <c>@scope/name@1.2.3</c>, <c>name==1.0</c>, <c>Id@1.0.0</c>, <c>image:tag@sha256:…</c>,
/// or a git, URL or local source.
/// </summary>
public sealed class PackageReference
{
    public PackageReference(PackageEcosystem ecosystem, string spec, string name, string? version, CommandToken token, PackageSource source = PackageSource.Registry, string? digest = null)
    {
        Ecosystem = ecosystem;
        Spec = spec;
        Name = name;
        Version = version;
        Token = token;
        Source = source;
        Digest = digest;
    }

    public PackageEcosystem Ecosystem { get; }

    /// <summary>The package argument as written.</summary>
    public string Spec { get; }

    /// <summary>The package id or image name; for git and URL sources, the spec without its revision.</summary>
    public string Name { get; }

    /// <summary>The requested version, tag, range or git revision as written; <c>null</c> when none is given.</summary>
    public string? Version { get; }

    public CommandToken Token { get; }

    public PackageSource Source { get; }

    /// <summary>A container image's <c>sha256:…</c> digest, when given.</summary>
    public string? Digest { get; }

    /// <summary>Whether every run gets the same content: an exact version, an image digest or a full git commit.</summary>
    public bool IsPinned => PackagePinning.IsPinned(this);

    public override string ToString() => $"{Ecosystem} {Name} {Version}";
}

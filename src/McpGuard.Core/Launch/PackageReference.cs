namespace McpGuard.Launch;

/// <summary>A package a launcher fetches: <c>@scope/name@1.2.3</c>, <c>name==1.0</c>, <c>Id@1.0.0</c>.</summary>
public sealed class PackageReference
{
    public PackageReference(PackageEcosystem ecosystem, string spec, string name, string? version, CommandToken token)
    {
        Ecosystem = ecosystem;
        Spec = spec;
        Name = name;
        Version = version;
        Token = token;
    }

    public PackageEcosystem Ecosystem { get; }

    /// <summary>The package argument as written.</summary>
    public string Spec { get; }

    public string Name { get; }

    /// <summary>The requested version, tag or range as written; <c>null</c> when none is given.</summary>
    public string? Version { get; }

    public CommandToken Token { get; }
}

namespace McpGuard.Launch;

public enum PackageEcosystem
{
    Npm,
    PyPI,
    NuGet,

    /// <summary>Container images (<c>docker run</c>, <c>podman run</c>).</summary>
    Oci,

    /// <summary>The JSR registry (<c>deno run jsr:@scope/pkg</c>).</summary>
    Jsr,

    /// <summary>Go modules (<c>go run module/cmd@v1.2.3</c>), fetched through the module proxy.</summary>
    Go,

    /// <summary>Rust crates (crates.io): advisory records are read and ordered, but no launcher in launchers.json fetches a crate at launch yet.</summary>
    Crates,
}

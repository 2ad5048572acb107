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
}

namespace McpGuard.Launch;

public enum PackageEcosystem
{
    Npm,
    PyPI,
    NuGet,
}

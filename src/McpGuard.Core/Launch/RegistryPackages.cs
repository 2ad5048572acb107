using McpGuard.Model;

namespace McpGuard.Launch;

/// <summary>
/// An MCP registry <c>server.json</c> package (<c>{"registryType": "npm", "identifier": "pkg", "version": "1.2.3"}</c>): what a
/// client installing from the registry runs. The registry accepts only one exact version; <c>latest</c> and ranges are unpinned.
/// </summary>
public static class RegistryPackages
{
    /// <summary>The package of a registry entry, its token at the <c>version</c> value; <c>null</c> without a version, or for image, MCPB and other types.</summary>
    public static PackageReference? Read(McpServer server)
    {
        var body = server.Body;
        var type = body.GetString("registryType") ?? body.GetString("registry_type") ?? body.GetString("registry_name");
        var identifier = body.GetString("identifier") ?? body.GetString("name");
        if (type is null || identifier is null || body.GetString("version") is not { } version)
        {
            return null;
        }

        PackageEcosystem? ecosystem = type.Value.Trim().ToLowerInvariant() switch
        {
            "npm" => PackageEcosystem.Npm,
            "pypi" => PackageEcosystem.PyPI,
            "nuget" => PackageEcosystem.NuGet,
            _ => null,
        };
        if (ecosystem is null || identifier.Value.Trim().Length == 0)
        {
            return null;
        }

        var written = version.Value.Trim();

        // PyPI launch specs carry their operator (pkg==1.2.3); the registry writes the bare version, which means exactly it.
        var normalized = ecosystem == PackageEcosystem.PyPI && written.Length > 0 && char.IsDigit(written[0]) ? "==" + written : written;
        return new PackageReference(ecosystem.Value, identifier.Value.Trim() + "@" + written, identifier.Value.Trim(), normalized, new CommandToken(written, version));
    }
}

using System.Text.Json;
using McpGuard.Internal;
using McpGuard.Rules;

namespace McpGuard.Credentials;

/// <summary>
/// Judges a JWT-shaped match by its content: the header must decode and name an algorithm; the payload's
/// <c>role</c> grades it (Supabase's public <c>anon</c> key is Info, <c>service_role</c> is Error); local
/// development keys of the Supabase CLI (<c>"iss": "supabase-demo"</c>) are documented samples.
/// </summary>
internal static class JwtInspector
{
    public static CredentialMatch? Inspect(CredentialPattern pattern, string token, int index)
    {
        var parts = token.Split('.');
        if (parts.Length != 3
            || !Base64Text.TryDecode(parts[0], out var header)
            || header.IndexOf("\"alg\"", System.StringComparison.Ordinal) < 0
            || !Base64Text.TryDecode(parts[1], out var payload))
        {
            return null;
        }

        var role = ReadClaim(payload, "role");
        if (ReadClaim(payload, "iss") == "supabase-demo")
        {
            return null;
        }

        return role switch
        {
            "anon" => new CredentialMatch(pattern, token, "eyJ", index, "JSON Web Token with role 'anon' (a public client key)", RuleSeverity.Info),
            "service_role" => new CredentialMatch(pattern, token, "eyJ", index, "Supabase service-role JSON Web Token"),
            _ => new CredentialMatch(pattern, token, "eyJ", index),
        };
    }

    private static string? ReadClaim(string payload, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(name, out var claim)
                && claim.ValueKind == JsonValueKind.String
                ? claim.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

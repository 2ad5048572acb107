using System;
using System.IO;
using System.Text;

namespace McpGuard.Tool.Tests;

/// <summary>A throw-away folder with a <c>.git</c> marker (or a real repository, see <see cref="GitCli"/>), deleted on dispose.</summary>
internal sealed class TempRepository : IDisposable
{
    public TempRepository(bool gitMarker = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "mcpguard-tool-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (gitMarker)
        {
            // What FindRepositoryRoot looks for; a worktree's .git is a file like this one.
            File.WriteAllText(Path.Combine(Root, ".git"), "gitdir: /nonexistent\n");
        }
    }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Test configurations and a synthetic credential (never a real one) built at run time.</summary>
internal static class Fixtures
{
    /// <summary>A GitHub personal access token shape: "ghp_" and 36 letters and digits from a fixed seed.</summary>
    public static readonly string Token = "ghp_" + Random(36, 1913);

    /// <summary>The token sits on line 7 at column 41, as in samples/insecure.</summary>
    public static string McpJsonWithToken(string token) =>
        "{\n" +
        "  \"mcpServers\": {\n" +
        "    \"github\": {\n" +
        "      \"command\": \"npx\",\n" +
        "      \"args\": [\"-y\", \"@modelcontextprotocol/server-github@2025.4.8\"],\n" +
        "      \"env\": {\n" +
        "        \"GITHUB_PERSONAL_ACCESS_TOKEN\": \"" + token + "\"\n" +
        "      }\n" +
        "    }\n" +
        "  }\n" +
        "}\n";

    public static string CleanMcpJson =>
        "{\n" +
        "  \"mcpServers\": {\n" +
        "    \"github\": {\n" +
        "      \"command\": \"npx\",\n" +
        "      \"args\": [\"-y\", \"@modelcontextprotocol/server-github@2025.4.8\"],\n" +
        "      \"env\": {\n" +
        "        \"GITHUB_PERSONAL_ACCESS_TOKEN\": \"${GITHUB_PERSONAL_ACCESS_TOKEN}\"\n" +
        "      }\n" +
        "    }\n" +
        "  }\n" +
        "}\n";

    /// <summary>An unpinned package (MCPG201, a warning by default) at line 5, column 22.</summary>
    public static string UnpinnedMcpJson =>
        "{\n" +
        "  \"mcpServers\": {\n" +
        "    \"github\": {\n" +
        "      \"command\": \"npx\",\n" +
        "      \"args\": [\"-y\", \"@modelcontextprotocol/server-github\"]\n" +
        "    }\n" +
        "  }\n" +
        "}\n";

    private static string Random(int length, int seed)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var random = new Random(seed);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }
}

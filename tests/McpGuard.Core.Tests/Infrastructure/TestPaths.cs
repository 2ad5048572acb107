using System;
using System.IO;

namespace McpGuard.Core.Tests.Infrastructure;

internal static class TestPaths
{
    /// <summary>A rooted path that never exists: rule tests work on text, not on files.</summary>
    public static string FakeRepositoryRoot { get; } = Path.Combine(Path.GetTempPath(), "mcpguard-tests-not-on-disk", "repo");

    public static string OutputDirectory => AppContext.BaseDirectory;

    /// <summary>A fresh folder under the system temp folder, deleted by the caller.</summary>
    public static DirectoryInfo CreateTemporaryDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "mcpguard-tests", Guid.NewGuid().ToString("N"));
        return Directory.CreateDirectory(path);
    }

    public static void DeleteQuietly(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

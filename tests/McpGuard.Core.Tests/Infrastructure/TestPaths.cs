using System;
using System.IO;

namespace McpGuard.Core.Tests.Infrastructure;

internal static class TestPaths
{
    /// <summary>A rooted path that never exists: rule tests work on text, not on files.</summary>
    public static string FakeRepositoryRoot { get; } = Path.Combine(Path.GetTempPath(), "mcpguard-tests-not-on-disk", "repo");

    public static string OutputDirectory => AppContext.BaseDirectory;

    /// <summary>The folder holding McpGuard.Build.sln (recorded at build time; else found above the test output).</summary>
    public static string RepositoryRoot
    {
        get
        {
            foreach (var attribute in typeof(TestPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false))
            {
                if (attribute is System.Reflection.AssemblyMetadataAttribute { Key: "McpGuardRepositoryRoot", Value: { } recorded }
                    && File.Exists(Path.Combine(recorded, "McpGuard.Build.sln")))
                {
                    return Path.GetFullPath(recorded);
                }
            }

            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "McpGuard.Build.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("McpGuard.Build.sln not found above the test output.");
        }
    }

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

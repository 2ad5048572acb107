using McpGuard.Build.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Build.Tests;

/// <summary>Removes the run's temporary folder (feed, package folder, repositories, caches) unless MCPGUARD_E2E_KEEP=1.</summary>
[TestClass]
public sealed class AssemblyHooks
{
    [AssemblyCleanup]
    public static void DeleteTemporaryFiles() => E2EEnvironment.DeleteTempRoot();
}

using System.IO;
using System.Linq;
using System.Text.Json;
using McpGuard.Advisories;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Rules.SupplyChain;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Advisories;

/// <summary>The shipped advisories.json is generated data: from build/advisories/osv, by build/GenerateAdvisories.cs.</summary>
[TestClass]
public sealed class AdvisoryBundleTests
{
    private static string Records => Path.Combine(TestPaths.RepositoryRoot, "build", "advisories", "osv");

    [TestMethod]
    public void CommittedAdvisoriesJson_IsWhatTheGeneratorWrites()
    {
        var committed = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "McpGuard.Core", "Data", "advisories.json")).Replace("\r\n", "\n");
        Assert.AreEqual(AdvisoryBundle.Generate(Records), committed, "Regenerate it: dotnet run build/GenerateAdvisories.cs (from the repository root).");
    }

    [TestMethod]
    public void EveryShippedRecord_IsNamedByItsId_AndCitedInTheDocs()
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "advisories.md"));
        var files = Directory.GetFiles(Records, "*.json");
        Assert.AreEqual(Advisory.All.Count, files.Length);
        foreach (var file in files)
        {
            using var record = JsonDocument.Parse(File.ReadAllText(file));
            var id = record.RootElement.GetProperty("id").GetString()!;
            Assert.AreEqual(id + ".json", Path.GetFileName(file));
            StringAssert.Contains(docs, "| " + id, $"{id} has no row in docs/advisories.md");
            Assert.IsTrue(Advisory.All.Any(a => a.Id == id), id);
        }
    }

    [TestMethod]
    public void AGeneratorInputWithABadRecord_FailsWithItsLocation()
    {
        var folder = TestPaths.CreateTemporaryDirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "X-1.json"), "{ \"id\": \"X-1\", \"affected\": [{ \"package\": { \"ecosystem\": \"npm\", \"name\": \"x\" }, \"ranges\": [{ \"type\": \"SEMVER\", \"events\": [{ \"introduced\": \"x\" }] }] }] }");
            var error = Assert.ThrowsExactly<InvalidDataException>(() => AdvisoryBundle.Generate(folder.FullName));
            StringAssert.StartsWith(error.Message, Path.Combine(folder.FullName, "X-1.json") + "(1,137,1,140): Invalid advisory record version in 'X-1.json' value 'x'.");
        }
        finally
        {
            TestPaths.DeleteQuietly(folder);
        }
    }
}

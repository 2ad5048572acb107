using McpGuard.Advisories;
using McpGuard.Launch;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Advisories;

[TestClass]
public sealed class Pep440VersionTests
{
    /// <summary>PEP 440's own example of the order ("Summary of permitted suffixes and relative ordering"), extended with epochs.</summary>
    private static readonly string[] s_ascending =
    {
        "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456",
        "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7", "1.0+5", "1.0.post456.dev34", "1.0.post456",
        "1.0.15", "1.1.dev1", "2025.9.25", "2025.12.18", "1!0.1",
    };

    [TestMethod]
    public void Versions_SortInPep440Order()
    {
        for (var i = 0; i < s_ascending.Length; i++)
        {
            for (var j = 0; j < s_ascending.Length; j++)
            {
                Assert.IsTrue(Pep440Version.TryParse(s_ascending[i], out var left), s_ascending[i]);
                Assert.IsTrue(Pep440Version.TryParse(s_ascending[j], out var right), s_ascending[j]);
                Assert.AreEqual(i.CompareTo(j), System.Math.Sign(left!.CompareTo(right)), $"{s_ascending[i]} vs {s_ascending[j]}");
            }
        }
    }

    [TestMethod]
    [DataRow("1.0", "1.0.0")]
    [DataRow("1.0-1", "1.0.post1")]
    [DataRow("1.0.POST1", "1.0.post1")]
    [DataRow("1.0alpha1", "1.0a1")]
    [DataRow("1.0-beta.2", "1.0b2")]
    [DataRow("1.0c1", "1.0rc1")]
    [DataRow("1.0pre1", "1.0rc1")]
    [DataRow("1.0rc", "1.0rc0")]
    [DataRow("1.0.dev", "1.0.dev0")]
    [DataRow("v1.0", "1.0")]
    [DataRow("0!1.0", "1.0")]
    [DataRow("1.0+ABC.5", "1.0+abc-5")]
    public void AlternativeSpellings_AreEqual(string left, string right)
    {
        Assert.IsTrue(Pep440Version.TryParse(left, out var a), left);
        Assert.IsTrue(Pep440Version.TryParse(right, out var b), right);
        Assert.AreEqual(0, a!.CompareTo(b), $"{left} vs {right}");
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("latest")]
    [DataRow("1.x")]
    [DataRow("1.0+")]
    [DataRow(">=1.0")]
    [DataRow("1.0.0-alpha+build.1+2")]
    public void NonVersions_DoNotParse(string text)
    {
        Assert.IsFalse(Pep440Version.TryParse(text, out _), text);
        Assert.IsFalse(AdvisoryVersion.TryParse(PackageEcosystem.PyPI, text, out _), text);
    }

    [TestMethod]
    [DataRow(PackageEcosystem.Npm, "1.2.3-alpha.2", "1.2.3-alpha.10")]
    [DataRow(PackageEcosystem.Npm, "1.2.3-rc.1", "1.2.3")]
    [DataRow(PackageEcosystem.Crates, "0.9.9", "0.10.0")]
    [DataRow(PackageEcosystem.Go, "v0.0.0-20240101120000-abcdef123456", "v0.1.0")]
    [DataRow(PackageEcosystem.Go, "1.2.3", "v1.2.4")]
    [DataRow(PackageEcosystem.NuGet, "1.2.3", "1.2.3.1")]
    [DataRow(PackageEcosystem.NuGet, "1.2.3-beta", "1.2.3")]
    [DataRow(PackageEcosystem.Oci, "v1.9", "1.10.0")]
    [DataRow(PackageEcosystem.PyPI, "1.0.dev1", "1.0a1")]
    public void EachEcosystem_OrdersItsOwnVersions(PackageEcosystem ecosystem, string lower, string higher)
    {
        Assert.IsTrue(AdvisoryVersion.TryParse(ecosystem, lower, out var low), lower);
        Assert.IsTrue(AdvisoryVersion.TryParse(ecosystem, higher, out var high), higher);
        Assert.IsTrue(low!.CompareTo(high) < 0, $"{lower} < {higher}");
        Assert.IsTrue(high!.CompareTo(low) > 0, $"{higher} > {lower}");
    }

    [TestMethod]
    [DataRow(PackageEcosystem.Npm, "1.2")]
    [DataRow(PackageEcosystem.Npm, "v1.2.3")]
    [DataRow(PackageEcosystem.Crates, "1.2.3.4")]
    [DataRow(PackageEcosystem.Go, "v1")]
    [DataRow(PackageEcosystem.NuGet, "1.2.3-")]
    [DataRow(PackageEcosystem.Oci, "latest")]
    public void VersionsOutsideTheEcosystemsSyntax_DoNotParse(PackageEcosystem ecosystem, string text)
    {
        Assert.IsFalse(AdvisoryVersion.TryParse(ecosystem, text, out _), text);
    }
}

using McpGuard.Reporting;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Reporting;

[TestClass]
public sealed class RedactionTests
{
    [TestMethod]
    public void MaskWithPrefix_ShowsOnlyPrefixAndLength()
    {
        Assert.AreEqual("ghp_…[40 chars]", Redaction.MaskWithPrefix("ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", "ghp_"));
        Assert.AreEqual("****[6 chars]", Redaction.MaskWithPrefix("secret", "x_"));
    }

    [TestMethod]
    public void RedactUrl_MasksPasswordAndQueryValues()
    {
        Assert.AreEqual("postgresql://app:****@db.internal:5432/app", Redaction.RedactUrl("postgresql://app:S3cr3t!@db.internal:5432/app"));
        Assert.AreEqual("https://****@o1.ingest.sentry.io/2", Redaction.RedactUrl("https://abc123@o1.ingest.sentry.io/2"));
        Assert.AreEqual("http://h.example.com/mcp?api_key=****&mode=****#top", Redaction.RedactUrl("http://h.example.com/mcp?api_key=k3y&mode=ro#top"));
        Assert.AreEqual("http://h.example.com/mcp", Redaction.RedactUrl("http://h.example.com/mcp"));
    }

    [TestMethod]
    public void Scrub_ReplacesRawAndJsonEscapedSecrets()
    {
        var scrubbed = Redaction.Scrub("value \"p\\\"ss/w0rd\" and p\"ss/w0rd", new[] { "p\"ss/w0rd" });
        Assert.AreEqual("value \"****[9 chars]\" and ****[9 chars]", scrubbed);
    }
}

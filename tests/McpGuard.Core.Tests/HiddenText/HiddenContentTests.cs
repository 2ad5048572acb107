using System.Linq;
using McpGuard.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.HiddenText;

[TestClass]
public sealed class HiddenContentTests
{
    [TestMethod]
    public void HiddenCharacters_AreFoundAsRuns()
    {
        var findings = HiddenContent.Find("a\u200B\u200Bb \u202Eevil\u202C x\uDB40\uDC49\uDB40\uDC47");
        CollectionAssert.AreEqual(
            new[]
            {
                new TextFinding(1, 2, HiddenContent.ZeroWidth),
                new TextFinding(5, 1, HiddenContent.Bidirectional),
                new TextFinding(10, 1, HiddenContent.Bidirectional),
                new TextFinding(13, 4, HiddenContent.Tags),
            },
            findings.ToList());
    }

    [TestMethod]
    public void EmojiJoiners_FlagTags_AndALeadingBom_AreNotHidden()
    {
        Assert.IsEmpty(HiddenContent.Find("\uFEFFfamily \U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"));
        Assert.IsEmpty(HiddenContent.Find("Ordinary description — with “quotes”, ümlauts and 日本語."));
        Assert.IsEmpty(HiddenContent.Find(null));
        Assert.IsEmpty(HiddenContent.Find("\uDB40"));
        Assert.IsFalse(HiddenContent.Contains("plain"));
        Assert.IsTrue(HiddenContent.Contains("pl\u2066ain"));
    }

    [TestMethod]
    public void ControlCharacters_OnlyWhenAsked_LineBreaksAllowedInValues()
    {
        const string text = "a\u001bb\tc\r\nd\re\u0085f\u007f";
        Assert.IsEmpty(HiddenContent.Find(text));
        CollectionAssert.AreEqual(
            new[] { "1:1", "8:1", "10:1", "12:1" },
            HiddenContent.Find(text, ControlCharacters.ExceptLineBreaks).Select(f => $"{f.Offset}:{f.Length}").ToList());
        CollectionAssert.AreEqual(
            new[] { "1:1", "3:1", "5:2", "8:1", "10:1", "12:1" },
            HiddenContent.Find(text, ControlCharacters.All).Select(f => $"{f.Offset}:{f.Length}").ToList());
        Assert.IsTrue(HiddenContent.Find(text, ControlCharacters.All).All(f => f.Reason == HiddenContent.Controls));
        Assert.IsFalse(HiddenContent.Contains("line\nbreak\ttab", ControlCharacters.ExceptLineBreaks));
        Assert.IsTrue(HiddenContent.Contains("line\nbreak", ControlCharacters.All));
    }
}

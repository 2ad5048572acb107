using System.Collections.Generic;
using McpGuard.Git;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Git;

[TestClass]
public sealed class GitIgnoreMatcherTests
{
    [TestMethod]
    [DataRow("*.pem", "k.pem", true)]
    [DataRow("*.pem", "deep/dir/k.pem", true)]
    [DataRow("*.pem", "k.pem.txt", false)]
    [DataRow("/k.pem", "k.pem", true)]
    [DataRow("/k.pem", "sub/k.pem", false)]
    [DataRow("sub/*.pem", "sub/k.pem", true)]
    [DataRow("sub/*.pem", "sub/x/k.pem", false)]
    [DataRow("**/keys/*.pem", "a/b/keys/k.pem", true)]
    [DataRow("**/keys/*.pem", "keys/k.pem", true)]
    [DataRow("a/**/b.env", "a/b.env", true)]
    [DataRow("a/**/b.env", "a/x/y/b.env", true)]
    [DataRow("secrets/**", "secrets/x/y.json", true)]
    [DataRow("secrets/", "secrets/x.json", true)]
    [DataRow("secrets/", "other/secrets", false)]
    [DataRow("id_rs?", "id_rsa", true)]
    [DataRow("id_[a-z]sa", "id_rsa", true)]
    [DataRow("id_[!r]sa", "id_rsa", false)]
    [DataRow(".env*", ".env.local", true)]
    [DataRow("\\#notes", "#notes", true)]
    [DataRow("trailing.env   ", "trailing.env", true)]
    [DataRow("# comment", "# comment", false)]
    public void SinglePattern_FollowsGitSemantics(string pattern, string path, bool ignored)
    {
        var file = GitIgnoreFile.Parse(string.Empty, pattern);
        Assert.AreEqual(ignored, GitIgnoreMatcher.IsIgnored(path, dir => dir.Length == 0 ? file : null), $"'{pattern}' on '{path}'");
    }

    [TestMethod]
    public void Negation_ReincludesAFile_ButNotInsideAnIgnoredFolder()
    {
        var root = GitIgnoreFile.Parse(string.Empty, "*.pem\n!public.pem\nbuild/\n!build/keep.pem\n");
        Assert.IsTrue(GitIgnoreMatcher.IsIgnored("k.pem", Only(root)));
        Assert.IsFalse(GitIgnoreMatcher.IsIgnored("public.pem", Only(root)));
        Assert.IsTrue(GitIgnoreMatcher.IsIgnored("build/keep.pem", Only(root)), "git never looks inside an ignored folder");
    }

    [TestMethod]
    public void DeeperIgnoreFile_TakesPrecedence_AndIsRelativeToItsFolder()
    {
        var files = new Dictionary<string, GitIgnoreFile>
        {
            [string.Empty] = GitIgnoreFile.Parse(string.Empty, ".env\n"),
            ["app"] = GitIgnoreFile.Parse("app", "!.env\n/local.pem\n"),
        };
        GitIgnoreFile? Lookup(string dir) => files.TryGetValue(dir, out var file) ? file : null;

        Assert.IsTrue(GitIgnoreMatcher.IsIgnored(".env", Lookup));
        Assert.IsFalse(GitIgnoreMatcher.IsIgnored("app/.env", Lookup));
        Assert.IsTrue(GitIgnoreMatcher.IsIgnored("app/local.pem", Lookup));
        Assert.IsFalse(GitIgnoreMatcher.IsIgnored("app/sub/local.pem", Lookup));
    }

    [TestMethod]
    public void InfoExclude_HasTheLowestPrecedence()
    {
        var exclude = GitIgnoreFile.Parse(string.Empty, "*.p12\n");
        var root = GitIgnoreFile.Parse(string.Empty, "!client.p12\n");
        Assert.IsTrue(GitIgnoreMatcher.IsIgnored("server.p12", _ => null, exclude));
        Assert.IsFalse(GitIgnoreMatcher.IsIgnored("client.p12", Only(root), exclude));
    }

    private static System.Func<string, GitIgnoreFile?> Only(GitIgnoreFile root) => dir => dir.Length == 0 ? root : null;
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using McpGuard.Core.Tests.Infrastructure;
using McpGuard.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Credentials;

/// <summary>Huge or numerous values are checked in bounded time. The caps are generous: they catch hangs, not slowness.</summary>
[TestClass]
public sealed class PathologicalInputTests
{
    private static readonly TimeSpan s_hang = TimeSpan.FromSeconds(90);

    [TestMethod]
    public void OneMegabyteSingleLineValues_FinishWithoutHanging()
    {
        const int Size = 1024 * 1024;
        var values = new[]
        {
            new string('a', Size),
            "ghp_" + new string('A', Size),
            "postgres://" + string.Concat(Enumerable.Repeat("u:p@", Size / 4)),
            "eyJ" + new string('a', Size / 2) + ".eyJ" + new string('b', Size / 2) + ".",
            "Password=" + new string('x', Size) + ";Server=db",
            string.Concat(Enumerable.Repeat("${A:-", Size / 5)),
            "Bearer " + new string('Z', Size),
            new string('{', Size),
            "-----BEGIN PRIVATE KEY-----" + new string('A', Size),
            string.Concat(Enumerable.Repeat("sk-ant-api03-", Size / 13)),
            SyntheticSecrets.Random(SyntheticSecrets.Base64 + " :@/?&=;$%{}", Size, 5),
        };
        var json = new StringBuilder("{ \"mcpServers\": { \"big\": { \"command\": \"node\", \"args\": [");
        json.Append(string.Join(", ", values.Select(SyntheticSecrets.Quote))).Append("], \"env\": { ");
        json.Append(string.Join(", ", values.Select((v, i) => $"\"API_TOKEN_{i}\": {SyntheticSecrets.Quote(v)}"))).Append(" } } } }");

        var check = Task.Run(() => ConfigChecker.Check(Path.Combine(TestPaths.FakeRepositoryRoot, ".mcp.json"), ConfigFormat.ClaudeProject, json.ToString()));
        Assert.IsTrue(check.Wait(s_hang), "checking 1 MB values hung");
        Assert.IsFalse(check.Result.Any(f => f.RuleId == "MCPG001"), string.Join("\n", check.Result.Take(3)));
    }

    [TestMethod]
    public void TenThousandEnvEntries_AreAllReportedWithoutHanging()
    {
        const int Count = 10_000;
        var json = new StringBuilder("{ \"mcpServers\": { \"many\": { \"command\": \"node\", \"env\": { ");
        json.Append(string.Join(", ", Enumerable.Range(0, Count).Select(i => $"\"SERVICE_{i}_TOKEN\": \"{SyntheticSecrets.Random(SyntheticSecrets.Alnum, 24, i)}\"")));
        json.Append(" } } } }");

        var check = Task.Run(() => ConfigChecker.Check(Path.Combine(TestPaths.FakeRepositoryRoot, ".mcp.json"), ConfigFormat.ClaudeProject, json.ToString()));
        Assert.IsTrue(check.Wait(s_hang), "checking 10 000 env entries hung");
        Assert.AreEqual(Count, check.Result.Count(f => f.RuleId == "MCPG102"));
    }
}

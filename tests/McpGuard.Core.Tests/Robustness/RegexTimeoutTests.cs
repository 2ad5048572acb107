using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using McpGuard.Rules.Credentials;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using McpGuard.Credentials;

namespace McpGuard.Core.Tests.Robustness;

/// <summary>Every regular expression in the engine is bounded by a match timeout, so no input can make one run away.</summary>
[TestClass]
public sealed class RegexTimeoutTests
{
    [TestMethod]
    public void EngineRegexes_AllHaveAFiniteMatchTimeout()
    {
        var fields = typeof(ConfigChecker).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType == typeof(Regex) && !f.DeclaringType!.IsGenericTypeDefinition)
            .ToList();
        var regexes = fields.Select(f => ($"{f.DeclaringType!.Name}.{f.Name}", (Regex)f.GetValue(null)!))
            .Concat(CredentialPattern.All.Select(p => ($"credential pattern {p.Id}", p.Regex)))
            .ToList();

        Assert.IsGreaterThanOrEqualTo(6, fields.Count, "static regexes found: " + string.Join(", ", fields.Select(f => f.Name)));
        foreach (var (name, regex) in regexes)
        {
            Assert.AreNotEqual(Regex.InfiniteMatchTimeout, regex.MatchTimeout, name);
        }
    }
}

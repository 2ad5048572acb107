using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using McpGuard.Rules;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace McpGuard.Core.Tests.Documentation;

/// <summary>Keeps docs and code in step: the README table is generated from the descriptors, one page per rule.</summary>
[TestClass]
public sealed class RuleDocumentationTests
{
    private static string DocsDirectory => Path.Combine(AppContext.BaseDirectory, "docs");

    /// <summary>The README's rule table, as generated from <see cref="RuleCatalog.Descriptors"/>.</summary>
    public static string GenerateRuleTable()
    {
        var table = new StringBuilder();
        table.Append("| Id | Category | Title | Default severity |\n|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.Descriptors)
        {
            table.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Category} | {rule.Title} | {rule.DefaultSeverity} |\n");
        }

        return table.ToString();
    }

    [TestMethod]
    public void Readme_RuleTable_IsGeneratedFromDescriptors()
    {
        var readme = File.ReadAllText(Path.Combine(DocsDirectory, "README.md")).Replace("\r\n", "\n");
        const string start = "<!-- rules -->\n";
        const string end = "<!-- /rules -->";
        var from = readme.IndexOf(start, StringComparison.Ordinal);
        var to = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.IsTrue(from >= 0 && to > from, "README.md has no <!-- rules --> … <!-- /rules --> block");
        Assert.AreEqual(GenerateRuleTable(), readme.Substring(from + start.Length, to - from - start.Length));
    }

    [TestMethod]
    public void EveryRule_HasAPageTitledLikeItsDescriptor()
    {
        foreach (var rule in RuleCatalog.Descriptors)
        {
            var page = Path.Combine(DocsDirectory, rule.Id + ".md");
            Assert.IsTrue(File.Exists(page), $"docs/rules/{rule.Id}.md is missing");
            var lines = File.ReadAllLines(page);
            Assert.AreEqual($"# {rule.Id} - {rule.Title}", lines[0], $"title of docs/rules/{rule.Id}.md");
            Assert.IsTrue(lines.Length <= 80, $"docs/rules/{rule.Id}.md is {lines.Length} lines long");
            StringAssert.Contains(File.ReadAllText(page), $"dotnet_diagnostic.{rule.Id}.severity", $"docs/rules/{rule.Id}.md lacks its configuration key");
        }
    }

    [TestMethod]
    public void Descriptors_HaveUniqueIdsShortTitlesAndTheirHelpLink()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToList();
        CollectionAssert.AllItemsAreUnique(ids);
        foreach (var rule in RuleCatalog.Descriptors)
        {
            StringAssert.Matches(rule.Id, new System.Text.RegularExpressions.Regex("^MCPG[0-9]{3}$"));
            Assert.IsTrue(rule.Title.Length <= 60, $"{rule.Id} title is longer than 60 characters");
            Assert.AreEqual(RuleIds.GetHelpUri(rule.Id), rule.HelpUri);
            Assert.IsTrue(rule.HelpUri.EndsWith("/docs/rules/" + rule.Id + ".md", StringComparison.Ordinal));
        }
    }

    [TestMethod]
    public void EveryRule_HasATestClassWithPositiveAndNegativeTests()
    {
        var testTypes = typeof(RuleDocumentationTests).Assembly.GetTypes();
        var ruleTypes = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("McpGuard.Rules.", StringComparison.Ordinal) == true && t.Name.EndsWith("Rule", StringComparison.Ordinal))
            .Where(t => t.GetField("Rule", BindingFlags.Public | BindingFlags.Static) is not null);
        foreach (var ruleType in ruleTypes)
        {
            if (ruleType.Name == "SettingMustBeValidRule")
            {
                // MCPG009 judges MSBuild settings, not files: tested end to end through the task.
                continue;
            }

            var tests = testTypes.FirstOrDefault(t => t.Name == ruleType.Name + "Tests");
            Assert.IsNotNull(tests, $"{ruleType.Name} has no {ruleType.Name}Tests class");
            var methods = tests.GetMethods().Where(m => m.GetCustomAttribute<TestMethodAttribute>() is not null).ToList();
            Assert.IsTrue(methods.Count >= 2, $"{tests.Name} needs a positive and a negative test");
        }
    }
}

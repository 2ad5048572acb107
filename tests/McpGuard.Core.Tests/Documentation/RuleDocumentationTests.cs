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
    private static readonly string[] s_reportedWords = { "Report", "Listed", "Lists" };

    private static readonly string[] s_silentWords = { "Silent", "NoFinding", "ReportsNothing", "Accepted" };

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
            // The published page, spelled out: a help link built from anything else (a renamed repository, a wrong folder) fails.
            Assert.AreEqual("https://github.com/mcpguard/McpGuard.Build/blob/main/docs/rules/" + rule.Id + ".md", rule.HelpUri, rule.Id);
        }
    }

    /// <summary>
    /// Every descriptor the catalog lists (MCPG009 and MCPG703 included) has a test class, found by the name of the class
    /// that declares it, with a test whose name says it reports, a test whose name says it stays silent, and its id or
    /// class named in the class's source (so the class tests that rule, not another).
    /// </summary>
    [TestMethod]
    public void EveryDescriptor_HasATestClassWithAReportedAndASilentTest()
    {
        var declaring = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t.GetProperty("Rule", BindingFlags.Public | BindingFlags.Static)?.PropertyType == typeof(RuleDescriptor)
                || t.GetField("Rule", BindingFlags.Public | BindingFlags.Static)?.FieldType == typeof(RuleDescriptor))
            .ToDictionary(t => ((RuleDescriptor)(t.GetProperty("Rule", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) ?? t.GetField("Rule", BindingFlags.Public | BindingFlags.Static)!.GetValue(null))!).Id, t => t);
        var testSources = Directory.GetFiles(Path.Combine(Infrastructure.TestPaths.RepositoryRoot, "tests"), "*Tests.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToLookup(p => Path.GetFileNameWithoutExtension(p), p => p);
        var missing = new System.Collections.Generic.List<string>();
        foreach (var rule in RuleCatalog.Descriptors)
        {
            if (!declaring.TryGetValue(rule.Id, out var type) && !TryFindMultiRuleClass(rule, out type))
            {
                missing.Add($"{rule.Id}: no class declares it as its Rule");
                continue;
            }

            var testName = (type.Name == "PoisonedToolDescription" ? "ToolDescriptionAnalyzer" : type.Name) + "Tests";
            if (!testSources.Contains(testName) && type.Namespace == "McpGuard.Rules.ToolCode")
            {
                // MCPG8xx: the descriptor in Core, its tests (of the one ToolCodeAnalyzer) named after it with "AnalyzerTests".
                testName = type.Name + "AnalyzerTests";
            }

            if (!testSources.Contains(testName))
            {
                missing.Add($"{rule.Id}: no {testName}.cs");
                continue;
            }

            var text = string.Concat(testSources[testName].Select(File.ReadAllText));
            var methods = System.Text.RegularExpressions.Regex.Matches(text, @"public (?:async Task|void) (\w+)\(").Select(m => m.Groups[1].Value).ToList();
            if (!methods.Any(m => s_reportedWords.Any(w => m.Contains(w, StringComparison.Ordinal))))
            {
                missing.Add($"{rule.Id}: {testName} has no test named …{string.Join("…|…", s_reportedWords)}…");
            }

            if (!methods.Any(m => s_silentWords.Any(w => m.Contains(w, StringComparison.Ordinal))))
            {
                missing.Add($"{rule.Id}: {testName} has no test named …{string.Join("…|…", s_silentWords)}…");
            }

            if (!text.Contains(rule.Id, StringComparison.Ordinal) && !text.Contains(type.Name, StringComparison.Ordinal))
            {
                missing.Add($"{rule.Id}: {testName} names neither {rule.Id} nor {type.Name}");
            }
        }

        Assert.IsEmpty(missing, string.Join("\n", missing));
    }

    /// <summary>Every rule class of Core is listed in <see cref="RuleCatalog.Rules"/>, once.</summary>
    [TestMethod]
    public void EveryRuleClass_IsListedInTheCatalogOnce()
    {
        var listed = RuleCatalog.Rules.Select(r => r.GetType().FullName!).ToList();
        var ruleClasses = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(McpRule).IsAssignableFrom(t))
            .Select(t => t.FullName!)
            .ToList();

        Assert.HasCount(listed.Distinct().Count(), listed, "a rule class is listed twice");
        CollectionAssert.AreEquivalent(ruleClasses, listed, "a rule class is missing from RuleCatalog.Rules");
    }

    /// <summary>Every descriptor Core declares is one a listed rule supports, so none can be reported without being in the catalog.</summary>
    [TestMethod]
    public void EveryDeclaredDescriptor_IsSupportedByACataloguedRule()
    {
        var declared = typeof(RuleCatalog).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static))
            .Where(f => f.FieldType == typeof(RuleDescriptor))
            .Select(f => (RuleDescriptor)f.GetValue(null)!)
            .ToList();

        Assert.IsGreaterThanOrEqualTo(60, declared.Count);
        var missing = declared.Where(d => !RuleCatalog.Descriptors.Contains(d)).Select(d => d.Id).ToList();
        Assert.IsEmpty(missing, "declared but supported by no catalogued rule: " + string.Join(", ", missing));
        Assert.HasCount(RuleCatalog.Descriptors.Select(d => d.Id).Distinct().Count(), RuleCatalog.Descriptors, "two descriptors share an id");
    }

    /// <summary>A class that reports several descriptors (its <c>SupportedRules</c>) without one <c>Rule</c>.</summary>
    private static bool TryFindMultiRuleClass(RuleDescriptor descriptor, out Type type)
    {
        foreach (var rule in RuleCatalog.Rules)
        {
            if (rule.SupportedRules.Contains(descriptor))
            {
                type = rule.GetType();
                return true;
            }
        }

        type = typeof(object);
        return false;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using McpGuard.Core.Tests.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using YamlDotNet.RepresentationModel;

namespace McpGuard.Core.Tests.Documentation;

/// <summary>The build-server and hook recipes in docs/ci.md and docs/pre-commit.md are valid YAML and JSON, with the steps they promise.</summary>
[TestClass]
public sealed class CiDocumentationTests
{
    [TestMethod]
    public void EveryYamlAndJsonBlock_Parses()
    {
        var blocks = Blocks("ci.md", "yaml").Concat(Blocks("pre-commit.md", "yaml")).ToList();
        Assert.HasCount(4, blocks);
        foreach (var block in blocks)
        {
            Load(block);
        }

        var json = Blocks("pre-commit.md", "json").Single();
        using var taskRunner = JsonDocument.Parse(json);
        var task = taskRunner.RootElement.GetProperty("tasks")[0];
        Assert.AreEqual("pre-commit", task.GetProperty("group").GetString());
        CollectionAssert.AreEqual(new[] { "mcpguard", "--staged" }, task.GetProperty("args").EnumerateArray().Select(a => a.GetString()).ToArray());
    }

    [TestMethod]
    public void GitHubWorkflow_UploadsTheSarifLogTheCheckWrites()
    {
        var workflow = Load(Blocks("ci.md", "yaml")[0]);
        var job = Map(Map(workflow["jobs"])["mcpguard"]);
        Assert.AreEqual("write", Text(Map(job["permissions"])["security-events"]));
        var steps = ((YamlSequenceNode)job["steps"]).Children.Select(Map).ToList();
        var check = steps.Single(s => s.ContainsKey("run"));
        StringAssert.Contains(Text(check["run"]), "-t:McpGuardCheck -p:McpGuardSarifFile=artifacts/mcpguard.sarif");
        var upload = steps.Single(s => s.ContainsKey("uses") && Text(s["uses"]).StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
        Assert.AreEqual("artifacts/mcpguard.sarif", Text(Map(upload["with"])["sarif_file"]));
        StringAssert.StartsWith(Text(upload["if"]), "always()");
    }

    [TestMethod]
    public void AzurePipeline_PublishesTheSarifLogAsCodeAnalysisLogs()
    {
        var pipeline = Load(Blocks("ci.md", "yaml")[1]);
        var steps = ((YamlSequenceNode)pipeline["steps"]).Children.Select(Map).ToList();
        StringAssert.Contains(Text(steps.Single(s => s.ContainsKey("script"))["script"]), "McpGuardSarifFile=$(Build.ArtifactStagingDirectory)/CodeAnalysisLogs/mcpguard.sarif");
        var publish = steps.Single(s => s.ContainsKey("task") && Text(s["task"]) == "PublishBuildArtifacts@1");
        Assert.AreEqual("CodeAnalysisLogs", Text(Map(publish["inputs"])["ArtifactName"]));
        Assert.AreEqual("succeededOrFailed()", Text(publish["condition"]));
    }

    [TestMethod]
    public void GitLabJob_ReportsTheCodeQualityFileTheCheckWrites()
    {
        var job = Map(Load(Blocks("ci.md", "yaml")[2])["mcpguard"]);
        var script = Text(((YamlSequenceNode)job["script"]).Children.Single());
        StringAssert.Contains(script, "-t:McpGuardCheck -p:McpGuardCodeQualityFile=gl-code-quality-report.json");
        var artifacts = Map(job["artifacts"]);
        Assert.AreEqual("always", Text(artifacts["when"]));
        Assert.AreEqual("gl-code-quality-report.json", Text(Map(artifacts["reports"])["codequality"]));
    }

    private static List<string> Blocks(string page, string language)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", page)).Replace("\r\n", "\n");
        return Regex.Matches(text, "```" + language + "\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
    }

    private static Dictionary<string, YamlNode> Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Map(stream.Documents.Single().RootNode);
    }

    private static Dictionary<string, YamlNode> Map(YamlNode node) =>
        ((YamlMappingNode)node).Children.ToDictionary(pair => Text(pair.Key), pair => pair.Value);

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value!;
}

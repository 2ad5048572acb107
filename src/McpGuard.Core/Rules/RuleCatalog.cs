using System;
using System.Collections.Generic;
using System.Threading;
using McpGuard.Rules.Approval;
using McpGuard.Rules.Configuration;
using McpGuard.Rules.Credentials;
using McpGuard.Rules.Execution;
using McpGuard.Rules.FileSystem;
using McpGuard.Rules.HiddenContent;
using McpGuard.Rules.SupplyChain;
using McpGuard.Rules.Transport;

namespace McpGuard.Rules;

/// <summary>Every rule the engine runs and every descriptor it can report, in id order.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<McpRule> Rules { get; } = new McpRule[]
    {
        new UseKnownKeysRule(),
        new ServerDefinitionMustBeValidRule(),
        new UseTheClientsVariableSyntaxRule(),
        new InputMustBeDefinedRule(),
        new KnownCredentialFormatRule(),
        new LiteralCredentialRule(),
        new CredentialInUrlRule(),
        new LiteralAuthorizationHeaderRule(),
        new CredentialInReferenceDefaultRule(),
        new SecretInputShownInClearRule(),
        new CredentialFileNotIgnoredRule(),
        new PinServerPackageVersionRule(),
        new PinContainerImageRule(),
        new UseVettedPackageSourcesRule(),
        new UpgradeVulnerableServersRule(),
        new UseApprovedServersRule(),
        new AvoidLookalikePackagesRule(),
        new AvoidInlineShellScriptsRule(),
        new DoNotRunDownloadedCodeRule(),
        new AvoidDestructiveCommandsRule(),
        new KeepShellSyntaxOutOfArgumentsRule(),
        new RunCommandsFromTrustedLocationsRule(),
        new DoNotOverrideProcessLoadingRule(),
        new KeepSecurityFeaturesOnRule(),
        new DoNotGiveContainersHostPrivilegesRule(),
        new UseEncryptedTransportRule(),
        new ConnectOnlyToTrustedHostsRule(),
        new AvoidDataCollectionEndpointsRule(),
        new ListenOnLoopbackOnlyRule(),
        new AvoidCloudMetadataAddressesRule(),
        new UseStreamableHttpRule(),
        new DoNotExposeWholeFileSystemRule(),
        new DoNotExposeCredentialFoldersRule(),
        new AvoidAbsoluteHomePathsRule(),
        new KeepPathsInsideTheRepositoryRule(),
        new KeepPermissionPromptsOnRule(),
        new ScopePermissionRulesRule(),
        new DoNotAllowDangerousCommandsRule(),
        new DoNotAutoApproveToolsRule(),
        new GitIgnoreLocalFilesRule(),
        new ReviewCommandsSettingsRunRule(),
        new SendModelTrafficOnlyToTheProviderRule(),
        new UseReadOnlyModeRule(),
        new RemoveHiddenUnicodeRule(),
        new RemoveInstructionsFromDescriptionsRule(),
    };

    /// <summary>Checks across all files of a repository; they run after every file was checked on its own.</summary>
    public static IReadOnlyList<RepositoryRule> RepositoryRules { get; } = new RepositoryRule[]
    {
        new ApproveProjectServersOneByOneRule(),
        new DefineEachServerOnceRule(),
        new SeparateUntrustedContentFromWritersRule(),
        new NameOnlyDefinedServersRule(),
    };

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = CollectDescriptors();

    /// <summary>Test seam: rules added for the current asynchronous flow only, e.g. one that throws (see <see cref="AddForTesting"/>).</summary>
    private static readonly AsyncLocal<McpRule[]?> s_testRules = new();

    /// <summary>The rules a check runs: <see cref="Rules"/>, plus any added by a test in this asynchronous flow.</summary>
    internal static IReadOnlyList<McpRule> ActiveRules => s_testRules.Value is { } extra ? Concat(Rules, extra) : Rules;

    /// <summary>
    /// Runs <paramref name="rule"/> after the real rules in every check made from this asynchronous flow (and the tasks
    /// it starts) until the result is disposed; other tests running in parallel do not see it.
    /// </summary>
    internal static IDisposable AddForTesting(McpRule rule)
    {
        var previous = s_testRules.Value;
        s_testRules.Value = Concat(previous ?? Array.Empty<McpRule>(), new[] { rule });
        return new Restore(() => s_testRules.Value = previous);
    }

    public static RuleDescriptor? Find(string id)
    {
        foreach (var descriptor in Descriptors)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }

    private static McpRule[] Concat(IReadOnlyList<McpRule> first, McpRule[] second)
    {
        var all = new McpRule[first.Count + second.Length];
        for (var i = 0; i < first.Count; i++)
        {
            all[i] = first[i];
        }

        second.CopyTo(all, first.Count);
        return all;
    }

    private static IReadOnlyList<RuleDescriptor> CollectDescriptors()
    {
        var descriptors = new List<RuleDescriptor>
        {
            ConfigurationMustParseRule.Rule,
            KeysMustBeUniqueRule.Rule,
            SettingMustBeValidRule.Rule,
            SuppressionNeedsJustificationRule.Rule,
            SuppressionMustBeUsedRule.Rule,
            HiddenContent.PoisonedToolDescription.Rule,
            ToolCode.CommandFromToolArgument.Rule,
            ToolCode.PathFromToolArgument.Rule,
            ToolCode.SqlFromToolArgument.Rule,
            ToolCode.UrlFromToolArgument.Rule,
            ToolCode.SecretReturnedToModel.Rule,
            ToolCode.MisleadingToolAnnotation.Rule,
            ToolCode.UngatedMcpEndpoint.Rule,
        };
        foreach (var rule in Rules)
        {
            descriptors.AddRange(rule.SupportedRules);
        }

        foreach (var rule in RepositoryRules)
        {
            descriptors.AddRange(rule.SupportedRules);
        }

        descriptors.Sort((left, right) => string.CompareOrdinal(left.Id, right.Id));
        return descriptors;
    }

    private sealed class Restore : IDisposable
    {
        private readonly Action _restore;

        public Restore(Action restore) => _restore = restore;

        public void Dispose() => _restore();
    }
}

using System.Collections.Generic;
using McpGuard.Rules.Approval;
using McpGuard.Rules.Configuration;
using McpGuard.Rules.Credentials;
using McpGuard.Rules.Execution;
using McpGuard.Rules.FileSystem;
using McpGuard.Rules.HiddenContent;
using McpGuard.Rules.SupplyChain;
using McpGuard.Rules.ToolCode;
using McpGuard.Rules.Transport;

namespace McpGuard.Rules;

/// <summary>Every rule the engine runs and every descriptor it can report, in id order.</summary>
public static class RuleCatalog
{
    /// <summary>
    /// Every rule, in the order a check runs them: the readers' and the scan's own (their findings come from where the
    /// evidence is), the rules over one document, the rules across the repository, and the C# analyzers' (MCPG703,
    /// MCPG8xx, reported on C# source). <c>RuleCatalogTests</c> fails when a rule class of Core is missing here.
    /// </summary>
    public static IReadOnlyList<McpRule> Rules { get; } = new McpRule[]
    {
        new ConfigurationMustParseRule(),
        new KeysMustBeUniqueRule(),
        new SettingMustBeValidRule(),
        new SuppressionNeedsJustificationRule(),
        new SuppressionMustBeUsedRule(),
        new UseKnownKeysRule(),
        new ServerDefinitionMustBeValidRule(),
        new UseTheClientsVariableSyntaxRule(),
        new InputMustBeDefinedRule(),
        new FindCredentialsRule(),
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
        new ApproveProjectServersOneByOneRule(),
        new DefineEachServerOnceRule(),
        new SeparateUntrustedContentFromWritersRule(),
        new NameOnlyDefinedServersRule(),
        new PoisonedToolDescription(),
        new CommandFromToolArgument(),
        new PathFromToolArgument(),
        new SqlFromToolArgument(),
        new UrlFromToolArgument(),
        new SecretReturnedToModel(),
        new MisleadingToolAnnotation(),
        new UngatedMcpEndpoint(),
    };

    /// <summary>Every descriptor of <see cref="Rules"/>, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = CollectDescriptors();

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

    private static IReadOnlyList<RuleDescriptor> CollectDescriptors()
    {
        var descriptors = new List<RuleDescriptor>();
        foreach (var rule in Rules)
        {
            descriptors.AddRange(rule.SupportedRules);
        }

        descriptors.Sort((left, right) => string.CompareOrdinal(left.Id, right.Id));
        return descriptors;
    }
}

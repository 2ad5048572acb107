using System.Collections.Generic;
using McpGuard.Rules.Approval;
using McpGuard.Rules.Configuration;
using McpGuard.Rules.Credentials;
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
        new UseEncryptedTransportRule(),
    };

    /// <summary>Checks across all files of a repository; they run after every file was checked on its own.</summary>
    public static IReadOnlyList<RepositoryRule> RepositoryRules { get; } = new RepositoryRule[]
    {
        new DefineEachServerOnceRule(),
    };

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
        var descriptors = new List<RuleDescriptor>
        {
            ConfigurationMustParseRule.Rule,
            KeysMustBeUniqueRule.Rule,
            SettingMustBeValidRule.Rule,
            SuppressionNeedsJustificationRule.Rule,
            SuppressionMustBeUsedRule.Rule,
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
}

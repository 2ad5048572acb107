namespace McpGuard.Rules;

/// <summary>
/// Every rule id, in one place. Numbering (documented like NuGet's NUxxxx): MCPG0xx is the configuration itself and the
/// tool's own inputs; MCPG1xx credentials; MCPG2xx supply chain; MCPG3xx launch command; MCPG4xx transport; MCPG5xx filesystem
/// scope; MCPG6xx approval and permissions; MCPG7xx hidden content; MCPG8xx the C# code of MCP servers (reported by the
/// analyzer on source, like MCPG703). Ids are never reused or renumbered; gaps are allowed.
/// A milder case of one rule is not a separate id (rules.md defines one id per rule): the finding carries a lower default
/// severity (<see cref="Finding.DefaultSeverity"/>; MCPG101's public anon key is Info), and the rule's id still configures it.
/// </summary>
public static class RuleIds
{
    public const string ConfigurationCannotBeParsed = "MCPG001";
    public const string DuplicateKey = "MCPG002";
    public const string UnknownKey = "MCPG003";
    public const string InvalidServerDefinition = "MCPG004";
    public const string ForeignVariableSyntax = "MCPG005";
    public const string UndefinedInput = "MCPG006";

    /// <summary>An McpGuard setting (MSBuild property or item metadata) has a value the tool cannot use.</summary>
    public const string InvalidSetting = "MCPG009";

    /// <summary>A <c>McpGuardSuppress</c> item without a <c>Justification</c> (it still suppresses).</summary>
    public const string SuppressionWithoutJustification = "MCPG010";

    /// <summary>A <c>McpGuardSuppress</c> item or a baseline entry that matches no finding any more.</summary>
    public const string UnusedSuppression = "MCPG011";

    public const string KnownCredentialFormat = "MCPG101";
    public const string LiteralCredential = "MCPG102";
    public const string CredentialInUrl = "MCPG103";
    public const string LiteralAuthorizationHeader = "MCPG104";
    public const string CredentialInReferenceDefault = "MCPG105";
    public const string SecretInputShownInClear = "MCPG106";
    public const string CredentialFileNotIgnored = "MCPG107";

    public const string PackageNotPinned = "MCPG201";
    public const string ContainerImageNotPinned = "MCPG202";
    public const string UnvettedPackageSource = "MCPG203";
    public const string KnownVulnerableVersion = "MCPG204";
    public const string ServerNotApproved = "MCPG205";
    public const string LookalikePackage = "MCPG206";

    public const string InlineShellScript = "MCPG301";
    public const string DownloadAndRun = "MCPG302";
    public const string DestructiveCommand = "MCPG303";
    public const string ShellMetacharactersInArguments = "MCPG304";
    public const string UntrustedCommandLocation = "MCPG305";
    public const string ProcessHijackingEnvironment = "MCPG306";
    public const string SecurityFeatureDisabled = "MCPG307";
    public const string ContainerHostPrivileges = "MCPG308";

    public const string UnencryptedRemoteServer = "MCPG401";
    public const string UntrustedRemoteHost = "MCPG402";
    public const string DataCollectionEndpoint = "MCPG403";
    public const string ListensOnAllInterfaces = "MCPG404";
    public const string CloudMetadataAddress = "MCPG405";
    public const string DeprecatedSseTransport = "MCPG406";

    public const string WholeFileSystemExposed = "MCPG501";
    public const string CredentialFolderExposed = "MCPG502";
    public const string AbsoluteHomePath = "MCPG503";
    public const string PathOutsideRepository = "MCPG504";

    public const string AllProjectServersApproved = "MCPG601";
    public const string PermissionPromptsOff = "MCPG602";
    public const string UnscopedPermissionRule = "MCPG603";
    public const string DangerousCommandAllowed = "MCPG604";
    public const string ToolsAutoApproved = "MCPG605";
    public const string LocalFileNotIgnored = "MCPG606";
    public const string SettingsRunCommands = "MCPG607";
    public const string ModelEndpointRedirected = "MCPG608";
    public const string UntrustedContentWithWriteAccess = "MCPG609";
    public const string ServerDefinedDifferently = "MCPG610";
    public const string UnknownServerInApprovalList = "MCPG611";
    public const string ReadOnlyModeUnused = "MCPG612";

    public const string HiddenUnicode = "MCPG701";
    public const string InstructionLikeText = "MCPG702";

    /// <summary>Reported on C# source by the analyzer, not on configuration files.</summary>
    public const string PoisonedToolDescription = "MCPG703";

    public const string CommandFromToolArgument = "MCPG801";
    public const string PathFromToolArgument = "MCPG802";
    public const string SqlFromToolArgument = "MCPG803";
    public const string UrlFromToolArgument = "MCPG804";
    public const string SecretReturnedToModel = "MCPG805";
    public const string MisleadingToolAnnotation = "MCPG806";
    public const string UngatedMcpEndpoint = "MCPG807";

    /// <summary>Where each rule's documentation page lives; also the help link of every diagnostic.</summary>
    public const string HelpUriBase = "https://github.com/mcpguard/McpGuard.Build/blob/main/docs/rules/";

    public static string GetHelpUri(string id) => HelpUriBase + id + ".md";

    /// <summary>Where bugs in McpGuard itself are reported (named by the MCPG001 that an internal error becomes).</summary>
    public const string IssuesUri = "https://github.com/mcpguard/McpGuard.Build/issues";
}

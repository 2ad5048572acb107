namespace McpGuard.Rules;

/// <summary>
/// Every rule id, in one place. Numbering (documented like NuGet's NUxxxx): MCP0xx is the configuration itself and the
/// tool's own inputs; MCP1xx credentials; MCP2xx supply chain; MCP3xx launch command; MCP4xx transport; MCP5xx filesystem
/// scope; MCP6xx approval and permissions; MCP7xx hidden content. Ids are never reused or renumbered; gaps are allowed.
/// A milder case of one rule is not a separate id (rules.md defines one id per rule): the finding carries a lower default
/// severity (<see cref="Finding.DefaultSeverity"/>; MCP101's public anon key is Info), and the rule's id still configures it.
/// </summary>
public static class RuleIds
{
    public const string ConfigurationCannotBeParsed = "MCP001";
    public const string DuplicateKey = "MCP002";
    public const string UnknownKey = "MCP003";
    public const string InvalidServerDefinition = "MCP004";
    public const string ForeignVariableSyntax = "MCP005";
    public const string UndefinedInput = "MCP006";

    /// <summary>An McpGuard setting (MSBuild property or item metadata) has a value the tool cannot use.</summary>
    public const string InvalidSetting = "MCP009";

    /// <summary>A <c>McpGuardSuppress</c> item without a <c>Justification</c> (it still suppresses).</summary>
    public const string SuppressionWithoutJustification = "MCP010";

    /// <summary>A <c>McpGuardSuppress</c> item or a baseline entry that matches no finding any more.</summary>
    public const string UnusedSuppression = "MCP011";

    public const string KnownCredentialFormat = "MCP101";
    public const string LiteralCredential = "MCP102";
    public const string CredentialInUrl = "MCP103";
    public const string LiteralAuthorizationHeader = "MCP104";
    public const string CredentialInReferenceDefault = "MCP105";
    public const string SecretInputShownInClear = "MCP106";
    public const string CredentialFileNotIgnored = "MCP107";

    public const string PackageNotPinned = "MCP201";
    public const string ContainerImageNotPinned = "MCP202";
    public const string UnvettedPackageSource = "MCP203";
    public const string KnownVulnerableVersion = "MCP204";
    public const string ServerNotApproved = "MCP205";
    public const string LookalikePackage = "MCP206";

    public const string InlineShellScript = "MCP301";
    public const string DownloadAndRun = "MCP302";
    public const string DestructiveCommand = "MCP303";
    public const string ShellMetacharactersInArguments = "MCP304";
    public const string UntrustedCommandLocation = "MCP305";
    public const string ProcessHijackingEnvironment = "MCP306";
    public const string SecurityFeatureDisabled = "MCP307";
    public const string ContainerHostPrivileges = "MCP308";

    public const string UnencryptedRemoteServer = "MCP401";
    public const string UntrustedRemoteHost = "MCP402";
    public const string DataCollectionEndpoint = "MCP403";
    public const string ListensOnAllInterfaces = "MCP404";
    public const string CloudMetadataAddress = "MCP405";
    public const string DeprecatedSseTransport = "MCP406";

    public const string WholeFileSystemExposed = "MCP501";
    public const string CredentialFolderExposed = "MCP502";
    public const string AbsoluteHomePath = "MCP503";
    public const string PathOutsideRepository = "MCP504";

    public const string AllProjectServersApproved = "MCP601";
    public const string PermissionPromptsOff = "MCP602";
    public const string UnscopedPermissionRule = "MCP603";
    public const string DangerousCommandAllowed = "MCP604";
    public const string ToolsAutoApproved = "MCP605";
    public const string LocalFileNotIgnored = "MCP606";
    public const string SettingsRunCommands = "MCP607";
    public const string ModelEndpointRedirected = "MCP608";
    public const string UntrustedContentWithWriteAccess = "MCP609";
    public const string ServerDefinedDifferently = "MCP610";
    public const string UnknownServerInApprovalList = "MCP611";
    public const string ReadOnlyModeUnused = "MCP612";

    public const string HiddenUnicode = "MCP701";
    public const string InstructionLikeText = "MCP702";

    /// <summary>Reported on C# source by the analyzer, not on configuration files.</summary>
    public const string PoisonedToolDescription = "MCP703";

    /// <summary>Where each rule's documentation page lives; also the help link of every diagnostic.</summary>
    public const string HelpUriBase = "https://github.com/mcpguard/McpGuard.Build/blob/main/docs/rules/";

    public static string GetHelpUri(string id) => HelpUriBase + id + ".md";

    /// <summary>Where bugs in McpGuard itself are reported (named by the MCP001 that an internal error becomes).</summary>
    public const string IssuesUri = "https://github.com/mcpguard/McpGuard.Build/issues";
}

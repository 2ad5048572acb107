namespace McpGuard.Fuzzer;

/// <summary>
/// A synthetic credential the engine must never print: <see cref="Value"/> as written in a file, <see cref="Sensitive"/>
/// the part that must not reach any output (a provider prefix such as <c>ghp_</c> may be shown).
/// </summary>
/// <param name="Name">A short label for reports.</param>
/// <param name="Variable">A credential-like variable name to store it under (<c>env</c>, <c>headers</c>).</param>
/// <param name="Value">The JSON string value (unescaped).</param>
/// <param name="Sensitive">The secret part; every 8-character window of it is forbidden in output.</param>
/// <param name="RecognizedAnywhere">
/// True when its form alone marks it as a secret (a provider format, a URL or connection-string password): then it must
/// never appear in any message, wherever it was written. Otherwise only its position (a credential-named variable) makes
/// it a secret, and it must not appear in MCPG001 or credential (MCPG1xx) messages.
/// </param>
public sealed record CredentialFixture(string Name, string Variable, string Value, string Sensitive, bool RecognizedAnywhere);

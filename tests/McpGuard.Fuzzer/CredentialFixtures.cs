using System;
using System.Collections.Generic;

namespace McpGuard.Fuzzer;

/// <summary>
/// The credential fixtures pushed through every output path, by the fuzzer and by the redaction tests. All synthetic
/// (random characters of the documented formats), none a working credential. Add a fixture here and every test that
/// iterates <see cref="All"/> covers it.
/// </summary>
public static class CredentialFixtures
{
    /// <summary>Length of the windows of <see cref="CredentialFixture.Sensitive"/> that must not appear in output.</summary>
    public const int WindowLength = 8;

    /// <summary>Written as a URL query value (<c>?token=…</c>): a secret by position only.</summary>
    public static CredentialFixture QueryToken => All[9];

    public static IReadOnlyList<CredentialFixture> All { get; } = new[]
    {
        new CredentialFixture("github-pat", "GITHUB_TOKEN", "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", "u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", RecognizedAnywhere: true),
        new CredentialFixture("github-fine-grained", "GH_PAT", "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", "11AQ3MZ7Y0kV2xR8qLw5Tn_c9HfJ4bPs6GdE1uYtK3oXzWi7NaM2eRv8QpLs5DjF0hUcB4nTg6Ky9Wx1Z3", RecognizedAnywhere: true),
        new CredentialFixture("anthropic", "ANTHROPIC_API_KEY", "sk-ant-api03-Qm7vT2xK9pL4wR8nZ3cY6hJ1bF5dG0sA-eU7iO2kM9qW4tX8yV3nB6mC1zL5jH0gD-fS7aP2rE9uI4oK8lN3vT6xQ1wZAA", "Qm7vT2xK9pL4wR8nZ3cY6hJ1bF5dG0sA-eU7iO2kM9qW4tX8yV3nB6mC1zL5jH0gD-fS7aP2rE9uI4oK8lN3vT6xQ1wZAA", RecognizedAnywhere: true),
        new CredentialFixture("slack-bot", "SLACK_BOT_TOKEN", "xoxb-7304918265-4827361950-Kx9mQ2vL7pR4tW8zN3cY6hJd", "4827361950-Kx9mQ2vL7pR4tW8zN3cY6hJd", RecognizedAnywhere: true),
        new CredentialFixture("aws-key-id", "AWS_ACCESS_KEY_ID", "AKIAQ3EGW5NXRT7YPLZ2", "Q3EGW5NXRT7YPLZ2", RecognizedAnywhere: true),
        new CredentialFixture("password", "DB_PASSWORD", "Zq8vN3pL6xW1tR4k", "Zq8vN3pL6xW1tR4k", RecognizedAnywhere: false),
        new CredentialFixture("api-key", "SERVICE_API_KEY", "c2d9f7a1e8b34f60a9d1c7e2b5f83a41", "c2d9f7a1e8b34f60a9d1c7e2b5f83a41", RecognizedAnywhere: false),
        new CredentialFixture("connection-string", "SQL_CONNECTION_STRING", "Server=db;Database=app;User Id=sa;Password=Hx7qT2mW9vK4pL", "Hx7qT2mW9vK4pL", RecognizedAnywhere: true),
        new CredentialFixture("url-query-token", "MCP_URL_TOKEN", "Tq4Wz8Xc2Vb6Nm1Lk9", "Tq4Wz8Xc2Vb6Nm1Lk9", RecognizedAnywhere: false),
        new CredentialFixture("url-password", "DATABASE_URL", "postgresql://app:Rj5tY8uI2oP6aS3d@db.internal:5432/app", "Rj5tY8uI2oP6aS3d", RecognizedAnywhere: true),
    };

    /// <summary>
    /// The fixture leaked by a message of <paramref name="ruleId"/>, or null. MCPG001 (a file that cannot be read) quotes no
    /// content at all, so any window of any fixture is a leak there. Elsewhere messages name things (servers, packages,
    /// JSON paths) that a mutation may have spelled with a fragment of a fixture; what must never appear is a whole
    /// secret that is recognisable as one wherever it is written: the full value, prefix, URL or connection string
    /// included (a password torn out of its URL is no longer recognisable, and then no longer a leak).
    /// </summary>
    public static string? FindLeak(string ruleId, string message)
    {
        foreach (var fixture in All)
        {
            if (ruleId == "MCPG001" ? ContainsWindow(message, fixture.Sensitive) : fixture.RecognizedAnywhere && message.Contains(fixture.Value, StringComparison.Ordinal))
            {
                return fixture.Name;
            }
        }

        return null;
    }

    /// <summary>True when any <see cref="WindowLength"/>-character part of <paramref name="sensitive"/> occurs in <paramref name="text"/>.</summary>
    public static bool ContainsWindow(string text, string sensitive)
    {
        for (var i = 0; i + WindowLength <= sensitive.Length; i++)
        {
            if (text.Contains(sensitive.Substring(i, WindowLength), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Collections.Generic;
using McpGuard.Reporting;

namespace McpGuard.Credentials;

/// <summary>ADO.NET-style connection strings (<c>Server=db;User Id=sa;Password=…</c>): the password value is the credential.</summary>
internal static class ConnectionStrings
{
    private static readonly HashSet<string> s_connectionKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "server", "host", "data source", "datasource", "address", "addr", "network address", "database", "initial catalog",
        "user id", "userid", "uid", "user", "username", "port", "dbname", "endpoint", "accountname",
    };

    /// <summary>Keys whose value is a secret in the connection strings of ADO.NET providers and Azure SDKs.</summary>
    private static readonly HashSet<string> s_secretKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "pwd", "accountkey", "sharedaccesskey", "sharedaccesssignature", "sig", "token", "accesstoken", "secret",
        "clientsecret", "client secret", "apikey", "api key", "key",
    };

    /// <summary>
    /// A connection string with server keys and no secret key (<c>Server=db;Database=app;Trusted_Connection=True</c>,
    /// integrated or managed-identity authentication): a setting, not a credential, whatever the variable is called.
    /// </summary>
    public static bool HasNoSecret(string text)
    {
        if (text.IndexOf(';') < 0)
        {
            return false;
        }

        var knownKeys = 0;
        foreach (var pair in text.Split(';'))
        {
            if (pair.Trim().Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                return false;
            }

            var key = pair.Substring(0, equals).Trim();
            if (s_secretKeys.Contains(key))
            {
                return false;
            }

            knownKeys += s_connectionKeys.Contains(key) ? 1 : 0;
        }

        return knownKeys >= 2;
    }

    public static void Find(string text, List<UrlCredential> found)
    {
        if (text.IndexOf(';') < 0
            || (text.IndexOf("password", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("pwd", StringComparison.OrdinalIgnoreCase) < 0))
        {
            return;
        }

        var knownKeys = false;
        string? password = null;
        foreach (var pair in text.Split(';'))
        {
            var equals = pair.IndexOf('=');
            var key = equals > 0 ? pair.Substring(0, equals).Trim() : string.Empty;
            knownKeys |= s_connectionKeys.Contains(key);
            if (key.Equals("password", StringComparison.OrdinalIgnoreCase) || key.Equals("pwd", StringComparison.OrdinalIgnoreCase))
            {
                password ??= UrlCredentials.Literal(pair.Substring(equals + 1).Trim().Trim('\'', '"'));
            }
        }

        if (knownKeys && password is not null)
        {
            found.Add(new UrlCredential("connection-string password", password, Redaction.RedactConnectionString(text)));
        }
    }
}

using System;
using System.Collections.Generic;
using McpGuard.Reporting;

namespace McpGuard.Rules.Credentials;

/// <summary>ADO.NET-style connection strings (<c>Server=db;User Id=sa;Password=…</c>): the password value is the credential.</summary>
internal static class ConnectionStrings
{
    private static readonly HashSet<string> s_connectionKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "server", "host", "data source", "datasource", "address", "addr", "network address", "database", "initial catalog",
        "user id", "userid", "uid", "user", "username", "port", "dbname", "endpoint", "accountname",
    };

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

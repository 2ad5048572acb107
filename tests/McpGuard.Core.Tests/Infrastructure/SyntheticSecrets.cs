using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace McpGuard.Core.Tests.Infrastructure;

/// <summary>
/// Synthetic credentials in each provider's format, drawn from a seeded generator: realistic length, alphabet and
/// entropy, and never a real credential. <see cref="Samples"/> has one per pattern id of credential-patterns.json;
/// <see cref="Sample.RandomPart"/> is what must never appear in any output.
/// </summary>
internal static class SyntheticSecrets
{
    public const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    public const string Hex = "0123456789abcdef";
    public const string Base64Url = Alnum + "-_";
    public const string Base64 = Alnum + "+/";
    public const string Lower36 = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static IReadOnlyList<Sample> Samples { get; } = Create();

    public static Sample For(string patternId) => Samples.First(s => s.PatternId == patternId);

    /// <summary><paramref name="length"/> characters of <paramref name="alphabet"/> from a generator seeded by <paramref name="seed"/>.</summary>
    public static string Random(string alphabet, int length, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    /// <summary>A JWT with the given payload and a random signature.</summary>
    public static string Jwt(string payloadJson, int seed) =>
        B64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + B64Url(payloadJson) + "." + Random(Base64Url, 43, seed);

    /// <summary>The value as a JSON string literal (quotes included), escaped the way a person would write it.</summary>
    public static string Quote(string value) =>
        System.Text.Json.JsonSerializer.Serialize(value, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string B64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static IReadOnlyList<Sample> Create()
    {
        var seed = 1000;
        string R(string alphabet, int length) => Random(alphabet, length, seed++);
        var pem = string.Join("\\n", Enumerable.Range(0, 20).Select(_ => R(Base64, 64)));
        return new[]
        {
            new Sample("github-pat", "ghp_", R(Alnum, 36)),
            new Sample("github-fine-grained-pat", "github_pat_", "11" + R(Alnum, 20) + "_" + R(Alnum, 59)),
            new Sample("github-oauth", "gho_", R(Alnum, 36)),
            new Sample("github-app-token", "ghs_", R(Alnum, 36)),
            new Sample("github-refresh-token", "ghr_", R(Alnum, 36)),
            new Sample("gitlab-token", "glpat-", R(Base64Url, 20)),
            new Sample("gitlab-pipeline-trigger-token", "glptt-", R(Hex, 40)),
            new Sample("gitlab-runner-registration-token", "GR1348941", R(Alnum, 20)),
            new Sample("anthropic-api-key", "sk-ant-api03-", R(Base64Url, 93) + "AA"),
            new Sample("anthropic-oauth-token", "sk-ant-oat01-", R(Base64Url, 93) + "AA"),
            new Sample("openrouter-api-key", "sk-or-v1-", R(Hex, 64)),
            new Sample("openai-api-key", "sk-", R(Alnum, 20) + "T3BlbkFJ" + R(Alnum, 20)),
            new Sample("openai-project-key", "sk-proj-", R(Base64Url, 156)),
            new Sample("aws-access-key-id", "AKIA", R("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)),
            new Sample("azure-ad-client-secret", string.Empty, R(Alnum, 3) + "8Q~" + R(Alnum, 34)),
            new Sample("azure-storage-account-key", "AccountKey=", R(Base64, 86) + "==", "DefaultEndpointsProtocol=https;AccountName=demo;", ";EndpointSuffix=core.windows.net"),
            new Sample("azure-shared-access-key", "SharedAccessKey=", R(Base64, 43) + "=", "Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=Root;", string.Empty),
            new Sample("google-api-key", "AIza", "Sy" + R(Base64Url, 33)),
            new Sample("google-service-account-key", "-----BEGIN PRIVATE KEY-----", "\\n" + pem + "\\n", "{\"type\":\"service_account\",\"private_key\":\"", "-----END PRIVATE KEY-----\\n\"}"),
            new Sample("private-key", "-----BEGIN RSA PRIVATE KEY-----", "\n" + R(Base64, 64) + "\n" + R(Base64, 64) + "\n" + R(Base64, 64) + "\n", string.Empty, "-----END RSA PRIVATE KEY-----"),
            new Sample("slack-bot-token", "xoxb-", R("0123456789", 12) + "-" + R("0123456789", 13) + "-" + R(Alnum, 24)),
            new Sample("slack-user-token", "xoxp-", R("0123456789", 12) + "-" + R("0123456789", 12) + "-" + R("0123456789", 13) + "-" + R(Hex, 32)),
            new Sample("slack-other-token", "xoxc-", R("0123456789", 12) + "-" + R(Alnum, 60)),
            new Sample("slack-app-token", "xapp-", "1-A" + R("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10) + "-" + R("0123456789", 13) + "-" + R(Hex, 64)),
            new Sample("slack-webhook-url", "https://hooks.slack.com/services/", "T" + R("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8) + "/B" + R("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10) + "/" + R(Alnum, 24)),
            new Sample("stripe-live-key", "sk_live_", R(Alnum, 99)),
            new Sample("stripe-test-key", "sk_test_", R(Alnum, 24)),
            new Sample("stripe-webhook-secret", "whsec_", R(Alnum, 32)),
            new Sample("twilio-api-key", "SK", R(Hex, 32)),
            new Sample("sendgrid-api-key", "SG.", R(Base64Url, 22) + "." + R(Base64Url, 43)),
            new Sample("npm-access-token", "npm_", R(Alnum, 36)),
            new Sample("pypi-upload-token", "pypi-AgEIcHlwaS5vcmc", R(Base64Url, 80)),
            new Sample("nuget-api-key", "oy2", R("abcdefghijklmnopqrstuvwxyz234567", 43)),
            new Sample("huggingface-token", "hf_", R("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34)),
            new Sample("notion-token", "ntn_", R("0123456789", 11) + R(Alnum, 35)),
            new Sample("notion-legacy-token", "secret_", R(Alnum, 43)),
            new Sample("linear-api-key", "lin_api_", R(Alnum, 40)),
            new Sample("atlassian-api-token", "ATATT3", R(Base64Url, 176) + "=" + R("0123456789ABCDEF", 8)),
            new Sample("sentry-user-token", "sntryu_", R(Hex, 64)),
            new Sample("sentry-org-token", "sntrys_", "eyJ" + R(Base64, 120) + "_" + R(Base64Url, 43)),
            new Sample("supabase-access-token", "sbp_", R(Hex, 40)),
            new Sample("supabase-secret-key", "sb_secret_", R(Base64Url, 31)),
            new Sample("neon-api-key", "napi_", R(Lower36, 64)),
            new Sample("perplexity-api-key", "pplx-", R(Alnum, 48)),
            new Sample("groq-api-key", "gsk_", R(Alnum, 52)),
            new Sample("xai-api-key", "xai-", R(Alnum, 80)),
            new Sample("figma-token", "figd_", R(Base64Url, 40)),
            new Sample("firecrawl-api-key", "fc-", R(Hex, 32)),
            new Sample("tavily-api-key", "tvly-dev-", R(Alnum, 32)),
            new Sample("databricks-token", "dapi", R(Hex, 32)),
            new Sample("digitalocean-token", "dop_v1_", R(Hex, 64)),
            new Sample("composio-mcp-url", "https://mcp.composio.dev/", "mem0/" + R("abcdefghijklmnopqrstuvwxyz", 9) + "-" + R("abcdefghijklmnopqrstuvwxyz", 6) + "-" + R("abcdefghijklmnopqrstuvwxyz", 5) + "-" + R("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + R("0123456789", 2) + "-" + R("abcdefghijklmnopqrstuvwxyz", 2), string.Empty, "?agent=cursor"),
            new Sample("jwt", "eyJ", Jwt("{\"sub\":\"4f1c2a\",\"role\":\"authenticated\",\"iat\":1735689600}", seed++).Substring(3)),
            new Sample("aws-bedrock-api-key", "ABSK", R(Base64, 132)),
            new Sample("onepassword-service-account-token", "ops_eyJ", R(Base64, 300)),
            new Sample("age-secret-key", "AGE-SECRET-KEY-1", R("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)),
            new Sample("docker-access-token", "dckr_pat_", R(Base64Url, 27)),
            new Sample("doppler-personal-token", "dp.pt.", R(Alnum, 43)),
            new Sample("grafana-service-account-token", "glsa_", R(Alnum, 32) + "_" + R(Hex, 8)),
            new Sample("grafana-cloud-token", "glc_", R(Base64, 120) + "=="),
            new Sample("hashicorp-vault-token", "hvs.", R(Base64Url, 95)),
            new Sample("heroku-api-key", "HRKU-AA", R(Base64Url, 58)),
            new Sample("planetscale-token", "pscale_tkn_", R(Base64Url, 43)),
            new Sample("postman-api-key", "PMAK-", R(Hex, 24) + "-" + R(Hex, 34)),
            new Sample("pulumi-access-token", "pul-", R(Hex, 40)),
            new Sample("rubygems-api-key", "rubygems_", R(Hex, 48)),
            new Sample("shopify-token", "shpat_", R(Hex, 32)),
            new Sample("prefect-api-key", "pnu_", R(Alnum, 36)),
            new Sample("dynatrace-token", "dt0c01.", R("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 24) + "." + R("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 64)),
            new Sample("flyio-token", "fo1_", R(Base64Url, 43)),
            new Sample("brevo-api-key", "xkeysib-", R(Hex, 64) + "-" + R(Alnum, 16)),
            new Sample("artifactory-api-key", "AKCp", R(Alnum, 69)),
            new Sample("sourcegraph-token", "sgp_", R(Hex, 16) + "_" + R(Hex, 40)),
            new Sample("openshift-user-token", "sha256~", R(Base64Url, 43)),
            new Sample("replicate-api-token", "r8_", R(Alnum, 37)),
            new Sample("pinecone-api-key", "pcsk_", R(Alnum, 6) + "_" + R(Alnum, 63)),
            new Sample("context7-api-key", "ctx7sk-", R(Hex, 8) + "-" + R(Hex, 4) + "-" + R(Hex, 4) + "-" + R(Hex, 4) + "-" + R(Hex, 12)),
        };
    }

    /// <summary>One synthetic credential: <see cref="Value"/> is what a file holds (with any surrounding text).</summary>
    internal sealed record Sample(string PatternId, string Prefix, string RandomPart, string Before = "", string After = "")
    {
        /// <summary>The credential itself, as a match would find it.</summary>
        public string Secret => Prefix + RandomPart;

        /// <summary>The string value a configuration holds.</summary>
        public string Value => Before + Secret + After;

        public override string ToString() => PatternId;
    }
}

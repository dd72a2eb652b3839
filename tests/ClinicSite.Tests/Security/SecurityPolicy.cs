using System.Globalization;
using System.Text.RegularExpressions;

namespace ClinicSite.Tests.Security;

/// <summary>
/// What the site's _headers must say for every page (/*), as a list of problems: a Content-Security-Policy whose
/// scripts allow no inline code or eval, frame-ancestors 'none', HSTS, nosniff, a strict Referrer-Policy, a
/// Permissions-Policy denying camera, microphone and geolocation, and no cookies.
/// </summary>
internal static partial class SecurityPolicy
{
    public const string AllPages = "/*";

    private static readonly string[] StrictReferrers = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
    private static readonly string[] DeniedFeatures = ["camera", "microphone", "geolocation"];
    private static readonly string[] UnsafeScriptSources = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:", "http:", "https:", "blob:"];

    [GeneratedRegex(@"max-age=(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxAge();

    public static IReadOnlyList<string> Problems(HeadersFile headers)
    {
        var problems = new List<string>();
        var csp = One(headers, "Content-Security-Policy", problems);
        if (csp is not null)
        {
            var directives = Directives(csp);
            var script = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src");
            if (script is null)
            {
                problems.Add("CSP has neither script-src nor default-src, so scripts are unrestricted.");
            }
            else
            {
                problems.AddRange(script.Where(s => UnsafeScriptSources.Contains(s, StringComparer.OrdinalIgnoreCase)).Select(s => $"CSP allows scripts from {s}."));
            }

            if (directives.GetValueOrDefault("frame-ancestors") is not ["'none'"])
            {
                problems.Add("CSP frame-ancestors is not 'none'.");
            }
        }

        var hsts = One(headers, "Strict-Transport-Security", problems);
        if (hsts is not null && !(MaxAge().Match(hsts) is { Success: true } age && long.Parse(age.Groups[1].Value, CultureInfo.InvariantCulture) >= 31_536_000))
        {
            problems.Add($"HSTS max-age is under a year: '{hsts}'.");
        }

        if (One(headers, "X-Content-Type-Options", problems) is { } sniff && !sniff.Equals("nosniff", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"X-Content-Type-Options is '{sniff}', not nosniff.");
        }

        if (One(headers, "Referrer-Policy", problems) is { } referrer && !StrictReferrers.Contains(referrer.Trim().ToLowerInvariant()))
        {
            problems.Add($"Referrer-Policy '{referrer}' is not strict.");
        }

        if (One(headers, "Permissions-Policy", problems) is { } permissions)
        {
            var features = permissions.Split(',').Select(f => f.Trim().Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
            problems.AddRange(DeniedFeatures.Where(f => features.GetValueOrDefault(f) != "()").Select(f => $"Permissions-Policy does not deny {f} ({f}=())."));
        }

        if (headers.AllNames.Any(n => n.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add("_headers sets a cookie.");
        }

        return problems;
    }

    /// <summary>CSP directives by name, each with its source list.</summary>
    internal static Dictionary<string, string[]> Directives(string csp) => csp
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .GroupBy(parts => parts[0].ToLowerInvariant())
        .ToDictionary(g => g.Key, g => g.First()[1..], StringComparer.Ordinal);

    private static string? One(HeadersFile headers, string name, List<string> problems)
    {
        var values = headers.Values(AllPages, name);
        switch (values.Count)
        {
            case 1:
                return values[0];
            case 0:
                problems.Add($"{name} is missing for {AllPages}.");
                return null;
            default:
                problems.Add($"{name} is set {values.Count} times for {AllPages}; browsers may combine them unpredictably.");
                return null;
        }
    }
}

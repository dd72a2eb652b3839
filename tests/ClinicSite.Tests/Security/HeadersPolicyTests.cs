using ClinicSite.Tests.Site;

namespace ClinicSite.Tests.Security;

/// <summary>The real site's _headers give every page a strict security policy; the checker itself catches weak ones.</summary>
public sealed class HeadersPolicyTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void The_real_site_headers_give_every_page_a_strict_policy()
    {
        Assert.True(site.Result.Succeeded, "The real site did not build:\n" + string.Join('\n', site.Result.Diagnostics));
        var headers = HeadersFile.Parse(File.ReadAllText(Path.Combine(site.Output, "_headers")));

        Assert.Contains(SecurityPolicy.AllPages, headers.Patterns);
        Assert.Empty(SecurityPolicy.Problems(headers));
    }

    [Fact]
    public void The_real_site_CSP_restricts_scripts_to_the_site_itself()
    {
        var headers = HeadersFile.Parse(File.ReadAllText(Path.Combine(site.Output, "_headers")));
        var csp = SecurityPolicy.Directives(Assert.Single(headers.Values(SecurityPolicy.AllPages, "Content-Security-Policy")));

        var scripts = csp.GetValueOrDefault("script-src") ?? csp["default-src"];
        Assert.Equal(["'self'"], scripts);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
    }

    [Theory]
    [InlineData("script-src 'self' 'unsafe-inline'; frame-ancestors 'none'", "CSP allows scripts from 'unsafe-inline'.")]
    [InlineData("default-src 'self' 'unsafe-eval'; frame-ancestors 'none'", "CSP allows scripts from 'unsafe-eval'.")]
    [InlineData("default-src 'self'; script-src *; frame-ancestors 'none'", "CSP allows scripts from *.")]
    [InlineData("style-src 'self'; frame-ancestors 'none'", "CSP has neither script-src nor default-src, so scripts are unrestricted.")]
    [InlineData("default-src 'self'; frame-ancestors 'self'", "CSP frame-ancestors is not 'none'.")]
    [InlineData("default-src 'self'", "CSP frame-ancestors is not 'none'.")]
    public void A_weak_content_security_policy_is_caught(string csp, string problem)
    {
        var headers = HeadersFile.Parse(StrictHeaders.Replace("default-src 'self'; frame-ancestors 'none'", csp, StringComparison.Ordinal));
        Assert.Contains(problem, SecurityPolicy.Problems(headers));
    }

    [Theory]
    [InlineData("  Strict-Transport-Security: max-age=63072000\n", "  Strict-Transport-Security: max-age=86400\n", "HSTS max-age is under a year: 'max-age=86400'.")]
    [InlineData("  X-Content-Type-Options: nosniff\n", "", "X-Content-Type-Options is missing for /*.")]
    [InlineData("  Referrer-Policy: no-referrer\n", "  Referrer-Policy: unsafe-url\n", "Referrer-Policy 'unsafe-url' is not strict.")]
    [InlineData("camera=(), ", "camera=(self), ", "Permissions-Policy does not deny camera (camera=()).")]
    [InlineData("microphone=(), ", "", "Permissions-Policy does not deny microphone (microphone=()).")]
    [InlineData("  X-Content-Type-Options: nosniff\n", "  X-Content-Type-Options: nosniff\n  Set-Cookie: id=1\n", "_headers sets a cookie.")]
    [InlineData("  Referrer-Policy: no-referrer\n", "  Referrer-Policy: no-referrer\n  Referrer-Policy: unsafe-url\n", "Referrer-Policy is set 2 times for /*; browsers may combine them unpredictably.")]
    public void A_weak_or_missing_security_header_is_caught(string find, string replace, string problem)
    {
        Assert.Empty(SecurityPolicy.Problems(HeadersFile.Parse(StrictHeaders)));
        var headers = HeadersFile.Parse(StrictHeaders.Replace(find, replace, StringComparison.Ordinal));
        Assert.Contains(problem, SecurityPolicy.Problems(headers));
    }

    private const string StrictHeaders = "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  Strict-Transport-Security: max-age=63072000\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  Permissions-Policy: camera=(), microphone=(), geolocation=()\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n";
}

using System.Text.RegularExpressions;
using ClinicSite.Tests.Site;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Security;

/// <summary>No third parties, no cookies: the built site loads nothing from another host and never sets a cookie.</summary>
public sealed class ThirdPartyTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static string OwnHost => new Uri(BaseUrlFromSiteYml()).Host;

    [Fact]
    public void The_real_site_loads_nothing_from_another_host()
    {
        Assert.True(site.Result.Succeeded, "The real site did not build:\n" + string.Join('\n', site.Result.Diagnostics));
        Assert.True(Directory.EnumerateFiles(site.Output, "*.css", SearchOption.AllDirectories).Any(), "No CSS was built, so the scan would prove nothing.");
        Assert.True(site.Pages.Count > 10, "Too few pages were built for the scan to prove anything.");

        Assert.Empty(ThirdPartyScan.Find(site.Output, OwnHost));
    }

    [Fact]
    public void The_real_site_sets_no_cookies_and_its_scripts_use_none()
    {
        var headers = File.ReadAllText(Path.Combine(site.Output, "_headers"));
        Assert.DoesNotContain("Set-Cookie", headers, StringComparison.OrdinalIgnoreCase);
        foreach (var script in Directory.EnumerateFiles(site.Output, "*.js", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(script);
            Assert.DoesNotMatch(new Regex(@"document\s*\.\s*cookie|cookieStore", RegexOptions.IgnoreCase), text);
        }

        Assert.All(site.Pages, p => Assert.Empty(p.Value.QuerySelectorAll("meta[http-equiv=set-cookie i]")));
    }

    [Fact]
    public void The_scan_finds_each_kind_of_third_party_load()
    {
        using var folder = new TestSite(withMinimalSite: false, realTheme: false);
        Directory.CreateDirectory(folder.Output);
        File.WriteAllText(Path.Combine(folder.Output, "index.html"), """
            <!DOCTYPE html><html><head>
            <link rel="stylesheet" href="https://cdn.example.net/a.css">
            <link rel="icon" href="//icons.example.net/i.png">
            <link rel="preconnect" href="https://fonts.example.net">
            <link rel="canonical" href="https://clinic.example.org/">
            <script src="https://analytics.example.net/t.js"></script>
            <style>@import url("https://fonts.example.net/f.css"); body { background: url(https://img.example.net/b.png) }</style>
            </head><body>
            <img src="https://pixel.example.net/p.gif" alt="">
            <img srcset="/a.png 1x, https://img.example.net/a2.png 2x" src="/a.png" alt="">
            <iframe src="https://video.example.net/embed"></iframe>
            <p style="background-image: url('//img.example.net/c.png')">x</p>
            <a href="https://other.example.net/">a link people click is fine</a>
            <img src="/assets/own.png" alt=""><img src="https://clinic.example.org/own.png" alt="">
            </body></html>
            """);
        File.WriteAllText(Path.Combine(folder.Output, "site.css"), "@import 'https://fonts.example.net/g.css';\n.x { background: url(\"https://img.example.net/d.png\") }\n.y { background: url(/own.png) }\n");
        File.WriteAllText(Path.Combine(folder.Output, "site.js"), "fetch('https://api.example.net/collect');\n");

        var found = ThirdPartyScan.Find(folder.Output, "clinic.example.org");

        string[] expected =
        [
            "cdn.example.net/a.css", "icons.example.net/i.png", "fonts.example.net", "analytics.example.net/t.js", "fonts.example.net/f.css", "img.example.net/b.png",
            "pixel.example.net/p.gif", "img.example.net/a2.png", "video.example.net/embed", "img.example.net/c.png", "fonts.example.net/g.css",
            "img.example.net/d.png", "api.example.net/collect",
        ];
        Assert.All(expected, e => Assert.Contains(found, f => f.Contains(e, StringComparison.Ordinal)));
        Assert.DoesNotContain(found, f => f.Contains("other.example.net", StringComparison.Ordinal) || f.Contains("own.png", StringComparison.Ordinal) || f.Contains("canonical", StringComparison.Ordinal));
    }

    private static string BaseUrlFromSiteYml() =>
        File.ReadAllLines(Path.Combine(RepoPaths.Input, "_data", "site.yml")).First(l => l.StartsWith("base_url:", StringComparison.Ordinal))["base_url:".Length..].Trim();
}

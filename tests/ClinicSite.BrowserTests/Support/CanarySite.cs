using ClinicSite.Cli.Serve;
using Microsoft.Playwright;

namespace ClinicSite.BrowserTests.Support;

/// <summary>
/// A one-page site that breaks every per-page rule on purpose: it goes through the same sweep as the real site, so the
/// tests can prove each check really catches what it is for.
/// </summary>
internal static class CanarySite
{
    public const string ForeignImage = "http://127.0.0.2:9/tracker.png";

    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bad page</title>
        <link rel="stylesheet" href="/bad.css"><script src="/bad.js"></script>
        <script>window.inlineRan = true;</script></head>
        <body><button type="button">Menu</button>
        <p class="faint">Grey on white is hard to read.</p>
        <img src="/dot.svg"><img src="FOREIGN" alt="">
        <div class="wide">This box is wider than any phone.</div>
        <main id="main"><h1>Bad page</h1></main></body></html>
        """;

    /// <summary>Writes the page into <paramref name="dir"/>, serves it, sweeps it and stops serving.</summary>
    public static async Task<PageReport> SweepAsync(IBrowser browser, string dir)
    {
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "index.html"), Page.Replace("FOREIGN", ForeignImage, StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(dir, "bad.css"), ".faint { color: #bbb; background: #fff; } .wide { width: 2000px; }");
        await File.WriteAllTextAsync(Path.Combine(dir, "bad.js"), "document.cookie = 'tracked=yes; path=/'; localStorage.setItem('seen', '1');");
        await File.WriteAllTextAsync(Path.Combine(dir, "dot.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>");
        await File.WriteAllTextAsync(Path.Combine(dir, "_headers"), "/*\n  Content-Security-Policy: default-src 'self'\n");
        await using var host = await NetlifyStaticHost.StartAsync(dir);
        return (await PageSweep.RunAsync(browser, host.BaseAddress, ["/"]))["/"];
    }
}

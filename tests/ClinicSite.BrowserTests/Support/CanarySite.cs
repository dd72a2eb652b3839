using ClinicSite.Cli.Serve;
using Microsoft.Playwright;

namespace ClinicSite.BrowserTests.Support;

/// <summary>
/// A two-page site that goes through the same sweep as the real site: a page that breaks every per-page rule on purpose,
/// so the tests can prove each check really catches what it is for, and a clean page visited next in the same tab, so
/// they can prove nothing the bad page left behind is blamed on the next one.
/// </summary>
internal static class CanarySite
{
    public const string BadPage = "/";

    public const string CleanPage = "/clean/";

    public const string ForeignImage = "http://127.0.0.2:9/tracker.png";

    // .day is hard to read only in the light scheme and .night only in the dark one: each axe run must see its own colours.
    private const string Bad = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bad page</title>
        <link rel="stylesheet" href="/bad.css"><script src="/bad.js"></script>
        <script>window.inlineRan = true;</script></head>
        <body><button type="button">Menu</button>
        <p class="faint">Grey on white is hard to read.</p>
        <p class="day">Hard to read by day.</p><p class="night">Hard to read by night.</p>
        <img src="/dot.svg"><img src="FOREIGN" alt="">
        <div class="wide">This box is wider than any phone.</div>
        <main id="main"><h1>Bad page</h1></main></body></html>
        """;

    private const string BadStyles = """
        .faint { color: #bbb; background: #fff; }
        .wide { width: 2000px; }
        .day, .night { color: #000; background: #fff; }
        @media (prefers-color-scheme: light) { .day { color: #ccc; } }
        @media (prefers-color-scheme: dark) { .night { color: #333; background: #000; } }
        """;

    private const string Clean = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Clean page</title></head>
        <body><a href="#main">Skip to main content</a>
        <main id="main" tabindex="-1"><h1>Clean page</h1><p>Nothing to see here.</p></main></body></html>
        """;

    /// <summary>Writes the site into <paramref name="dir"/>, serves it, sweeps the bad page then the clean one in one tab, and stops serving.</summary>
    public static async Task<IReadOnlyDictionary<string, PageReport>> SweepAsync(IBrowser browser, string dir)
    {
        Directory.CreateDirectory(Path.Combine(dir, "clean"));
        await File.WriteAllTextAsync(Path.Combine(dir, "index.html"), Bad.Replace("FOREIGN", ForeignImage, StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(dir, "bad.css"), BadStyles);
        await File.WriteAllTextAsync(Path.Combine(dir, "bad.js"), "document.cookie = 'tracked=yes; path=/'; localStorage.setItem('seen', '1'); sessionStorage.setItem('seen', '1');");
        await File.WriteAllTextAsync(Path.Combine(dir, "dot.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>");
        await File.WriteAllTextAsync(Path.Combine(dir, "clean", "index.html"), Clean);
        await File.WriteAllTextAsync(Path.Combine(dir, "_headers"), "/*\n  Content-Security-Policy: default-src 'self'\n");
        await using var host = await NetlifyStaticHost.StartAsync(dir);
        await using var tabs = new TabPool(browser, host.BaseAddress);
        var reports = await PageSweep.RunAsync(tabs, [BadPage, CleanPage], parallelism: 1);
        return tabs.Opened == 1
            ? reports
            : throw new InvalidOperationException($"The canary sweep opened {tabs.Opened} tabs; it needs one, to visit the clean page after the bad one in the same tab.");
    }
}

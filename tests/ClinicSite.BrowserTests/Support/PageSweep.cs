using System.Diagnostics;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace ClinicSite.BrowserTests.Support;

/// <summary>
/// Visits every page once and runs every per-page check on that one visit: storage, keyboard, axe in light and dark,
/// sideways scrolling at 320 px and at 200 % zoom, and what the page requested or logged meanwhile. One visit instead
/// of one per check keeps the suite inside its time budget on a two-core machine.
/// </summary>
internal static class PageSweep
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA, as the site promises.</summary>
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>The layout viewport of a 1280 × 800 window zoomed to 200 %: Chromium's page zoom halves the CSS pixels.</summary>
    public static readonly ViewportSize Zoomed200 = new() { Width = 640, Height = 400 };

    public static readonly ViewportSize Narrow320 = new() { Width = 320, Height = 640 };

    // Lists the innermost elements that stick out past the right edge, when the page scrolls sideways at all.
    private const string Overflow = """
        () => {
          const doc = document.documentElement;
          const width = doc.clientWidth;
          if (doc.scrollWidth <= width) return [];
          const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 1);
          const innermost = wide.filter(e => !wide.some(o => o !== e && e.contains(o)));
          return [`scrollWidth ${doc.scrollWidth} > ${width}`].concat(innermost.slice(0, 5).map(e =>
            e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
            (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '') +
            ' reaches ' + Math.round(e.getBoundingClientRect().right) + 'px'));
        }
        """;

    // The focused element, and whether it shows: a box of at least 1 × 1 px whose top left is inside the page, not hidden.
    private const string Focused = """
        () => {
          const e = document.activeElement;
          const r = e.getBoundingClientRect();
          return {
            tag: e.tagName.toLowerCase(), href: e.getAttribute('href') || '', text: e.textContent.trim(),
            onScreen: r.width >= 1 && r.height >= 1 && r.x >= 0 && r.y >= 0 && e.checkVisibility({ visibilityProperty: true }),
          };
        }
        """;

    /// <summary>Visits every path in <paramref name="tabs"/>, <paramref name="parallelism"/> at a time (default <see cref="PageChecks.Parallelism"/>).</summary>
    public static async Task<IReadOnlyDictionary<string, PageReport>> RunAsync(TabPool tabs, IReadOnlyList<string> paths, int? parallelism = null)
    {
        var reports = await PageChecks.MapAsync(paths, path => VisitOrSayWhereAsync(tabs, path), parallelism);
        return reports.ToDictionary(r => r.Path, StringComparer.Ordinal);
    }

    // A visit that breaks (a timeout, axe throwing) fails every test that reads the sweep, so the message must say where.
    private static async Task<PageReport> VisitOrSayWhereAsync(TabPool tabs, string path)
    {
        try
        {
            return await VisitAsync(tabs, path);
        }
        catch (PlaywrightException ex)
        {
            throw new InvalidOperationException($"The sweep could not check {path}: {ex.Message}", ex);
        }
    }

    private static async Task<PageReport> VisitAsync(TabPool tabs, string path)
    {
        var clock = Stopwatch.StartNew();
        var step = Stopwatch.StartNew();
        var report = new PageReport(path);
        void Step(string name)
        {
            report.Steps[name] = step.Elapsed;
            step.Restart();
        }

        await using var session = await tabs.OpenAsync(path, TabKind.Desktop);
        var page = session.Page;
        Step("open");

        await CheckStorageAsync(session, report);
        await CheckKeyboardAsync(page, report);
        Step("storage+keyboard");
        // Once per visit: the dark run reuses the axe the light run used; only the emulated scheme changes (the
        // theme's dark colours are a prefers-color-scheme media query, so no reload is needed).
        await AxeScan.InjectAsync(page);
        Step("axe inject");
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            await CheckAxeAsync(page, report, scheme.ToString().ToLowerInvariant());
            Step("axe " + scheme);
        }

        await page.SetViewportSizeAsync(Narrow320.Width, Narrow320.Height);
        report.Narrow.AddRange(await OverflowAsync(page, path));
        await page.SetViewportSizeAsync(Zoomed200.Width, Zoomed200.Height);
        report.Zoomed.AddRange(await OverflowAsync(page, path));
        Step("layout");

        // Last, so anything the page fetched or logged late is caught too.
        report.Network.AddRange(session.ForeignRequests.Select(r => $"{path}: request to another host: {r}"));
        report.Network.AddRange(session.ConsoleErrors.Select(e => $"{path}: {e}"));
        report.Network.AddRange((await session.CspViolationsAsync()).Select(v => $"{path}: CSP violation: {v}"));
        report.Elapsed = clock.Elapsed;
        return report;
    }

    private static async Task CheckStorageAsync(PageSession session, PageReport report)
    {
        var path = report.Path;
        report.Storage.AddRange((await session.Context.CookiesAsync()).Select(c => $"{path}: cookie {c.Name} for {c.Domain}"));
        var found = await session.Page.EvaluateAsync<JsonElement>(
            "() => ({ cookie: document.cookie, stored: localStorage.length + sessionStorage.length })");
        if (found.GetProperty("cookie").GetString() is { Length: > 0 } cookie)
        {
            report.Storage.Add($"{path}: document.cookie is '{cookie}'");
        }

        if (found.GetProperty("stored").GetInt32() is var stored and > 0)
        {
            report.Storage.Add($"{path}: {stored} item(s) in localStorage/sessionStorage on load");
        }
    }

    private static async Task CheckKeyboardAsync(IPage page, PageReport report)
    {
        var path = report.Path;
        await page.Keyboard.PressAsync("Tab");
        // One round trip for what the focused element is and where it shows (a Playwright locator would first inject
        // Playwright's own script into every page, which costs more than the whole check).
        var first = await page.EvaluateAsync<JsonElement>(Focused);
        var (tag, href) = (first.GetProperty("tag").GetString(), first.GetProperty("href").GetString() ?? "");
        if (tag != "a" || !href.StartsWith('#') || href.Length < 2)
        {
            report.Keyboard.Add($"{path}: the first Tab reached <{tag}> '{first.GetProperty("text").GetString()}' ({href}), not a skip link");
            return;
        }

        if (!first.GetProperty("onScreen").GetBoolean())
        {
            report.Keyboard.Add($"{path}: the skip link is focused but not visible on screen");
        }

        await page.Keyboard.PressAsync("Enter");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase() + '#' + document.activeElement.id");
        if (focused != "main" + href)
        {
            report.Keyboard.Add($"{path}: following the skip link ({href}) focused {focused}, not the main element");
        }
    }

    private static async Task CheckAxeAsync(IPage page, PageReport report, string scheme)
    {
        // Violations only: axe then sends back one example node per passed rule instead of every node, which is most of its cost.
        var result = await AxeScan.RunAsync(page, new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            ResultTypes = [ResultType.Violations],
            // The CSP allows no frames, so there are none to look into.
            Iframes = false,
        });
        report.AxePasses[scheme] = result.Passes.Length;
        report.Axe.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n =>
            $"{report.Path} [{scheme}] {v.Id} ({v.Impact}): {v.Help} — {n.Target} {Shorten(n.Html)}")));
    }

    private static async Task<IEnumerable<string>> OverflowAsync(IPage page, string path)
    {
        var overflow = await page.EvaluateAsync<string[]>(Overflow);
        return overflow.Length == 0 ? [] : [$"{path}: {string.Join("; ", overflow)}"];
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}

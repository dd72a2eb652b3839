using System.Globalization;
using ClinicSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace ClinicSite.BrowserTests;

/// <summary>The checks every page must pass; all of them come from one shared visit per page (<see cref="PageSweep"/>).</summary>
[Collection(BrowserSuite.Name)]
public sealed class EveryPageTests(SiteFixture site, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_built_page_and_the_404_page_are_visited()
    {
        var sweep = await site.Sweep;

        var slowest = sweep.Values.OrderByDescending(r => r.Elapsed).Take(3)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Path} {r.Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sweep.Count} pages visited in {site.SweepElapsed.TotalSeconds:0.0} s, {PageChecks.Parallelism} at a time ({site.Tabs.Opened} tabs opened so far); slowest: {string.Join(", ", slowest)}"));
        var steps = sweep.Values.SelectMany(r => r.Steps).GroupBy(s => s.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Sum(s => s.Value.TotalSeconds):0.0} s"));
        output.WriteLine("Wall time summed over pages, by step: " + string.Join(", ", steps));
        Assert.True(site.PagePaths.Count > 10, "the real site has dozens of pages; the build found " + site.PagePaths.Count);
        Assert.Equal(site.EveryPage.Order(StringComparer.Ordinal), sweep.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_page_has_no_axe_violations_in_light_and_dark_schemes()
    {
        var sweep = await site.Sweep;

        var ran = sweep.Values.Where(r => r.AxePasses.Count != 2 || r.AxePasses.Values.Any(n => n == 0)).Select(r => $"{r.Path}: axe did not really run");
        var problems = sweep.Values.SelectMany(r => r.Axe).Concat(ran).ToList();
        Assert.True(problems.Count == 0, PageChecks.Report("axe violations (WCAG 2.2 AA tags)", problems));
    }

    [Fact]
    public async Task Every_page_requests_nothing_but_the_site_and_logs_no_errors_or_CSP_violations()
    {
        await AssertNoPageHasAsync("network or console problems", r => r.Network);
    }

    [Fact]
    public async Task Every_page_sets_no_cookies_and_stores_nothing_before_the_visitor_ticks_a_box()
    {
        await AssertNoPageHasAsync("storage problems", r => r.Storage);
    }

    [Fact]
    public async Task Every_page_first_Tab_reaches_a_visible_skip_link_that_moves_focus_to_the_main_content()
    {
        await AssertNoPageHasAsync("keyboard problems", r => r.Keyboard);
    }

    [Fact]
    public async Task Every_page_fits_320_px_without_horizontal_scroll()
    {
        await AssertNoPageHasAsync("pages scroll sideways at 320 px", r => r.Narrow);
    }

    [Fact]
    public async Task Every_page_fits_a_1280_px_window_at_200_percent_zoom_without_horizontal_scroll()
    {
        await AssertNoPageHasAsync("pages scroll sideways at 200 % zoom", r => r.Zoomed);
    }

    /// <summary>Fails listing every page's problems of one kind, as found by the shared sweep.</summary>
    private async Task AssertNoPageHasAsync(string what, Func<PageReport, IEnumerable<string>> problemsOf)
    {
        var problems = (await site.Sweep).Values.SelectMany(problemsOf).ToList();
        Assert.True(problems.Count == 0, PageChecks.Report(what, problems));
    }

    [Fact]
    public async Task Server_really_sends_the_content_security_policy_from_headers()
    {
        await using var session = await site.OpenAsync("/");

        var csp = await session.Response!.HeaderValueAsync("content-security-policy");

        Assert.NotNull(csp);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
    }
}

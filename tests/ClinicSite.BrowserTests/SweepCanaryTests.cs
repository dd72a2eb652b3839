using ClinicSite.BrowserTests.Support;

namespace ClinicSite.BrowserTests;

/// <summary>
/// Each per-page check must report the deliberately bad page of <see cref="CanarySite"/>, and nothing it left behind
/// may be reported on the clean page visited after it in the same tab.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class SweepCanaryTests(SiteFixture site)
{
    [Fact]
    public async Task Axe_reports_low_contrast_and_a_missing_alt_in_both_schemes()
    {
        var report = (await site.Canary)[CanarySite.BadPage];

        Assert.Contains(report.Axe, p => p.Contains("[light] color-contrast", StringComparison.Ordinal));
        Assert.Contains(report.Axe, p => p.Contains("[dark] color-contrast", StringComparison.Ordinal));
        Assert.Contains(report.Axe, p => p.Contains("[light] image-alt", StringComparison.Ordinal));
        Assert.Contains(report.Axe, p => p.Contains("[dark] image-alt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Axe_checks_each_scheme_in_that_scheme_s_colours()
    {
        var axe = (await site.Canary)[CanarySite.BadPage].Axe;

        Assert.Contains(axe, p => p.Contains("[light] color-contrast", StringComparison.Ordinal) && p.Contains(".day", StringComparison.Ordinal));
        Assert.Contains(axe, p => p.Contains("[dark] color-contrast", StringComparison.Ordinal) && p.Contains(".night", StringComparison.Ordinal));
        Assert.DoesNotContain(axe, p => p.Contains("[light]", StringComparison.Ordinal) && p.Contains(".night", StringComparison.Ordinal));
        Assert.DoesNotContain(axe, p => p.Contains("[dark]", StringComparison.Ordinal) && p.Contains(".day", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Network_check_reports_the_foreign_request_and_the_blocked_inline_script()
    {
        var report = (await site.Canary)[CanarySite.BadPage];

        Assert.Contains(report.Network, p => p.Contains("request to another host: " + CanarySite.ForeignImage, StringComparison.Ordinal));
        Assert.Contains(report.Network, p => p.Contains("CSP violation: script-src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Storage_check_reports_the_cookie_and_local_storage()
    {
        var report = (await site.Canary)[CanarySite.BadPage];

        Assert.Contains(report.Storage, p => p.Contains("cookie tracked", StringComparison.Ordinal));
        Assert.Contains(report.Storage, p => p.Contains("localStorage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keyboard_check_reports_a_first_Tab_that_misses_the_skip_link()
    {
        var report = (await site.Canary)[CanarySite.BadPage];

        Assert.Contains(report.Keyboard, p => p.Contains("<button> 'Menu'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Layout_checks_report_the_wide_box_at_320_px_and_at_200_percent_zoom()
    {
        var report = (await site.Canary)[CanarySite.BadPage];

        Assert.Contains(report.Narrow, p => p.Contains("div.wide", StringComparison.Ordinal));
        Assert.Contains(report.Zoomed, p => p.Contains("div.wide", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_visited_next_in_the_same_tab_inherits_no_cookies_storage_or_problems()
    {
        var clean = (await site.Canary)[CanarySite.CleanPage];

        var problems = clean.Storage.Concat(clean.Network).Concat(clean.Keyboard).Concat(clean.Axe).Concat(clean.Narrow).Concat(clean.Zoomed).ToList();
        Assert.True(problems.Count == 0, PageChecks.Report("problems on the clean page", problems));
        Assert.Equal(2, clean.AxePasses.Count);
        Assert.All(clean.AxePasses.Values, passed => Assert.True(passed > 0, "axe passed no rules on the clean page, so it did not really run"));
    }
}

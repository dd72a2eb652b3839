using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Model;

/// <summary>Review dates on fixed days (the build's clock is injected): due is a warning, long overdue an error.</summary>
public sealed class ReviewDateTests
{
    // Every page of the minimal site is due on this day.
    private const string Due = "2027-01-10";

    [Theory]
    [InlineData("2027-01-09")]
    [InlineData(Due)]
    public void A_review_not_yet_past_gives_no_diagnostic(string today)
    {
        using var site = new TestSite();
        var result = site.Build(write: false, today: today);
        Assert.Empty(TestSite.WithCode(result, Codes.ReviewDue));
        Assert.Empty(TestSite.WithCode(result, Codes.ReviewOverdue));
    }

    [Fact]
    public void A_review_one_day_past_is_a_warning_on_next_review_that_names_the_date()
    {
        using var site = new TestSite();
        var result = site.Build(write: false, today: "2027-01-11");

        var warning = Assert.Single(TestSite.WithCode(result, Codes.ReviewDue), d => d.Span.Path.EndsWith("procedures/epidural.md", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(5, warning.Span.Line); // the next_review line of MinimalSite.Meta
        Assert.Contains("due on 2027-01-10, 1 days ago", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
        Assert.Empty(TestSite.WithCode(result, Codes.ReviewOverdue));
    }

    [Fact]
    public void Ninety_days_past_is_still_a_warning_and_ninety_one_is_an_error()
    {
        using var site = new TestSite();

        var at90 = site.Build(write: false, today: "2027-04-10");
        var at91 = site.Build(write: false, today: "2027-04-11");

        Assert.NotEmpty(TestSite.WithCode(at90, Codes.ReviewDue));
        Assert.Empty(TestSite.WithCode(at90, Codes.ReviewOverdue));
        Assert.True(at90.Succeeded);
        Assert.All(TestSite.WithCode(at91, Codes.ReviewOverdue), d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Contains(TestSite.WithCode(at91, Codes.ReviewOverdue), d => d.Message.Contains("91 days ago (the limit is 90)", StringComparison.Ordinal));
        Assert.Empty(TestSite.WithCode(at91, Codes.ReviewDue));
        Assert.False(at91.Succeeded);
    }

    [Fact]
    public void The_overdue_limit_comes_from_site_yml()
    {
        using var site = new TestSite();
        site.Write("_data/site.yml", MinimalSite.SiteYml + "\nreview:\n  overdue_error_days: 10\n");

        var at10 = site.Build(write: false, today: "2027-01-20");
        var at11 = site.Build(write: false, today: "2027-01-21");

        Assert.True(at10.Succeeded);
        Assert.NotEmpty(TestSite.WithCode(at10, Codes.ReviewDue));
        Assert.Contains(TestSite.WithCode(at11, Codes.ReviewOverdue), d => d.Message.Contains("the limit is 10", StringComparison.Ordinal));
    }

    [Fact]
    public void Strict_turns_a_due_review_into_an_error_and_writes_nothing()
    {
        using var site = new TestSite();
        var result = site.Build(strict: true, today: "2027-01-11");

        Assert.False(result.Succeeded);
        Assert.All(TestSite.WithCode(result, Codes.ReviewDue), d => Assert.Equal(Severity.Error, d.Severity));
        Assert.False(result.Written);
    }

    [Theory]
    [InlineData("2026-11-20", 0)]
    [InlineData("2026-12-11", 11)] // 30 days before the due date: all 11 pages
    [InlineData("2026-12-10", 0)] // 31 days before: none yet
    [InlineData("2027-01-11", 0)] // already past: counted as overdue, not as due soon
    public void Due_soon_counts_pages_due_within_the_next_30_days(string today, int expected)
    {
        using var site = new TestSite();
        Assert.Equal(expected, site.Build(write: false, today: today).DueSoon);
    }

    [Fact]
    public void Rendered_page_shows_last_reviewed_and_next_review_due_from_the_front_matter()
    {
        using var site = new TestSite();
        site.BuildOk();

        var html = site.ReadOutput("procedures/epidural/index.html");

        Assert.Contains("Page last reviewed", html, StringComparison.Ordinal);
        Assert.Contains("Next review due", html, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2026-01-10\"", html, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2027-01-10\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sitemap_lastmod_and_JSON_LD_lastReviewed_come_from_reviewed()
    {
        using var site = new TestSite();
        site.Write("risks/bleeding.md", File.ReadAllText(site.FullPath("risks/bleeding.md")).Replace("reviewed: 2026-01-10", "reviewed: 2026-03-04", StringComparison.Ordinal));
        site.BuildOk();

        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://clinic.example.org/risks/bleeding/</loc>\n    <lastmod>2026-03-04</lastmod>", sitemap, StringComparison.Ordinal);
        Assert.Contains("\"lastReviewed\":\"2026-03-04\"", site.ReadOutput("risks/bleeding/index.html"), StringComparison.Ordinal);
    }
}

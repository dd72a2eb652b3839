using System.Text.Json;
using AngleSharp.Dom;

namespace ClinicSite.Tests.Templates;

/// <summary>What every built page must have: lang, landmarks, skip link, navigation with aria-current, breadcrumbs, headings, meta, footer.</summary>
public sealed class PageStructureTests(ThemeSite site) : IClassFixture<ThemeSite>
{
    private static readonly string[] SectionUrls = ["/procedures/", "/specialists/", "/checklists/", "/risks/"];

    [Fact]
    public void The_real_site_builds_without_errors()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        Assert.True(site.Pages.Count >= 50, $"only {site.Pages.Count} pages were built");
    }

    [Fact]
    public void Every_page_declares_the_site_language_on_the_html_element()
    {
        Assert.All(site.Pages, p => Assert.Equal(site.Data.Language, p.Value.DocumentElement.GetAttribute("lang")));
    }

    [Fact]
    public void Every_page_has_exactly_one_banner_main_and_contentinfo_landmark()
    {
        Assert.All(site.Pages, p =>
        {
            var body = p.Value.Body!;
            Assert.Single(body.Children, e => e.LocalName == "header");
            Assert.Single(p.Value.QuerySelectorAll("main"));
            Assert.Single(body.Children, e => e.LocalName == "footer");
            Assert.Equal("body", p.Value.QuerySelector("main")!.ParentElement!.LocalName);
        });
    }

    [Fact]
    public void Every_landmark_navigation_has_a_distinct_accessible_name()
    {
        Assert.All(site.Pages, p =>
        {
            var names = p.Value.QuerySelectorAll("nav").Select(n => AccessibleName(p.Value, n)).ToList();
            Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n), $"{p.Key}: a nav has no name"));
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void Every_page_starts_with_a_skip_link_to_a_focusable_main()
    {
        Assert.All(site.Pages, p =>
        {
            var first = p.Value.Body!.QuerySelector("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])");
            Assert.NotNull(first);
            Assert.Contains("skip-link", first!.ClassList);
            Assert.Equal("#main", first.GetAttribute("href"));
            var target = p.Value.GetElementById("main");
            Assert.Equal("main", target?.LocalName);
            Assert.Equal("-1", target!.GetAttribute("tabindex"));
        });
    }

    [Fact]
    public void The_header_shows_the_clinic_name_and_the_four_sections()
    {
        Assert.All(site.Pages, p =>
        {
            var header = p.Value.Body!.Children.Single(e => e.LocalName == "header");
            Assert.Equal(site.Data.Clinic.Name, header.QuerySelector(".site-name")!.TextContent.Trim());
            Assert.Equal("/", header.QuerySelector(".site-name")!.GetAttribute("href"));
            var links = header.QuerySelectorAll("nav[aria-label='Main'] a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(SectionUrls, links);
        });
    }

    [Fact]
    public void The_main_navigation_marks_the_current_section_with_aria_current()
    {
        Assert.All(site.Pages, p =>
        {
            var url = ThemeSite.UrlOf(p.Key);
            var marked = p.Value.QuerySelectorAll("nav[aria-label='Main'] a[aria-current]").ToList();
            var section = SectionUrls.FirstOrDefault(s => url.StartsWith(s, StringComparison.Ordinal));
            if (section is null)
            {
                Assert.Empty(marked);
                return;
            }

            var current = Assert.Single(marked);
            Assert.Equal(section, current.GetAttribute("href"));
            Assert.Equal(url == section ? "page" : "true", current.GetAttribute("aria-current"));
        });
    }

    [Fact]
    public void Every_page_but_home_has_breadcrumbs_from_home_to_itself()
    {
        Assert.All(site.Pages.Where(p => p.Key != "index.html"), p =>
        {
            var crumbs = p.Value.QuerySelectorAll("nav[aria-label='Breadcrumb'] ol > li > a").ToList();
            Assert.True(crumbs.Count >= 2, $"{p.Key} has {crumbs.Count} crumbs");
            Assert.Equal("/", crumbs[0].GetAttribute("href"));
            Assert.Equal(ThemeSite.UrlOf(p.Key), crumbs[^1].GetAttribute("href"));
            Assert.Equal("page", crumbs[^1].GetAttribute("aria-current"));
            Assert.Equal(p.Value.QuerySelector("h1")!.TextContent.Trim(), crumbs[^1].TextContent.Trim());
            Assert.Single(crumbs, c => c.HasAttribute("aria-current"));

            var section = SectionUrls.FirstOrDefault(s => ThemeSite.UrlOf(p.Key).StartsWith(s, StringComparison.Ordinal) && ThemeSite.UrlOf(p.Key) != s);
            if (section is not null)
            {
                Assert.Equal(3, crumbs.Count);
                Assert.Equal(section, crumbs[1].GetAttribute("href"));
            }
        });
        Assert.Empty(site.Page("index.html").QuerySelectorAll("nav[aria-label='Breadcrumb']"));
    }

    [Fact]
    public void Every_page_has_one_h1_and_never_skips_a_heading_level()
    {
        Assert.All(site.Pages, p =>
        {
            var levels = p.Value.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.Equal(1, levels.Count(l => l == 1));
            Assert.Equal(1, levels[0]);
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{p.Key}: h{levels[i - 1]} is followed by h{levels[i]}");
            }
        });
    }

    [Fact]
    public void Every_page_title_is_the_page_name_then_the_clinic_name()
    {
        Assert.All(site.Pages.Where(p => p.Key != "index.html"), p =>
            Assert.Equal($"{p.Value.QuerySelector("h1")!.TextContent.Trim()} — {site.Data.Clinic.Name}", p.Value.Title));
        Assert.StartsWith(site.Data.Clinic.Name + " — ", site.Page("index.html").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_has_a_meta_description_from_its_summary_and_open_graph_tags()
    {
        Assert.All(site.Pages, p =>
        {
            var description = Meta(p.Value, "name", "description");
            Assert.False(string.IsNullOrWhiteSpace(description), p.Key);
            if (p.Key != "index.html")
            {
                Assert.Equal(p.Value.QuerySelector("main .page-header .lead")!.TextContent.Trim(), description);
            }

            Assert.Equal(p.Value.QuerySelector("h1")!.TextContent.Trim(), Meta(p.Value, "property", "og:title"));
            Assert.Equal(description, Meta(p.Value, "property", "og:description"));
            Assert.Equal(Canonical(p.Value), Meta(p.Value, "property", "og:url"));
        });
    }

    [Fact]
    public void Every_canonical_url_is_the_base_url_plus_the_page_address()
    {
        Assert.All(site.Pages, p => Assert.Equal(site.BaseUrl + ThemeSite.UrlOf(p.Key), Canonical(p.Value)));
    }

    [Fact]
    public void Every_page_links_a_favicon_a_web_manifest_and_a_theme_colour()
    {
        Assert.All(site.Pages, p =>
        {
            var icon = p.Value.QuerySelector("link[rel='icon']")?.GetAttribute("href");
            Assert.NotNull(icon);
            Assert.NotEmpty(site.Bytes(icon!));
            Assert.Equal("/manifest.webmanifest", p.Value.QuerySelector("link[rel='manifest']")?.GetAttribute("href"));
            Assert.Equal(site.Data.ThemeColor, Meta(p.Value, "name", "theme-color"));
        });

        using var manifest = JsonDocument.Parse(site.Bytes("/manifest.webmanifest"));
        Assert.Equal(site.Data.Clinic.Name, manifest.RootElement.GetProperty("name").GetString());
        Assert.NotEmpty(site.Bytes(manifest.RootElement.GetProperty("icons")[0].GetProperty("src").GetString()!));
    }

    [Fact]
    public void Every_page_footer_has_the_medical_disclaimer_the_emergency_notice_and_contact_details()
    {
        Assert.All(site.Pages, p =>
        {
            var footer = p.Value.Body!.Children.Single(e => e.LocalName == "footer");
            var text = Normalize(footer.TextContent);
            Assert.Contains("Medical disclaimer:", text, StringComparison.Ordinal);
            Assert.Contains(site.Data.Clinic.Emergency, text, StringComparison.Ordinal);
            Assert.Contains(site.Data.Clinic.Phone, text, StringComparison.Ordinal);
            Assert.NotNull(footer.QuerySelector($"a[href='mailto:{site.Data.Clinic.Email}']"));
            Assert.NotNull(footer.QuerySelector($"a[href='/disclaimer/']"));
        });
    }

    [Fact]
    public void Every_page_shows_when_it_was_last_reviewed_and_when_the_next_review_is_due()
    {
        Assert.All(site.Pages, p =>
        {
            var review = p.Value.QuerySelector("main .review");
            Assert.NotNull(review);
            var text = Normalize(review!.TextContent);
            Assert.Contains("Page last reviewed:", text, StringComparison.Ordinal);
            Assert.Contains("Next review due:", text, StringComparison.Ordinal);
            var times = review.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")).ToList();
            Assert.Equal(2, times.Count);
            Assert.All(times, t => Assert.True(DateOnly.TryParseExact(t, "yyyy-MM-dd", out _), $"{p.Key}: datetime '{t}'"));
            Assert.True(string.CompareOrdinal(times[0], times[1]) < 0, $"{p.Key}: next review {times[1]} is not after {times[0]}");
        });
    }

    private static string? Meta(IDocument doc, string attribute, string name) =>
        doc.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    private static string? Canonical(IDocument doc) => doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href");

    private static string AccessibleName(IDocument doc, IElement element) =>
        element.GetAttribute("aria-label")
        ?? (element.GetAttribute("aria-labelledby") is { } id ? doc.GetElementById(id)?.TextContent.Trim() ?? string.Empty : string.Empty);

    internal static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

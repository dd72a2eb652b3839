using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Site;

/// <summary>Each defect the site checks look for, planted in a small fixture site, is reported with its code and page.</summary>
public sealed class DefectDetectionTests
{
    private static string Footer() => File.ReadAllText(Path.Combine(RepoPaths.Theme, "partials", "footer.sbn-html"));

    private static string Base() => File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "base.sbn-html"));

    public static TheoryData<string, string, string, string> TemplateDefects => new()
    {
        { "broken link", "theme/partials/footer.sbn-html", "<a href=\"/no-such-page/\">x</a>", Codes.BrokenLink.Id },
        { "missing anchor", "theme/partials/footer.sbn-html", "<a href=\"/procedures/#no-such-id\">x</a>", Codes.BrokenFragment.Id },
        { "second h1", "theme/partials/footer.sbn-html", "<h1>Another title</h1>", Codes.H1Count.Id },
        { "skipped level", "theme/partials/footer.sbn-html", "<h4>Too deep</h4>", Codes.HeadingOrder.Id },
        { "image without alt", "theme/partials/footer.sbn-html", "<img src=\"{{ Site.FaviconUrl }}\">", Codes.ImageAlt.Id },
        { "third-party script", "theme/partials/footer.sbn-html", "<script src=\"https://cdn.example.com/x.js\"></script>", Codes.UnsafeLink.Id },
        { "duplicate id", "theme/partials/footer.sbn-html", "<span id=\"main\"></span>", Codes.DuplicateId.Id },
    };

    [Theory]
    [MemberData(nameof(TemplateDefects))]
    public void A_defect_in_the_built_html_is_reported_on_every_page_that_has_it(string name, string file, string markup, string code)
    {
        using var site = new TestSite();
        site.Write(file, Footer().Replace("</footer>", markup + "\n</footer>", StringComparison.Ordinal));
        var result = site.Build();
        Assert.False(result.Succeeded, name);
        var hits = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(hits.Count >= 5, $"{name}: expected {code} on every page, got:\n{string.Join('\n', result.Diagnostics)}");
        Assert.Contains(hits, d => d.Span.Path.EndsWith("procedures/epidural.md", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output), "nothing may be written when a check fails");
    }

    [Fact]
    public void A_page_without_lang_is_reported()
    {
        using var site = new TestSite();
        site.Write("theme/layouts/base.sbn-html", Base().Replace(" lang=\"{{ Site.Language }}\"", string.Empty, StringComparison.Ordinal));
        Assert.NotEmpty(TestSite.WithCode(site.Build(), Codes.HtmlLang));
    }

    [Fact]
    public void A_page_without_canonical_link_is_reported()
    {
        using var site = new TestSite();
        site.Write("theme/layouts/base.sbn-html", Base().Replace("<link rel=\"canonical\" href=\"{{ CanonicalUrl }}\">", string.Empty, StringComparison.Ordinal));
        Assert.NotEmpty(TestSite.WithCode(site.Build(), Codes.Canonical));
    }

    [Fact]
    public void Two_pages_with_the_same_title_are_both_reported()
    {
        using var site = new TestSite();
        site.Write("risks/infection.md", File.ReadAllText(site.FullPath("risks/infection.md")).Replace("title: Infection", "title: Bleeding", StringComparison.Ordinal));
        var hits = TestSite.WithCode(site.Build(), Codes.Title);
        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public void A_markdown_link_to_a_missing_page_and_a_missing_heading_are_reported_at_their_lines()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About") + "Intro.\n\nSee [this](procedures/nope.md).\n\nAnd [that](procedures/epidural.md#nope).\n");
        var result = site.Build();
        var page = Assert.Single(TestSite.WithCode(result, Codes.MissingPage));
        var anchor = Assert.Single(TestSite.WithCode(result, Codes.MissingAnchor));
        Assert.EndsWith("about.md", page.Span.Path, StringComparison.Ordinal);
        Assert.Equal(13, page.Span.Line);
        Assert.Equal(15, anchor.Span.Line);
        Assert.Contains("#nope", anchor.Message, StringComparison.Ordinal);
    }
}

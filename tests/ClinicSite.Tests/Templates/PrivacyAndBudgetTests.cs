using AngleSharp.Dom;

namespace ClinicSite.Tests.Templates;

/// <summary>
/// No third parties and no tracking (nothing loaded from another host, no cookies, no inline code the CSP would
/// block), and the weight budgets: CSS &lt;= 30 KB, JavaScript &lt;= 10 KB, each page with its assets &lt;= 100 KB.
/// </summary>
public sealed class PrivacyAndBudgetTests(ThemeSite site) : IClassFixture<ThemeSite>
{
    private const int Kilobyte = 1000;

    // Everything a browser fetches on its own when it reads a page (links to follow are not fetched).
    private static readonly (string Selector, string Attribute)[] Fetched =
    [
        ("script[src]", "src"), ("link[href]:not([rel='canonical'])", "href"), ("img[src]", "src"), ("img[srcset]", "srcset"),
        ("source[src]", "src"), ("source[srcset]", "srcset"), ("iframe[src]", "src"), ("embed[src]", "src"), ("object[data]", "data"),
        ("video[src]", "src"), ("video[poster]", "poster"), ("audio[src]", "src"), ("track[src]", "src"), ("form[action]", "action"),
        ("use[href]", "href"), ("image[href]", "href"), ("input[src]", "src"),
    ];

    [Fact]
    public void No_page_loads_anything_from_another_host()
    {
        var external = new List<string>();
        foreach (var (path, doc) in site.Pages)
        {
            foreach (var (selector, attribute) in Fetched)
            {
                foreach (var element in doc.QuerySelectorAll(selector))
                {
                    var value = element.GetAttribute(attribute)!;
                    if (!value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal))
                    {
                        external.Add($"{path}: <{element.LocalName} {attribute}=\"{value}\">");
                    }
                }
            }
        }

        Assert.Empty(external);
    }

    [Fact]
    public void No_page_has_frames_embeds_or_objects()
    {
        Assert.All(site.Pages, p => Assert.Empty(p.Value.QuerySelectorAll("iframe, frame, embed, object, portal")));
    }

    [Fact]
    public void The_only_inline_script_is_the_JSON_LD_data_block()
    {
        Assert.All(site.Pages, p =>
        {
            var inline = p.Value.QuerySelectorAll("script:not([src])").ToList();
            var data = Assert.Single(inline);
            Assert.Equal("application/ld+json", data.GetAttribute("type"));
        });
    }

    [Fact]
    public void No_page_has_inline_event_handlers_style_attributes_or_style_elements()
    {
        Assert.All(site.Pages, p =>
        {
            var all = p.Value.QuerySelectorAll("*").ToList();
            Assert.Empty(all.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))).Select(e => $"{p.Key}: <{e.LocalName}>"));
            Assert.Empty(all.Where(e => e.HasAttribute("style")).Select(e => $"{p.Key}: <{e.LocalName} style>"));
            Assert.Empty(p.Value.QuerySelectorAll("style"));
            Assert.Empty(p.Value.QuerySelectorAll("a[href^='javascript:' i]"));
        });
    }

    [Fact]
    public void Scripts_never_block_rendering_and_load_only_on_checklists_and_the_search_page()
    {
        Assert.All(site.Pages, p =>
        {
            var scripts = p.Value.QuerySelectorAll("script[src]").ToList();
            Assert.All(scripts, s => Assert.True(s.HasAttribute("defer") || s.HasAttribute("async") || s.GetAttribute("type") == "module", $"{p.Key}: {s.GetAttribute("src")} blocks rendering"));
            var isChecklist = p.Key.StartsWith("checklists/", StringComparison.Ordinal) && p.Key != "checklists/index.html";
            var expected = isChecklist ? "/assets/js/site." : p.Key == "search/index.html" ? "/assets/js/search." : null;
            Assert.Equal(expected is null ? 0 : 1, scripts.Count);
            Assert.All(scripts, s => Assert.StartsWith(expected!, s.GetAttribute("src"), StringComparison.Ordinal));
        });
    }

    [Fact]
    public void The_search_script_is_at_most_8_KB_gzipped_and_sends_nothing_anywhere()
    {
        var file = Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets", "js"), "search.*.js"));
        var bytes = File.ReadAllBytes(file);
        using var zipped = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(zipped, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        Assert.True(zipped.Length <= 8 * 1024, $"search.js is {zipped.Length} bytes gzipped");
        var js = System.Text.Encoding.UTF8.GetString(bytes);
        foreach (var forbidden in new[] { "XMLHttpRequest", "sendBeacon", "WebSocket", "EventSource", "document.cookie", "localStorage", "new Image", "import(", "innerHTML", "outerHTML", "insertAdjacentHTML", "eval(", "Function(", "http:", "https:", "//\"" })
        {
            Assert.DoesNotContain(forbidden, js, StringComparison.Ordinal);
        }

        // Its only requests are for this site's own index files.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(js, @"fetch\("));
        Assert.Contains("\"/assets/search/\"", js, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_loads_exactly_one_local_stylesheet()
    {
        Assert.All(site.Pages, p =>
        {
            var sheet = Assert.Single(p.Value.QuerySelectorAll("link[rel='stylesheet']"));
            Assert.StartsWith("/assets/css/", sheet.GetAttribute("href"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_stylesheet_uses_system_fonts_and_fetches_nothing()
    {
        var css = ThemeFiles.Css;
        Assert.DoesNotContain("@font-face", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", css, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"font-family:\s*system-ui,", css);
    }

    [Fact]
    public void The_script_sends_nothing_anywhere_and_sets_no_cookies()
    {
        var js = ThemeFiles.Js;
        foreach (var forbidden in new[] { "fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "EventSource", "document.cookie", "new Image", "import(", "navigator.", ".src =", "innerHTML" })
        {
            Assert.DoesNotContain(forbidden, js, StringComparison.Ordinal);
        }

        Assert.Contains("localStorage", js, StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_sends_no_cookie_headers()
    {
        var headers = File.ReadAllText(Path.Combine(site.Output, "_headers"));
        Assert.DoesNotContain("Set-Cookie", headers, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_stylesheet_is_at_most_30_KB_and_the_script_at_most_10_KB()
    {
        var css = Directory.GetFiles(Path.Combine(site.Output, "assets", "css"), "*.css");
        var js = Directory.GetFiles(Path.Combine(site.Output, "assets", "js"), "*.js");
        Assert.NotEmpty(css);
        Assert.All(css, f => Assert.True(new FileInfo(f).Length <= 30 * Kilobyte, $"{f} is {new FileInfo(f).Length} bytes"));
        Assert.All(js, f => Assert.True(new FileInfo(f).Length <= 10 * Kilobyte, $"{f} is {new FileInfo(f).Length} bytes"));
    }

    [Fact]
    public void Every_page_with_its_stylesheet_and_script_is_at_most_100_KB()
    {
        Assert.All(site.Pages, p =>
        {
            var total = new FileInfo(Path.Combine(site.Output, p.Key)).Length
                + Assets(p.Value).Sum(url => (long)site.Bytes(url).Length);
            Assert.True(total <= 100 * Kilobyte, $"{p.Key} weighs {total} bytes with its CSS and JavaScript");
        });
    }

    private static IEnumerable<string> Assets(IDocument doc) =>
        doc.QuerySelectorAll("link[rel='stylesheet']").Select(l => l.GetAttribute("href")!)
            .Concat(doc.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!));
}

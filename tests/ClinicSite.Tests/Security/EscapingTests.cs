using System.Text.Json;
using AngleSharp.Dom;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Security;

/// <summary>
/// Every value that reaches HTML is escaped for its context: element text, attribute values, URLs and JSON-LD. Each
/// test reads the built page back with an HTML parser: a value that broke out of its context would show up as an extra
/// element or attribute, or as text that differs from what the editor wrote.
/// </summary>
public sealed class EscapingTests(HostileSite site) : IClassFixture<HostileSite>
{
    private const string RiskPage = "risks/bleeding/index.html";

    [Fact]
    public void The_hostile_site_builds()
    {
        Assert.True(site.Result.Succeeded, "Build failed:\n" + string.Join('\n', site.Result.Diagnostics));
    }

    [Fact]
    public void No_value_adds_a_script_an_event_handler_or_an_element_to_any_page()
    {
        Assert.NotEmpty(site.HtmlFiles);
        foreach (var file in site.HtmlFiles)
        {
            var name = Path.GetRelativePath(site.Output, file);
            using var page = site.Page(name);
            var scripts = page.QuerySelectorAll("script").Where(s => s.GetAttribute("type") != "application/ld+json" && !s.HasAttribute("src")).ToList();
            Assert.True(scripts.Count == 0, $"{name} has an inline script: {scripts.FirstOrDefault()?.OuterHtml}");
            var handlers = page.All.SelectMany(e => e.Attributes.Select(a => (e, a))).Where(x => x.a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(handlers.Count == 0, $"{name} has an event handler: {handlers.FirstOrDefault().e?.OuterHtml}");
            Assert.Empty(page.QuerySelectorAll("img[src=x], i, b"));
            Assert.DoesNotContain("<script>alert(", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Element_text_shows_exactly_what_the_editor_wrote()
    {
        using var page = site.Page(RiskPage);
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(HostileSite.Title, h1.TextContent.Trim());
        Assert.Empty(h1.Children);
        Assert.StartsWith(HostileSite.Title, page.Title, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("li"), li => li.TextContent.Trim() == HostileSite.WarningSign);
        Assert.Contains(page.QuerySelectorAll("p"), p => p.TextContent.Contains(HostileSite.GetHelp, StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("cite"), c => c.TextContent == HostileSite.SourceTitle);
        Assert.Contains(page.QuerySelectorAll("p"), p => p.TextContent.Contains(HostileSite.BodyText, StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("footer, footer *"), e => e.TextContent.Contains(HostileSite.ClinicName, StringComparison.Ordinal));

        using var glossary = site.Page("glossary/index.html");
        Assert.Contains(glossary.QuerySelectorAll("dd"), dd => dd.TextContent.Trim() == HostileSite.Definition);
    }

    [Fact]
    public void Attribute_values_keep_quotes_and_markup_inside_the_attribute()
    {
        using var page = site.Page(RiskPage);
        Assert.Equal(HostileSite.Summary, page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal(HostileSite.Title, page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal(HostileSite.Summary, page.QuerySelector("meta[property='og:description']")?.GetAttribute("content"));
        Assert.Equal(HostileSite.ClinicName, page.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content"));
    }

    [Fact]
    public void URLs_stay_one_attribute_and_keep_their_characters()
    {
        using var page = site.Page(RiskPage);
        Assert.Contains(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == HostileSite.SourceUrl);
        var link = Assert.Single(page.QuerySelectorAll("main a[href^='https://example.org/a']"));
        Assert.Equal(["href"], link.Attributes.Select(a => a.Name));
        Assert.Equal(new Uri(HostileSite.LinkUrl).AbsoluteUri, new Uri(link.GetAttribute("href")!).AbsoluteUri);
        Assert.DoesNotContain(site.HtmlFiles.Select(f => site.Page(Path.GetRelativePath(site.Output, f))).SelectMany(d => d.QuerySelectorAll("[href], [src]")),
            e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                || (e.GetAttribute("href") ?? e.GetAttribute("src"))!.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void JSON_LD_cannot_end_its_script_element_and_keeps_every_value()
    {
        using var page = site.Page(RiskPage);
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var names = Strings(json.RootElement).ToList();
        Assert.Contains(HostileSite.Title, names);
        Assert.Contains(HostileSite.Summary, names);
        Assert.Contains(HostileSite.ClinicName, names);

        var raw = File.ReadAllText(Path.Combine(site.Output, RiskPage));
        var start = raw.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        var body = raw[start..raw.IndexOf("</script>", start, StringComparison.Ordinal)];
        Assert.DoesNotContain("<", body[1..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//evil.example/x")]
    public void A_source_URL_that_is_not_http_is_rejected(string url)
    {
        using var site = new TestSite();
        site.Write("risks/bleeding.md", MinimalSite.Meta("Bleeding", "frequency: rare\nwarning_signs: [Swelling]\nurgency: urgent\nget_help: Call.")
            .Replace("    publisher: \"Patient handout\"", $"    publisher: \"Patient handout\"\n    url: \"{url}\"", StringComparison.Ordinal) + "Text.\n");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.UnsafeLink.Id && d.Message.Contains(url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](  javascript:alert(1)  )")]
    [InlineData("[x](jav&#x61;script:alert(1))")]
    [InlineData("[x](java%73cript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    public void A_script_or_data_URL_in_a_page_is_rejected(string markdown)
    {
        using var site = new TestSite();
        site.Write("risks/bleeding.md", MinimalSite.Meta("Bleeding", "frequency: rare\nwarning_signs: [Swelling]\nurgency: urgent\nget_help: Call.") + "## What it is\n\n" + markdown + "\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code is "CLS015" or "CLS017" && d.Span.Path.EndsWith("risks/bleeding.md", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}

using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClinicSite.Engine.Content;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Templates;

/// <summary>The glossary page has an anchor per term, and the first mention of a term on any page links to it: never inside headings, links or controls.</summary>
public sealed class GlossaryLinkTests(ThemeSite site) : IClassFixture<ThemeSite>
{
    private const string GlossaryPage = "glossary/index.html";

    // Where a link would be wrong or useless: headings, other links and controls, navigation, citations, code, labels.
    private const string NoLinkZone = "h1, h2, h3, h4, h5, h6, a:not(.glossary-link), nav, label, button, cite, code, pre, dfn, dt, time, .task-list-item, .tag, .callout__label, [aria-hidden='true']";

    [Fact]
    public void Every_glossary_term_has_its_own_anchor_on_the_glossary_page()
    {
        var doc = site.Page(GlossaryPage);
        Assert.NotEmpty(site.Glossary);
        Assert.All(site.Glossary, entry =>
        {
            var anchor = doc.GetElementById(GlossaryIds.IdFor(entry.Term));
            Assert.NotNull(anchor);
            Assert.Equal("dt", anchor!.LocalName);
            Assert.Equal(entry.Term, anchor.TextContent.Trim());
            Assert.Equal(entry.Definition, anchor.NextElementSibling?.TextContent.Trim());
        });
    }

    [Fact]
    public void The_A_to_Z_index_links_to_a_heading_for_every_first_letter()
    {
        var doc = site.Page(GlossaryPage);
        var letters = site.Glossary.Select(g => char.ToUpperInvariant(g.Term[0]).ToString()).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = doc.QuerySelectorAll("main nav.az a").ToList();
        Assert.Equal(letters, index.Select(a => a.TextContent.Trim()));
        Assert.All(index, a => Assert.Equal("h2", doc.GetElementById(a.GetAttribute("href")!.TrimStart('#'))?.LocalName));
    }

    [Fact]
    public void Every_glossary_link_points_to_a_term_anchor()
    {
        var ids = site.Glossary.Select(g => GlossaryIds.IdFor(g.Term)).ToHashSet(StringComparer.Ordinal);
        var links = site.Pages.SelectMany(p => p.Value.QuerySelectorAll("a.glossary-link").Select(a => (p.Key, Href: a.GetAttribute("href")!))).ToList();
        Assert.True(links.Count > 50, $"only {links.Count} glossary links on the whole site");
        Assert.All(links, l =>
        {
            Assert.StartsWith("/glossary/#", l.Href, StringComparison.Ordinal);
            Assert.Contains(l.Href["/glossary/#".Length..], ids);
        });
    }

    [Fact]
    public void Glossary_links_are_only_in_the_page_content_and_never_inside_headings_links_controls_or_citations()
    {
        Assert.All(site.Pages, p => Assert.All(p.Value.QuerySelectorAll("a.glossary-link"), a =>
        {
            Assert.NotNull(a.Closest("main"));
            Assert.Null(a.ParentElement!.Closest(NoLinkZone));
        }));
    }

    [Fact]
    public void Each_term_is_linked_at_most_once_on_a_page()
    {
        Assert.All(site.Pages, p =>
        {
            var hrefs = p.Value.QuerySelectorAll("a.glossary-link").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(hrefs.Count, hrefs.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void The_first_mention_of_each_term_in_the_page_content_is_the_one_linked()
    {
        var (pattern, idByForm) = Pattern(site.Glossary);
        var problems = new List<string>();
        foreach (var (path, doc) in site.Pages.Where(p => p.Key is not (GlossaryPage or "404.html")))
        {
            var linked = new HashSet<string>(StringComparer.Ordinal);
            var mentionedFirst = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var text in doc.QuerySelector("main")!.Descendants<IText>())
            {
                if (text.ParentElement is { } parent && parent.ClassList.Contains("glossary-link"))
                {
                    var id = parent.GetAttribute("href")!.Split('#')[1];
                    linked.Add(id);
                    if (mentionedFirst.TryGetValue(id, out var earlier))
                    {
                        problems.Add($"{path}: '{earlier}' is mentioned before the linked '{text.Data}'");
                    }

                    continue;
                }

                if (text.ParentElement?.Closest(NoLinkZone) is not null)
                {
                    continue;
                }

                foreach (Match match in pattern.Matches(text.Data))
                {
                    mentionedFirst.TryAdd(idByForm[match.Value], match.Value);
                }
            }

            problems.AddRange(mentionedFirst.Keys.Where(id => !linked.Contains(id)).Select(id => $"{path}: '{mentionedFirst[id]}' is never linked"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void The_glossary_and_404_pages_link_no_terms()
    {
        Assert.Empty(site.Page(GlossaryPage).QuerySelectorAll("a.glossary-link"));
        Assert.Empty(site.Page("404.html").QuerySelectorAll("a.glossary-link"));
    }

    [Fact]
    public void Only_the_first_mention_outside_headings_and_links_is_linked()
    {
        using var test = new TestSite();
        test.Write("about.md", MinimalSite.Meta("About us") + "## Fluoroscopy\n\nSee the [fluoroscopy](glossary.md) entry.\n\nThen FLUOROSCOPY is explained. Fluoroscopy again.\n");
        test.BuildOk();

        using var doc = new HtmlParser().ParseDocument(test.ReadOutput("about/index.html"));
        var link = Assert.Single(doc.QuerySelectorAll("a.glossary-link"));
        Assert.Equal("/glossary/#term-fluoroscopy", link.GetAttribute("href"));
        Assert.Equal("FLUOROSCOPY", link.TextContent);
        Assert.Equal("p", link.ParentElement!.LocalName);
        Assert.StartsWith("Then ", link.ParentElement.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist_items_get_no_glossary_links_so_each_stays_one_clean_label()
    {
        using var test = new TestSite();
        test.Write("checklists/before.md", MinimalSite.Meta("Before your injection") + "## A week before\n\n- [ ] Ask if you will have fluoroscopy.\n\nFluoroscopy is a live X-ray.\n");
        test.BuildOk();

        using var doc = new HtmlParser().ParseDocument(test.ReadOutput("checklists/before/index.html"));
        Assert.Empty(doc.QuerySelectorAll("label a"));
        var link = Assert.Single(doc.QuerySelectorAll("a.glossary-link"));
        Assert.Equal("p", link.ParentElement!.LocalName);
    }

    private static (Regex Pattern, Dictionary<string, string> IdByForm) Pattern(IEnumerable<GlossaryEntry> glossary)
    {
        var idByForm = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in glossary)
        {
            foreach (var form in entry.Aliases.Prepend(entry.Term))
            {
                idByForm.TryAdd(form.Trim(), GlossaryIds.IdFor(entry.Term));
            }
        }

        var alternatives = idByForm.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape);
        return (new Regex(@"(?<![\w-])(" + string.Join('|', alternatives) + @")(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), idByForm);
    }
}

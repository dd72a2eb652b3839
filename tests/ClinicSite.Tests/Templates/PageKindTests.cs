using AngleSharp.Dom;
using static ClinicSite.Tests.Templates.PageStructureTests;

namespace ClinicSite.Tests.Templates;

/// <summary>Each page kind shows what the theme promises: home, section indexes, procedure, specialist, checklist, risk, FAQ and 404.</summary>
public sealed class PageKindTests(ThemeSite site) : IClassFixture<ThemeSite>
{
    private static readonly string[] Sections = ["/procedures/", "/specialists/", "/checklists/", "/risks/"];

    private static readonly string[] GlanceLabels =
        ["What it is for", "Numbing and sedation", "Time on the day", "Going home", "When relief starts", "How long relief may last"];

    [Fact]
    public void Home_says_who_the_clinic_is_from_site_yml()
    {
        var doc = site.Page("index.html");
        var main = doc.QuerySelector("main")!;
        Assert.Equal(site.Data.Clinic.Name, main.QuerySelector("h1")!.TextContent.Trim());
        var text = Normalize(main.TextContent);
        Assert.Contains(site.Data.Clinic.Tagline, text, StringComparison.Ordinal);
        Assert.Contains(site.Data.Clinic.Description, text, StringComparison.Ordinal);
        Assert.Contains(site.Data.Clinic.Phone, text, StringComparison.Ordinal);
        Assert.Contains(site.Data.Clinic.Hours, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Home_has_an_entry_to_each_of_the_four_collections_with_its_summary()
    {
        var cards = site.Page("index.html").QuerySelectorAll("main .cards--four a").ToList();
        Assert.Equal(Sections, cards.Select(a => a.GetAttribute("href")));
        Assert.All(cards, a =>
        {
            var section = site.Page(a.GetAttribute("href")!.TrimStart('/') + "index.html");
            Assert.Equal(section.QuerySelector("main .lead")!.TextContent.Trim(), a.QuerySelector(".card__text")!.TextContent.Trim());
        });
    }

    [Fact]
    public void Home_lists_the_featured_procedures_and_the_emergency_notice()
    {
        var main = site.Page("index.html").QuerySelector("main")!;
        var featured = main.QuerySelectorAll("section[aria-labelledby='featured-heading'] a").Select(a => a.GetAttribute("href")!).ToList();
        var expected = Directory.EnumerateFiles(Path.Combine(Support.RepoPaths.Input, "procedures"), "*.md")
            .Where(f => File.ReadAllLines(f).Any(l => l.Trim() == "featured: true"))
            .Select(f => $"/procedures/{Path.GetFileNameWithoutExtension(f)}/")
            .Order(StringComparer.Ordinal);
        Assert.NotEmpty(featured);
        Assert.Equal(expected, featured.Order(StringComparer.Ordinal));
        var emergency = main.QuerySelector(".callout--emergency");
        Assert.NotNull(emergency);
        Assert.Contains(site.Data.Clinic.Emergency, Normalize(emergency!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public void The_procedures_index_lists_every_procedure_then_groups_them_by_condition_and_by_purpose()
    {
        var doc = site.Page("procedures/index.html");
        var procedures = site.Members("procedures").Select(p => ThemeSite.UrlOf(p.Path)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(procedures, doc.QuerySelectorAll("#all ~ .link-list > li > a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));

        var byCondition = doc.GetElementById("by-condition")!.ParentElement!;
        var conditionHeadings = byCondition.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.NotEmpty(conditionHeadings);
        Assert.All(conditionHeadings, h => Assert.Contains(h, site.Data.Conditions.Values));
        Assert.Equal(procedures, byCondition.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Distinct().Order(StringComparer.Ordinal));

        var byPurpose = doc.GetElementById("by-purpose")!.ParentElement!;
        var purposeLinks = byPurpose.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(procedures, purposeLinks.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_condition_chip_on_a_procedure_links_to_its_group_on_the_index_which_lists_that_procedure()
    {
        var index = site.Page("procedures/index.html");
        Assert.All(site.Members("procedures"), p =>
        {
            var chips = p.Doc.QuerySelectorAll(".glance .chips a").ToList();
            Assert.NotEmpty(chips);
            Assert.All(chips, chip =>
            {
                var id = chip.GetAttribute("href")!.Split('#')[1];
                var heading = index.GetElementById(id);
                Assert.Equal(chip.TextContent.Trim(), heading?.TextContent.Trim());
                Assert.Contains(ThemeSite.UrlOf(p.Path), heading!.ParentElement!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
            });
        });
    }

    [Fact]
    public void The_risks_index_groups_every_risk_once_by_how_common_it_is()
    {
        var doc = site.Page("risks/index.html");
        var groups = doc.QuerySelectorAll("main section.group").ToList();
        var order = new[] { "Expected", "Common", "Uncommon", "Rare", "How often is not known" };
        var titles = groups.Select(g => g.QuerySelector("h2")!.TextContent.Trim()).ToList();
        Assert.Equal(order.Where(titles.Contains), titles);
        var listed = groups.SelectMany(g => g.QuerySelectorAll(".link-list > li > a").Select(a => a.GetAttribute("href")!)).ToList();
        Assert.Equal(site.Members("risks").Select(r => ThemeSite.UrlOf(r.Path)).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));

        Assert.All(groups, g => Assert.All(g.QuerySelectorAll(".link-list > li > a"), a =>
        {
            var label = site.Page(a.GetAttribute("href")!.TrimStart('/') + "index.html").QuerySelector("main .frequency .tag")!.TextContent.Trim();
            Assert.Equal(g.QuerySelector("h2")!.TextContent.Trim(), label);
        }));
    }

    [Theory]
    [InlineData("specialists")]
    [InlineData("checklists")]
    public void A_section_index_lists_every_page_in_its_section_with_a_summary(string folder)
    {
        var doc = site.Page(folder + "/index.html");
        var items = doc.QuerySelectorAll("main .link-list > li").ToList();
        Assert.Equal(site.Members(folder).Select(m => ThemeSite.UrlOf(m.Path)).Order(StringComparer.Ordinal), items.Select(li => li.QuerySelector("a")!.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.All(items, li => Assert.False(string.IsNullOrWhiteSpace(li.QuerySelector("p")?.TextContent)));
    }

    [Fact]
    public void Every_procedure_opens_with_an_at_a_glance_panel_of_its_key_facts()
    {
        Assert.All(site.Members("procedures"), p =>
        {
            var main = p.Doc.QuerySelector("main")!;
            var glance = main.QuerySelector(".glance");
            Assert.NotNull(glance);
            Assert.Equal("At a glance", glance!.QuerySelector("h2")!.TextContent.Trim());
            var facts = glance.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());
            Assert.All(GlanceLabels, label => Assert.False(string.IsNullOrWhiteSpace(facts.GetValueOrDefault(label)), $"{p.Path}: '{label}' is missing or empty"));

            // Guidance is shown only where the sources give it (guidance: [] leaves the row out), and never empty.
            Assert.False(facts.TryGetValue("How the needle is guided", out var guidance) && string.IsNullOrWhiteSpace(guidance), $"{p.Path}: guidance row is empty");

            // The hierarchy: title, lead, the facts, then the body, then the linked panels.
            var order = new[] { main.QuerySelector("h1")!, glance, main.QuerySelector(".prose")!, main.QuerySelector(".panels")!, main.QuerySelector(".review")! };
            for (var i = 1; i < order.Length; i++)
            {
                Assert.True(order[i - 1].CompareDocumentPosition(order[i]).HasFlag(DocumentPositions.Following), $"{p.Path}: element {i} is out of order");
            }
        });
    }

    [Fact]
    public void Every_procedure_links_its_risks_specialists_checklists_and_sources()
    {
        Assert.All(site.Members("procedures"), p =>
        {
            Assert.NotEmpty(Links(p.Doc, "risks-heading", "/risks/"));
            Assert.NotEmpty(Links(p.Doc, "who-heading", "/specialists/"));
            Assert.NotEmpty(Links(p.Doc, "prepare-heading", "/checklists/"));
            Assert.NotEmpty(p.Doc.QuerySelectorAll("main .sources li cite"));
        });
    }

    [Fact]
    public void Every_specialist_shows_training_what_they_treat_and_links_back_to_the_procedures_that_list_them()
    {
        var performs = site.Members("procedures")
            .SelectMany(p => Links(p.Doc, "who-heading", "/specialists/").Select(s => (Specialist: s, Procedure: ThemeSite.UrlOf(p.Path))))
            .ToLookup(x => x.Specialist, x => x.Procedure);
        var caresFor = site.Members("procedures")
            .SelectMany(p => Links(p.Doc, "care-team-heading", "/specialists/").Select(s => (Specialist: s, Procedure: ThemeSite.UrlOf(p.Path))))
            .ToLookup(x => x.Specialist, x => x.Procedure);
        Assert.All(site.Members("specialists"), s =>
        {
            Assert.NotEmpty(s.Doc.QuerySelectorAll("main ol.steps > li"));
            Assert.NotEmpty(s.Doc.QuerySelectorAll("main ul.ticks > li"));
            var url = ThemeSite.UrlOf(s.Path);
            Assert.Equal(performs[url].Order(StringComparer.Ordinal), Links(s.Doc, "performs-heading", "/procedures/").Order(StringComparer.Ordinal));
            Assert.Equal(caresFor[url].Order(StringComparer.Ordinal), Links(s.Doc, "cares-heading", "/procedures/").Order(StringComparer.Ordinal));
            Assert.NotEmpty(performs[url].Concat(caresFor[url]));
        });
    }

    [Fact]
    public void Every_risk_shows_how_common_it_is_its_warning_signs_and_a_get_help_callout_that_does_not_rely_on_colour()
    {
        var carried = site.Members("procedures")
            .SelectMany(p => Links(p.Doc, "risks-heading", "/risks/").Select(r => (Risk: r, Procedure: ThemeSite.UrlOf(p.Path))))
            .ToLookup(x => x.Risk, x => x.Procedure);
        Assert.All(site.Members("risks"), r =>
        {
            var main = r.Doc.QuerySelector("main")!;
            Assert.Contains("How common:", main.QuerySelector(".frequency")!.TextContent, StringComparison.Ordinal);
            var help = main.QuerySelector(".get-help");
            Assert.NotNull(help);
            Assert.Equal("When to get help", help!.QuerySelector("h2")!.TextContent.Replace(help.QuerySelector(".callout__icon")!.TextContent, string.Empty, StringComparison.Ordinal).Trim());
            Assert.Matches("^(Non-urgent|Urgent|Emergency): ", help.QuerySelector(".callout__label")!.TextContent.Trim());
            Assert.Equal("true", help.QuerySelector(".callout__icon")!.GetAttribute("aria-hidden"));
            Assert.Equal(carried[ThemeSite.UrlOf(r.Path)].Order(StringComparer.Ordinal), Links(r.Doc, "carried-heading", "/procedures/").Order(StringComparer.Ordinal));
        });
        Assert.Contains(site.Members("risks"), r => r.Doc.QuerySelectorAll("main .warning-signs li").Length > 0);
    }

    [Fact]
    public void Every_checklist_box_is_a_real_labelled_checkbox_that_works_without_JavaScript()
    {
        Assert.All(site.Members("checklists"), c =>
        {
            var boxes = c.Doc.QuerySelectorAll("main .checklist__items input").ToList();
            Assert.NotEmpty(boxes);
            Assert.All(boxes, box =>
            {
                Assert.Equal("checkbox", box.GetAttribute("type"));
                Assert.False(box.HasAttribute("disabled"), $"{c.Path}: a box is disabled");
                var label = c.Doc.QuerySelector($"label[for='{box.Id}']");
                Assert.False(string.IsNullOrWhiteSpace(label?.TextContent), $"{c.Path}: box {box.Id} has no label");
            });
            Assert.Equal(boxes.Count, boxes.Select(b => b.Id).Distinct().Count());
        });
    }

    [Fact]
    public void Checklist_tools_are_hidden_until_the_script_runs_and_offer_print_and_clear_buttons()
    {
        Assert.All(site.Members("checklists"), c =>
        {
            var article = c.Doc.QuerySelector("main [data-checklist]");
            Assert.Equal(ThemeSite.UrlOf(c.Path), article?.GetAttribute("data-checklist"));
            var tools = article!.QuerySelector(".checklist__tools")!;
            Assert.True(tools.HasAttribute("hidden"));
            Assert.Equal(["print", "clear"], tools.QuerySelectorAll("button[type='button']").Select(b => b.GetAttribute("data-action")));
            Assert.NotNull(tools.QuerySelector("[role='status']"));
            Assert.Contains("Nothing is sent", tools.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_FAQ_lists_its_questions_as_headings_with_an_on_this_page_index()
    {
        var doc = site.Page("faq/index.html");
        var questions = doc.QuerySelectorAll("main .prose h2").ToList();
        Assert.All(questions, q => Assert.EndsWith("?", q.TextContent.Trim(), StringComparison.Ordinal));
        var index = doc.QuerySelectorAll("main nav.contents a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(questions.Select(q => "#" + q.Id), index);
    }

    [Fact]
    public void The_404_page_offers_a_way_back_with_addresses_that_work_from_any_url()
    {
        var doc = site.Page("404.html");
        var hrefs = doc.QuerySelectorAll("a[href], link[href], script[src], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.All(hrefs, h => Assert.True(h.StartsWith('/') || h.StartsWith('#') || h.StartsWith("https://", StringComparison.Ordinal) || h.StartsWith("mailto:", StringComparison.Ordinal), $"'{h}' is relative; a 404 page is served at any address"));
        var main = doc.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/", main);
        Assert.All(Sections, s => Assert.Contains(s, main));
    }

    [Fact]
    public void Internal_links_in_the_content_carry_their_full_address_for_print()
    {
        var doc = site.Page("procedures/facet-joint-injection/index.html");
        var links = doc.QuerySelectorAll("main .prose a[href^='/']:not(.glossary-link)").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.Equal(site.BaseUrl + a.GetAttribute("href"), a.GetAttribute("data-print-url")));
        Assert.All(doc.QuerySelectorAll("a.glossary-link, nav a"), a => Assert.False(a.HasAttribute("data-print-url")));
    }

    /// <summary>The hrefs under the section labelled by the heading id that start with the prefix.</summary>
    private static List<string> Links(IDocument doc, string headingId, string prefix) =>
        doc.QuerySelector($"section[aria-labelledby='{headingId}']")?.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith(prefix, StringComparison.Ordinal)).ToList() ?? [];
}

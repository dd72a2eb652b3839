using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Templates;

/// <summary>schema.org JSON-LD on the built pages: it parses, has the required types and properties, and cannot break out of its script element.</summary>
public sealed class StructuredDataTests(ThemeSite site) : IClassFixture<ThemeSite>
{
    private static readonly string[] ProcedureProperties = ["procedureType", "howPerformed", "preparation", "followup", "bodyLocation", "name"];

    [Fact]
    public void Every_page_has_one_JSON_LD_block_that_parses()
    {
        Assert.All(site.Pages, p =>
        {
            var script = Assert.Single(p.Value.QuerySelectorAll("script[type='application/ld+json']"));
            using var json = JsonDocument.Parse(script.TextContent);
            Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        });
    }

    [Fact]
    public void Every_page_is_a_MedicalWebPage_with_the_lastReviewed_date_it_shows()
    {
        Assert.All(site.Pages, p =>
        {
            using var json = Parse(p.Value);
            var page = Single(json, "MedicalWebPage");
            var shown = p.Value.QuerySelector("main .review time")!.GetAttribute("datetime");
            Assert.Equal(shown, page.GetProperty("lastReviewed").GetString());
            Assert.Equal(site.BaseUrl + ThemeSite.UrlOf(p.Key), page.GetProperty("url").GetString());
            Assert.False(string.IsNullOrWhiteSpace(page.GetProperty("reviewedBy").GetProperty("name").GetString()));
            Assert.Equal(p.Value.QuerySelector("h1")!.TextContent.Trim(), page.GetProperty("name").GetString());
        });
    }

    [Fact]
    public void Every_procedure_page_describes_a_MedicalProcedure_with_the_required_properties()
    {
        var procedures = site.Members("procedures").ToList();
        Assert.NotEmpty(procedures);
        Assert.All(procedures, p =>
        {
            using var json = Parse(p.Doc);
            var procedure = Single(json, "MedicalWebPage").GetProperty("about");
            Assert.Contains("MedicalProcedure", Types(procedure));
            foreach (var property in ProcedureProperties)
            {
                Assert.False(string.IsNullOrWhiteSpace(procedure.GetProperty(property).GetString()), $"{p.Path}: {property} is empty");
            }

            Assert.StartsWith("https://schema.org/", procedure.GetProperty("procedureType").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Only_procedure_pages_describe_a_MedicalProcedure()
    {
        Assert.All(site.Pages.Where(p => !p.Key.StartsWith("procedures/", StringComparison.Ordinal) || p.Key == "procedures/index.html"), p =>
            Assert.DoesNotContain("MedicalProcedure", p.Value.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_FAQ_page_is_an_FAQPage_with_one_question_per_heading()
    {
        var doc = site.Page("faq/index.html");
        using var json = Parse(doc);
        var page = Single(json, "FAQPage");
        var questions = page.GetProperty("mainEntity").EnumerateArray().ToList();
        var headings = doc.QuerySelectorAll("main .prose h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.True(headings.Count >= 5, $"only {headings.Count} questions");
        Assert.Equal(headings, questions.Select(q => q.GetProperty("name").GetString()));
        Assert.All(questions, q =>
        {
            Assert.Equal("Question", q.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("acceptedAnswer").GetProperty("text").GetString()));
        });
    }

    [Fact]
    public void Every_page_with_breadcrumbs_has_a_BreadcrumbList_matching_them()
    {
        Assert.All(site.Pages.Where(p => p.Key != "index.html"), p =>
        {
            using var json = Parse(p.Value);
            var list = Single(json, "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
            var crumbs = p.Value.QuerySelectorAll("nav[aria-label='Breadcrumb'] a").ToList();
            Assert.Equal(crumbs.Count, list.Count);
            for (var i = 0; i < crumbs.Count; i++)
            {
                Assert.Equal(i + 1, list[i].GetProperty("position").GetInt32());
                Assert.Equal(crumbs[i].TextContent.Trim(), list[i].GetProperty("name").GetString());
                Assert.Equal(site.BaseUrl + crumbs[i].GetAttribute("href"), list[i].GetProperty("item").GetString());
            }
        });
    }

    [Fact]
    public void The_home_page_describes_the_MedicalClinic_from_site_yml()
    {
        using var json = Parse(site.Page("index.html"));
        var clinic = Single(json, "MedicalClinic", topLevelOnly: true);
        Assert.Equal(site.Data.Clinic.Name, clinic.GetProperty("name").GetString());
        Assert.Equal(site.Data.Clinic.Phone, clinic.GetProperty("telephone").GetString());
        Assert.Equal(site.Data.Clinic.Email, clinic.GetProperty("email").GetString());
        Assert.Equal(site.BaseUrl + "/", clinic.GetProperty("url").GetString());
    }

    [Fact]
    public void No_JSON_LD_block_contains_a_raw_angle_bracket_or_ampersand()
    {
        Assert.All(site.Pages, p =>
        {
            var text = p.Value.QuerySelector("script[type='application/ld+json']")!.TextContent;
            Assert.DoesNotContain('<', text);
            Assert.DoesNotContain('>', text);
            Assert.DoesNotContain('&', text);
        });
    }

    [Fact]
    public void A_title_that_tries_to_close_the_script_element_stays_inside_the_JSON_LD()
    {
        const string Attack = "</script><script>alert(1)</script>";
        using var test = new TestSite();
        test.Write("procedures/epidural.md", MinimalSite.Meta("'" + Attack + "'", MinimalSite.ProcedureExtra) + "## What it is\n\nAn injection.\n");
        test.BuildOk();

        var html = test.ReadOutput("procedures/epidural/index.html");
        using var doc = new HtmlParser().ParseDocument(html);
        Assert.DoesNotContain(doc.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
        var ld = Assert.Single(doc.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain("</script", ld.TextContent, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(ld.TextContent);
        Assert.Equal(Attack, Single(json, "MedicalWebPage").GetProperty("name").GetString());
        Assert.Equal(Attack, doc.QuerySelector("h1")!.TextContent);
    }

    private static JsonDocument Parse(IDocument doc) => JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);

    /// <summary>The one node in @graph (or, unless topLevelOnly, nested one level) whose @type is or includes the type.</summary>
    private static JsonElement Single(JsonDocument json, string type, bool topLevelOnly = false)
    {
        var nodes = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var found = nodes.Where(n => Types(n).Contains(type)).ToList();
        if (found.Count == 0 && !topLevelOnly)
        {
            found = nodes.SelectMany(n => n.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object).Select(p => p.Value)).Where(n => Types(n).Contains(type)).ToList();
        }

        return Assert.Single(found);
    }

    private static List<string> Types(JsonElement node) =>
        !node.TryGetProperty("@type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
        : [type.GetString()!];
}

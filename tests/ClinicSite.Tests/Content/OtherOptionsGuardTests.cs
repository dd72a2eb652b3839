using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClinicSite.Tests.Site;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Content;

/// <summary>
/// Guards on the built procedure pages: each one tells the patient what else they can do (an "Other options" section
/// with a list of choices) and how to get ready for that procedure (a short section linking to a checklist).
/// </summary>
public sealed class OtherOptionsGuardTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly HtmlParser Parser = new();

    private IReadOnlyList<(string Path, IDocument Doc)> Procedures => site.Members("procedures").ToList();

    [Fact]
    public void Every_procedure_in_input_is_built_and_checked()
    {
        var inInput = Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "procedures"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(slug => slug != "_index")
            .Select(slug => $"procedures/{slug}/index.html")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(inInput);
        Assert.Equal(inInput, Procedures.Select(p => p.Path).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Every_procedure_page_has_an_other_options_section_with_a_list_of_choices()
    {
        var problems = Procedures.SelectMany(p => OtherOptionsProblems(p.Doc).Select(m => $"{p.Path}: {m}")).ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_procedure_page_has_a_getting_ready_section_that_links_to_a_checklist()
    {
        var problems = Procedures.SelectMany(p => GettingReadyProblems(p.Doc).Select(m => $"{p.Path}: {m}")).ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void The_guard_reports_a_page_without_the_section_or_with_an_empty_one()
    {
        using var missing = Parser.ParseDocument("<main><h2 id=\"part-of-a-wider-plan\">Part of a wider plan</h2><ul><li>a</li><li>b</li></ul></main>");
        using var empty = Parser.ParseDocument("<main><h2 id=\"other-options\">Other options</h2><p>Ask us.</p><h2 id=\"next\">Next</h2><ul><li>a</li><li>b</li></ul></main>");
        using var good = Parser.ParseDocument("<main><h2 id=\"other-options\">Other options</h2><ul><li>Exercise</li><li>Medicines</li></ul></main>");

        Assert.NotEmpty(OtherOptionsProblems(missing));
        Assert.NotEmpty(OtherOptionsProblems(empty));
        Assert.Empty(OtherOptionsProblems(good));

        using var noLink = Parser.ParseDocument("<main><h2 id=\"getting-ready-for-this-procedure\">Getting ready for this procedure</h2><p>Rest.</p></main>");
        using var linked = Parser.ParseDocument("<main><h2 id=\"getting-ready-for-this-procedure\">Getting ready for this procedure</h2><p>Read the <a href=\"../../checklists/before-your-injection/\">checklist</a>.</p></main>");
        Assert.NotEmpty(GettingReadyProblems(noLink));
        Assert.Empty(GettingReadyProblems(linked));
    }

    private static List<string> OtherOptionsProblems(IDocument doc)
    {
        var section = Section(doc, "other-options", "Other options", out var problem);
        if (section is null)
        {
            return [problem!];
        }

        var choices = section.Where(e => e.LocalName is "ul" or "ol").Sum(list => list.Children.Count(li => li.LocalName == "li"));
        return choices >= 2 ? [] : [$"the Other options section lists {choices} choice(s); it needs at least 2"];
    }

    private static List<string> GettingReadyProblems(IDocument doc)
    {
        var section = Section(doc, "getting-ready-for-this-procedure", "Getting ready for this procedure", out var problem);
        if (section is null)
        {
            return [problem!];
        }

        var linksToChecklist = section
            .SelectMany(e => e.QuerySelectorAll("a[href]").Prepend(e))
            .Where(a => a.LocalName == "a")
            .Any(a => a.GetAttribute("href")!.Contains("checklists/", StringComparison.Ordinal));
        return linksToChecklist ? [] : ["the Getting ready section does not link to a checklist"];
    }

    /// <summary>The elements after the h2 with this id, up to the next h2, inside main.</summary>
    private static List<IElement>? Section(IDocument doc, string id, string text, out string? problem)
    {
        var heading = doc.QuerySelector("main")?.QuerySelector($"h2#{id}");
        if (heading is null)
        {
            problem = $"no <h2 id=\"{id}\"> in <main>";
            return null;
        }

        if (heading.TextContent.Trim() != text)
        {
            problem = $"<h2 id=\"{id}\"> reads \"{heading.TextContent.Trim()}\", not \"{text}\"";
            return null;
        }

        var content = new List<IElement>();
        for (var e = heading.NextElementSibling; e is not null && e.LocalName != "h2"; e = e.NextElementSibling)
        {
            content.Add(e);
        }

        problem = null;
        return content;
    }
}

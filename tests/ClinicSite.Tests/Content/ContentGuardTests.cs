using System.Text.RegularExpressions;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;
using ClinicSite.Tools.SourceShingles;

namespace ClinicSite.Tests.Content;

/// <summary>Guards on the real content: coverage, a complete cross-reference graph, and no sentences copied from the sources.</summary>
public sealed partial class ContentGuardTests
{
    private static readonly Lazy<IReadOnlyList<ParsedPage>> Pages = new(() =>
    {
        var bag = new DiagnosticBag();
        var input = new ReadInput(RepoPaths.Input, bag).Run();
        var pages = new ParseFrontMatter(bag).Run(input.Pages);
        Assert.Empty(bag.ToSortedList());
        return pages;
    });

    private static IEnumerable<ParsedPage> In(Collection c) => Pages.Value.Where(p => p.Collection == c && !p.IsSectionIndex);

    [Theory]
    [InlineData(Collection.Procedures, 12)]
    [InlineData(Collection.Specialists, 6)]
    [InlineData(Collection.Checklists, 4)]
    [InlineData(Collection.Risks, 14)]
    public void Each_collection_has_at_least_the_required_number_of_pages(Collection collection, int minimum) =>
        Assert.InRange(In(collection).Count(), minimum, int.MaxValue);

    [Fact]
    public void Every_procedure_links_two_risks_a_performer_and_a_checklist()
    {
        foreach (var page in In(Collection.Procedures))
        {
            var meta = (ProcedureMeta)page.Meta;
            Assert.True(meta.Risks.Count >= 2, page.Slug);
            Assert.NotEmpty(meta.PerformedBy);
            Assert.NotEmpty(meta.Checklists);
        }
    }

    [Fact]
    public void Every_risk_and_specialist_page_is_reached_from_a_procedure()
    {
        var procedures = In(Collection.Procedures).Select(p => (ProcedureMeta)p.Meta).ToList();
        var risks = procedures.SelectMany(p => p.Risks).ToHashSet();
        var specialists = procedures.SelectMany(p => p.PerformedBy.Concat(p.CareTeam)).ToHashSet();
        Assert.All(In(Collection.Risks), p => Assert.Contains(p.Slug, risks));
        Assert.All(In(Collection.Specialists), p => Assert.Contains(p.Slug, specialists));
    }

    [Fact]
    public void Every_page_has_a_short_summary_review_dates_and_a_reviewer()
    {
        foreach (var page in Pages.Value)
        {
            Assert.InRange(page.Meta.Summary.Length, 20, 160);
            Assert.True(page.Meta.NextReview > page.Meta.Reviewed, page.File.PathInInput);
            Assert.False(string.IsNullOrWhiteSpace(page.Meta.ReviewedBy));
        }
    }

    [Fact]
    public void Sources_are_cited_by_the_titles_the_source_documents_give_and_invent_no_urls()
    {
        string[] titles =
        [
            "What Type of Doctor Does Spinal Injections?",
            "Injection treatments: a pain physician's view",
            "Spinal injections: overview and common questions",
            "Interventional Injections Could Be The Solution For Your Back Pain",
            "Spinal Injections",
        ];
        foreach (var source in Pages.Value.SelectMany(p => p.Meta.Sources))
        {
            Assert.Contains(source.Title, titles);
            Assert.True(source.Url is null or "https://www.orthoinfo.org/en/treatment/spinal-injections", source.Url);
        }

        var medical = In(Collection.Procedures).Concat(In(Collection.Risks)).Concat(In(Collection.Specialists));
        Assert.All(medical, p => Assert.NotEmpty(p.Meta.Sources));
    }

    [Fact]
    public void The_faq_answers_at_least_twelve_questions_and_links_to_pages_that_say_more()
    {
        var faq = Pages.Value.Single(p => p.Meta is PlainPageMeta { Layout: PageLayout.Faq });
        Assert.True(Regex.Count(faq.Body, "^## ", RegexOptions.Multiline) >= 12);
        Assert.True(Regex.Count(faq.Body, @"\]\([a-z-]+/[a-z-]+\.md") >= 12);
    }

    [Fact]
    public void The_glossary_has_thirty_terms_each_with_a_definition_and_a_unique_anchor()
    {
        var bag = new DiagnosticBag();
        var input = new ReadInput(RepoPaths.Input, bag).Run();
        var (_, glossary) = new ReadSiteData(bag).Run(input, "input");
        Assert.Empty(bag.ToSortedList());
        Assert.True(glossary.Count >= 30, $"{glossary.Count} terms");
        Assert.All(glossary, g => Assert.True(g.Definition.Length >= 20, g.Term));
        Assert.Equal(glossary.Count, glossary.Select(g => GlossaryIds.IdFor(g.Term)).Distinct().Count());
        foreach (var term in new[] { "fluoroscopy", "epidural space", "facet joint", "medial branch", "radiofrequency ablation", "corticosteroid", "radiculopathy", "sciatica", "spinal stenosis" })
        {
            Assert.Contains(glossary, g => g.Term.Equals(term, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void No_page_copies_a_run_of_eight_words_from_the_source_documents()
    {
        // The sources are not in the repository: their runs come hashed, from the committed file (SourceShingleFileTests).
        var problems = new List<string>();
        var sources = ShingleFile.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ShingleFile.PathInRepository)), problems);
        Assert.Empty(problems);
        var sourceRuns = sources.Hashes.ToHashSet(StringComparer.Ordinal);

        var texts = Pages.Value
            // Source titles are citations, not prose: leave the sources block out.
            .Select(p => (Name: p.File.PathInInput, Text: SourcesBlock().Replace(p.File.Text, string.Empty)))
            .Append(("_data/glossary.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "_data", "glossary.yml"))));
        var checkedRuns = 0;
        var copied = new List<string>();
        foreach (var (name, text) in texts)
        {
            foreach (var (hash, run) in Shingler.Runs(text))
            {
                checkedRuns++;
                if (sourceRuns.Contains(hash))
                {
                    copied.Add($"{name}: \"{run}\"");
                }
            }
        }

        // Every page and the glossary were read (the site has far more than this many runs of eight words).
        Assert.InRange(checkedRuns, 20_000, int.MaxValue);
        Assert.Empty(copied);
    }

    [GeneratedRegex(@"^sources:\n(?:[ -].*\n)*", RegexOptions.Multiline)]
    private static partial Regex SourcesBlock();
}

using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Content;

/// <summary>Front matter binds to the typed record of the page's collection, and every error carries line and column.</summary>
public sealed class FrontMatterTests
{
    private static (ParsedPage? Page, IReadOnlyList<Diagnostic> Diagnostics) Parse(string pathInInput, string text)
    {
        var bag = new DiagnosticBag();
        var page = new ParseFrontMatter(bag).Parse(new SourceFile("/x/" + pathInInput, "input/" + pathInInput, pathInInput, text));
        return (page, bag.ToSortedList());
    }

    [Fact]
    public void A_procedure_binds_every_field_to_the_procedure_record()
    {
        var (page, diagnostics) = Parse("procedures/epidural.md", MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra) + "Body.\n");
        Assert.Empty(diagnostics);
        var meta = Assert.IsType<ProcedureMeta>(page!.Meta);
        Assert.Equal(Purpose.Both, meta.Purpose);
        Assert.Equal([Guidance.Fluoroscopy], meta.Guidance);
        Assert.Equal(["bleeding", "infection"], meta.Risks);
        Assert.Equal(new DateOnly(2027, 1, 10), meta.NextReview);
        Assert.Equal("epidural", page.Slug);
        Assert.Equal(Collection.Procedures, page.Collection);
    }

    [Fact]
    public void Unknown_key_reports_CLS004_at_its_line_and_column_with_a_suggestion()
    {
        var (_, diagnostics) = Parse("risks/x.md", MinimalSite.Meta("X", "frequency: rare\nwarning_signs: []\nurgency: urgent\nget_help: Call.\nwarnings_signs: [a]") + "Body.\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("CLS004", error.Code);
        Assert.Equal(14, error.Span.Line);
        Assert.Equal(1, error.Span.Column);
        Assert.Contains("Did you mean 'warning_signs'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_keys_are_each_reported_as_CLS005()
    {
        var (_, diagnostics) = Parse("procedures/x.md", MinimalSite.Meta("X", "purpose: both") + "Body.\n");
        var missing = diagnostics.Where(d => d.Code == "CLS005").Select(d => d.Message).ToList();
        Assert.Equal(12, missing.Count);
        Assert.Contains(missing, m => m.Contains("'risks'", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("'region'", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("'performed_by'", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("'body_location'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scalar_where_a_list_belongs_reports_CLS006_at_the_value()
    {
        var extra = MinimalSite.ProcedureExtra.Replace("risks: [bleeding, infection]", "risks: bleeding", StringComparison.Ordinal);
        var (_, diagnostics) = Parse("procedures/x.md", MinimalSite.Meta("X", extra) + "Body.\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("CLS006", error.Code);
        Assert.Equal(8, error.Span.Column);
    }

    [Fact]
    public void An_enum_value_outside_the_allowed_set_lists_the_allowed_values()
    {
        var extra = MinimalSite.ProcedureExtra.Replace("purpose: both", "purpose: theraputic", StringComparison.Ordinal);
        var (_, diagnostics) = Parse("procedures/x.md", MinimalSite.Meta("X", extra) + "Body.\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("CLS007", error.Code);
        Assert.Contains("diagnostic, therapeutic, both", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'therapeutic'?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("15/11/2026")]
    [InlineData("2026-1-5")]
    public void Impossible_or_misformatted_dates_report_CLS007(string date)
    {
        var text = MinimalSite.Meta("X").Replace("reviewed: 2026-01-10", $"reviewed: {date}", StringComparison.Ordinal) + "Body.\n";
        var (_, diagnostics) = Parse("about.md", text);
        var error = Assert.Single(diagnostics);
        Assert.Equal("CLS007", error.Code);
        Assert.Equal(4, error.Span.Line);
    }

    [Fact]
    public void A_summary_over_160_characters_reports_CLS008()
    {
        var (_, diagnostics) = Parse("about.md", MinimalSite.Meta("X", summary: new string('a', 161)) + "Body.\n");
        Assert.Equal("CLS008", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Next_review_before_reviewed_reports_CLS009()
    {
        var text = MinimalSite.Meta("X").Replace("next_review: 2027-01-10", "next_review: 2025-01-10", StringComparison.Ordinal) + "Body.\n";
        var (_, diagnostics) = Parse("about.md", text);
        var error = Assert.Single(diagnostics);
        Assert.Equal("CLS009", error.Code);
        Assert.Equal(5, error.Span.Line);
    }

    [Fact]
    public void A_YAML_syntax_error_reports_CLS003_with_the_file_line()
    {
        var (_, diagnostics) = Parse("about.md", "---\ntitle: X\nsummary: [unclosed\nreviewed: 2026-01-10\n---\nBody.\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("CLS003", error.Code);
        Assert.InRange(error.Span.Line, 2, 5);
    }

    [Fact]
    public void Front_matter_that_is_not_closed_reports_CLS002_at_line_1()
    {
        var (_, diagnostics) = Parse("about.md", "---\ntitle: X\n\nBody.\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("CLS002", error.Code);
        Assert.Equal(1, error.Span.Line);
    }

    [Theory]
    [InlineData("procedures/Facet Joint.md", "facet-joint")]
    [InlineData("procedures/Épidural.md", "epidural")]
    public void File_names_that_are_not_slugs_report_CLS011_with_a_suggested_name(string path, string suggestion)
    {
        var (_, diagnostics) = Parse(path, MinimalSite.Meta("X", MinimalSite.ProcedureExtra) + "Body.\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("CLS011", error.Code);
        Assert.Contains($"'{suggestion}.md'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_front_matter_fails_has_its_body_errors_reported_in_the_same_run()
    {
        using var site = new TestSite();
        var text = MinimalSite.Meta("Bleeding", "frequency: sometimes\nwarning_signs: [Swelling]\nurgency: urgent\nget_help: Call your doctor today.")
            + "## What it is\n\n<div>raw</div>\n\nSee [a page](../risks/no-such-page.md).\n\n::: warning\nCareful.\n:::\n";
        site.Write("risks/bleeding.md", text);

        var result = site.Build();

        var codes = result.Diagnostics.Where(d => d.Span.Path.EndsWith("risks/bleeding.md", StringComparison.Ordinal)).Select(d => d.Code).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["CLS007", "CLS014", "CLS015", "CLS018"], codes);
        // Other pages still link to it without a cascade of "missing page" errors.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "CLS015" && !d.Span.Path.EndsWith("risks/bleeding.md", StringComparison.Ordinal));
        Assert.False(result.Written);
    }
}

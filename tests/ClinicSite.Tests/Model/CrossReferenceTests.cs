using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Model;

/// <summary>Cross-references resolve both ways: procedures list risks, specialists and checklists; those pages list the procedures back.</summary>
public sealed class CrossReferenceTests
{
    [Fact]
    public void A_risk_page_lists_the_procedures_that_carry_it()
    {
        using var site = new TestSite();
        site.BuildOk();
        var risk = site.ReadOutput("risks/bleeding/index.html");
        Assert.Contains("href=\"/procedures/epidural/\"", risk, StringComparison.Ordinal);
        var specialist = site.ReadOutput("specialists/physiatrist/index.html");
        Assert.Contains("href=\"/procedures/epidural/\"", specialist, StringComparison.Ordinal);
        var procedure = site.ReadOutput("procedures/epidural/index.html");
        Assert.Contains("href=\"/risks/infection/\"", procedure, StringComparison.Ordinal);
        Assert.Contains("href=\"/checklists/before/\"", procedure, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_risk_slug_reports_CLS012_with_a_suggestion_at_the_list_item()
    {
        using var site = new TestSite();
        site.Write("procedures/epidural.md", MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra.Replace("risks: [bleeding, infection]", "risks: [bleding, infection]", StringComparison.Ordinal)) + "Body.\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("CLS012", error.Code);
        Assert.Contains("Did you mean 'bleeding'?", error.Message, StringComparison.Ordinal);
        Assert.Equal(19, error.Span.Line);
        Assert.Equal(9, error.Span.Column);
    }

    [Fact]
    public void A_slug_from_the_wrong_collection_says_which_collection_it_is_in()
    {
        using var site = new TestSite();
        site.Write("procedures/epidural.md", MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra.Replace("risks: [bleeding, infection]", "risks: [bleeding, physiatrist]", StringComparison.Ordinal)) + "Body.\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("CLS012", error.Code);
        Assert.Contains("specialists/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_procedure_listing_itself_as_related_reports_CLS023()
    {
        using var site = new TestSite();
        site.Write("procedures/epidural.md", MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra + "\nrelated: [epidural]") + "Body.\n");
        Assert.Equal("CLS023", Assert.Single(site.Build().Diagnostics).Code);
    }

    [Fact]
    public void An_unknown_reviewer_and_an_unknown_condition_are_reported()
    {
        using var site = new TestSite();
        site.Write("procedures/epidural.md", MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra.Replace("conditions: [sciatica]", "conditions: [sciatika]", StringComparison.Ordinal)).Replace("reviewed_by: team", "reviewed_by: tem", StringComparison.Ordinal) + "Body.\n");
        var codes = site.Build().Diagnostics.Select(d => d.Code).ToList();
        Assert.Equal(["CLS010", "CLS012"], codes);
    }

    [Fact]
    public void Two_pages_that_map_to_the_same_url_are_both_reported_with_CLS013()
    {
        using var site = new TestSite();
        site.Write("procedures.md", MinimalSite.Meta("Procedures page") + "Body.\n");
        var errors = TestSite.WithCode(site.Build(), Codes.DuplicateUrl);
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("/procedures/", e.Message, StringComparison.Ordinal));
    }
}

using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Model;

/// <summary>
/// performed_by and care_team (CLS028) and per-procedure risk notes (CLS029), built end to end from a small site.
/// </summary>
public sealed class PerformerAndRiskNoteTests
{
    private const string Therapist = "specialists/physical-therapist.md";

    private static string TherapistPage(bool performs) =>
        MinimalSite.Meta("Physical therapist", $"training: [Training]\ntreats: [Stiffness]\nperforms_injections: {(performs ? "true" : "false")}") + "## What they do\n\nThey help you move.\n";

    private static string Procedure(string find, string replace) =>
        MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra.Replace(find, replace, StringComparison.Ordinal)) + "## What it is\n\nAn injection.\n";

    [Fact]
    public void A_non_performer_under_performed_by_reports_CLS028_at_the_list_item_with_the_fix()
    {
        using var site = new TestSite();
        site.Write(Therapist, TherapistPage(performs: false))
            .Write("procedures/epidural.md", Procedure("performed_by: [physiatrist]", "performed_by: [physiatrist, physical-therapist]"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(TestSite.WithCode(result, Codes.NotAPerformer));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith("procedures/epidural.md", error.Span.Path, StringComparison.Ordinal);
        Assert.Equal(20, error.Span.Line);
        Assert.Equal(29, error.Span.Column);
        Assert.Contains("'physical-therapist'", error.Message, StringComparison.Ordinal);
        Assert.Contains("performs_injections: false", error.Message, StringComparison.Ordinal);
        Assert.Contains("Move 'physical-therapist' to care_team", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_specialist_under_care_team_builds_and_shows_in_its_own_block()
    {
        using var site = new TestSite();
        site.Write(Therapist, TherapistPage(performs: false))
            .Write("procedures/epidural.md", Procedure("performed_by: [physiatrist]", "performed_by: [physiatrist]\ncare_team: [physical-therapist]"));

        site.BuildOk();

        var html = site.ReadOutput("procedures/epidural/index.html");
        var who = Between(html, "id=\"who-heading\"", "</section>");
        var care = Between(html, "id=\"care-team-heading\"", "</section>");
        Assert.Contains("href=\"/specialists/physiatrist/\"", who, StringComparison.Ordinal);
        Assert.DoesNotContain("physical-therapist", who, StringComparison.Ordinal);
        Assert.Contains("Others who may be involved in your care", care, StringComparison.Ordinal);
        Assert.Contains("href=\"/specialists/physical-therapist/\"", care, StringComparison.Ordinal);

        var therapist = site.ReadOutput("specialists/physical-therapist/index.html");
        Assert.Contains("They do not give the injections", therapist, StringComparison.Ordinal);
        Assert.Contains("Procedures where they may be part of your care", therapist, StringComparison.Ordinal);
        Assert.DoesNotContain("Procedures they may perform", therapist, StringComparison.Ordinal);
    }

    [Fact]
    public void A_specialist_page_without_performs_injections_reports_CLS005()
    {
        using var site = new TestSite();
        site.Write(Therapist, MinimalSite.Meta("Physical therapist", "training: [Training]\ntreats: [Stiffness]") + "Text.\n");

        var error = Assert.Single(TestSite.WithCode(site.Build(), Codes.MissingKey));
        Assert.Contains("performs_injections", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_procedure_without_a_region_reports_CLS005_and_an_unknown_region_CLS007()
    {
        using var site = new TestSite();
        site.Write("procedures/epidural.md", Procedure("region: spine", string.Empty));
        Assert.Contains(TestSite.WithCode(site.Build(), Codes.MissingKey), d => d.Message.Contains("'region'", StringComparison.Ordinal));

        site.Write("procedures/epidural.md", Procedure("region: spine", "region: back"));
        var error = Assert.Single(TestSite.WithCode(site.Build(), Codes.InvalidValue));
        Assert.Contains("spine, joint, head, nerve, muscle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_risk_note_for_a_risk_the_procedure_does_not_list_reports_CLS029_at_its_key()
    {
        using var site = new TestSite();
        site.Write("procedures/epidural.md", Procedure("region: spine", "region: spine\nrisk_notes:\n  bleding:\n    frequency: rare\n    note: A note."));

        var result = site.Build();

        var error = Assert.Single(TestSite.WithCode(result, Codes.RiskNoteNotListed));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(3, error.Span.Column);
        Assert.Contains("'bleding'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'bleeding'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_risk_note_replaces_the_risk_summary_and_frequency_on_that_procedure_only()
    {
        using var site = new TestSite();
        site.Write("procedures/epidural.md", Procedure("region: spine", "region: spine\nrisk_notes:\n  bleeding:\n    frequency: expected\n    note: Some bruising is expected with this one."));

        site.BuildOk();

        var risks = Between(site.ReadOutput("procedures/epidural/index.html"), "id=\"risks-heading\"", "</section>");
        var bleeding = Between(risks, "href=\"/risks/bleeding/\"", "</li>");
        Assert.Contains("Expected", bleeding, StringComparison.Ordinal);
        Assert.Contains("Some bruising is expected with this one.", bleeding, StringComparison.Ordinal);
        Assert.DoesNotContain("A short summary of the page.", bleeding, StringComparison.Ordinal);
        Assert.DoesNotContain("Rare", bleeding, StringComparison.Ordinal);
        var infection = Between(risks, "href=\"/risks/infection/\"", "</li>");
        Assert.Contains("Rare", infection, StringComparison.Ordinal);
    }

    [Fact]
    public void A_risk_note_without_a_note_reports_CLS005()
    {
        using var site = new TestSite();
        site.Write("procedures/epidural.md", Procedure("region: spine", "region: spine\nrisk_notes:\n  bleeding:\n    frequency: expected"));
        Assert.Contains(TestSite.WithCode(site.Build(), Codes.MissingKey), d => d.Message.Contains("risk_notes.bleeding.note", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_guidance_leaves_the_row_out_instead_of_guessing()
    {
        using var site = new TestSite();
        site.Write("procedures/epidural.md", Procedure("guidance: [fluoroscopy]", "guidance: []"));

        site.BuildOk();

        var html = site.ReadOutput("procedures/epidural/index.html");
        Assert.DoesNotContain("How the needle is guided", html, StringComparison.Ordinal);
        Assert.DoesNotContain("An injection guided by", html, StringComparison.Ordinal);
    }

    private static string Between(string text, string start, string end)
    {
        var i = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{start}' not found");
        var j = text.IndexOf(end, i, StringComparison.Ordinal);
        return text[i..(j < 0 ? text.Length : j)];
    }
}

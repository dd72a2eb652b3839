using ClinicSite.Cli;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.BadInput;

/// <summary>When many files are broken, one run reports every error, sorted by file, then line, then column.</summary>
public sealed class ManyBrokenFilesTests
{
    [Fact]
    public void One_run_reports_every_error_in_every_broken_file_sorted_by_file_and_line()
    {
        using var site = new TestSite();
        site.BuildOk();
        var before = SiteSnapshot.Of(site.Output);
        site.Write("risks/bleeding.md", CasePages.RiskWith("reviewed: 2026-01-10", "reviewed: 2026-02-30").Replace("urgency: urgent", "urgency: urgnet", StringComparison.Ordinal));
        site.Write("procedures/epidural.md", CasePages.ProcedureWith("risks: [bleeding, infection]", "risks: [infection, bleding]") + "\n<b>bold</b> and [x](#nowhere).\n");
        site.Write("specialists/physiatrist.md", MinimalSite.Meta("Physiatrist", "training: Medical school\ntreats: [Back pain]\nsumary: x") + "## What they do\n\nThey help.\n");
        site.Write("checklists/before.md", string.Empty);
        site.Write("_data/glossary.yml", "- term: Fluoroscopy\n  definition: A live X-ray video.\n- term: fluoroscopy\n  definition: Again.\n");

        var (exit, stdout, stderr) = BadInputTests.RunCli(site);

        Assert.Equal(ExitCode.ContentErrors, exit);
        var reported = ReportedDiagnostic.ParseAll(stderr).Where(d => d.Severity == "error").ToList();
        var found = reported.Select(d => $"{d.RelativeTo(site.Root)}:{d.Line}:{d.Code}").ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            "input/_data/glossary.yml:0:CLS021",
            "input/checklists/before.md:0:CLS024",
            "input/procedures/epidural.md:19:CLS012",
            "input/procedures/epidural.md:29:CLS014",
            "input/procedures/epidural.md:29:CLS016",
            "input/risks/bleeding.md:4:CLS007",
            "input/risks/bleeding.md:12:CLS007",
            "input/specialists/physiatrist.md:10:CLS006",
            "input/specialists/physiatrist.md:12:CLS004",
        ];
        Assert.All(expected, e => Assert.True(found.Contains(e), $"Missing {e}; the build printed:\n{stderr}"));

        var order = reported.Select(d => (d.Path, d.Line, d.Column)).ToList();
        var sorted = order.OrderBy(x => x.Path, StringComparer.Ordinal).ThenBy(x => x.Line).ThenBy(x => x.Column).ToList();
        Assert.Equal(sorted, order);
        Assert.Contains($"Failed with {reported.Count} error(s)", stdout, StringComparison.Ordinal);
        SiteSnapshot.Of(site.Output).AssertSameAs(before);
    }

    [Fact]
    public void A_missing_reference_in_one_page_does_not_hide_errors_in_the_page_it_points_to()
    {
        using var site = new TestSite();
        site.Write("risks/bleeding.md", CasePages.RiskWith("next_review: 2027-01-10", "next_review: 2025-01-10"));
        site.Write("procedures/epidural.md", CasePages.ProcedureWith("performed_by: [physiatrist]", "performed_by: [physiatrists]"));

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == Codes.ReviewDates.Id && d.Span.Path.EndsWith("risks/bleeding.md", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.UnknownReference.Id && d.Message.Contains("Did you mean 'physiatrist'?", StringComparison.Ordinal));
    }
}

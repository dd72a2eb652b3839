using System.Text.Json.Nodes;
using ClinicSite.Cli.Commands;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Engine.Reports;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Reports;

/// <summary>The editors' report: what each row says, and the table, JSON and CSV forms of it.</summary>
public sealed class ReportTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void Each_page_gets_a_row_with_words_grade_dates_days_until_due_and_links()
    {
        using var site = new TestSite();
        var rows = Report(site);

        Assert.Equal(11, rows.Count);
        var epidural = rows.Single(r => r.Path == "procedures/epidural.md");
        Assert.Equal(Collection.Procedures, epidural.Collection);
        Assert.Equal("/procedures/epidural/", epidural.Url);
        Assert.Equal("Epidural", epidural.Title);
        Assert.Equal(7, epidural.Words); // "An injection guided by fluoroscopy. See bleeding." (the heading is left out)
        Assert.Equal(new DateOnly(2026, 1, 10), epidural.Reviewed);
        Assert.Equal(new DateOnly(2027, 1, 10), epidural.NextReview);
        Assert.Equal(51, epidural.DaysUntilDue);
        Assert.Equal(0, epidural.Inbound);
        Assert.Equal(4, epidural.Outbound); // bleeding (body and risks), infection, physiatrist, before
        Assert.Equal(1, rows.Single(r => r.Path == "risks/infection.md").Inbound);
    }

    [Fact]
    public void Rows_are_grouped_by_collection_with_the_section_page_first()
    {
        using var site = new TestSite();
        var paths = Report(site).Select(r => r.Path).ToList();

        Assert.Equal(
            ["glossary.md", "index.md", "procedures/_index.md", "procedures/epidural.md", "specialists/_index.md", "specialists/physiatrist.md",
             "checklists/_index.md", "checklists/before.md", "risks/_index.md", "risks/bleeding.md", "risks/infection.md"],
            paths);
    }

    [Fact]
    public void Flags_mark_overdue_hard_to_read_and_orphan_pages()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About us") + "Interventional anesthesiologists always administer corticosteroid medications epidurally utilizing fluoroscopic visualization.\n");
        site.Write("risks/infection.md", File.ReadAllText(site.FullPath("risks/infection.md")).Replace("next_review: 2027-01-10", "next_review: 2026-11-01", StringComparison.Ordinal));

        var rows = Report(site);

        var about = rows.Single(r => r.Path == "about.md");
        Assert.Equal(PageFlags.HardToRead | PageFlags.Orphan, about.Flags);
        Assert.Equal(["hard-to-read", "orphan"], about.FlagNames);
        var infection = rows.Single(r => r.Path == "risks/infection.md");
        Assert.Equal(PageFlags.Overdue, infection.Flags);
        Assert.Equal(-19, infection.DaysUntilDue);
        Assert.Equal(PageFlags.Orphan, rows.Single(r => r.Path == "procedures/epidural.md").Flags);
        Assert.Equal(PageFlags.None, rows.Single(r => r.Path == "risks/bleeding.md").Flags);
        Assert.Equal(PageFlags.None, rows.Single(r => r.Path == "index.md").Flags); // home, section and glossary pages are reached from the menus and term links
        Assert.Equal(PageFlags.None, rows.Single(r => r.Path == "glossary.md").Flags);
        Assert.Equal(PageFlags.None, rows.Single(r => r.Path == "procedures/_index.md").Flags);
    }

    [Fact]
    public void A_page_linked_from_the_footer_in_site_yml_is_not_an_orphan()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About us") + "We are a clinic.\n");
        site.Write("_data/site.yml", MinimalSite.SiteYml + "\nfooter:\n  - title: About\n    page: about.md\n");

        Assert.Equal(PageFlags.None, Report(site).Single(r => r.Path == "about.md").Flags);
    }

    [Fact]
    public void JSON_is_an_array_of_page_objects()
    {
        using var site = new TestSite();
        var rows = Report(site);

        var json = JsonNode.Parse(ReportText.Json(rows))!.AsArray();

        Assert.Equal(rows.Count, json.Count);
        var epidural = json.Single(p => (string?)p!["path"] == "procedures/epidural.md")!;
        Assert.Equal("procedures", (string?)epidural["collection"]);
        Assert.Equal("/procedures/epidural/", (string?)epidural["url"]);
        Assert.Equal("Epidural", (string?)epidural["title"]);
        Assert.Equal(7, (int)epidural["words"]!);
        Assert.Equal(Math.Round(rows.Single(r => r.Title == "Epidural").Grade, 1), (double)epidural["grade"]!);
        Assert.Equal("2026-01-10", (string?)epidural["reviewed"]);
        Assert.Equal("2027-01-10", (string?)epidural["nextReview"]);
        Assert.Equal(51, (int)epidural["daysUntilDue"]!);
        Assert.Equal(0, (int)epidural["inbound"]!);
        Assert.Equal(4, (int)epidural["outbound"]!);
        Assert.Equal("[\"orphan\"]", epidural["flags"]!.ToJsonString());
    }

    [Fact]
    public void CSV_has_a_header_and_one_record_per_page_with_quoting_for_commas_and_quotes()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("\"About, us\"") + "We are a clinic.\n");
        var rows = Report(site);

        var lines = ReportText.Csv(rows).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Collection,Title,Path,URL,Words,Grade,Reading ease,Reviewed,Next review,Due in days,Inbound,Outbound,Flags", lines[0]);
        Assert.Equal(rows.Count + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("pages,\"About, us\",about.md,/about/,4,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("procedures,Epidural,procedures/epidural.md,/procedures/epidural/,7,", StringComparison.Ordinal) && l.EndsWith(",2026-01-10,2027-01-10,51,0,4,orphan", StringComparison.Ordinal));
        Assert.Equal("\"say \"\"hi\"\"\"", CsvOf("say \"hi\""));
    }

    [Fact]
    public void Plain_table_has_aligned_columns_and_a_totals_line()
    {
        using var site = new TestSite();
        var rows = Report(site);

        var lines = ReportText.Table(rows).TrimEnd('\n').Split('\n');

        Assert.StartsWith("Collection   Title", lines[0], StringComparison.Ordinal);
        Assert.Matches("^-+  -+", lines[1]);
        Assert.Equal(rows.Count + 3, lines.Length);
        Assert.Matches(@"^procedures\s+Epidural\s+7\s+\S+\s+2026-01-10\s+2027-01-10\s+51\s+0\s+4\s+orphan$", lines.Single(l => l.Contains("Epidural", StringComparison.Ordinal)));
        Assert.Equal("11 pages: 0 overdue, 0 hard to read, 1 orphaned.", lines[^1]);
        var gradeColumn = lines[0].IndexOf("Grade", StringComparison.Ordinal) + "Grade".Length;
        Assert.All(lines[2..^1], l => Assert.Matches(@"\d$", l[..gradeColumn]));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("table")]
    public void CLI_report_prints_each_format_on_stdout(string format)
    {
        using var site = new TestSite();

        var (code, stdout, stderr) = CliRunner.Run("report", "--input", site.Input, "--theme", site.Theme, "--format", format, "--today", "2026-11-20");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        var expected = ReportText.Format(Report(site), Enum.Parse<ReportFormat>(format, ignoreCase: true));
        Assert.Equal(expected, stdout);
    }

    [Fact]
    public void CLI_report_counts_days_from_the_today_option_and_notes_warnings_on_stderr()
    {
        using var site = new TestSite();

        var (code, stdout, stderr) = CliRunner.Run("report", "--input", site.Input, "--theme", site.Theme, "--format", "json", "--today", "2027-01-12");

        Assert.Equal(0, code);
        var epidural = JsonNode.Parse(stdout)!.AsArray().Single(p => (string?)p!["title"] == "Epidural")!;
        Assert.Equal(-2, (int)epidural["daysUntilDue"]!);
        Assert.Contains("overdue", epidural["flags"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("warning(s); run check to see them", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void CLI_report_without_site_yml_exits_1_with_the_error()
    {
        using var site = new TestSite();
        site.Delete("_data/site.yml");

        var (code, stdout, stderr) = CliRunner.Run("report", "--input", site.Input, "--theme", site.Theme);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("error CLS021", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void CLI_report_rejects_a_bad_date_and_an_unknown_format_with_exit_code_2()
    {
        using var site = new TestSite();
        Assert.Equal(2, CliRunner.Run("report", "--input", site.Input, "--today", "20/11/2026").Code);
        Assert.Equal(2, CliRunner.Run("report", "--input", site.Input, "--format", "xml").Code);
    }

    [Fact]
    public void Terminal_table_is_drawn_by_Spectre_with_every_page_and_the_totals()
    {
        using var site = new TestSite();
        var rows = Report(site);
        using var writer = new StringWriter();

        ReportCommand.WriteSpectreTable(rows, writer, width: 200);

        var text = writer.ToString();
        Assert.All(rows, r => Assert.Contains(r.Title, text, StringComparison.Ordinal));
        Assert.Contains("Due in days", text, StringComparison.Ordinal);
        Assert.Contains("11 pages: 0 overdue", text, StringComparison.Ordinal);
        Assert.Contains("╭", text, StringComparison.Ordinal); // a drawn border, unlike the plain table
    }

    private static IReadOnlyList<PageReport> Report(TestSite site)
    {
        var result = SiteBuild.Run(new BuildOptions { Input = site.Input, Theme = site.Theme, Write = false, Today = Today });
        return BuildReport.Run(result.Site!, Today);
    }

    private static string CsvOf(string title) =>
        ReportText.Csv([new PageReport
        {
            Collection = Collection.Pages, Path = "x.md", Url = "/x/", Title = title, Words = 1, Grade = 1, ReadingEase = 1,
            Reviewed = Today, NextReview = Today, DaysUntilDue = 0, Inbound = 0, Outbound = 0, Flags = PageFlags.None,
        }]).Split("\r\n")[1].Split(',')[1];

}

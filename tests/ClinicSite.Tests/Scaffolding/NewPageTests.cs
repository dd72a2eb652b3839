using System.Text.RegularExpressions;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Scaffolding;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Scaffolding;

/// <summary>'new': a page per collection that the build flags until its placeholders are replaced, and then builds.</summary>
public sealed partial class NewPageTests
{
    private static readonly DateOnly Today = DateOnly.Parse(TestSite.Today, System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, string> Kinds => new()
    {
        { "procedure", "procedures/lumbar-medial-branch-block.md" },
        { "specialist", "specialists/lumbar-medial-branch-block.md" },
        { "checklist", "checklists/lumbar-medial-branch-block.md" },
        { "risk", "risks/lumbar-medial-branch-block.md" },
        { "page", "lumbar-medial-branch-block.md" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void New_page_is_flagged_until_its_placeholders_are_replaced_and_then_builds_cleanly(string kind, string path)
    {
        using var site = new TestSite();

        var created = ScaffoldPage.Run(site.Input, kind, "Lumbar medial branch block", Today);

        Assert.True(created.Created, created.Message);
        Assert.EndsWith(path, created.DisplayPath, StringComparison.Ordinal);
        var before = site.Build(write: false);
        var placeholders = TestSite.WithCode(before, Codes.Placeholder);
        Assert.NotEmpty(placeholders);
        Assert.All(placeholders, d => Assert.EndsWith(path, d.Span.Path, StringComparison.Ordinal));
        Assert.Equal(Codes.Placeholder.Id, Assert.Single(before.Diagnostics.Select(d => d.Code).Distinct()));
        Assert.False(before.Succeeded);

        site.Write(path, Placeholder().Replace(File.ReadAllText(site.FullPath(path)), "Plain words here"));
        var after = site.Build();

        Assert.True(after.Succeeded, string.Join('\n', after.Diagnostics));
        Assert.Empty(after.Diagnostics);
        Assert.True(site.OutputExists(PageAddress.OutputPath(after.Site!.Pages.Single(p => p.Title == "Lumbar medial branch block").Url)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void New_page_has_every_required_field_the_dates_and_the_standard_headings(string kind, string path)
    {
        using var site = new TestSite();
        ScaffoldPage.Run(site.Input, kind, "Lumbar medial branch block", Today);
        var text = File.ReadAllText(site.FullPath(path));
        var template = PageTemplates.Kinds[kind];

        foreach (var field in SchemaModel.Fields(template.Meta).Where(f => f.Required))
        {
            Assert.Matches($"(?m)^{field.Key}:", text);
        }

        Assert.Contains("\ntitle: Lumbar medial branch block\n", text, StringComparison.Ordinal);
        Assert.Contains("\nreviewed: 2026-11-20\n", text, StringComparison.Ordinal);
        Assert.Contains("\nnext_review: 2027-11-20\n", text, StringComparison.Ordinal);
        Assert.Contains("\nreviewed_by: team\n", text, StringComparison.Ordinal);
        Assert.All(template.Sections, s => Assert.Contains($"\n## {s.Heading}\n", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Procedure_headings_are_the_ones_every_real_procedure_uses()
    {
        var real = Directory.GetFiles(Path.Combine(RepoPaths.Input, "procedures"), "*.md")
            .Where(f => !f.EndsWith("_index.md", StringComparison.Ordinal))
            .Select(f => File.ReadAllLines(f).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToHashSet(StringComparer.Ordinal))
            .Aggregate((a, b) => { a.IntersectWith(b); return a; });

        Assert.Equal(real.Order(StringComparer.Ordinal), PageTemplates.Kinds["procedure"].Sections.Select(s => s.Heading).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void New_never_overwrites_an_existing_page()
    {
        using var site = new TestSite();
        var original = File.ReadAllText(site.FullPath("risks/bleeding.md"));

        var result = ScaffoldPage.Run(site.Input, "risk", "Bleeding", Today);

        Assert.False(result.Created);
        Assert.Contains("already exists", result.Message, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(site.FullPath("risks/bleeding.md")));
    }

    [Theory]
    [InlineData("Lumbar medial branch block", "lumbar-medial-branch-block")]
    [InlineData("  What's a   nerve block?  ", "whats-a-nerve-block")]
    [InlineData("Café & résumé: C7–T1", "cafe-resume-c7-t1")]
    [InlineData("!!!", "page")]
    public void The_slug_is_lowercase_letters_digits_and_single_hyphens(string title, string slug) =>
        Assert.Equal(slug, ScaffoldPage.Slug(title));

    [Fact]
    public void A_title_YAML_would_misread_is_quoted()
    {
        using var site = new TestSite();
        ScaffoldPage.Run(site.Input, "page", "Note: \"yes\" means yes", Today);

        var text = File.ReadAllText(site.FullPath("note-yes-means-yes.md"));

        Assert.Contains("\ntitle: \"Note: \\\"yes\\\" means yes\"\n", text, StringComparison.Ordinal);
        var page = site.Build(write: false).Site!.Pages.Single(p => p.Source.Slug == "note-yes-means-yes");
        Assert.Equal("Note: \"yes\" means yes", page.Title);
    }

    [Fact]
    public void Without_a_reviewer_in_site_yml_reviewed_by_is_a_placeholder_too()
    {
        using var site = new TestSite();
        site.Delete("_data/site.yml");

        ScaffoldPage.Run(site.Input, "checklist", "Going home", Today);

        Assert.Contains("\nreviewed_by: \"TODO: Id of a reviewer", File.ReadAllText(site.FullPath("checklists/going-home.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void CLI_new_writes_the_page_and_refuses_a_second_time_with_exit_code_2()
    {
        using var site = new TestSite();

        var (code, stdout, stderr) = CliRunner.Run("new", "procedure", "Lumbar medial branch block", "--input", site.Input);
        var (again, _, error) = CliRunner.Run("new", "procedure", "Lumbar medial branch block", "--input", site.Input);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("Created ", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(site.FullPath("procedures/lumbar-medial-branch-block.md")));
        Assert.Equal(2, again);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CLI_new_rejects_an_unknown_kind()
    {
        using var site = new TestSite();
        var (code, _, stderr) = CliRunner.Run("new", "procedures", "Something", "--input", site.Input);
        Assert.Equal(2, code);
        Assert.Contains("procedures", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(site.Input, "something.md", SearchOption.AllDirectories));
    }


    // Every placeholder: quoted values, "# TODO:" comments, body lines and checklist tasks.
    [GeneratedRegex("TODO:[^\"\\n]*")]
    private static partial Regex Placeholder();
}

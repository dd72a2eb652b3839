using System.Globalization;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Pipeline;

/// <summary>serve's incremental rebuilds: the same result as a full build from the first run (an empty cache) on, with only the affected pages redone.</summary>
public sealed class IncrementalBuildTests
{
    private static readonly string Bleeding = MinimalSite.Meta("Bleeding", "frequency: rare\nwarning_signs: [Swelling]\nurgency: urgent\nget_help: Call your doctor today.") + "## What it is\n\nSome bleeding.\n";

    private static readonly Dictionary<string, Action<TestSite>> Edits = new()
    {
        ["a page body"] = s => s.Write("procedures/epidural.md", MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra) + "## What it is\n\nNew words. See [bleeding](../risks/bleeding.md#what-it-is).\n"),
        ["a risk title"] = s => s.Write("risks/bleeding.md", Bleeding.Replace("title: Bleeding", "title: Bleeding and bruising", StringComparison.Ordinal)),
        ["a risk summary"] = s => s.Write("risks/bleeding.md", Bleeding.Replace("A short summary of the page.", "Blood where the needle went in.", StringComparison.Ordinal)),
        ["a heading a link points to"] = s => s.Write("risks/bleeding.md", Bleeding.Replace("## What it is", "## What happens", StringComparison.Ordinal)),
        ["a page added"] = s => s.Write("risks/bruising.md", Bleeding.Replace("title: Bleeding", "title: Bruising", StringComparison.Ordinal)),
        ["a page removed"] = s => s.Delete("risks/infection.md"),
        ["a page removed and its listing"] = s => s.Delete("risks/infection.md").Write("procedures/epidural.md", MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra.Replace("[bleeding, infection]", "[bleeding]", StringComparison.Ordinal)) + "## What it is\n\nText.\n"),
        ["a layout"] = s => File.AppendAllText(s.FullPath("theme/layouts/risk.sbn-html"), "\n<p>Risk layout changed.</p>\n"),
        ["a partial"] = s => File.WriteAllText(s.FullPath("theme/partials/footer.sbn-html"), File.ReadAllText(s.FullPath("theme/partials/footer.sbn-html")).Replace("</footer>", "<p>Footer changed.</p></footer>", StringComparison.Ordinal)),
        ["site.yml"] = s => s.Write("_data/site.yml", MinimalSite.SiteYml.Replace("name: Test Clinic", "name: Renamed Clinic", StringComparison.Ordinal)),
        ["the glossary"] = s => s.Write("_data/glossary.yml", "- term: Fluoroscopy\n  definition: A live X-ray video.\n- term: Injection\n  definition: A shot.\n"),
        ["the stylesheet"] = s => File.AppendAllText(s.FullPath("theme/assets/css/site.css"), "\n.changed { color: red; }\n"),
        ["a static file"] = s => s.WriteBytes("procedures/diagram.png", [0x89, 0x50, 0x4E, 0x47]),
        ["a layout link to a missing page"] = s => File.AppendAllText(s.FullPath("theme/layouts/risk.sbn-html"), "\n<p><a href=\"/nowhere/\">Nowhere</a></p>\n"),
        ["a placeholder left in"] = s => s.Write("risks/infection.md", MinimalSite.Meta("Infection", "frequency: rare\nwarning_signs: [Fever]\nurgency: urgent\nget_help: Call your doctor today.") + "## What it is\n\nTODO: describe the infection.\n"),
        ["a hard-to-read page"] = s => s.Write("risks/infection.md", MinimalSite.Meta("Infection", "frequency: rare\nwarning_signs: [Fever]\nurgency: urgent\nget_help: Call your doctor today.") + "## What it is\n\nPostprocedural periprocedural microbiological contamination necessitates comprehensive antimicrobial pharmacotherapeutic intervention considerations.\n"),
        ["a hard glossary definition"] = s => s.Write("_data/glossary.yml", "- term: Fluoroscopy\n  definition: Continuous radiographic visualisation facilitating interventional anatomical localisation, unquestionably indispensable methodological instrumentation.\n"),
        ["broken front matter"] = s => s.Write("risks/bleeding.md", "---\ntitle: Bleeding\n"),
    };

    private static readonly string[] RiskPages = ["risks/bleeding/index.html", "risks/infection/index.html"];

    public static TheoryData<string> EditNames => new(Edits.Keys);

    [Theory]
    [MemberData(nameof(EditNames))]
    public void After_an_edit_the_rebuild_matches_a_full_build(string edit)
    {
        using var site = new TestSite();
        var build = FirstRun(site);

        Edits[edit](site);
        var rebuilt = build.Run();
        var full = SiteBuild.Run(Options(site, Path.Combine(site.Root, "full")));

        Assert.Equal(full.Diagnostics, rebuilt.Build.Diagnostics);
        Assert.Equal(full.Succeeded, rebuilt.Succeeded);
        if (full.Succeeded)
        {
            AssertSameFolder(Path.Combine(site.Root, "full"), site.Output);
        }
    }

    [Fact]
    public void A_series_of_edits_matches_a_full_build_after_each()
    {
        using var site = new TestSite();
        var build = FirstRun(site);
        foreach (var (name, edit) in Edits)
        {
            edit(site);
            var rebuilt = build.Run();
            var full = SiteBuild.Run(Options(site, Path.Combine(site.Root, "full")));

            Assert.True(full.Diagnostics.SequenceEqual(rebuilt.Build.Diagnostics), $"Diagnostics differ after editing {name}.");
            if (full.Succeeded)
            {
                AssertSameFolder(Path.Combine(site.Root, "full"), site.Output);
            }
        }
    }

    [Fact]
    public void On_the_real_site_rebuilds_after_edits_match_a_full_build()
    {
        using var site = new TestSite(withMinimalSite: false);
        TestSite.CopyDirectory(RepoPaths.Input, site.Input);
        var (build, first) = FirstRunOf(site);
        var procedure = Directory.EnumerateFiles(Path.Combine(site.Input, "procedures"), "*.md").Where(f => !f.EndsWith("_index.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        var risk = Directory.EnumerateFiles(Path.Combine(site.Input, "risks"), "*.md").Where(f => !f.EndsWith("_index.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();

        File.AppendAllText(procedure, "\nOne more plain sentence.\n");
        var afterBody = build.Run();
        var fullAfterBody = SiteBuild.Run(Options(site, Path.Combine(site.Root, "full-1")));
        File.WriteAllText(risk, File.ReadAllText(risk).Replace("\ntitle: ", "\ntitle: Renamed ", StringComparison.Ordinal));
        var afterTitle = build.Run();
        var fullAfterTitle = SiteBuild.Run(Options(site, Path.Combine(site.Root, "full-2")));

        Assert.True(first.Succeeded, string.Join('\n', first.Build.Diagnostics.Where(d => d.Severity == Severity.Error)));
        Assert.Equal(fullAfterBody.Diagnostics, afterBody.Build.Diagnostics);
        Assert.Single(afterBody.Written, f => !IsSearchIndex(f));
        Assert.Equal(fullAfterTitle.Diagnostics, afterTitle.Build.Diagnostics);
        Assert.True(afterTitle.Written.Count > 2, string.Join(", ", afterTitle.Written));
        AssertSameFolder(Path.Combine(site.Root, "full-2"), site.Output);
    }

    [Theory]
    [InlineData("a hard-to-read page", "CLS042", "infection.md")]
    [InlineData("a hard glossary definition", "CLS042", "glossary.yml")]
    [InlineData("a placeholder left in", "CLS043", "infection.md")]
    public void A_page_check_finding_is_still_reported_after_a_rebuild_for_another_page(string edit, string code, string file)
    {
        using var site = new TestSite();
        var build = FirstRun(site);
        Edits[edit](site);
        var first = build.Run();

        Edits["a page body"](site);
        var second = build.Run();

        Assert.Single(first.Build.Diagnostics, d => d.Code == code && d.Span.Path.EndsWith(file, StringComparison.Ordinal));
        Assert.Single(second.Build.Diagnostics, d => d.Code == code && d.Span.Path.EndsWith(file, StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_edit_renders_and_writes_only_that_page()
    {
        using var site = new TestSite();
        var build = FirstRun(site);

        Edits["a page body"](site);
        var rebuilt = build.Run();

        Assert.True(rebuilt.Succeeded);
        Assert.Equal(1, rebuilt.PagesRendered);
        // Besides the page, only the search index changes: its manifest and the fingerprinted files whose content changed.
        Assert.Equal("procedures/epidural/index.html", Assert.Single(rebuilt.Written, f => !IsSearchIndex(f)));
        Assert.Contains("search/index.json", rebuilt.Written);
        Assert.All(rebuilt.Removed, f => Assert.True(IsSearchIndex(f), f));
        Assert.Contains("New words.", site.ReadOutput("procedures/epidural/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_risk_title_change_rewrites_the_procedures_that_list_it_and_the_section_index()
    {
        using var site = new TestSite();
        var build = FirstRun(site);

        Edits["a risk title"](site);
        var rebuilt = build.Run();

        Assert.Contains("risks/bleeding/index.html", rebuilt.Written);
        Assert.Contains("procedures/epidural/index.html", rebuilt.Written);
        Assert.Contains("risks/index.html", rebuilt.Written);
        Assert.DoesNotContain("risks/infection/index.html", rebuilt.Written);
        Assert.Contains("Bleeding and bruising", site.ReadOutput("procedures/epidural/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_change_rewrites_only_the_pages_that_use_it()
    {
        using var site = new TestSite();
        var build = FirstRun(site);

        Edits["a layout"](site);
        var rebuilt = build.Run();

        Assert.Equal(RiskPages, rebuilt.Written);
        Assert.Contains("Risk layout changed.", site.ReadOutput("risks/infection/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_a_heading_reports_the_broken_anchor_on_the_unchanged_page_that_links_to_it()
    {
        using var site = new TestSite();
        var build = FirstRun(site);

        Edits["a heading a link points to"](site);
        var rebuilt = build.Run();

        var error = Assert.Single(rebuilt.Build.Diagnostics, d => d.Code == Codes.MissingAnchor.Id);
        Assert.EndsWith("epidural.md", error.Span.Path, StringComparison.Ordinal);
        Assert.False(rebuilt.Succeeded);
    }

    [Fact]
    public void A_heading_change_breaks_the_template_link_into_it_on_the_unchanged_page_that_has_it()
    {
        using var site = new TestSite();
        site.Write("procedures/epidural.md", MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra) + "## What it is\n\nNo links in the text.\n");
        File.AppendAllText(site.FullPath("theme/layouts/procedure.sbn-html"), "\n<p><a href=\"/risks/bleeding/#what-it-is\">What bleeding is</a></p>\n");
        var build = FirstRun(site);

        Edits["a heading a link points to"](site);
        var rebuilt = build.Run();
        var full = SiteBuild.Run(Options(site, Path.Combine(site.Root, "full")));

        var error = Assert.Single(rebuilt.Build.Diagnostics, d => d.Code == Codes.BrokenFragment.Id);
        Assert.EndsWith("epidural.md", error.Span.Path, StringComparison.Ordinal);
        Assert.Equal(full.Diagnostics, rebuilt.Build.Diagnostics);
    }

    [Fact]
    public void Adding_the_missing_page_mends_the_link_to_it()
    {
        using var site = new TestSite();
        site.Write("procedures/epidural.md", MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra) + "## What it is\n\nSee [bruising](../risks/bruising.md).\n");
        var (build, before) = FirstRunOf(site);

        Edits["a page added"](site);
        var after = build.Run();

        Assert.Single(before.Build.Diagnostics, d => d.Code == Codes.MissingPage.Id);
        Assert.True(after.Succeeded, string.Join('\n', after.Build.Diagnostics));
        Assert.Contains("href=\"/risks/bruising/\"", site.ReadOutput("procedures/epidural/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_the_missing_image_mends_the_unchanged_page_that_shows_it()
    {
        using var site = new TestSite();
        site.Write("procedures/epidural.md", MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra) + "## What it is\n\n![The spine](diagram.png)\n");
        var (build, before) = FirstRunOf(site);

        Edits["a static file"](site);
        var after = build.Run();
        var full = SiteBuild.Run(Options(site, Path.Combine(site.Root, "full")));

        Assert.Single(before.Build.Diagnostics, d => d.Code == Codes.MissingFile.Id);
        Assert.True(after.Succeeded, string.Join('\n', after.Build.Diagnostics));
        Assert.Contains("src=\"/procedures/diagram.png\"", site.ReadOutput("procedures/epidural/index.html"), StringComparison.Ordinal);
        AssertSameFolder(Path.Combine(site.Root, "full"), site.Output);
    }

    [Fact]
    public void A_failed_rebuild_writes_nothing_and_keeps_the_last_good_files()
    {
        using var site = new TestSite();
        var build = FirstRun(site);
        var before = site.ReadOutput("risks/bleeding/index.html");

        Edits["broken front matter"](site);
        var rebuilt = build.Run();

        Assert.False(rebuilt.Succeeded);
        Assert.Empty(rebuilt.Written);
        Assert.Empty(rebuilt.Removed);
        Assert.Equal(before, site.ReadOutput("risks/bleeding/index.html"));
    }

    [Fact]
    public void Removing_a_page_removes_its_file_and_folder()
    {
        using var site = new TestSite();
        var build = FirstRun(site);

        Edits["a page removed and its listing"](site);
        var rebuilt = build.Run();

        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Build.Diagnostics));
        Assert.Contains("risks/infection/index.html", rebuilt.Removed);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "risks", "infection")));
    }

    [Fact]
    public void A_stylesheet_only_change_is_a_swap_and_a_stylesheet_with_a_page_edit_is_not()
    {
        using var site = new TestSite();
        var build = FirstRun(site);

        Edits["the stylesheet"](site);
        var cssOnly = build.Run();
        File.AppendAllText(site.FullPath("theme/assets/css/site.css"), "\n.again { color: blue; }\n");
        Edits["a page body"](site);
        var both = build.Run();

        var (from, to) = Assert.Single(cssOnly.StylesheetSwaps);
        Assert.True(cssOnly.StylesOnly);
        Assert.Matches(@"^/assets/css/site\.[0-9a-f]{10}\.css$", from);
        Assert.Contains(to.TrimStart('/'), cssOnly.Written);
        Assert.Contains(from.TrimStart('/'), cssOnly.Removed);
        Assert.False(both.StylesOnly);
        Assert.True(both.Changed);
    }

    [Fact]
    public void A_rebuild_with_no_change_writes_nothing_and_renders_nothing()
    {
        using var site = new TestSite();
        var build = FirstRun(site);

        var rebuilt = build.Run();

        Assert.True(rebuilt.Succeeded);
        Assert.False(rebuilt.Changed);
        Assert.Equal(0, rebuilt.PagesRendered);
    }

    /// <summary>serve's builder after its first run, which starts from an empty cache and must succeed and equal a full build.</summary>
    private static IncrementalBuild FirstRun(TestSite site)
    {
        var (build, first) = FirstRunOf(site);
        Assert.True(first.Succeeded, string.Join('\n', first.Build.Diagnostics));
        return build;
    }

    /// <summary>serve's builder and its first run, which renders every page and equals a full build, succeeding or not.</summary>
    private static (IncrementalBuild Build, RebuildResult First) FirstRunOf(TestSite site)
    {
        var build = new IncrementalBuild(Options(site, site.Output));
        var first = build.Run();
        var output = Path.Combine(site.Root, "full-cold");
        var full = SiteBuild.Run(Options(site, output));

        Assert.Equal(full.Diagnostics, first.Build.Diagnostics);
        Assert.Equal(full.Succeeded, first.Succeeded);
        if (full.Succeeded)
        {
            AssertSameFolder(output, site.Output);
            Assert.Equal(Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count(), first.PagesRendered);
        }

        return (build, first);
    }

    private static BuildOptions Options(TestSite site, string output) => new()
    {
        Input = site.Input,
        Theme = site.Theme,
        Output = output,
        Today = DateOnly.Parse(TestSite.Today, CultureInfo.InvariantCulture),
    };

    private static void AssertSameFolder(string expected, string actual)
    {
        static List<string> Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();

        var files = Files(expected);
        Assert.Equal(files, Files(actual));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs from a full build.");
        }
    }

    private static bool IsSearchIndex(string path) => path == "search/index.json" || path.StartsWith("assets/search/", StringComparison.Ordinal);
}

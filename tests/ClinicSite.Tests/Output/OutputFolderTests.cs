using ClinicSite.Engine.Output;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Output;

/// <summary>
/// ClinicSite replaces only a folder it made: empty, or carrying its mark with nothing the mark does not list, or an
/// output of a release from before the mark whose every file is one ClinicSite writes.
/// </summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void Every_build_marks_its_output_with_the_list_of_files_it_wrote()
    {
        using var site = new TestSite();
        site.BuildOk();

        var listed = OutputMark.Read(site.Output);
        var onDisk = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => f != OutputMark.FileName)
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotNull(listed);
        Assert.Contains("index.html", listed);
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_an_editor_put_into_the_output_stops_the_build_and_is_kept()
    {
        using var site = new TestSite();
        site.BuildOk();
        File.WriteAllText(Path.Combine(site.Output, "notes.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(site.Output, "drafts"));
        File.WriteAllText(Path.Combine(site.Output, "drafts", "a.md"), "mine too");
        File.WriteAllText(Path.Combine(site.Output, "procedures", "mine.html"), "and this");
        var before = OutputTests.Snapshot(site.Output);

        var result = site.Build();

        Assert.True(result.OutputRefused);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("CLS051", error.Code);
        Assert.Contains("holds files ClinicSite did not write (drafts/, notes.txt, procedures/mine.html)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, OutputTests.Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void A_long_list_of_foreign_files_names_three_and_counts_the_rest()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(site.Output);
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt", "d.txt", "e.txt" })
        {
            File.WriteAllText(Path.Combine(site.Output, name), name);
        }

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Contains("(a.txt, b.txt, c.txt and 2 more)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_and_a_missing_one_are_built_into()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(Path.Combine(site.Output, "empty", "inside"));
        site.BuildOk();
        Assert.True(site.OutputExists("index.html"));
    }

    [Fact]
    public void An_output_written_before_the_mark_existed_is_rebuilt_when_every_file_is_one_ClinicSite_writes()
    {
        using var site = new TestSite();
        site.WriteBytes("procedures/diagram.png", [1, 2, 3]);
        site.Write("procedures/epidural.md", File.ReadAllText(site.FullPath("procedures/epidural.md")) + "\n![A diagram](diagram.png)\n");
        site.BuildOk();
        AsTheReleaseBeforeTheMarkLeftIt(site.Output);

        site.BuildOk();

        Assert.NotNull(OutputMark.Read(site.Output));
    }

    [Theory]
    [InlineData("notes.html", "<p>my own page</p>")]
    [InlineData("procedures/diagram.png", "changed by hand")]
    [InlineData("assets/css/mine.css", "body{}")]
    public void An_unmarked_output_with_any_other_file_is_refused(string path, string text)
    {
        using var site = new TestSite();
        site.WriteBytes("procedures/diagram.png", [1, 2, 3]);
        site.Write("procedures/epidural.md", File.ReadAllText(site.FullPath("procedures/epidural.md")) + "\n![A diagram](diagram.png)\n");
        site.BuildOk();
        AsTheReleaseBeforeTheMarkLeftIt(site.Output);
        var full = Path.Combine(site.Output, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        var before = OutputTests.Snapshot(site.Output);

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Equal("CLS051", error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, OutputTests.Snapshot(site.Output));
    }

    [Fact]
    public void A_marked_staging_leftover_is_removed_and_a_folder_that_only_looks_like_one_is_kept()
    {
        using var site = new TestSite();
        var ours = Path.Combine(site.Root, ".output.staging-999-dead");
        Directory.CreateDirectory(Path.Combine(ours, "risks"));
        OutputMark.Write(ours, []);
        File.WriteAllText(Path.Combine(ours, "risks", "index.html"), "half");
        var theirs = Path.Combine(site.Root, ".output.staging-mine");
        Directory.CreateDirectory(theirs);
        File.WriteAllText(Path.Combine(theirs, "keep.txt"), "not ClinicSite's");
        var old = Path.Combine(site.Root, ".output.old-mine");
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, "keep.txt"), "not ClinicSite's either");

        site.BuildOk();

        Assert.False(Directory.Exists(ours));
        Assert.Equal("not ClinicSite's", File.ReadAllText(Path.Combine(theirs, "keep.txt")));
        Assert.Equal("not ClinicSite's either", File.ReadAllText(Path.Combine(old, "keep.txt")));
    }

    [Fact]
    public void A_file_dropped_into_the_output_during_the_build_stops_the_swap()
    {
        using var site = new TestSite();
        site.BuildOk();
        var dropped = Path.Combine(site.Output, "dropped.txt");

        var result = SiteBuild.Run(new BuildOptions
        {
            Input = site.Input,
            Theme = site.Theme,
            Output = site.Output,
            Today = DateOnly.Parse(TestSite.Today, System.Globalization.CultureInfo.InvariantCulture),
            BeforeSwap = () => File.WriteAllText(dropped, "saved while the site was building"),
        });

        Assert.True(result.OutputRefused);
        Assert.Equal("saved while the site was building", File.ReadAllText(dropped));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void Real_paths_resolve_links_dots_and_trailing_slashes()
    {
        using var site = new TestSite();
        var link = Path.Combine(site.Root, "link");
        File.CreateSymbolicLink(link, site.Input);

        Assert.Equal(RealPath.Of(site.Input), RealPath.Of(link));
        Assert.Equal(RealPath.Of(site.Input), RealPath.Of(link + "/"));
        Assert.Equal(RealPath.Of(Path.Combine(site.Input, "risks")), RealPath.Of(Path.Combine(link, "procedures", "..", "risks")));
        Assert.Equal(RealPath.Of(site.Input) + "/not-yet", RealPath.Of(Path.Combine(link, "not-yet")));
        Assert.True(RealPath.IsSameOrInside(RealPath.Of(Path.Combine(link, "risks")), RealPath.Of(site.Input)));
        Assert.False(RealPath.IsSameOrInside(RealPath.Of(site.Input + "-other"), RealPath.Of(site.Input)));
    }

    /// <summary>That release wrote no mark and had no search index; everything else it wrote is what this one writes.</summary>
    private static void AsTheReleaseBeforeTheMarkLeftIt(string output)
    {
        File.Delete(Path.Combine(output, OutputMark.FileName));
        Directory.Delete(Path.Combine(output, "search"), recursive: true);
        Directory.Delete(Path.Combine(output, "assets", "search"), recursive: true);
    }
}

using ClinicSite.Cli;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Commands;

/// <summary>The CLI: exit codes, diagnostics in canonical form on stderr, a summary on stdout, no stack traces.</summary>
public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Build_succeeds_with_exit_0_and_prints_a_summary_with_page_counts()
    {
        using var site = new TestSite();
        var (code, stdout, stderr) = Run("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("1 procedures, 1 specialists, 1 checklists, 2 risks", stdout, StringComparison.Ordinal);
        Assert.Contains("due for review in the next 30 days", stdout, StringComparison.Ordinal);
        Assert.True(site.OutputExists("index.html"));
    }

    [Fact]
    public void Content_errors_exit_1_with_canonical_lines_on_stderr_and_nothing_written()
    {
        using var site = new TestSite();
        site.Write("risks/bleeding.md", File.ReadAllText(site.FullPath("risks/bleeding.md")).Replace("frequency: rare", "frequency: sometimes", StringComparison.Ordinal));
        var (code, stdout, stderr) = Run("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);
        Assert.Equal(1, code);
        Assert.Matches(@"bleeding\.md\(\d+,\d+\): error CLS007: ", stderr);
        Assert.Contains("left unchanged", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Timings_list_every_stage_with_wall_cpu_gc_pause_and_memory_and_the_parts_of_making_pages()
    {
        using var site = new TestSite();
        var (code, stdout, _) = Run("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--timings");
        Assert.Equal(0, code);
        foreach (var stage in new[] { "read", "front matter", "markdown", "site model", "pages", "checks", "write" })
        {
            Assert.Matches($@"(?m)^ *\d+ ms +\d+ ms +\d+ ms +\d+ MiB  {stage}$", stdout);
        }

        // The page-by-page parts of the templates stage, each listed under it.
        var parts = stdout[stdout.IndexOf("pages", StringComparison.Ordinal)..];
        foreach (var part in new[] { "view models and JSON-LD", "hashing views for the cache", "Scriban", "body, glossary links, check facts and UTF-8", "search index (built beside the pages)" })
        {
            Assert.Matches($@"(?m)^ +\d+ ms +· {System.Text.RegularExpressions.Regex.Escape(part)}$", parts);
        }

        var (_, plain, _) = Run("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);
        Assert.DoesNotContain(" ms  read", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_pages_due_within_the_window_site_yml_sets()
    {
        using var site = new TestSite();
        site.Write("_data/site.yml", File.ReadAllText(site.FullPath("_data/site.yml")) + "\nreview:\n  due_soon_days: 45\n");
        var (code, stdout, stderr) = Run("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);
        Assert.True(code == 0, stderr);
        Assert.Contains("due for review in the next 45 days", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var site = new TestSite();
        var (code, _, _) = Run("check", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);
        Assert.Equal(0, code);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("buidl")]
    [InlineData("build", "--no-such-option")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (code, _, stderr) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_folder_is_reported_without_a_stack_trace()
    {
        using var site = new TestSite(withMinimalSite: false);
        var (code, _, stderr) = Run("build", "--input", Path.Combine(site.Root, "nope"), "--theme", site.Theme, "--output", site.Output);
        Assert.Equal(1, code);
        Assert.Contains("CLS050", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }
}

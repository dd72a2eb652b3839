using System.Diagnostics;
using System.Globalization;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Tests.Properties;
using ClinicSite.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace ClinicSite.Tests.Checks;

/// <summary>
/// The facts the build hands its site checks are exactly those an HTML parser finds in the pages it made, and so are
/// the checks' diagnostics: on every page of the real site, and on every page of every fuzz case that renders.
/// </summary>
public sealed class FactOracleTests(ITestOutputHelper output)
{
    /// <summary>Cases per generator: the fuzz properties' convention (CLINICSITE_FUZZ_CASES raises it for a long local run).</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("CLINICSITE_FUZZ_CASES"), out var n) && n > 0 ? n : 100;

    [Fact]
    public void Every_page_of_the_real_site_has_the_facts_its_DOM_has()
    {
        var clock = Stopwatch.StartNew();
        var run = FactOracle.Build(new BuildOptions
        {
            Input = RepoPaths.Input,
            Theme = RepoPaths.Theme,
            // Never written (Write is false); named only because a build needs somewhere it would write to.
            Output = Path.Combine(Path.GetTempPath(), "clinicsite-oracle-" + Guid.NewGuid().ToString("N")),
            Write = false,
            Today = DateOnly.Parse(TestSite.Today, CultureInfo.InvariantCulture),
        });
        Assert.True(run.Result.Succeeded, "The real site must build:\n" + string.Join('\n', run.Result.Diagnostics));
        var verdict = FactOracle.AssertAgrees(run);

        // Every HTML file of the site was a checked page, so "every page" means every page.
        var pages = run.Checked!.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var neverChecked = run.Checked.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !pages.Contains(p)).ToList();
        Assert.True(neverChecked.Count == 0, "HTML files the checks never saw: " + string.Join(", ", neverChecked));
        Assert.True(pages.Count >= 50, $"Only {pages.Count} pages were built from the real input/.");
        output.WriteLine($"{pages.Count} pages, {verdict.DomFacts.Sum(f => f.References.Count)} references, {verdict.DomFacts.Sum(f => f.Ids.Count)} ids, {verdict.DomFacts.Sum(f => f.HeadingLevels.Count)} headings agree; {clock.ElapsedMilliseconds} ms");
    }

    /// <summary>The oracle itself: a build that missed or invented facts is caught, and the message says where.</summary>
    [Fact]
    public void The_oracle_names_the_page_and_the_first_fact_the_build_got_wrong()
    {
        using var site = new TestSite();
        var run = FactOracle.Build(site);
        FactOracle.AssertAgrees(run);
        var pages = run.Checked!;
        var i = pages.Files.ToList().FindIndex(f => f.Path == "risks/bleeding/index.html");
        var right = pages.Facts[i];
        var wrong = right with
        {
            References = right.References.Where((_, n) => n != 3).ToList(),
            HeadingLevels = [.. right.HeadingLevels, 1],
            Title = right.Title + "  ",
        };
        var tampered = run with { Checked = pages with { Facts = pages.Facts.Select((f, n) => n == i ? wrong : f).ToList() } };

        var message = FactOracle.Judge(tampered).Disagreement;
        Assert.NotNull(message);
        output.WriteLine(message);
        var missing = right.References[3];
        Assert.Contains("/risks/bleeding/index.html (from ", message, StringComparison.Ordinal);
        Assert.Contains($"References[3] (after <{right.References[2].Element} ", message, StringComparison.Ordinal);
        Assert.Contains($"DOM <{missing.Element} {missing.Attribute}=\"{missing.Value}\">", message, StringComparison.Ordinal);
        Assert.Contains($"HeadingLevels[{right.HeadingLevels.Count}] (after h", message, StringComparison.Ordinal);
        Assert.Contains("build h1, DOM nothing (its list ends here)", message, StringComparison.Ordinal);
        Assert.Contains($"Title: build \"{right.Title}  \", DOM \"{right.Title}\"", message, StringComparison.Ordinal);
        Assert.Contains("only on the build's facts: ", message, StringComparison.Ordinal);
        Assert.Contains("CLS032", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_Markdown_pages_have_the_facts_their_DOM_has() => Fuzz(FuzzGen.RandomMarkdownPage, nameof(FuzzGen.RandomMarkdownPage));

    [Fact]
    public void Randomly_edited_pages_have_the_facts_their_DOM_has() => Fuzz(FuzzGen.EditedPage, nameof(FuzzGen.EditedPage));

    [Fact]
    public void Randomly_edited_templates_give_the_facts_their_DOM_has() => Fuzz(FuzzGen.EditedTemplate(RepoPaths.Root), nameof(FuzzGen.EditedTemplate));

    [Fact]
    public void Pages_with_random_front_matter_have_the_facts_their_DOM_has() => Fuzz(FuzzGen.RandomFrontMatterPage, nameof(FuzzGen.RandomFrontMatterPage));

    [Fact]
    public void Deeply_nested_pages_have_the_facts_their_DOM_has() => Fuzz(FuzzGen.DeeplyNestedPage, nameof(FuzzGen.DeeplyNestedPage));

    /// <summary>
    /// Every case goes into one minimal site, as in <see cref="PipelineProperties"/>: the previous case's file is put
    /// back (or removed) first. A case that stops before the pages are rendered (most do: the generators aim at
    /// errors) has nothing to compare, so FsCheck discards it and it does not count: the property holds only after
    /// <see cref="Cases"/> cases rendered pages and agreed on every one, and fails if the generator stops rendering.
    /// </summary>
    private void Fuzz(Gen<FuzzCase> gen, string name)
    {
        var clock = Stopwatch.StartNew();
        using var site = new TestSite();
        var (tried, rendered, pages, failedChecks) = (0, 0, 0, 0);
        var edits = new FuzzEdits(site);
        Prop.ForAll(Arb.From(gen), fuzz =>
        {
            edits.Apply(fuzz);
            var run = FactOracle.Build(site);
            tried++;
            var verdict = FactOracle.Judge(run);
            if (run.Checked is { } checkedPages)
            {
                rendered++;
                pages += checkedPages.Files.Count;
                failedChecks += verdict.DomDiagnostics.Count > 0 ? 1 : 0;
            }

            var agrees = verdict.Disagreement is null ? true.Label("agrees") : false.Label(verdict.Disagreement);
            return agrees.When(run.Checked is not null);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithMaxRejected(Math.Max(Cases * 50, 2000)).WithQuietOnSuccess(true));

        output.WriteLine($"{name}: {tried} cases built, {rendered} rendered pages ({pages} pages compared, {failedChecks} with check diagnostics); {clock.ElapsedMilliseconds} ms");
        Assert.True(rendered >= Cases, $"{name}: only {rendered} of {tried} cases rendered pages; the oracle needs {Cases}.");
    }
}

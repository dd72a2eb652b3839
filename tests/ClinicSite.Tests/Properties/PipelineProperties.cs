using FsCheck;
using FsCheck.Fluent;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Properties;

/// <summary>
/// Never crash, never hang: random and damaged pages go through the whole pipeline (read, front matter, Markdown,
/// model, templates, HTML, checks, write) and the only outcomes are a built page or reported errors.
/// </summary>
public sealed class PipelineProperties
{
    /// <summary>Cases per property; CLINICSITE_FUZZ_CASES raises it for a long local run.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("CLINICSITE_FUZZ_CASES"), out var n) && n > 0 ? n : 100;

    [Fact]
    public void Randomly_edited_pages_build_or_report_errors()
    {
        var outcomes = Check(FuzzGen.EditedPage);
        AssertBothOutcomes(outcomes);
    }

    [Fact]
    public void Random_Markdown_bodies_build_or_report_errors()
    {
        var outcomes = Check(FuzzGen.RandomMarkdownPage);
        AssertBothOutcomes(outcomes);
    }

    [Fact]
    public void Random_front_matter_builds_or_reports_errors()
    {
        var outcomes = Check(FuzzGen.RandomFrontMatterPage);
        AssertBothOutcomes(outcomes);
    }

    [Fact]
    public void Randomly_edited_data_files_build_or_report_errors()
    {
        var outcomes = Check(FuzzGen.EditedDataFile);
        AssertBothOutcomes(outcomes);
    }

    [Fact]
    public void Randomly_edited_templates_build_or_report_errors()
    {
        var outcomes = Check(FuzzGen.EditedTemplate(RepoPaths.Root));
        AssertBothOutcomes(outcomes);
    }

    [Fact]
    public void Deeply_nested_pages_build_or_report_errors()
    {
        var outcomes = Check(FuzzGen.DeeplyNestedPage);
        AssertBothOutcomes(outcomes);
    }

    [Fact]
    public void Random_bytes_in_a_page_file_are_reported_not_crashed_on()
    {
        using var site = new TestSite();
        var failed = 0;
        Prop.ForAll(Arb.From(FuzzGen.RandomBytes), bytes =>
        {
            site.WriteBytes("risks/fuzz.md", bytes);
            var result = BoundedBuild.Run(site);
            failed += result.Succeeded ? 0 : 1;
            return BoundedBuild.Problem(site, result, "risks/fuzz/index.html") is null;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases / 2).WithQuietOnSuccess(true));
        Assert.True(failed > 0, "No random file failed to build, so the generator is not producing damage.");
    }

    private static (int Built, int Failed, string Codes) Check(Gen<FuzzCase> gen)
    {
        using var site = new TestSite();
        var built = 0;
        var failed = 0;
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var edits = new FuzzEdits(site);
        Prop.ForAll(Arb.From(gen), fuzz =>
        {
            edits.Apply(fuzz);
            var result = BoundedBuild.Run(site);
            _ = result.Succeeded ? built++ : failed++;
            foreach (var code in result.Diagnostics.Where(d => d.Severity == Engine.Diagnostics.Severity.Error).Select(d => d.Code).Distinct())
            {
                codes[code] = codes.GetValueOrDefault(code) + 1;
            }

            var problem = BoundedBuild.Problem(site, result, fuzz.OutputPath);
            return problem is null ? true.Label("ok") : false.Label(problem);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true));
        return (built, failed, string.Join(", ", codes.Select(c => $"{c.Key}×{c.Value}")));
    }

    /// <summary>A generator that only ever builds, or only ever fails, would make the property prove little.</summary>
    private static void AssertBothOutcomes((int Built, int Failed, string Codes) outcomes)
    {
        Assert.True(outcomes.Built > 0, $"No generated page built ({outcomes.Failed} failed with {outcomes.Codes}): the generator only makes broken pages.");
        Assert.True(outcomes.Failed > 0, $"No generated page failed ({outcomes.Built} built): the generator makes no damage.");
    }
}

using System.Globalization;
using ClinicSite.Cli;
using ClinicSite.Cli.Commands;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.BadInput;

/// <summary>
/// Every damaged input in <see cref="BadInputCases"/> fails the build the way an editor can act on: exit code 1, a
/// canonical line with the stable code, file, line and column, advice on how to fix it, no stack trace, and the
/// previous output/ left byte for byte as it was.
/// </summary>
public sealed class BadInputTests(BaselineOutput baseline) : IClassFixture<BaselineOutput>
{
    public static TheoryData<string> Cases() => BadInputCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_input_fails_with_a_located_coded_error_and_leaves_output_untouched(string name)
    {
        var @case = BadInputCases.All[name];
        using var site = new TestSite();
        baseline.CopyInto(site);
        var before = SiteSnapshot.Of(site.Output);

        @case.Break(site);
        var (exit, stdout, stderr) = RunCli(site);

        Assert.Equal(ExitCode.ContentErrors, exit);
        var reported = ReportedDiagnostic.ParseAll(stderr);
        var expected = $"{@case.Code.Id} at {@case.File}({@case.Line},{@case.Column})";
        var match = reported.FirstOrDefault(d => d.Code == @case.Code.Id
            && d.RelativeTo(site.Root) == @case.File
            && d.Line == @case.Line
            && (@case.Column == 0 || d.Column == @case.Column));
        Assert.True(match is not null, $"Expected {expected}; the build printed:\n{stderr}");
        Assert.Equal("error", match.Severity);
        Assert.Contains(@case.Advice, match.Message, StringComparison.Ordinal);

        AssertNoStackTrace(stdout + stderr);
        Assert.Contains("was left unchanged", stdout, StringComparison.Ordinal);
        SiteSnapshot.Of(site.Output).AssertSameAs(before);
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void The_table_covers_at_least_forty_damaged_inputs()
    {
        Assert.True(BadInputCases.All.Count >= 40, $"Only {BadInputCases.All.Count} cases.");
    }

    [Fact]
    public void Every_case_expects_a_code_that_is_documented()
    {
        var documented = Codes.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = BadInputCases.All.Values.Where(c => !documented.Contains(c.Code.Id)).Select(c => c.Name).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void The_case_pages_build_cleanly_before_they_are_broken()
    {
        using var site = new TestSite();
        site.Write("risks/bleeding.md", CasePages.Risk).Write("procedures/epidural.md", CasePages.Procedure);
        var result = site.BuildOk();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code != Codes.Readability.Id);
    }

    internal static (ExitCode Exit, string Stdout, string Stderr) RunCli(TestSite site)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var exit = BuildCommand.Run(
            new BuildOptions
            {
                Input = site.Input,
                Theme = site.Theme,
                Output = site.Output,
                Today = DateOnly.Parse(TestSite.Today, CultureInfo.InvariantCulture),
            },
            stdout,
            stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    internal static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stopped unexpectedly", text, StringComparison.Ordinal);
    }
}

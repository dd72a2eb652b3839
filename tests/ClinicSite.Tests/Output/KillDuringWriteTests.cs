using System.Diagnostics;
using System.Globalization;
using ClinicSite.Cli.Commands;
using ClinicSite.Tests.BadInput;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Output;

/// <summary>
/// Nothing lost: the real CLI, killed during its write stage (every file staged, nothing swapped yet), leaves the
/// previous output/ byte for byte; the next build cleans up the leftover staging folder and succeeds.
/// </summary>
public sealed class KillDuringWriteTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_build_killed_while_writing_leaves_the_old_site_and_the_next_build_succeeds()
    {
        using var site = new TestSite();
        UseCurrentReviewDates(site);
        var first = RunCli(site, pauseSignal: null);
        Assert.True(first.ExitCode == 0, "The first build failed:\n" + first.Output);
        var before = SiteSnapshot.Of(site.Output);

        site.Write("risks/bleeding.md", File.ReadAllText(site.FullPath("risks/bleeding.md")).Replace("Some bleeding.", "Some bleeding, rewritten.", StringComparison.Ordinal));
        var signal = Path.Combine(site.Root, "staged.signal");
        using (var killed = StartCli(site, signal))
        {
            // Drain its output so a full pipe can never block it before the write stage.
            var output = Task.WhenAll(killed.StandardOutput.ReadToEndAsync(), killed.StandardError.ReadToEndAsync());
            try
            {
                var clock = Stopwatch.StartNew();
                while (!File.Exists(signal) && !killed.HasExited && clock.Elapsed < Patience)
                {
                    Thread.Sleep(50);
                }

                if (!File.Exists(signal))
                {
                    Assert.Fail($"The build never reached the write stage (exited: {killed.HasExited}):\n{(killed.HasExited ? string.Concat(await output) : string.Empty)}");
                }

                Assert.False(killed.HasExited);
                Assert.NotEmpty(StagingFolders(site));
                Assert.Contains(StagingFolders(site), s => File.Exists(Path.Combine(s, "risks", "bleeding", "index.html")));
            }
            finally
            {
                killed.Kill(entireProcessTree: true);
                killed.WaitForExit();
            }
        }

        SiteSnapshot.Of(site.Output).AssertSameAs(before);
        Assert.NotEmpty(StagingFolders(site));

        var next = RunCli(site, pauseSignal: null);
        Assert.True(next.ExitCode == 0, "The build after the kill failed:\n" + next.Output);
        Assert.Empty(StagingFolders(site));
        Assert.Contains("Some bleeding, rewritten.", site.ReadOutput("risks/bleeding/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_swap_cut_off_between_its_renames_is_repaired_by_the_next_build_even_a_failing_one()
    {
        using var site = new TestSite();
        site.BuildOk();
        var before = SiteSnapshot.Of(site.Output);
        // Where renameat2 is missing the swap is two renames; stopped between them, output/ is gone and the old site
        // waits in .output.old-*. A staging folder may be left too.
        Directory.Move(site.Output, Path.Combine(site.Root, ".output.old-0123456789abcdef"));
        Directory.CreateDirectory(Path.Combine(site.Root, ".output.staging-999-dead", "risks"));
        site.Write("risks/bleeding.md", string.Empty);

        var result = site.Build();

        Assert.False(result.Succeeded);
        SiteSnapshot.Of(site.Output).AssertSameAs(before);
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    /// <summary>The CLI has no --today, so the minimal site's review dates are moved to around the real date.</summary>
    private static void UseCurrentReviewDates(TestSite site)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var reviewed = today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var next = today.AddDays(300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var file in Directory.EnumerateFiles(site.Input, "*.md", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, File.ReadAllText(file)
                .Replace("reviewed: 2026-01-10", "reviewed: " + reviewed, StringComparison.Ordinal)
                .Replace("next_review: 2027-01-10", "next_review: " + next, StringComparison.Ordinal));
        }
    }

    private static IReadOnlyList<string> StagingFolders(TestSite site) => Directory.GetDirectories(site.Root, ".output.staging-*");

    private static (int ExitCode, string Output) RunCli(TestSite site, string? pauseSignal)
    {
        using var process = StartCli(site, pauseSignal);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The CLI did not finish.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static Process StartCli(TestSite site, string? pauseSignal)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ClinicSite.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project must reference src/ClinicSite.");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = site.Root,
        };
        foreach (var arg in new[] { dll, "build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove(BuildCommand.PauseBeforeSwapVariable);
        if (pauseSignal is not null)
        {
            start.Environment[BuildCommand.PauseBeforeSwapVariable] = pauseSignal;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
    }
}

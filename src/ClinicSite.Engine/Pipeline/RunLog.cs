using System.Diagnostics;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Output;
using Severity = ClinicSite.Engine.Diagnostics.Severity;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// One run's bookkeeping beside the stages: its clock and stage timings, the diagnostics every stage adds to, the date
/// reviews are measured against, and how what the stages made becomes a <see cref="SiteBuildRun"/>.
/// </summary>
internal sealed class RunLog(BuildOptions options)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly StageTimings _timings = new();

    public DiagnosticBag Diagnostics { get; } = new();

    public DateOnly Today { get; } = options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>True when nothing may be written: an error, or with --strict a warning.</summary>
    public bool Blocked => Diagnostics.HasErrors || (options.Strict && Diagnostics.ToSortedList().Any(d => d.Severity == Severity.Warning));

    /// <summary>Adds what a stage found that counts only now.</summary>
    public void Report(IEnumerable<Diagnostic> found)
    {
        foreach (var diagnostic in found)
        {
            Diagnostics.Add(diagnostic);
        }
    }

    /// <summary>Ends the current stage (see <see cref="StageTimings.Mark"/>).</summary>
    public void Mark(string stage, PageParts? parts = null) => _timings.Mark(stage, parts);

    /// <summary>The run's outcome, from as far as it got: the site's files only when it got to the end.</summary>
    public SiteBuildRun Result(
        Site? site = null, LoadedTheme? theme = null, RenderedPages? pages = null, CheckedPages? checkedPages = null, IReadOnlyList<OutputFile>? files = null, bool written = false)
    {
        var list = Diagnostics.ToSortedList();
        if (options.Strict)
        {
            list = list.Select(d => d with { Severity = Severity.Error }).ToList();
        }

        // Section index pages (_index.md) introduce a collection; they are not members of it.
        var counts = site?.Pages.Where(p => !p.Source.IsSectionIndex).GroupBy(p => p.Collection).ToDictionary(g => g.Key, g => g.Count()) ?? [];
        var dueSoon = site?.Pages.Count(p => p.Meta.NextReview.DayNumber - Today.DayNumber is >= 0 and var d && d <= site.Data.Review.DueSoonDays) ?? 0;
        var result = new BuildResult(list, counts, written ? files!.Count : 0, written, dueSoon, _clock.Elapsed) { Site = site, Timings = _timings };
        if (site is not null)
        {
            result = result with { DueSoonDays = site.Data.Review.DueSoonDays };
        }

        return new SiteBuildRun(result, files, theme?.AssetUrls ?? new Dictionary<string, string>()) { Checked = checkedPages, PagesRendered = pages?.Rendered ?? 0 };
    }
}

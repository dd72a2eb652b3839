using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Pipeline;

/// <summary>The outcome of a build: diagnostics, page counts, and whether output was written.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<Collection, int> PagesPerCollection,
    int FilesWritten,
    bool Written,
    int DueSoon,
    TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The output folder was not ClinicSite's to replace (CLS051): a usage problem, not a content error.</summary>
    public bool OutputRefused => Diagnostics.Any(d => d.Code == Codes.UnsafeOutput.Id);

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>The site model, when site.yml could be read (the report reads pages, links and dates from it).</summary>
    internal Model.Site? Site { get; init; }

    /// <summary>The window <see cref="DueSoon"/> counts over: site.yml's review.due_soon_days.</summary>
    public int DueSoonDays { get; init; } = new ReviewPolicy().DueSoonDays;

    /// <summary>Time per stage, for finding where a slow build spends it.</summary>
    public StageTimings? Timings { get; init; }
}

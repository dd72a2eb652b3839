namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// What one serve rebuild did: the build's result, the output files it wrote and removed (paths relative to the
/// output folder), and, when the only change was to stylesheets, which stylesheet URL replaced which.
/// </summary>
internal sealed record RebuildResult(
    BuildResult Build,
    IReadOnlyList<string> Written,
    IReadOnlyList<string> Removed,
    IReadOnlyDictionary<string, string> StylesheetSwaps,
    int PagesRendered,
    TimeSpan Elapsed)
{
    public bool Succeeded => Build.Succeeded;

    /// <summary>True when the output folder now differs from before the rebuild.</summary>
    public bool Changed => Written.Count + Removed.Count > 0;

    /// <summary>True when a browser can swap its stylesheets instead of reloading the page.</summary>
    public bool StylesOnly => Changed && StylesheetSwaps.Count > 0;
}

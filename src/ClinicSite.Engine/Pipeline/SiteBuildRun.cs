using ClinicSite.Engine.Output;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// One run of the stages as serve sees it: the public result, the files that make up the site (null when the build
/// failed or was blocked, so nothing may be written) and the fingerprinted URL of each theme asset.
/// </summary>
internal sealed record SiteBuildRun(BuildResult Result, IReadOnlyList<OutputFile>? Files, IReadOnlyDictionary<string, string> AssetUrls)
{
    /// <summary>
    /// What the site checks were given, whenever pages were rendered (even if a check then failed): each page's file
    /// and the facts read off it, in the same order, and the path of every file of the site. Tests compare these with
    /// what an HTML parser finds in the same files. A page written straight to a staging folder keeps no content here.
    /// </summary>
    public CheckedPages? Checked { get; init; }

    /// <summary>How many pages were rendered this run; the others kept the files the cache held for them.</summary>
    public int PagesRendered { get; init; }
}

/// <summary>The pages as the checks saw them: see <see cref="SiteBuildRun.Checked"/>.</summary>
internal sealed record CheckedPages(IReadOnlyList<OutputFile> Files, IReadOnlyList<Checks.PageFacts> Facts, IReadOnlySet<string> Paths);

using ClinicSite.Engine.Model;

namespace ClinicSite.Engine.Readability;

/// <summary>Scores every page's judged text (see <see cref="ReadabilityPassages"/>) for the build check and the report.</summary>
internal static class MeasureReadability
{
    /// <summary>How many of a passage's hardest sentences a warning quotes.</summary>
    public const int HardestCount = 3;

    public static IReadOnlyList<PageReadability> Run(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        // Pages are scored independently; in page order, so diagnostics and the report stay deterministic.
        return site.Pages.AsParallel().AsOrdered().Select(p => For(p, site)).ToList();
    }

    public static PageReadability For(Page page, Site site)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(site);
        var passages = ReadabilityPassages.For(page, site.Glossary).Select(Score).ToList();
        var overall = ReadabilityScore.Compute(
            passages.Sum(p => p.Result.Sentences), passages.Sum(p => p.Result.Words), passages.Sum(p => p.Result.Syllables));
        return new PageReadability(page, overall, passages);
    }

    private static PassageReadability Score(ReadabilityPassage passage)
    {
        var measures = TextStatistics.Measure(passage.Blocks);
        return new PassageReadability(passage, TextStatistics.Score(measures), TextStatistics.Hardest(measures, HardestCount));
    }
}

using ClinicSite.Engine.Model;

namespace ClinicSite.Engine.Readability;

/// <summary>Readability of one page: scores over all its judged text, and each passage judged on its own.</summary>
/// <param name="Page">The page.</param>
/// <param name="Overall">Scores over every passage together (what the report shows as the page's grade).</param>
/// <param name="Passages">The body, or the intro and each entry on FAQ and glossary pages.</param>
internal sealed record PageReadability(Page Page, ReadabilityResult Overall, IReadOnlyList<PassageReadability> Passages)
{
    /// <summary>
    /// Passages shorter than this are not judged: with a handful of words one long word decides the grade
    /// ("All procedures." is grade 8.8), so a one-line section intro would be flagged for nothing.
    /// </summary>
    public const int MinWords = 10;

    /// <summary>The passages of at least <see cref="MinWords"/> words whose grade is above <paramref name="target"/>.</summary>
    public IEnumerable<PassageReadability> Above(double target) =>
        Passages.Where(p => p.Result.Words >= MinWords && p.Result.Grade > target);
}

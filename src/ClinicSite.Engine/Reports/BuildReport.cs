using ClinicSite.Engine.Model;
using ClinicSite.Engine.Readability;

namespace ClinicSite.Engine.Reports;

/// <summary>Report stage: one <see cref="PageReport"/> per page, by collection, section page first, then title.</summary>
internal static class BuildReport
{
    // Reached from the theme's navigation (and the glossary from every term the glossary linker marks), so
    // "no inbound links" says nothing about them.
    private static readonly PageKind[] Navigational = [PageKind.Home, PageKind.Section, PageKind.Glossary, PageKind.NotFound];

    public static IReadOnlyList<PageReport> Run(Site site, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(site);
        var links = LinkGraph.For(site);
        var target = site.Data.Readability.TargetGrade;
        var footer = site.Data.Footer.Select(f => f.Page).ToHashSet(StringComparer.Ordinal);
        return MeasureReadability.Run(site)
            .Select(r => Row(r, links, target, footer, today))
            .OrderBy(r => r.Collection)
            .ThenBy(r => !r.Path.EndsWith("_index.md", StringComparison.Ordinal))
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ThenBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static PageReport Row(PageReadability readability, LinkGraph links, double target, HashSet<string> footer, DateOnly today)
    {
        var page = readability.Page;
        var days = page.Meta.NextReview.DayNumber - today.DayNumber;
        var inbound = links.Inbound(page);
        var flags = PageFlags.None;
        if (days < 0)
        {
            flags |= PageFlags.Overdue;
        }

        if (readability.Above(target).Any())
        {
            flags |= PageFlags.HardToRead;
        }

        if (inbound == 0 && !Navigational.Contains(page.Kind) && !footer.Contains(page.Source.File.PathInInput))
        {
            flags |= PageFlags.Orphan;
        }

        return new PageReport
        {
            Collection = page.Collection,
            Path = page.Source.File.PathInInput,
            Url = page.Url,
            Title = page.Title,
            Words = readability.Overall.Words,
            Grade = readability.Overall.Grade,
            ReadingEase = readability.Overall.ReadingEase,
            Reviewed = page.Meta.Reviewed,
            NextReview = page.Meta.NextReview,
            DaysUntilDue = days,
            Inbound = inbound,
            Outbound = links.Outbound(page),
            Flags = flags,
        };
    }
}

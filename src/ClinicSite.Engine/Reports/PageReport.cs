using ClinicSite.Engine.Content;

namespace ClinicSite.Engine.Reports;

/// <summary>One row of the editors' report: what a page is, how hard it reads, when it is due, and how it is linked.</summary>
internal sealed record PageReport
{
    public required Collection Collection { get; init; }

    /// <summary>The source file, relative to the input folder (procedures/x.md).</summary>
    public required string Path { get; init; }

    public required string Url { get; init; }

    public required string Title { get; init; }

    public required int Words { get; init; }

    /// <summary>Flesch–Kincaid grade of all the page's judged text (headings left out).</summary>
    public required double Grade { get; init; }

    public required double ReadingEase { get; init; }

    public required DateOnly Reviewed { get; init; }

    public required DateOnly NextReview { get; init; }

    /// <summary>Days from the report date to next_review; negative when overdue.</summary>
    public required int DaysUntilDue { get; init; }

    /// <summary>Other pages that link here.</summary>
    public required int Inbound { get; init; }

    /// <summary>Other pages this page links to.</summary>
    public required int Outbound { get; init; }

    public required PageFlags Flags { get; init; }

    /// <summary>The collection as written in folder names: pages, procedures, risks …</summary>
    public string CollectionName => PageAddress.Folder(Collection);

    /// <summary>The set flags by name, in a fixed order.</summary>
    public IReadOnlyList<string> FlagNames => Enum.GetValues<PageFlags>()
        .Where(f => f != PageFlags.None && Flags.HasFlag(f))
        .Select(f => Names.KebabCase(f.ToString()))
        .ToList();
}

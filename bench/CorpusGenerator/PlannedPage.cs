namespace ClinicSite.Bench.CorpusGenerator;

/// <summary>A page decided before any text is written, so cross-links only point at pages that exist.</summary>
internal sealed class PlannedPage(Collection collection, int index, string slug, string title)
{
    public Collection Collection { get; } = collection;

    /// <summary>Zero-based position within the collection.</summary>
    public int Index { get; } = index;

    public string Slug { get; } = slug;

    public string Title { get; } = title;

    public List<PlannedPage> Risks { get; } = [];

    public List<PlannedPage> Specialists { get; } = [];

    public List<PlannedPage> Checklists { get; } = [];

    public List<PlannedPage> Related { get; } = [];

    public bool Featured { get; set; }

    /// <summary>Relative Markdown link target from this page's folder to <paramref name="target"/>.</summary>
    public string HrefTo(PlannedPage target) =>
        target.Collection == Collection ? $"{target.Slug}.md" : $"../{target.Collection.Folder}/{target.Slug}.md";
}

using ClinicSite.Engine.Content;

namespace ClinicSite.Engine.Model;

/// <summary>The whole site: data files, every page, and the members of each section in display order.</summary>
internal sealed record Site(
    SiteData Data,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<Page> Pages,
    IReadOnlyDictionary<Collection, IReadOnlyList<Page>> Sections)
{
    // Every page's view looks up section indexes and cross-referenced pages; a scan of every page for each lookup made
    // building views grow with the square of the page count. Built on first use; the first page in URL order wins,
    // as it did for the scan.
    private Dictionary<(Collection, string), Page>? _bySlug;
    private Dictionary<Collection, Page>? _sectionIndexes;

    // A copy ('site with { Pages = … }') must not inherit lookups built over the original's pages.
    private Site(Site original)
    {
        Data = original.Data;
        Glossary = original.Glossary;
        Pages = original.Pages;
        Sections = original.Sections;
    }

    public Page? Find(Collection collection, string slug) =>
        LazyInitializer.EnsureInitialized(ref _bySlug, () => Index(Pages.Where(p => !p.Source.IsSectionIndex), p => (p.Collection, p.Source.Slug)))
            .GetValueOrDefault((collection, slug));

    public Page? SectionIndex(Collection collection) =>
        LazyInitializer.EnsureInitialized(ref _sectionIndexes, () => Index(Pages.Where(p => p.Source.IsSectionIndex), p => p.Collection))
            .GetValueOrDefault(collection);

    private static Dictionary<TKey, Page> Index<TKey>(IEnumerable<Page> pages, Func<Page, TKey> key)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, Page>();
        foreach (var page in pages)
        {
            index.TryAdd(key(page), page);
        }

        return index;
    }

    public Page? Home => Find(Collection.Pages, "index");
}

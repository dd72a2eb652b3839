using ClinicSite.Engine.Content;

namespace ClinicSite.Engine.Model;

/// <summary>The whole site: data files, every page, and the members of each section in display order.</summary>
internal sealed record Site(
    SiteData Data,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<Page> Pages,
    IReadOnlyDictionary<Collection, IReadOnlyList<Page>> Sections)
{
    public Page? Find(Collection collection, string slug) =>
        Pages.FirstOrDefault(p => p.Collection == collection && !p.Source.IsSectionIndex && p.Source.Slug == slug);

    public Page? SectionIndex(Collection collection) =>
        Pages.FirstOrDefault(p => p.Collection == collection && p.Source.IsSectionIndex);

    public Page? Home => Find(Collection.Pages, "index");
}

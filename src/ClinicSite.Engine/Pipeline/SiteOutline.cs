using System.Text.Json;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Templates.Views;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// Everything about a site except the page bodies: which pages there are, their front matter, site.yml and what every
/// page shows of the site. When two rebuilds have the same outline, a page's view can only have changed if its own
/// Markdown did, because views read other pages only through their front matter, address and kind.
/// </summary>
internal sealed class SiteOutline
{
    private static readonly JsonSerializerOptions Json = new();

    private readonly (string Path, string OutputPath, PageKind Kind, ParsedPage Source)[] _pages;
    private readonly string _data;
    private readonly string _siteView;

    public SiteOutline(Site site, SiteView siteView)
    {
        _pages = site.Pages.Select(p => (p.Source.File.PathInInput, p.OutputPath, p.Kind, p.Source)).ToArray();
        _data = JsonSerializer.Serialize(site.Data, Json);
        _siteView = JsonSerializer.Serialize(siteView, Json);
    }

    public bool SameAs(SiteOutline? other)
    {
        if (other is null || other._pages.Length != _pages.Length || other._data != _data || other._siteView != _siteView)
        {
            return false;
        }

        for (var i = 0; i < _pages.Length; i++)
        {
            var (a, b) = (_pages[i], other._pages[i]);
            if (a.Path != b.Path || a.OutputPath != b.OutputPath || a.Kind != b.Kind || !SameFrontMatter(a.Source, b.Source))
            {
                return false;
            }
        }

        return true;
    }

    // The parsed page is the same object when the file did not change; after a body-only edit, the front matter
    // still reads the same.
    private static bool SameFrontMatter(ParsedPage a, ParsedPage b) =>
        ReferenceEquals(a, b) || (a.Meta.GetType() == b.Meta.GetType() && a.Collection == b.Collection && a.IsSectionIndex == b.IsSectionIndex && a.Slug == b.Slug
            && JsonSerializer.Serialize(a.Meta, a.Meta.GetType(), Json) == JsonSerializer.Serialize(b.Meta, b.Meta.GetType(), Json));
}

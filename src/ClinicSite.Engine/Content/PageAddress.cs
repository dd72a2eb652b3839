namespace ClinicSite.Engine.Content;

/// <summary>Pretty URLs: input/procedures/x.md → /procedures/x/ (written as procedures/x/index.html).</summary>
internal static class PageAddress
{
    public static string Url(ParsedPage page) => Url(page.Collection, page.IsSectionIndex, page.Slug);

    public static string Url(Collection collection, bool isSectionIndex, string slug) => (collection, isSectionIndex, slug) switch
    {
        (Collection.Pages, _, "index") => "/",
        (Collection.Pages, _, "404") => "/404.html",
        (Collection.Pages, _, _) => $"/{slug}/",
        (_, true, _) => $"/{Folder(collection)}/",
        _ => $"/{Folder(collection)}/{slug}/",
    };

    public static string Folder(Collection collection) => collection.ToString().ToLowerInvariant();

    /// <summary>A page's public address (its canonical URL), or null when the site's base URL is not an absolute one.</summary>
    public static Uri? Public(string? baseUrl, string url) =>
        baseUrl is not null && Uri.TryCreate(baseUrl.TrimEnd('/') + url, UriKind.Absolute, out var uri) ? uri : null;

    /// <summary>
    /// The full address a printed page shows after a link to a page of this site (<c>/…</c>; a path alone means nothing
    /// on paper), or null for any other link or when the page has no public address. The Markdown stage (body links)
    /// and the templates' <c>print_url</c> both use this, so the rule lives here once.
    /// </summary>
    public static string? PrintUrl(Uri? page, string? href) =>
        page is null || href is null || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) ? null : new Uri(page, href).AbsoluteUri;

    /// <summary>The file a URL is written to, relative to the output folder.</summary>
    public static string OutputPath(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
}

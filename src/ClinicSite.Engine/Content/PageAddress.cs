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

    /// <summary>The file a URL is written to, relative to the output folder.</summary>
    public static string OutputPath(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
}

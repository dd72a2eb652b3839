using ClinicSite.Engine.Markdown.Extensions.Glossary;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Output;
using ClinicSite.Engine.Templates;
using ClinicSite.Engine.Templates.Views;

namespace ClinicSite.Engine.Pipeline;

/// <summary>The theme and the pages through the cache.</summary>
internal sealed partial class BuildCache
{
    private static readonly string[] TemplateFolders = ["layouts", "partials"];

    private Stored<(ThemeTemplates Templates, IReadOnlyDictionary<string, ContentHash> LayoutKeys)>? _theme;

    /// <summary>
    /// <see cref="ThemeTemplates.Load"/>, keyed on the theme folder, the text of every file under layouts/ and partials/,
    /// and the layouts the pages need; then the assets, fingerprinted each run (that reads and hashes them anyway). What
    /// loading finds is handed back, not reported: it counts only once there is a site to apply the theme to.
    /// </summary>
    public LoadedTheme Theme(string themeRoot, IReadOnlyList<string> layouts)
    {
        var files = TemplateFiles(themeRoot);
        var key = new Hasher().Add(Path.GetFullPath(themeRoot)).Add(layouts).Add(files.Count);
        foreach (var (path, text) in files)
        {
            key.Add(path).Add(text);
        }

        _theme = Single(_theme, key.Done(), bag => (ThemeTemplates.Load(themeRoot, layouts, bag), LayoutKeys(files, layouts)));
        var found = new DiagnosticBag();
        var assets = new FingerprintAssets(found);
        var assetFiles = assets.Run(themeRoot);
        return new LoadedTheme(_theme.Value.Templates, _theme.Value.LayoutKeys, assets.Urls, assetFiles, [.. _theme.Diagnostics, .. found.ToSortedList()]);
    }

    /// <summary>
    /// <see cref="RenderPage"/> for every page, keyed on the page's view model, the template text its layout can reach,
    /// the glossary and the glossary page's URL (the page's own paths and kind are in its view or added). Building
    /// every view takes time on a large site, so a page is first looked up by a cheaper key that stands for its view:
    /// its own Markdown result and the site's outline (everything views read of other pages and of the site: every
    /// page's front matter, path and kind, site.yml, the site's view, the glossary). After an edit that changed only
    /// page bodies, only the pages whose Markdown changed get a new view. With a staging folder, each file is written
    /// into it as soon as it is made and kept only as a path: at 10 000 pages that is 170 MB of HTML not held.
    /// </summary>
    public RenderedPages Pages(Site site, SiteView siteView, LoadedTheme theme, GlossaryTerms glossary, StagedOutput? staged, PageParts parts, DiagnosticBag diagnostics)
    {
        var renderer = new RenderPage(theme.Templates, glossary, parts);
        var views = new BuildViews(site, siteView);
        var shared = new Hasher().Add(Keys.Site(siteView)).Add(Keys.Glossary(glossary.Entries)).Add(glossary.Url).Done();
        var outline = Outline(site, shared);
        var rendered = 0;
        Parallel.For(0, site.Pages.Count, PageParallelism.Options, i =>
        {
            var page = site.Pages[i];
            var entry = Entry(page.Source.File);
            var layout = theme.LayoutKeys.GetValueOrDefault(BuildViews.LayoutName(page.Kind));
            var inputs = new Hasher().Add(outline).Add(entry.Markdown!.Value.Output).Add(layout).Done();
            // A page that failed to render is always tried again, and one written straight to a staging folder kept no content.
            var old = entry.Render is { Value.File: { Staged: false } } reusable ? reusable : null;
            if (old is not null && old.Value.Inputs == inputs)
            {
                return;
            }

            var start = PageParts.Now();
            var view = views.For(page);
            start = parts.Lap(PagePart.ViewModel, start);
            var key = new Hasher().Add(Keys.View(view)).Add(layout).Add(shared).Add((int)page.Kind).Add(page.Source.File.DisplayPath).Done();
            parts.Lap(PagePart.CacheKeys, start);
            if (old is not null && old.Key == key)
            {
                entry.Render = old with { Value = old.Value with { Inputs = inputs } };
                return;
            }

            var found = new DiagnosticBag();
            var made = renderer.Run(page, view, found);
            Interlocked.Increment(ref rendered);
            start = PageParts.Now();
            var facts = made is null ? default : new Hasher().Add(made.File.Content).Add(made.File.Path).Add(made.Facts.SourcePath).Done();
            var ids = made is null ? default : Keys.UnorderedSet(made.Facts.Ids);
            start = parts.Lap(PagePart.CacheKeys, start);
            var file = made is not null && staged?.TryWrite(made.File) == true ? made.File with { Content = [], Staged = true } : made?.File;
            parts.Lap(PagePart.Staging, start);
            entry.Render = new Stored<RenderResult>(key, new RenderResult(inputs, file, made?.Facts, facts, ids), found.ToSortedList());
        });

        var done = new List<(Page Page, RenderResult Result)>();
        foreach (var page in site.Pages)
        {
            var stored = Entry(page.Source.File).Render!;
            Replay(stored.Diagnostics, diagnostics);
            if (stored.Value.File is not null)
            {
                done.Add((page, stored.Value));
            }
        }

        return new RenderedPages(done.Select(d => d.Page).ToList(), done.Select(d => d.Result.File!).ToList(), done.Select(d => d.Result.Facts!).ToList(), rendered);
    }

    /// <summary>
    /// Everything about the site except the page bodies. When it is the same as when a page was rendered, the page's
    /// view can only differ if its own Markdown does: views read other pages only through their front matter, address
    /// and kind.
    /// </summary>
    private static ContentHash Outline(Site site, ContentHash shared)
    {
        var hashes = new ContentHash[site.Pages.Count];
        Parallel.For(0, site.Pages.Count, PageParallelism.Options, i =>
        {
            var source = site.Pages[i].Source;
            hashes[i] = new Hasher().Add(source.File.PathInInput).Add(source.File.Text.AsSpan(0, source.BodyStart)).Add((int)site.Pages[i].Kind).Done();
        });

        return hashes.Aggregate(new Hasher().Add(shared).Add(Keys.Data(site.Data)).Add(hashes.Length), (h, page) => h.Add(page)).Done();
    }

    private static Dictionary<string, ContentHash> LayoutKeys(SortedDictionary<string, string> files, IReadOnlyList<string> layouts)
    {
        var partials = files.Where(f => f.Key.StartsWith("partials/", StringComparison.Ordinal))
            .Aggregate(new Hasher(), (h, f) => h.Add(f.Key).Add(f.Value)).Done();
        string? Text(string layout) => files.GetValueOrDefault($"layouts/{layout}{ThemeTemplates.Extension}");
        return layouts.Append(ThemeTemplates.BaseLayout).Distinct(StringComparer.Ordinal).ToDictionary(
            l => l, l => new Hasher().Add(partials).Add(Text(ThemeTemplates.BaseLayout)).Add(l).Add(Text(l)).Done(), StringComparer.Ordinal);
    }

    /// <summary>Every file under layouts/ and partials/, by path relative to the theme, with its text.</summary>
    private static SortedDictionary<string, string> TemplateFiles(string themeRoot)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in TemplateFolders)
        {
            var dir = Path.Combine(themeRoot, folder);
            if (Directory.Exists(dir))
            {
                foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
                {
                    files[folder + "/" + Path.GetRelativePath(dir, file).Replace('\\', '/')] = File.ReadAllText(file);
                }
            }
        }

        return files;
    }
}

using System.Diagnostics;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Html;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Output;
using ClinicSite.Engine.Readability;
using ClinicSite.Engine.Scaffolding;
using ClinicSite.Engine.Search;
using ClinicSite.Engine.Templates;
using ClinicSite.Engine.Templates.Views;
using Severity = ClinicSite.Engine.Diagnostics.Severity;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// Calls the stages in order: Read → ParseFrontMatter → RenderMarkdown → BuildSiteModel → RenderTemplates →
/// PostProcessHtml → CheckSite → WriteOutput. Every stage adds diagnostics; nothing is written if any is an error.
/// </summary>
public static class SiteBuild
{
    private static readonly ISiteCheck[] Checks = [new LinkCheck(), new HeadingCheck(), new ImageAltCheck(), new MetaCheck(), new ExternalResourceCheck()];

    public static BuildResult Run(BuildOptions options) => Run(options, cache: null).Result;

    /// <summary>
    /// Runs the stages. With a cache (serve's rebuilds), the memoised stages redo only what changed since the cache's
    /// last run; the result is the same either way. Also hands back the site's files unless the build failed.
    /// </summary>
    internal static SiteBuildRun Run(BuildOptions options, BuildCache? cache)
    {
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        var today = options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var counts = new Dictionary<Collection, int>();
        var filesWritten = 0;
        var written = false;
        var dueSoon = 0;
        Site? model = null;
        IReadOnlyList<OutputFile>? siteFiles = null;
        CheckedPages? checkedPages = null;
        Task<SearchIndex>? searchTask = null;
        IReadOnlyDictionary<string, string> assetUrls = new Dictionary<string, string>();
        using var staging = new Staging();

        if (options.Write && CheckOutputFolder.Problem(options.Output, options.Input, options.Theme) is { } refusal)
        {
            // Before any work: one line that says which folder and why, and nothing written anywhere.
            var refused = CheckOutputFolder.Refusal(options.Output, refusal);
            return new SiteBuildRun(new BuildResult([refused], counts, 0, false, 0, clock.Elapsed), null, assetUrls);
        }

        if (options.Write)
        {
            // An interrupted build's leftovers go first, so even a failing build puts a half-swapped site back.
            TryCleanLeftovers(options.Output);
            timings.Mark("clean leftovers");
        }

        PostProcessHtml.WarmUp();
        // The theme's partials need nothing from the input: compile them on another thread from the start. Its layouts
        // are the ones the pages' front matter asks for, so that thread waits for the list before compiling them,
        // then fingerprints the assets, while Markdown is rendered, the model built and the text judged.
        using var layoutNames = new LayoutNames();
        var themeLoad = Task.Run(() => LoadTheme(options.Theme, layoutNames.Task, cache));
        var input = new ReadInput(options.Input, diagnostics).Run();
        timings.Mark("read");
        var inputDisplay = DisplayPaths.For(Path.GetFullPath(options.Input));
        var (siteData, glossary) = cache is null ? new ReadSiteData(diagnostics).Run(input, inputDisplay) : cache.Data.Run(input, inputDisplay, diagnostics);
        timings.Mark("site data");
        var parsed = cache is null ? new ParseFrontMatter(diagnostics).Run(input.Pages) : cache.FrontMatter.Run(input.Pages, diagnostics);
        timings.Mark("front matter");
        layoutNames.Set(parsed.Where(p => !p.MetaFailed).Select(p => BuildViews.LayoutName(BuildSiteModel.KindOf(p))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

        var markdown = cache is null ? new RenderMarkdown(diagnostics).Run(parsed, input.StaticFiles) : cache.Markdown.Run(parsed, input.StaticFiles, diagnostics);
        // A page whose front matter could not be read was rendered only to check its body; it goes no further.
        markdown = markdown.Any(m => m.Page.MetaFailed) ? markdown.Where(m => !m.Page.MetaFailed).ToList() : markdown;
        timings.Mark("markdown");

        if (siteData is not null)
        {
            if (options.BaseUrl is { } baseUrl)
            {
                siteData = siteData with { BaseUrl = baseUrl.TrimEnd('/') };
            }

            var site = model = new BuildSiteModel(diagnostics, today).Run(siteData, glossary, markdown, inputDisplay);
            timings.Mark("site model");
            // The index needs only the model: build it beside the checks and templates, on the pool's spare time.
            var searchIndex = searchTask = Task.Run(() => BuildSearchIndex.Run(site));
            if (cache is null)
            {
                new CheckReadability(diagnostics).Run(site);
                new CheckPlaceholders(diagnostics).Run(site);
            }
            else
            {
                cache.Readability.Run(site, diagnostics);
                cache.Placeholders.Run(site, diagnostics);
            }

            timings.Mark("readability and placeholders");
            var theme = themeLoad.GetAwaiter().GetResult();
            timings.Mark("waiting for the theme");

            // Section index pages (_index.md) introduce a collection; they are not members of it.
            foreach (var group in site.Pages.Where(p => !p.Source.IsSectionIndex).GroupBy(p => p.Collection))
            {
                counts[group.Key] = group.Count();
            }

            dueSoon = site.Pages.Count(p => p.Meta.NextReview.DayNumber - today.DayNumber is >= 0 and var d && d <= siteData.Review.DueSoonDays);
            // The theme's problems count only once there is a site to apply it to, as if it were loaded only now.
            foreach (var diagnostic in theme.Diagnostics.ToSortedList())
            {
                diagnostics.Add(diagnostic);
            }

            var (templates, assets, assetFiles) = (theme.Templates, theme.Assets, theme.Files);
            assetUrls = assets.Urls;

            if (!diagnostics.HasErrors)
            {
                var siteView = SiteViewFor(siteData, site, assets.Urls);
                var glossaryPage = site.Pages.FirstOrDefault(p => p.Kind == PageKind.Glossary);
                IReadOnlyList<OutputFile> pageFiles;
                IReadOnlyList<PageFacts> facts;
                PageParts? parts = null;
                if (cache is null)
                {
                    var views = new BuildViews(site, siteView);
                    var renderer = new RenderPage(templates, glossary, glossaryPage?.Url, parts = new PageParts());
                    // 'build' writes each page into the staging folder as soon as it is made; it is swapped in only
                    // if every check below passes, and deleted otherwise.
                    var staged = staging.Output = options.Write ? TryStage(options) : null;
                    (pageFiles, facts) = RenderPages(site, views, renderer, staged, parts, diagnostics);
                }
                else
                {
                    (pageFiles, facts) = cache.Pages.Run(site, siteView, templates, glossary, glossaryPage?.Url, diagnostics);
                }

                timings.Mark("templates and post-processing", parts);

                var searchFiles = searchIndex.GetAwaiter().GetResult().Files;
                timings.Mark("waiting for the search index");
                var files = pageFiles.Concat(assetFiles).Concat(SiteFiles.For(site, assets.Urls)).Concat(searchFiles).Concat(StaticFiles(input)).ToList();
                CheckOutputPaths.Run(files, input.StaticFiles, diagnostics);
                timings.Mark("site files");

                if (!diagnostics.HasErrors)
                {
                    var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
                    checkedPages = new CheckedPages(pageFiles, facts, paths);
                    if (cache is not null)
                    {
                        cache.Checks.Run(Checks, facts, paths, diagnostics);
                    }
                    else
                    {
                        foreach (var check in Checks)
                        {
                            check.Check(facts, paths, diagnostics);
                        }
                    }

                    timings.Mark("checks");
                }

                var blocked = diagnostics.HasErrors || (options.Strict && diagnostics.ToSortedList().Any(d => d.Severity == Severity.Warning));
                siteFiles = blocked ? null : files;
                if (options.Write && !blocked)
                {
                    written = TryWrite(options, staging.Output, files, diagnostics);
                    filesWritten = written ? files.Count : 0;
                    timings.Mark("write");
                }
            }
        }

        // Never return while the theme is still being loaded: serve's next rebuild would share its template cache.
        themeLoad.GetAwaiter().GetResult();
        // Nor while the search index is still being built for a build that stopped early.
        searchTask?.GetAwaiter().GetResult();
        var list = diagnostics.ToSortedList();
        if (options.Strict)
        {
            list = list.Select(d => d with { Severity = Severity.Error }).ToList();
        }

        var result = new BuildResult(list, counts, filesWritten, written, dueSoon, clock.Elapsed) { Site = model, Timings = timings };
        if (siteData is not null)
        {
            result = result with { DueSoonDays = siteData.Review.DueSoonDays };
        }

        return new SiteBuildRun(result, siteFiles, assetUrls) { Checked = checkedPages };
    }

    /// <summary>
    /// Renders page by page on every core (a page that failed to render is left out). With a staging folder, each
    /// file is handed to it as soon as it is made and, once it has taken it, kept only as a path: at 10 000 pages that
    /// is 170 MB of HTML the build no longer holds.
    /// </summary>
    private static (IReadOnlyList<OutputFile> Files, IReadOnlyList<PageFacts> Facts) RenderPages(
        Site site, BuildViews views, RenderPage renderer, StagedOutput? staged, PageParts parts, DiagnosticBag diagnostics)
    {
        var results = new PageFile?[site.Pages.Count];
        Parallel.For(0, site.Pages.Count, PageParallelism.Options, i =>
        {
            var start = PageParts.Now();
            var view = views.For(site.Pages[i]);
            parts.Lap(PagePart.ViewModel, start);
            if (renderer.Run(site.Pages[i], view, diagnostics) is not { } page)
            {
                return;
            }

            start = PageParts.Now();
            results[i] = staged?.TryWrite(page.File) == true ? page with { File = page.File with { Content = [], Staged = true } } : page;
            parts.Lap(PagePart.Staging, start);
        });
        var done = results.OfType<PageFile>().ToList();
        return (done.Select(r => r.File).ToList(), done.Select(r => r.Facts).ToList());
    }

    /// <summary>Holds the build's staging folder, if it made one, so it is deleted however the build ends unless swapped in.</summary>
    private sealed class Staging : IDisposable
    {
        public StagedOutput? Output { get; set; }

        public void Dispose() => Output?.Dispose();
    }

    /// <summary>
    /// The layouts the pages need, handed to the theme's thread once front matter is read. Disposing it hands over an
    /// empty list if none was set, so that thread never waits for ever when a build ends early.
    /// </summary>
    private sealed class LayoutNames : IDisposable
    {
        private readonly TaskCompletionSource<IReadOnlyList<string>> _names = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<IReadOnlyList<string>> Task => _names.Task;

        public void Set(IReadOnlyList<string> names) => _names.TrySetResult(names);

        public void Dispose() => _names.TrySetResult([]);
    }

    private sealed record LoadedTheme(ThemeTemplates Templates, FingerprintAssets Assets, IReadOnlyList<OutputFile> Files, DiagnosticBag Diagnostics);

    private static LoadedTheme LoadTheme(string theme, Task<IReadOnlyList<string>> layoutNames, BuildCache? cache)
    {
        var diagnostics = new DiagnosticBag();
        // ThemeTemplates.Load compiles the partials before it enumerates the layouts; only then is the list awaited.
        var templates = cache is null
            ? ThemeTemplates.Load(theme, Layouts(layoutNames), diagnostics)
            : cache.Templates.Load(theme, layoutNames.GetAwaiter().GetResult(), diagnostics);
        var assets = new FingerprintAssets(diagnostics);
        var files = assets.Run(theme);
        return new LoadedTheme(templates, assets, files, diagnostics);
    }

    private static IEnumerable<string> Layouts(Task<IReadOnlyList<string>> names)
    {
        foreach (var name in names.GetAwaiter().GetResult())
        {
            yield return name;
        }
    }

    private static void TryCleanLeftovers(string output)
    {
        try
        {
            WriteOutput.CleanLeftovers(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The write stage cleans up again and reports a failure; a build that writes nothing needs no error.
        }
    }

    /// <summary>A staging folder for the new site, or null if it cannot be made (the write stage then reports why).</summary>
    private static StagedOutput? TryStage(BuildOptions options)
    {
        try
        {
            return new StagedOutput(options.Output, options.Input, options.Theme);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OutputRefusedException)
        {
            return null;
        }
    }

    private static bool TryWrite(BuildOptions options, StagedOutput? staged, IReadOnlyCollection<OutputFile> files, DiagnosticBag diagnostics)
    {
        try
        {
            if (staged is null)
            {
                WriteOutput.Run(options.Output, options.Input, options.Theme, files, options.BeforeSwap);
                return true;
            }

            // The pages are in already; add the rest (assets, sitemap, headers, input's own files) and swap.
            staged.WriteAll(files.Where(f => !f.Staged));
            staged.Commit(options.BeforeSwap);
            return true;
        }
        catch (OutputRefusedException ex)
        {
            diagnostics.Add(CheckOutputFolder.Refusal(options.Output, ex.Message));
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.Io, new SourceSpan(DisplayPaths.For(Path.GetFullPath(options.Output))), $"The site could not be written ({ex.Message}). The previous output was left as it was.");
            return false;
        }
    }

    private static IEnumerable<OutputFile> StaticFiles(InputSet input) =>
        input.StaticFiles.Select(s => new OutputFile(s.PathInInput, File.ReadAllBytes(s.FullPath)));

    private static SiteView SiteViewFor(SiteData data, Site site, IReadOnlyDictionary<string, string> assets) => new()
    {
        Name = data.Clinic.Name,
        ShortName = data.Clinic.ShortName,
        Tagline = data.Clinic.Tagline,
        Description = data.Clinic.Description,
        Language = data.Language,
        Example = data.Example,
        Phone = data.Clinic.Phone,
        Email = data.Clinic.Email,
        Address = data.Clinic.Address,
        Hours = data.Clinic.Hours,
        Emergency = data.Clinic.Emergency,
        ThemeColor = data.ThemeColor,
        StylesheetUrl = assets.TryGetValue("css/site.css", out var css) ? css : "/assets/css/site.css",
        ScriptUrl = assets.TryGetValue("js/site.js", out var js) ? js : null,
        SearchUrl = site.Pages.FirstOrDefault(p => p.Kind == PageKind.Search)?.Url,
        SearchScriptUrl = assets.TryGetValue("js/search.js", out var search) ? search : null,
        FaviconUrl = assets.TryGetValue("images/favicon.svg", out var icon) ? icon : "/favicon.ico",
        ManifestUrl = "/manifest.webmanifest",
        Footer = data.Footer
            .Select(f => (Link: f, Page: site.Pages.FirstOrDefault(p => p.Source.File.PathInInput == f.Page)))
            .Select(x => new NavItem(x.Link.Title, x.Page?.Url ?? "/" + x.Link.Page, null))
            .ToList(),
        WhenToGetHelp = BuildViews.HelpView(data.WhenToGetHelp),
    };
}

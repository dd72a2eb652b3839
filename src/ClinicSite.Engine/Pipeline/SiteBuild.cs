using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Checks;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Markdown.Extensions.Glossary;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Output;
using ClinicSite.Engine.Search;
using ClinicSite.Engine.Templates;
using ClinicSite.Engine.Templates.Views;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// Calls the stages in order: Read → ParseFrontMatter → site data and theme → RenderMarkdown → BuildSiteModel →
/// readability and placeholders → RenderPage for each page, and the search index → site files → site checks →
/// WriteOutput. Every stage adds diagnostics; nothing is written if any is an error. The stages that can be cached go
/// through a <see cref="BuildCache"/>: 'build' and 'check' pass an empty one, so everything runs; serve passes the
/// one it keeps.
/// </summary>
public static class SiteBuild
{
    /// <summary>The site checks, in the order they report. Tests run them over an HTML parser's facts too.</summary>
    internal static IReadOnlyList<ISiteCheck> Checks { get; } = [new LinkCheck(), new HeadingCheck(), new ImageAltCheck(), new MetaCheck(), new ExternalResourceCheck()];

    public static BuildResult Run(BuildOptions options) => Run(options, new BuildCache()).Result;

    /// <summary>The stages, each through <paramref name="cache"/>. Also hands back the site's files unless the build failed.</summary>
    internal static SiteBuildRun Run(BuildOptions options, BuildCache cache)
    {
        var run = new RunLog(options);
        var diagnostics = run.Diagnostics;
        if (!Prepare(options, diagnostics, run))
        {
            return run.Result();
        }

        var input = new ReadInput(options.Input, diagnostics).Run();
        cache.Keep(input.Pages);
        run.Mark("read");
        var parsed = cache.FrontMatter(input.Pages, diagnostics);
        run.Mark("front matter");
        var inputDisplay = DisplayPaths.For(Path.GetFullPath(options.Input));
        var ((siteData, glossary), theme) = Both(() => cache.SiteData(input, inputDisplay, diagnostics), () => cache.Theme(options.Theme, Layouts(parsed)));
        siteData = siteData is not null && options.BaseUrl is { } baseUrl ? siteData with { BaseUrl = baseUrl.TrimEnd('/') } : siteData;
        run.Mark("site data and theme");
        var terms = new GlossaryTerms(glossary, GlossaryUrl(parsed));
        var markdown = cache.Markdown(parsed, input.StaticFiles, new BodyOptions(terms, siteData?.BaseUrl), diagnostics);
        run.Mark("markdown");
        if (siteData is null)
        {
            return run.Result();
        }

        // A page whose front matter could not be read was rendered only to check its body; it goes no further.
        var site = new BuildSiteModel(diagnostics, run.Today).Run(siteData, glossary, markdown.Where(m => !m.Page.MetaFailed).ToList(), inputDisplay);
        run.Mark("site model");
        cache.Readability(site, diagnostics);
        cache.Placeholders(site, diagnostics);
        run.Mark("readability and placeholders");
        // The theme's problems count only once there is a site to apply it to.
        run.Report(theme.Diagnostics);
        if (diagnostics.HasErrors)
        {
            return run.Result(site, theme);
        }

        // 'build' writes each page into a staging folder as soon as it is made; it is swapped in only if every check
        // below passes, and deleted otherwise.
        using var staged = options.Write ? TryStage(options) : null;
        var parts = new PageParts();
        var (pages, search) = Both(
            () => cache.Pages(site, SiteViewFor(siteData, site, theme.AssetUrls), theme, terms, staged, parts, diagnostics),
            () => parts.Time(PagePart.SearchIndex, () => BuildSearchIndex.Run(site)));
        run.Mark("pages", parts);
        List<OutputFile> files = [.. pages.Files, .. theme.Files, .. SiteFiles.For(site, theme.AssetUrls), .. search.Files, .. StaticFiles(input)];
        CheckOutputPaths.Run(files, input.StaticFiles, diagnostics);
        run.Mark("site files");
        if (diagnostics.HasErrors)
        {
            return run.Result(site, theme, pages);
        }

        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        cache.Checks(Checks, pages, paths, diagnostics);
        run.Mark("checks");
        var checkedPages = new CheckedPages(pages.Files, pages.Facts, paths);
        var blocked = run.Blocked;
        if (blocked || !options.Write)
        {
            return run.Result(site, theme, pages, checkedPages, blocked ? null : files);
        }

        var written = TryWrite(options, staged, files, diagnostics);
        run.Mark("write");
        return run.Result(site, theme, pages, checkedPages, files, written);
    }

    /// <summary>
    /// Before any work, when the build writes: a refusal (one line that says which folder and why, and nothing written
    /// anywhere) if the output is not ClinicSite's to replace; else an interrupted build's leftovers are cleaned first,
    /// so even a failing build puts a half-swapped site back.
    /// </summary>
    private static bool Prepare(BuildOptions options, DiagnosticBag diagnostics, RunLog run)
    {
        if (options.Write && CheckOutputFolder.Problem(options.Output, options.Input, options.Theme) is { } refusal)
        {
            diagnostics.Add(CheckOutputFolder.Refusal(options.Output, refusal));
            return false;
        }

        if (options.Write)
        {
            TryCleanLeftovers(options.Output);
            run.Mark("clean leftovers");
        }

        return true;
    }

    /// <summary>
    /// Runs two stages that need nothing from each other side by side and returns when both are done. Reading the data
    /// files and loading the theme each keep one core busy; the search index needs only the site model, and building it
    /// beside the pages keeps a core busy while the other waits for the last pages.
    /// </summary>
    private static (T1, T2) Both<T1, T2>(Func<T1> first, Func<T2> second)
    {
        T1 a = default!;
        T2 b = default!;
        try
        {
            Parallel.Invoke(() => a = first(), () => b = second());
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // The caller sees what the stage threw (an IOException, say), as if it had run on its own.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        return (a, b);
    }

    /// <summary>The URL of the glossary page (the first by URL, as in the site model), which glossary links point to.</summary>
    private static string? GlossaryUrl(IEnumerable<ParsedPage> pages) => pages
        .Where(p => !p.MetaFailed && BuildSiteModel.KindOf(p) == PageKind.Glossary)
        .Select(PageAddress.Url)
        .Order(StringComparer.Ordinal)
        .FirstOrDefault();

    /// <summary>The layouts the pages need, by name (a page whose front matter could not be read needs none).</summary>
    private static List<string> Layouts(IEnumerable<ParsedPage> pages) => pages
        .Where(p => !p.MetaFailed)
        .Select(p => BuildViews.LayoutName(BuildSiteModel.KindOf(p)))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

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

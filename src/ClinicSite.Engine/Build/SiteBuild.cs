using System.Diagnostics;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Html;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Output;
using ClinicSite.Engine.Templates;
using ClinicSite.Engine.Templates.Views;
using Severity = ClinicSite.Engine.Diagnostics.Severity;

namespace ClinicSite.Engine.Build;

/// <summary>
/// Calls the stages in order: Read → ParseFrontMatter → RenderMarkdown → BuildSiteModel → RenderTemplates →
/// PostProcessHtml → CheckSite → WriteOutput. Every stage adds diagnostics; nothing is written if any is an error.
/// </summary>
public static class SiteBuild
{
    private static readonly ISiteCheck[] Checks = [new LinkCheck(), new HeadingCheck(), new ImageAltCheck(), new MetaCheck(), new ExternalResourceCheck()];

    public static BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var today = options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var counts = new Dictionary<Collection, int>();
        var filesWritten = 0;
        var written = false;
        var dueSoon = 0;

        var input = new ReadInput(options.Input, diagnostics).Run();
        var inputDisplay = DisplayPaths.For(Path.GetFullPath(options.Input));
        var (siteData, glossary) = new ReadSiteData(diagnostics).Run(input, inputDisplay);
        var parsed = new ParseFrontMatter(diagnostics).Run(input.Pages);
        var markdown = new RenderMarkdown(diagnostics).Run(parsed, input.StaticFiles);

        if (siteData is not null)
        {
            if (options.BaseUrl is { } baseUrl)
            {
                siteData = siteData with { BaseUrl = baseUrl.TrimEnd('/') };
            }

            var site = new BuildSiteModel(diagnostics, today).Run(siteData, glossary, markdown, inputDisplay);
            foreach (var group in site.Pages.GroupBy(p => p.Collection))
            {
                counts[group.Key] = group.Count();
            }

            dueSoon = site.Pages.Count(p => p.Meta.NextReview.DayNumber - today.DayNumber is >= 0 and var d && d <= siteData.Review.DueSoonDays);
            var layouts = site.Pages.Select(p => BuildViews.LayoutName(p.Kind)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var templates = ThemeTemplates.Load(options.Theme, layouts, diagnostics);
            var assets = new FingerprintAssets(diagnostics);
            var assetFiles = assets.Run(options.Theme);

            if (!diagnostics.HasErrors)
            {
                var rendered = new RenderTemplates(templates, diagnostics).Run(site, SiteViewFor(siteData, site, assets.Urls));
                var glossaryPage = site.Pages.FirstOrDefault(p => p.Kind == PageKind.Glossary);
                var (pageFiles, facts) = new PostProcessHtml(glossary, glossaryPage?.Url).Run(rendered);
                var files = pageFiles.Concat(assetFiles).Concat(SiteFiles.For(site, assets.Urls)).Concat(StaticFiles(input)).ToList();

                if (!diagnostics.HasErrors)
                {
                    var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
                    foreach (var check in Checks)
                    {
                        check.Check(facts, paths, diagnostics);
                    }
                }

                var blocked = diagnostics.HasErrors || (options.Strict && diagnostics.ToSortedList().Any(d => d.Severity == Severity.Warning));
                if (options.Write && !blocked)
                {
                    written = TryWrite(options, files, diagnostics);
                    filesWritten = written ? files.Count : 0;
                }
            }
        }

        var list = diagnostics.ToSortedList();
        if (options.Strict)
        {
            list = list.Select(d => d with { Severity = Severity.Error }).ToList();
        }

        return new BuildResult(list, counts, filesWritten, written, dueSoon, clock.Elapsed);
    }

    private static bool TryWrite(BuildOptions options, IReadOnlyCollection<OutputFile> files, DiagnosticBag diagnostics)
    {
        try
        {
            WriteOutput.Run(options.Output, files, options.BeforeSwap);
            return true;
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
        FaviconUrl = assets.TryGetValue("images/favicon.svg", out var icon) ? icon : "/favicon.ico",
        ManifestUrl = "/manifest.webmanifest",
        Footer = data.Footer
            .Select(f => (Link: f, Page: site.Pages.FirstOrDefault(p => p.Source.File.PathInInput == f.Page)))
            .Select(x => new NavItem(x.Link.Title, x.Page?.Url ?? "/" + x.Link.Page, null))
            .ToList(),
    };
}

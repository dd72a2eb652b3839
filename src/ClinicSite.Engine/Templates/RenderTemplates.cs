using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Templates.Views;

namespace ClinicSite.Engine.Templates;

/// <summary>A page rendered to a full HTML document, before post-processing.</summary>
internal sealed record RenderedPage(Page Page, string Html);

/// <summary>Template stage: renders each page's kind layout, then wraps it in base.hbs.</summary>
internal sealed class RenderTemplates(ThemeTemplates templates, DiagnosticBag diagnostics)
{
    public IReadOnlyList<RenderedPage> Run(Site site, SiteView siteView)
    {
        var views = new BuildViews(site, siteView);
        var results = new RenderedPage?[site.Pages.Count];
        Parallel.For(0, site.Pages.Count, i =>
        {
            var page = site.Pages[i];
            var layout = BuildViews.LayoutName(page.Kind);
            if (!templates.Has(layout) || !templates.Has(ThemeTemplates.BaseLayout))
            {
                return;
            }

            var span = new SourceSpan(page.Source.File.DisplayPath);
            var view = views.For(page);
            var main = templates.Render(layout, view, diagnostics, span);
            if (main is null)
            {
                return;
            }

            var html = templates.Render(ThemeTemplates.BaseLayout, view with { Main = main }, diagnostics, span);
            if (html is not null)
            {
                results[i] = new RenderedPage(page, html);
            }
        });
        return results.OfType<RenderedPage>().ToList();
    }
}

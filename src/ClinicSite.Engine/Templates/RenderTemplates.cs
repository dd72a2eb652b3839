using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Templates.Views;

namespace ClinicSite.Engine.Templates;

/// <summary>A page rendered to a full HTML document, before post-processing.</summary>
internal sealed record RenderedPage(Page Page, string Html);

/// <summary>Template stage: renders each page's kind layout, then wraps it in base.sbn-html, which reads the kind layout's output as <c>Main</c>.</summary>
internal sealed class RenderTemplates(ThemeTemplates templates, DiagnosticBag diagnostics)
{
    public IReadOnlyList<RenderedPage> Run(Site site, SiteView siteView)
    {
        var views = new BuildViews(site, siteView);
        var results = new RenderedPage?[site.Pages.Count];
        Parallel.For(0, site.Pages.Count, PageParallelism.Options, i => results[i] = Render(site.Pages[i], views.For(site.Pages[i])));
        return results.OfType<RenderedPage>().ToList();
    }

    /// <summary>Renders one page from its view model; serve calls this only for pages whose view changed.</summary>
    internal RenderedPage? Render(Page page, PageView view)
    {
        var layout = BuildViews.LayoutName(page.Kind);
        if (!templates.Has(layout) || !templates.Has(ThemeTemplates.BaseLayout))
        {
            return null;
        }

        var span = new SourceSpan(page.Source.File.DisplayPath);
        var main = templates.Render(layout, view, diagnostics, span);
        if (main is null)
        {
            return null;
        }

        var html = templates.Render(ThemeTemplates.BaseLayout, view, diagnostics, span, main);
        return html is null ? null : new RenderedPage(page, html);
    }
}

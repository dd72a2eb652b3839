using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Templates.Views;

namespace ClinicSite.Engine.Templates;

/// <summary>Template stage: renders each page's kind layout, then wraps it in base.sbn-html, which reads the kind layout's output as <c>Main</c>.</summary>
internal sealed class RenderTemplates(ThemeTemplates templates, DiagnosticBag diagnostics)
{
    /// <summary>
    /// The page's template output, the body standing as a mark (see <see cref="PageText"/>), or null when a template
    /// failed (the reason is in the diagnostics).
    /// </summary>
    internal string? Render(Page page, PageView view, PageText text)
    {
        var layout = BuildViews.LayoutName(page.Kind);
        if (!templates.Has(layout) || !templates.Has(ThemeTemplates.BaseLayout))
        {
            return null;
        }

        var span = new SourceSpan(page.Source.File.DisplayPath);
        var pageUri = Uri.TryCreate(view.CanonicalUrl, UriKind.Absolute, out var uri) ? uri : null;
        var main = templates.Render(layout, view, diagnostics, span, text: text, pageUri: pageUri);
        return main is null ? null : templates.Render(ThemeTemplates.BaseLayout, view, diagnostics, span, main, text, pageUri);
    }
}

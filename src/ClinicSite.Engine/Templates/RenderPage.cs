using ClinicSite.Engine.Checks;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Markdown.Extensions.Glossary;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Output;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Engine.Templates.Views;

namespace ClinicSite.Engine.Templates;

/// <summary>A page as it is written, and what the site checks need to know about it.</summary>
internal sealed record PageFile(OutputFile File, PageFacts Facts);

/// <summary>
/// Page stage: one page's view model to its HTML file and check facts, in one pass. The templates write the page with
/// the body (rendered by the Markdown stage) standing as a mark; <see cref="PageText"/> links glossary terms in
/// reading order, puts the body in and reads the facts. Nothing parses the page again. Safe to call from many
/// threads at once; build and serve both call it for each page they render.
/// </summary>
internal sealed class RenderPage(ThemeTemplates templates, GlossaryTerms glossary, PageParts? parts = null)
{
    private readonly PageParts _parts = parts ?? new PageParts();

    /// <summary>The page's file and facts, or null when its templates failed (the reason is in <paramref name="diagnostics"/>).</summary>
    public PageFile? Run(Page page, PageView view, DiagnosticBag diagnostics)
    {
        var start = PageParts.Now();
        var text = new PageText(glossary.For(page.Kind));
        var output = Templates(page, view, text, diagnostics);
        start = _parts.Lap(PagePart.Templates, start);
        if (output is null)
        {
            return null;
        }

        var (html, facts) = text.Finish(output);
        _parts.Lap(PagePart.Assemble, start);
        return new PageFile(new OutputFile(page.OutputPath, html), facts.Build(page.OutputPath, page.Source.File.DisplayPath));
    }

    /// <summary>
    /// The page's kind layout, then base.sbn-html around it (base reads the kind layout's output as <c>Main</c>); null
    /// when a template failed (the reason is in <paramref name="diagnostics"/>).
    /// </summary>
    private string? Templates(Page page, PageView view, PageText text, DiagnosticBag diagnostics)
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

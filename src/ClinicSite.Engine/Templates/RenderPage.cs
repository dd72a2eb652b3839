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
        // The glossary page explains the terms and the 404 page only points the way: neither links them.
        var text = new PageText(glossary.Active && page.Kind is not (PageKind.Glossary or PageKind.NotFound) ? glossary : null);
        var output = new RenderTemplates(templates, diagnostics).Render(page, view, text);
        start = _parts.Lap(PagePart.Templates, start);
        if (output is null)
        {
            return null;
        }

        var (html, facts) = text.Finish(output);
        _parts.Lap(PagePart.Assemble, start);
        return new PageFile(new OutputFile(page.OutputPath, html), facts.Build(page.OutputPath, page.Source.File.DisplayPath));
    }
}

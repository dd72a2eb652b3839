using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Html;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Output;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Engine.Templates.Views;

namespace ClinicSite.Engine.Templates;

/// <summary>A page as it is written, and what the site checks need to know about it.</summary>
internal sealed record PageFile(OutputFile File, PageFacts Facts);

/// <summary>
/// Page stage: one page's view model to its HTML file and check facts. Safe to call from many threads at once; build
/// and serve both call it for each page they render.
/// </summary>
internal sealed class RenderPage(ThemeTemplates templates, IReadOnlyList<GlossaryEntry> glossary, string? glossaryUrl, PageParts? parts = null)
{
    private readonly PostProcessHtml _postProcess = new(glossary, glossaryUrl, parts);
    private readonly PageParts _parts = parts ?? new PageParts();

    /// <summary>The page's file and facts, or null when its templates failed (the reason is in <paramref name="diagnostics"/>).</summary>
    public PageFile? Run(Page page, PageView view, DiagnosticBag diagnostics)
    {
        var start = PageParts.Now();
        var rendered = new RenderTemplates(templates, diagnostics).Render(page, view);
        _parts.Lap(PagePart.Templates, start);
        return rendered is null ? null : _postProcess.Process(rendered);
    }
}

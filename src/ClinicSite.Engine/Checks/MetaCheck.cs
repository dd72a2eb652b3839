using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Checks;

/// <summary>Every page has &lt;html lang&gt;, a unique &lt;title&gt;, a canonical link and unique ids.</summary>
internal sealed class MetaCheck : ISiteCheck
{
    public void Check(IReadOnlyList<PageFacts> pages, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        foreach (var page in pages)
        {
            if (string.IsNullOrWhiteSpace(page.Lang))
            {
                diagnostics.Error(Codes.HtmlLang, CheckSpan.For(page), $"The built page /{page.OutputPath} has no lang attribute on <html>.");
            }

            if (string.IsNullOrWhiteSpace(page.Title))
            {
                diagnostics.Error(Codes.Title, CheckSpan.For(page), $"The built page /{page.OutputPath} has no <title>.");
            }

            if (string.IsNullOrWhiteSpace(page.Canonical))
            {
                diagnostics.Error(Codes.Canonical, CheckSpan.For(page), $"The built page /{page.OutputPath} has no canonical link.");
            }

            foreach (var id in page.DuplicateIds.Distinct())
            {
                diagnostics.Error(Codes.DuplicateId, CheckSpan.For(page), $"The built page /{page.OutputPath} uses id '{id}' more than once.");
            }
        }

        foreach (var group in pages.Where(p => !string.IsNullOrWhiteSpace(p.Title)).GroupBy(p => p.Title, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var page in group)
            {
                diagnostics.Error(Codes.Title, CheckSpan.For(page), $"The title '{group.Key}' is used by {group.Count()} pages ({string.Join(", ", group.Select(p => "/" + p.OutputPath))}). Give each page its own title.");
            }
        }
    }
}

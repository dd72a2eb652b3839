using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Checks;

/// <summary>No page loads anything from another host: scripts, styles, images, fonts, frames (privacy: no third parties).</summary>
internal sealed class ExternalResourceCheck : ISiteCheck
{
    public void Check(IReadOnlyList<PageFacts> pages, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        foreach (var page in pages)
        {
            foreach (var (element, attribute, value) in page.References.Where(r => r.Element != "a" && r.Element != "form" && IsOtherHost(r.Value)))
            {
                if (element == "link" && attribute == "href" && value.Length > 0 && IsCanonicalLike(page, value))
                {
                    continue;
                }

                diagnostics.Error(Codes.UnsafeLink, CheckSpan.For(page), $"The built page /{page.OutputPath} loads <{element} {attribute}=\"{value}\"> from another host. Health pages must load nothing from third parties: serve it from theme/assets/.");
            }
        }
    }

    private static bool IsOtherHost(string value) =>
        value.StartsWith("//", StringComparison.Ordinal) || value.Contains("://", StringComparison.Ordinal);

    private static bool IsCanonicalLike(PageFacts page, string value) => value == page.Canonical;
}

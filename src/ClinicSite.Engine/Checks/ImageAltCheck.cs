using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Checks;

/// <summary>Every img has an alt attribute.</summary>
internal sealed class ImageAltCheck : ISiteCheck
{
    public void Check(IReadOnlyList<PageFacts> pages, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        foreach (var page in pages)
        {
            foreach (var src in page.ImagesWithoutAlt)
            {
                diagnostics.Error(Codes.ImageAlt, CheckSpan.For(page), $"The built page /{page.OutputPath} has an image '{src}' without alt text.");
            }
        }
    }
}

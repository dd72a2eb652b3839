using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Checks;

/// <summary>Exactly one h1 per page, and no heading level skipped on the way down.</summary>
internal sealed class HeadingCheck : ISiteCheck
{
    public void Check(IReadOnlyList<PageFacts> pages, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        foreach (var page in pages)
        {
            var h1 = page.HeadingLevels.Count(l => l == 1);
            if (h1 != 1)
            {
                diagnostics.Error(Codes.H1Count, CheckSpan.For(page), $"The built page /{page.OutputPath} has {h1} h1 headings; it needs exactly one.");
            }

            var previous = 0;
            foreach (var level in page.HeadingLevels)
            {
                if (level > previous + 1)
                {
                    diagnostics.Error(Codes.HeadingOrder, CheckSpan.For(page), $"The built page /{page.OutputPath} jumps from h{previous} to h{level}.");
                }

                previous = level;
            }
        }
    }
}

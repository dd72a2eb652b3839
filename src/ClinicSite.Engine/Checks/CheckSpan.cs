using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Checks;

/// <summary>Helpers shared by the site checks.</summary>
internal static class CheckSpan
{
    public static SourceSpan For(PageFacts page) => new(page.SourcePath);
}

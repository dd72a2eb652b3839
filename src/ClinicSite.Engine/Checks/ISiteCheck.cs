using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Checks;

/// <summary>A check over the built site. Each reports every failure it finds, naming the page and its source file.</summary>
internal interface ISiteCheck
{
    void Check(IReadOnlyList<PageFacts> pages, IReadOnlySet<string> files, DiagnosticBag diagnostics);
}

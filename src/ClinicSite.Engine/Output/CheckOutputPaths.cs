using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Output;

/// <summary>
/// No two files may be written to the same output path: a file in input/ named like a generated one (_headers,
/// sitemap.xml, a page's index.html) would otherwise silently replace it, security headers included.
/// </summary>
internal static class CheckOutputPaths
{
    public static void Run(IReadOnlyList<OutputFile> files, IReadOnlyCollection<StaticFile> statics, DiagnosticBag diagnostics)
    {
        var staticByPath = statics.ToDictionary(s => s.PathInInput, StringComparer.Ordinal);
        foreach (var clash in files.GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var span = staticByPath.TryGetValue(clash.Key, out var file) ? new SourceSpan(DisplayPaths.For(file.FullPath)) : new SourceSpan(clash.Key);
            diagnostics.Error(Codes.DuplicateUrl, span, $"This file would be published at /{clash.Key}, where the site already writes a generated file or page. Rename or remove it.");
        }
    }
}

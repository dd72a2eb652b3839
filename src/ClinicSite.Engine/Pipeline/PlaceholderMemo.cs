using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Scaffolding;

namespace ClinicSite.Engine.Pipeline;

/// <summary>The placeholder check for serve's rebuilds: a page's file is searched again only when its text changed.</summary>
internal sealed class PlaceholderMemo
{
    private Dictionary<string, (SourceFile File, IReadOnlyList<Diagnostic> Diagnostics)> _entries = new(StringComparer.Ordinal);

    /// <summary>Same diagnostics as <see cref="CheckPlaceholders.Run"/>, which looks at each page's file on its own.</summary>
    public void Run(Site site, DiagnosticBag diagnostics)
    {
        // An unchanged file keeps its parsed page, and with it the very same source file object.
        var stale = site.Pages.Where(p => !(_entries.TryGetValue(p.Source.File.PathInInput, out var old) && ReferenceEquals(old.File, p.Source.File))).ToList();
        var found = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        if (stale.Count > 0)
        {
            var bag = new DiagnosticBag();
            new CheckPlaceholders(bag).Run(site with { Pages = stale });
            // Each placeholder error points into the page's own file.
            found = bag.ToSortedList().GroupBy(d => d.Span.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        }

        var staleFiles = stale.Select(p => p.Source.File.PathInInput).ToHashSet(StringComparer.Ordinal);
        var next = new Dictionary<string, (SourceFile File, IReadOnlyList<Diagnostic> Diagnostics)>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            var file = page.Source.File;
            var entry = staleFiles.Contains(file.PathInInput)
                ? (file, found.TryGetValue(file.DisplayPath, out var list) ? list : [])
                : _entries[file.PathInInput];
            next[file.PathInInput] = entry;
            foreach (var diagnostic in entry.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }
        }

        _entries = next;
    }
}

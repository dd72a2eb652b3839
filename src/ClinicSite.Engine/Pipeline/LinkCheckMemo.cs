using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Html;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// The site checks for serve's rebuilds. The link check is the slow one, and whether a page's links resolve depends
/// only on that page, on which files exist, and on the ids of the pages its #fragments point into. So a page is
/// link-checked again only when its HTML changed, the set of files changed, or a page it links into with a fragment
/// now has different ids. The other checks are quick and run over every page each time.
/// </summary>
internal sealed class LinkCheckMemo
{
    private sealed record Entry(PageFacts Facts, IReadOnlyList<string> FragmentTargets, IReadOnlyList<Diagnostic> Diagnostics);

    private Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private HashSet<string>? _files;

    /// <summary>Same diagnostics as running each check over all <paramref name="pages"/>.</summary>
    public void Run(IEnumerable<ISiteCheck> checks, IReadOnlyList<PageFacts> pages, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        foreach (var check in checks)
        {
            if (check is LinkCheck links)
            {
                RunLinkCheck(links, pages, files, diagnostics);
            }
            else
            {
                check.Check(pages, files, diagnostics);
            }
        }
    }

    private void RunLinkCheck(LinkCheck check, IReadOnlyList<PageFacts> pages, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        var byPath = pages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal);
        var sameFiles = _files is not null && _files.SetEquals(files);

        // Pages whose ids may differ from the last run: new ones, changed ones with other ids, and removed ones.
        var movedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (!_entries.TryGetValue(page.OutputPath, out var entry) || (!ReferenceEquals(entry.Facts, page) && !entry.Facts.Ids.SetEquals(page.Ids)))
            {
                movedIds.Add(page.OutputPath);
            }
        }

        movedIds.UnionWith(_entries.Keys.Where(path => !byPath.ContainsKey(path)));

        var stale = pages.Where(p => !sameFiles || !_entries.TryGetValue(p.OutputPath, out var entry) || !ReferenceEquals(entry.Facts, p)
            || entry.FragmentTargets.Any(movedIds.Contains)).ToList();
        var next = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (stale.Count > 0)
        {
            var targets = stale.ToDictionary(p => p.OutputPath, FragmentTargets, StringComparer.Ordinal);
            // The pages to check plus the pages their fragments point into, whose ids the check needs.
            var input = stale
                .Concat(targets.Values.SelectMany(t => t).Where(byPath.ContainsKey).Select(t => byPath[t]))
                .Distinct()
                .ToList();
            var bag = new DiagnosticBag();
            check.Check(input, files, bag);
            var found = bag.ToSortedList().ToLookup(d => d.Span.Path, StringComparer.Ordinal);
            foreach (var page in stale)
            {
                next[page.OutputPath] = new Entry(page, targets[page.OutputPath], found[page.SourcePath].ToList());
            }
        }

        foreach (var page in pages)
        {
            if (!next.TryGetValue(page.OutputPath, out var entry))
            {
                next[page.OutputPath] = entry = _entries[page.OutputPath];
            }

            foreach (var diagnostic in entry.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }
        }

        _entries = next;
        _files = files.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The output paths of the pages this page's internal #fragment links point into (itself for a bare #id).</summary>
    private static IReadOnlyList<string> FragmentTargets(PageFacts page) => page.References
        .Select(r => r.Value)
        .Where(v => v.Contains('#', StringComparison.Ordinal) && !v.Contains(':', StringComparison.Ordinal))
        .Select(v => v[..v.IndexOf('#', StringComparison.Ordinal)] is var path && path.Length == 0 ? page.OutputPath : LinkCheck.Resolve(page.OutputPath, path))
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .ToList();
}

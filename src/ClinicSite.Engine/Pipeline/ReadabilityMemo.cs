using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Readability;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// The readability check for serve's rebuilds. Scoring every sentence of every page is the slowest part of a
/// rebuild on a large site, and a page's score depends only on its own text (the glossary page also on the glossary),
/// so only pages whose Markdown changed are scored again.
/// </summary>
internal sealed class ReadabilityMemo
{
    private sealed record Entry(MarkdownPage Markdown, PageKind Kind, IReadOnlyList<Diagnostic> Diagnostics);

    private Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private double? _target;
    private IReadOnlyList<GlossaryEntry> _glossary = [];

    /// <summary>Same diagnostics as <see cref="CheckReadability.Run"/> over the whole site, which scores each page on its own.</summary>
    public void Run(Site site, DiagnosticBag diagnostics)
    {
        var target = site.Data.Readability.TargetGrade;
        var previous = _target == target ? _entries : [];
        var glossaryChanged = !PageMemo.SameGlossary(site.Glossary, _glossary);
        var pages = site.Pages;
        var entries = new Entry[pages.Count];
        var stale = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            // The Markdown page is the same object exactly when the file's text is unchanged (the memos keep it).
            if (previous.TryGetValue(page.Source.File.PathInInput, out var old) && ReferenceEquals(old.Markdown, page.Markdown)
                && old.Kind == page.Kind && !(page.Kind == PageKind.Glossary && glossaryChanged))
            {
                entries[i] = old;
            }
            else
            {
                stale.Add(i);
            }
        }

        if (stale.Count > 0)
        {
            // One call for all the pages to score: the check spreads them over the cores itself.
            var batch = stale.Select(i => pages[i]).ToList();
            var bag = new DiagnosticBag();
            new CheckReadability(bag).Run(site with { Pages = batch });
            var found = bag.ToSortedList();
            var byPath = found.ToLookup(d => d.Span.Path, StringComparer.Ordinal);
            var paths = batch.Select(p => p.Source.File.DisplayPath).ToHashSet(StringComparer.Ordinal);
            // Warnings about glossary entries point at _data/glossary.yml; they belong to the glossary page.
            var elsewhere = found.Where(d => !paths.Contains(d.Span.Path)).ToList();
            var glossaryInBatch = batch.Any(p => p.Kind == PageKind.Glossary);
            foreach (var i in stale)
            {
                var page = pages[i];
                var extra = !glossaryInBatch || page.Kind == PageKind.Glossary ? elsewhere : [];
                entries[i] = new Entry(page.Markdown, page.Kind, [.. byPath[page.Source.File.DisplayPath], .. extra]);
            }
        }

        _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            _entries[pages[i].Source.File.PathInInput] = entries[i];
            foreach (var diagnostic in entries[i].Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }
        }

        _target = target;
        _glossary = site.Glossary;
    }
}

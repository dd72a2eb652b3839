using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Markdown;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// The Markdown stage for serve's rebuilds. A page's HTML depends on its own text and, through its links, on the
/// addresses and heading ids of the pages it links to. So this renders again: pages whose parsed front matter and
/// body changed; unchanged pages that link to a page whose address or headings changed, or that went away; unchanged
/// pages with a broken link (a new page or heading may mend it, and the "did you mean" hint lists all pages); and
/// every page when the set of static files changed (images are checked against it).
/// </summary>
internal sealed class MarkdownMemo
{
    private sealed record Entry(ParsedPage Source, MarkdownPage Page, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public bool HasBrokenLink { get; } = Diagnostics.Any(d => d.Code == Codes.MissingPage.Id || d.Code == Codes.MissingAnchor.Id);
    }

    private const string Href = "href=\"";

    private Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private HashSet<string>? _statics;

    /// <summary>Same result and diagnostics as <see cref="RenderMarkdown.Run"/> over all <paramref name="pages"/>.</summary>
    public IReadOnlyList<MarkdownPage> Run(IReadOnlyList<ParsedPage> pages, IReadOnlyCollection<StaticFile> staticFiles, DiagnosticBag diagnostics)
    {
        var statics = staticFiles.Select(s => s.PathInInput).ToHashSet(StringComparer.Ordinal);
        var everything = _statics is null || !_statics.SetEquals(statics);
        var previous = _entries;
        var current = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var changed = new List<ParsedPage>();
        foreach (var page in pages)
        {
            // The front-matter memo hands back the same object for an unchanged file, so identity means "unchanged".
            if (!everything && previous.TryGetValue(page.File.PathInInput, out var entry) && ReferenceEquals(entry.Source, page))
            {
                current[page.File.PathInInput] = entry;
            }
            else
            {
                changed.Add(page);
            }
        }

        Render(changed, current, staticFiles);

        var movedTargets = ChangedTargets(previous, current);
        if (movedTargets.Count > 0)
        {
            var renderedNow = changed.Select(p => p.File.PathInInput).ToHashSet(StringComparer.Ordinal);
            var dependents = pages
                .Where(p => !renderedNow.Contains(p.File.PathInInput))
                .Where(p => current[p.File.PathInInput] is var e && (e.HasBrokenLink || LinksToAny(e.Page.Html, movedTargets)))
                .ToList();

            // Headings never depend on links, so rendering the dependents cannot move a target again: one pass is enough.
            Render(dependents, current, staticFiles);
        }

        _entries = current;
        _statics = statics;
        foreach (var page in pages)
        {
            foreach (var diagnostic in current[page.File.PathInInput].Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }
        }

        return pages.Select(p => current[p.File.PathInInput].Page).ToList();
    }

    /// <summary>Renders <paramref name="batch"/> with every other page in <paramref name="current"/> as a link target.</summary>
    private static void Render(List<ParsedPage> batch, Dictionary<string, Entry> current, IReadOnlyCollection<StaticFile> staticFiles)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var inBatch = batch.Select(p => p.File.PathInInput).ToHashSet(StringComparer.Ordinal);
        var known = current.Where(kv => !inBatch.Contains(kv.Key)).Select(kv => kv.Value.Page).ToList();
        var bag = new DiagnosticBag();
        var rendered = new RenderMarkdown(bag).Run(batch, staticFiles, known);

        // Every Markdown diagnostic is placed in the page it is about; anything else stays with the whole batch.
        var all = bag.ToSortedList();
        var byPath = all.ToLookup(d => d.Span.Path, StringComparer.Ordinal);
        var displayPaths = batch.Select(p => p.File.DisplayPath).ToHashSet(StringComparer.Ordinal);
        var unplaced = all.Where(d => !displayPaths.Contains(d.Span.Path)).ToList();
        for (var i = 0; i < batch.Count; i++)
        {
            var page = batch[i];
            current[page.File.PathInInput] = new Entry(page, rendered[i], [.. byPath[page.File.DisplayPath], .. unplaced]);
        }
    }

    /// <summary>The URLs of pages that appeared, went away, or whose address or heading ids differ between the runs.</summary>
    private static HashSet<string> ChangedTargets(Dictionary<string, Entry> before, Dictionary<string, Entry> after)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, old) in before)
        {
            if (!after.TryGetValue(path, out var now) || !SameTarget(old.Page, now.Page))
            {
                changed.Add(old.Page.Url);
            }
        }

        foreach (var (path, now) in after)
        {
            if (!before.ContainsKey(path))
            {
                changed.Add(now.Page.Url);
            }
        }

        return changed;
    }

    private static bool SameTarget(MarkdownPage a, MarkdownPage b) =>
        ReferenceEquals(a, b) || (a.Url == b.Url && a.Headings.Select(h => h.Id).SequenceEqual(b.Headings.Select(h => h.Id), StringComparer.Ordinal));

    /// <summary>
    /// True when the body links to one of <paramref name="urls"/>: RenderMarkdown writes a resolved link as the target
    /// page's URL, optionally with a #fragment, so scanning the href attributes finds every page a body depends on.
    /// </summary>
    internal static bool LinksToAny(string html, IReadOnlySet<string> urls)
    {
        for (var at = html.IndexOf(Href, StringComparison.Ordinal); at >= 0; at = html.IndexOf(Href, at, StringComparison.Ordinal))
        {
            at += Href.Length;
            var end = html.IndexOfAny(['"', '#'], at);
            if (end < 0)
            {
                return false;
            }

            if (urls.Contains(html[at..end]))
            {
                return true;
            }
        }

        return false;
    }
}

using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// The per-page cache every run goes through (<see cref="SiteBuild.Run(BuildOptions, BuildCache)"/>): for each page,
/// each stage's last result, keyed on the content hash of everything that result was made from. A stage reuses an
/// entry whose key is the same as the one it computes now and runs for the rest; its diagnostics are replayed either
/// way. 'build' and 'check' pass an empty cache, so every stage runs for every page; serve keeps one for its life.
/// The stages that go through it are in the other parts of this class, one file per group.
/// </summary>
internal sealed partial class BuildCache
{
    private readonly Dictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);

    /// <summary>Forgets the pages that are gone and makes an entry for each new one; called once a run, first.</summary>
    public void Keep(IReadOnlyList<SourceFile> files)
    {
        var paths = files.Select(f => f.PathInInput).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _pages.Keys.Where(p => !paths.Contains(p)).ToList())
        {
            _pages.Remove(gone);
        }

        foreach (var path in paths)
        {
            _pages.TryAdd(path, new CachedPage());
        }
    }

    /// <summary>The entry of a page read this run (stages look entries up from many threads; only Keep adds them).</summary>
    private CachedPage Entry(SourceFile file) => _pages[file.PathInInput];

    /// <summary>
    /// The one routine of every per-page stage: each item's key is computed; an item whose stored entry has that key
    /// keeps it, and the stage runs once for all the others (so it can spread them over the cores itself). Every
    /// item's entry is then stored and its diagnostics replayed, and the results come back in the items' order.
    /// </summary>
    private static IReadOnlyList<T> Through<TItem, T>(
        IReadOnlyList<TItem> items,
        Func<TItem, ContentHash> key,
        Func<TItem, Stored<T>?> stored,
        Action<TItem, Stored<T>> store,
        Func<IReadOnlyList<TItem>, IReadOnlyList<(T Value, IReadOnlyList<Diagnostic> Diagnostics)>> stage,
        DiagnosticBag diagnostics)
    {
        var keys = new ContentHash[items.Count];
        var results = new Stored<T>?[items.Count];
        Parallel.For(0, items.Count, PageParallelism.Options, i =>
        {
            keys[i] = key(items[i]);
            results[i] = stored(items[i]) is { } old && old.Key == keys[i] ? old : null;
        });

        var stale = Enumerable.Range(0, items.Count).Where(i => results[i] is null).ToList();
        if (stale.Count > 0)
        {
            var made = stage(stale.Select(i => items[i]).ToList());
            for (var j = 0; j < stale.Count; j++)
            {
                results[stale[j]] = new Stored<T>(keys[stale[j]], made[j].Value, made[j].Diagnostics);
            }
        }

        var values = new T[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            store(items[i], results[i]!);
            Replay(results[i]!.Diagnostics, diagnostics);
            values[i] = results[i]!.Value;
        }

        return values;
    }

    /// <summary>
    /// Runs a stage that reports into one bag for a whole batch, and hands each item the diagnostics about its own file
    /// (<paramref name="path"/>). Any others (about a data file, say) go to the items <paramref name="takesTheRest"/>
    /// picks, or to every item if it picks none, so they are reported again as long as one of those entries is kept;
    /// without it they are dropped (they are about items outside the batch, given to the stage only to read).
    /// </summary>
    private static IReadOnlyList<(T Value, IReadOnlyList<Diagnostic> Diagnostics)> Batch<TItem, T>(
        IReadOnlyList<TItem> batch,
        Func<IReadOnlyList<TItem>, DiagnosticBag, IReadOnlyList<T>> stage,
        Func<TItem, string> path,
        Func<TItem, bool>? takesTheRest)
    {
        var bag = new DiagnosticBag();
        var values = stage(batch, bag);
        var found = batch.Select(_ => new List<Diagnostic>()).ToList();
        var byPath = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            byPath.TryAdd(path(batch[i]), i);
        }

        var rest = new List<Diagnostic>();
        foreach (var diagnostic in bag.ToSortedList())
        {
            (byPath.TryGetValue(diagnostic.Span.Path, out var i) ? found[i] : rest).Add(diagnostic);
        }

        if (rest.Count > 0 && takesTheRest is not null)
        {
            var all = !batch.Any(takesTheRest);
            for (var i = 0; i < batch.Count; i++)
            {
                if (all || takesTheRest(batch[i]))
                {
                    found[i].AddRange(rest);
                }
            }
        }

        return values.Select((v, i) => (v, (IReadOnlyList<Diagnostic>)found[i])).ToList();
    }

    /// <summary>A site-wide entry (the data files, the theme): kept while its key is the same, made again otherwise.</summary>
    private static Stored<T> Single<T>(Stored<T>? stored, ContentHash key, Func<DiagnosticBag, T> stage)
    {
        if (stored is not null && stored.Key == key)
        {
            return stored;
        }

        var bag = new DiagnosticBag();
        var value = stage(bag);
        return new Stored<T>(key, value, bag.ToSortedList());
    }

    private static void Replay(IEnumerable<Diagnostic> found, DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in found)
        {
            diagnostics.Add(diagnostic);
        }
    }
}

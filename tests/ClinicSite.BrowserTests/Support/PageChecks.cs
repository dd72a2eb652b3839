using System.Collections.Concurrent;

namespace ClinicSite.BrowserTests.Support;

/// <summary>Runs one check over many pages a few at a time and gathers every problem, so one run reports them all.</summary>
internal static class PageChecks
{
    /// <summary>
    /// Pages in flight at once: one per core. Nearly all the work is the browser's (axe, layout, painting), so more tabs
    /// only queue for the same cores; on two cores, 3 or 4 tabs made the suite slower than 2, not faster.
    /// </summary>
    public static int Parallelism { get; } = Math.Clamp(Environment.ProcessorCount, 2, 4);

    public static async Task<IReadOnlyList<string>> RunAsync(IEnumerable<string> paths, Func<string, Task<IEnumerable<string>>> check)
    {
        var problems = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (path, _) =>
        {
            foreach (var problem in await check(path))
            {
                problems.Add(problem);
            }
        });
        return problems.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Runs <paramref name="visit"/> over every path, a few at a time, keeping the results in path order.</summary>
    public static async Task<IReadOnlyList<T>> MapAsync<T>(IReadOnlyList<string> paths, Func<string, Task<T>> visit, int? parallelism = null)
    {
        var results = new T[paths.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, paths.Count), new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Parallelism }, async (i, _) =>
            results[i] = await visit(paths[i]));
        return results;
    }

    /// <summary>A failure message listing every problem, one per line.</summary>
    public static string Report(string what, IReadOnlyCollection<string> problems) =>
        $"{problems.Count} {what}:\n  " + string.Join("\n  ", problems);
}

using System.Diagnostics;

namespace ClinicSite.Engine.Pipeline;

/// <summary>The parts of making one page, in the order they run, and the search index, built beside the pages.</summary>
internal enum PagePart
{
    ViewModel,
    CacheKeys,
    Templates,
    Assemble,
    Staging,
    SearchIndex,
}

/// <summary>
/// Where the page stage spends its time. Its parts run page after page on every core, so the
/// stage's wall time cannot be split between them: each part's time is summed over the threads that ran it instead
/// (<c>build --timings</c> prints it under the stage). Two clock readings per part and page: a few microseconds a page.
/// </summary>
internal sealed class PageParts
{
    private static readonly string[] Names =
    [
        "view models and JSON-LD", "hashing views for the cache", "Scriban", "body, glossary links, check facts and UTF-8",
        "writing to the staging folder", "search index (built beside the pages)",
    ];

    private readonly long[] _ticks = new long[Names.Length];

    /// <summary>Each part's time summed over threads, in the order they run.</summary>
    public IReadOnlyList<(string Part, TimeSpan Time)> Parts =>
        Enum.GetValues<PagePart>().Select(p => (Names[(int)p], Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)p])))).ToList();

    /// <summary>A clock reading to pass to <see cref="Lap"/>.</summary>
    internal static long Now() => Stopwatch.GetTimestamp();

    /// <summary>Runs <paramref name="work"/> and charges its time to <paramref name="part"/>.</summary>
    internal T Time<T>(PagePart part, Func<T> work)
    {
        var start = Now();
        var result = work();
        Lap(part, start);
        return result;
    }

    /// <summary>Charges the time since <paramref name="since"/> to <paramref name="part"/>, and returns the time now.</summary>
    internal long Lap(PagePart part, long since)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[(int)part], now - since);
        return now;
    }
}

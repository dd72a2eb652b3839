using System.Diagnostics;

namespace ClinicSite.Engine.Pipeline;

/// <summary>The parts of making one page, in the order they run.</summary>
internal enum PagePart
{
    ViewModel,
    Templates,
    Parse,
    Glossary,
    Enhancements,
    CheckFacts,
    Serialise,
    Staging,
}

/// <summary>
/// Where the templates and post-processing stage spends its time. Its parts run page after page on every core, so the
/// stage's wall time cannot be split between them: each part's time is summed over the threads that ran it instead
/// (<c>build --timings</c> prints it under the stage). Two clock readings per part and page: a few microseconds a page.
/// </summary>
internal sealed class PageParts
{
    private static readonly string[] Names =
        ["view models and JSON-LD", "Scriban", "AngleSharp parse", "glossary links", "other enhancements", "check facts", "serialising", "writing to the staging folder"];

    private readonly long[] _ticks = new long[Names.Length];

    /// <summary>Each part's time summed over threads, in the order they run.</summary>
    public IReadOnlyList<(string Part, TimeSpan Time)> Parts =>
        Enum.GetValues<PagePart>().Select(p => (Names[(int)p], Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)p])))).ToList();

    /// <summary>A clock reading to pass to <see cref="Lap"/>.</summary>
    internal static long Now() => Stopwatch.GetTimestamp();

    /// <summary>Charges the time since <paramref name="since"/> to <paramref name="part"/>, and returns the time now.</summary>
    internal long Lap(PagePart part, long since)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[(int)part], now - since);
        return now;
    }
}

using System.Collections.Concurrent;

namespace ClinicSite.Engine.Checks;

/// <summary>
/// One string for each distinct id, href or src the check facts hold. The same values come back on every page (the
/// sections, the assets, the pages that link lists name), so at 10 000 pages this keeps millions of copies out of
/// memory. Bounded, so a long serve session cannot grow it without end.
/// </summary>
internal static class SharedStrings
{
    private const int Limit = 1_000_000;

    private static readonly ConcurrentDictionary<string, string> Values = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Values.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int s_count;

    /// <summary>The shared string with these characters, made now if there is none yet.</summary>
    public static string Get(ReadOnlySpan<char> value) => BySpan.TryGetValue(value, out var shared) ? shared : Add(value.ToString());

    /// <inheritdoc cref="Get(ReadOnlySpan{char})"/>
    public static string Get(string value) => Values.TryGetValue(value, out var shared) ? shared : Add(value);

    private static string Add(string value)
    {
        if (Volatile.Read(ref s_count) < Limit && Values.TryAdd(value, value))
        {
            Interlocked.Increment(ref s_count);
        }

        return value;
    }
}

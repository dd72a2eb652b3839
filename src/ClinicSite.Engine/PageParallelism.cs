namespace ClinicSite.Engine;

/// <summary>
/// How the per-page loops share out work: one worker per core. Left to itself, the thread pool adds workers while a
/// long loop runs (4–7 on a 2-core machine in a 1 000-page build), and the extra ones only take turns on the same
/// cores, each with its own parser and buffers.
/// </summary>
internal static class PageParallelism
{
    public static ParallelOptions Options { get; } = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}

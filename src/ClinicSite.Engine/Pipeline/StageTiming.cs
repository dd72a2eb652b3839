namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// One stage's share of a build: wall-clock time, the CPU time of all threads, how long the garbage collector held
/// the threads paused, and the process's resident memory when the stage ended (how the build's memory grows stage by
/// stage).
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Wall, TimeSpan Cpu, TimeSpan GcPause, long ResidentBytes)
{
    /// <summary>For a stage whose parts run interleaved on several threads: each part's time, summed over the threads.</summary>
    public IReadOnlyList<(string Part, TimeSpan Time)> Parts { get; init; } = [];
}

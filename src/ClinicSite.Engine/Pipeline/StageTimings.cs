using System.Diagnostics;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// How long each stage of one build took, in the order they ran (<c>build --timings</c> prints them): wall time, and
/// the process's CPU time over the same span, so a stage that keeps one core busy out of two shows as CPU ≈ wall, the
/// time the garbage collector paused the program's threads within it, and the resident memory at its end.
/// </summary>
public sealed class StageTimings
{
    private readonly List<StageTiming> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastWall;
    private TimeSpan _lastCpu = Cpu();
    private TimeSpan _lastGcPause = GC.GetTotalPauseDuration();

    public IReadOnlyList<StageTiming> Stages => _stages;

    /// <summary>Ends the current stage: everything since the previous mark is charged to it.</summary>
    internal void Mark(string stage, PageParts? parts = null)
    {
        var wall = _clock.Elapsed;
        var cpu = Cpu();
        var gcPause = GC.GetTotalPauseDuration();
        _stages.Add(new StageTiming(stage, wall - _lastWall, cpu - _lastCpu, gcPause - _lastGcPause, Environment.WorkingSet)
        {
            Parts = parts?.Parts ?? [],
        });
        (_lastWall, _lastCpu, _lastGcPause) = (wall, cpu, gcPause);
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

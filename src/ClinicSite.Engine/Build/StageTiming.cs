namespace ClinicSite.Engine.Build;

/// <summary>One stage's share of a build: wall-clock time and the CPU time of all threads.</summary>
public sealed record StageTiming(string Stage, TimeSpan Wall, TimeSpan Cpu);

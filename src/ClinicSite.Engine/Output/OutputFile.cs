namespace ClinicSite.Engine.Output;

/// <summary>A file to write, by its path relative to the output folder.</summary>
internal sealed record OutputFile(string Path, byte[] Content)
{
    /// <summary>Already written to the staging folder (its content is then dropped, not kept in memory).</summary>
    public bool Staged { get; init; }
}

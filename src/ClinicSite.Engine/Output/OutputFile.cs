namespace ClinicSite.Engine.Output;

/// <summary>A file to write, by its path relative to the output folder.</summary>
internal sealed record OutputFile(string Path, byte[] Content);

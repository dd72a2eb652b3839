namespace ClinicSite.Engine.Content;

/// <summary>Everything read from disk by <see cref="ReadInput"/>: pages, data files and static files.</summary>
internal sealed record InputSet(
    IReadOnlyList<SourceFile> Pages,
    IReadOnlyDictionary<string, SourceFile> DataFiles,
    IReadOnlyList<StaticFile> StaticFiles);

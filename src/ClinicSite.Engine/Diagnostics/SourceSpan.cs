namespace ClinicSite.Engine.Diagnostics;

/// <summary>A place in a source file: path relative to the working folder, 1-based line and column (0 = unknown).</summary>
public readonly record struct SourceSpan(string Path, int Line = 0, int Column = 0)
{
    /// <summary>MSBuild's canonical origin: <c>path(line,col)</c>, <c>path(line)</c> or <c>path</c>.</summary>
    public override string ToString() =>
        Line <= 0 ? Path : Column <= 0 ? $"{Path}({Line})" : $"{Path}({Line},{Column})";
}

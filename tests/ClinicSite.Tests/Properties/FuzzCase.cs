using System.Text.Json;

namespace ClinicSite.Tests.Properties;

/// <summary>A generated page: where it goes in input/, its text, and the output file it becomes when it builds.</summary>
internal sealed record FuzzCase(string Path, string Text, string OutputPath)
{
    /// <summary>The text JSON-escaped, so a failing case can be copied into a regression test exactly.</summary>
    public override string ToString() => $"{Path}: {JsonSerializer.Serialize(Text)}";
}

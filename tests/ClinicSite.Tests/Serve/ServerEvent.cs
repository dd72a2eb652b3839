using System.Text.Json;

namespace ClinicSite.Tests.Serve;

/// <summary>One event from serve's stream: its kind (hello, reload, css, broken) and its JSON payload.</summary>
internal sealed record ServerEvent(string Kind, JsonElement Data)
{
    public IReadOnlyList<string> Files => Data.TryGetProperty("files", out var files) ? files.EnumerateArray().Select(f => f.GetString()!).ToList() : [];
}

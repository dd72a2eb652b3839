using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Content;

/// <summary>Where each front-matter value was written (keys like <c>risks</c> or <c>risks[2]</c>), for precise errors later.</summary>
public sealed class FieldPositions(SourceSpan fallback)
{
    private readonly Dictionary<string, SourceSpan> _spans = new(StringComparer.Ordinal);

    public SourceSpan Fallback { get; } = fallback;

    internal void Set(string path, SourceSpan span) => _spans[path] = span;

    public SourceSpan this[string path] => _spans.TryGetValue(path, out var span) ? span : Fallback;
}

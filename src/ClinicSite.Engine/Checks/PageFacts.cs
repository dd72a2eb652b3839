namespace ClinicSite.Engine.Checks;

/// <summary>What the site checks need to know about one built page, taken from its DOM in one pass.</summary>
internal sealed record PageFacts
{
    public required string OutputPath { get; init; }
    public required string SourcePath { get; init; }
    public required IReadOnlySet<string> Ids { get; init; }
    public required IReadOnlyList<string> DuplicateIds { get; init; }
    public required IReadOnlyList<(string Element, string Attribute, string Value)> References { get; init; }
    public required IReadOnlyList<int> HeadingLevels { get; init; }
    public required IReadOnlyList<string> ImagesWithoutAlt { get; init; }
    public required string? Lang { get; init; }
    public required string? Title { get; init; }
    public required string? Canonical { get; init; }
}

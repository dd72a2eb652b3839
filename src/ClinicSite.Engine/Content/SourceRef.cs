namespace ClinicSite.Engine.Content;

/// <summary>A source document a page's facts come from, cited by its title.</summary>
public sealed record SourceRef
{
    [Help("The title the source document gives itself.")]
    public required string Title { get; init; }

    [Help("Who published the source.")]
    public required string Publisher { get; init; }

    [Help("Optional https:// address of the source. Never invent one.")]
    public string? Url { get; init; }
}

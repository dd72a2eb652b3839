namespace ClinicSite.Engine.Content;

/// <summary>Front matter every page has. Property names map to snake_case YAML keys.</summary>
public abstract record PageMeta
{
    [Help("The page title: the page's only h1 and the start of its <title>.")]
    public required string Title { get; init; }

    [Help("One plain sentence, at most 160 characters; becomes the meta description.")]
    public required string Summary { get; init; }

    [Help("Date the page was last clinically reviewed, YYYY-MM-DD.")]
    public required DateOnly Reviewed { get; init; }

    [Help("Date the next review is due, YYYY-MM-DD, at most 3 years after reviewed.")]
    public required DateOnly NextReview { get; init; }

    [Help("Id of a reviewer listed under reviewers: in input/_data/site.yml.")]
    public required string ReviewedBy { get; init; }

    [Help("Source documents the page's facts come from.")]
    public required IReadOnlyList<SourceRef> Sources { get; init; }

    [Help("Sort order within the section; lower comes first, then by title.")]
    public int Order { get; init; }
}

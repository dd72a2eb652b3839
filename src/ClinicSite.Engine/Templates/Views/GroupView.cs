namespace ClinicSite.Engine.Templates.Views;

/// <summary>
/// A titled group of links on a section page (procedures by condition, risks by frequency). A group either lists
/// its own items or holds subgroups (rendered one heading level down); compact groups omit the summaries.
/// </summary>
public sealed record GroupView(string Title, string Id, string? Intro, IReadOnlyList<LinkView> Items)
{
    /// <summary>Groups shown under this one, each with an h3.</summary>
    public IReadOnlyList<GroupView> Subgroups { get; init; } = [];

    /// <summary>True to show titles only: the pages were already listed with their summaries above.</summary>
    public bool Compact { get; init; }
}

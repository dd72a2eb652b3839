namespace ClinicSite.Engine.Templates.Views;

/// <summary>A titled group of links on a section page (procedures by condition, risks by frequency).</summary>
public sealed record GroupView(string Title, string Id, string? Intro, IReadOnlyList<LinkView> Items);

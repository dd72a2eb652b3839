namespace ClinicSite.Engine.Search;

/// <summary>What a search result shows of a page: title, address, section, summary, its ## headings and a short excerpt.</summary>
internal sealed record SearchDocument(string Title, string Url, string Section, string Summary, IReadOnlyList<string> Headings, string Excerpt);

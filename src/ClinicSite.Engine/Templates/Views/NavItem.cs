namespace ClinicSite.Engine.Templates.Views;

/// <summary>A navigation entry; Current is "page" for the page itself, "true" inside its section, else null.</summary>
public sealed record NavItem(string Title, string Url, string? Current);

namespace ClinicSite.Engine.Templates.Views;

/// <summary>What every page shows of the site: identity, assets, navigation.</summary>
public sealed record SiteView
{
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string Tagline { get; init; }
    public required string Description { get; init; }
    public required string Language { get; init; }
    public required bool Example { get; init; }
    public required string Phone { get; init; }
    public required string Email { get; init; }
    public required string Address { get; init; }
    public required string Hours { get; init; }
    public required string Emergency { get; init; }
    public required string ThemeColor { get; init; }
    public required string StylesheetUrl { get; init; }
    public required string? ScriptUrl { get; init; }

    /// <summary>The search page's address, or null when the site has none (then no page shows the search form).</summary>
    public string? SearchUrl { get; init; }

    /// <summary>The fingerprinted search.js, loaded by the search page only.</summary>
    public string? SearchScriptUrl { get; init; }
    public required string FaviconUrl { get; init; }
    public required string ManifestUrl { get; init; }
    public required IReadOnlyList<NavItem> Footer { get; init; }

    /// <summary>The clinic's after-care safety advice, shown by partials/when-to-get-help.sbn-html.</summary>
    public required WhenToGetHelpView WhenToGetHelp { get; init; }
}

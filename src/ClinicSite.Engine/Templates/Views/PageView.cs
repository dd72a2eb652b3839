namespace ClinicSite.Engine.Templates.Views;

/// <summary>Everything a layout can show about one page. Kind-specific parts are null for other kinds.</summary>
public sealed record PageView
{
    public required SiteView Site { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string FullTitle { get; init; }
    public required string Summary { get; init; }
    public required string Url { get; init; }
    public required string CanonicalUrl { get; init; }
    public required IReadOnlyList<NavItem> Sections { get; init; }
    public required IReadOnlyList<NavItem> Breadcrumbs { get; init; }
    public required Markdown.BodyHtml Content { get; init; }
    public required string JsonLd { get; init; }
    public required string Reviewed { get; init; }
    public required string ReviewedIso { get; init; }
    public required string NextReview { get; init; }
    public required string NextReviewIso { get; init; }
    public required string ReviewerName { get; init; }
    public required string ReviewerCredentials { get; init; }
    public required IReadOnlyList<SourceView> Sources { get; init; }
    public IReadOnlyList<Markdown.HeadingInfo> Contents { get; init; } = [];
    public ProcedureView? Procedure { get; init; }
    public RiskView? Risk { get; init; }
    public SpecialistView? Specialist { get; init; }
    public IReadOnlyList<GroupView> Groups { get; init; } = [];
    public IReadOnlyList<LinkView> Featured { get; init; } = [];

    /// <summary>The four collections with their summaries: the home page's entries and the 404 page's way back in.</summary>
    public IReadOnlyList<LinkView> Collections { get; init; } = [];

    /// <summary>Glossary terms grouped by first letter (glossary page only).</summary>
    public IReadOnlyList<GlossaryLetterView> Letters { get; init; } = [];

    /// <summary>Every page but the search and 404 pages, by title's first letter, with its section (search page only).</summary>
    public IReadOnlyList<AzLetterView> AzLetters { get; init; } = [];

    /// <summary>True on procedure pages and on checklists that ask for it: the page shows partials/when-to-get-help.sbn-html.</summary>
    public bool ShowWhenToGetHelp { get; init; }

    /// <summary>True when the page loads site.js; only checklists need it, so other pages load no script at all.</summary>
    public bool UsesScript { get; init; }

    /// <summary>True for the 404 page, which search engines should not list.</summary>
    public bool NoIndex => Kind == "404";

    /// <summary>True when there is more than the home crumb to show.</summary>
    public bool ShowBreadcrumbs => Breadcrumbs.Count > 1;

    /// <summary>True when a section has several groups worth an index.</summary>
    public bool ShowGroupIndex => Groups.Count > 1;
}

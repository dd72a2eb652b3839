using ClinicSite.Engine.Content;
using ClinicSite.Engine.Markdown;

namespace ClinicSite.Engine.Model;

/// <summary>A page in the site model, with its cross-references resolved both ways.</summary>
internal sealed class Page(MarkdownPage markdown, PageKind kind)
{
    public MarkdownPage Markdown { get; } = markdown;
    public PageKind Kind { get; } = kind;
    public ParsedPage Source => Markdown.Page;
    public PageMeta Meta => Markdown.Page.Meta;
    public Collection Collection => Markdown.Page.Collection;
    public string Url => Markdown.Url;
    public string OutputPath => PageAddress.OutputPath(Url);
    public string Title => Meta.Title;

    public Reviewer? Reviewer { get; set; }
    public List<Page> Risks { get; } = [];
    /// <summary>Specialists who give this procedure (performed_by).</summary>
    public List<Page> PerformedBy { get; } = [];

    /// <summary>Others who may be involved in the patient's care (care_team).</summary>
    public List<Page> CareTeam { get; } = [];
    public List<Page> Checklists { get; } = [];
    public List<Page> Related { get; } = [];

    /// <summary>Procedures that list this page (for risks, specialists and checklists).</summary>
    public List<Page> UsedBy { get; } = [];

    /// <summary>For a specialist: the procedures that list it under performed_by.</summary>
    public List<Page> Performs { get; } = [];

    /// <summary>For a specialist: the procedures that list it under care_team.</summary>
    public List<Page> CaresFor { get; } = [];

    public List<string> ConditionNames { get; } = [];
}

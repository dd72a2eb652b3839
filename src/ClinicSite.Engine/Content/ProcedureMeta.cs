namespace ClinicSite.Engine.Content;

/// <summary>Front matter of a procedure page: the facts for its "At a glance" panel and its cross-references.</summary>
public sealed record ProcedureMeta : PageMeta
{
    [Help("diagnostic, therapeutic or both.")]
    public required Purpose Purpose { get; init; }

    [Help("Imaging used to guide the needle: a list of fluoroscopy, ultrasound.")]
    public required IReadOnlyList<Guidance> Guidance { get; init; }

    [Help("Where in the body the injection goes.")]
    public required string BodyLocation { get; init; }

    [Help("Numbing medicine or sedation used.")]
    public required string Anesthesia { get; init; }

    [Help("How long it takes on the day.")]
    public required string TimeOnDay { get; init; }

    [Help("When and how you go home.")]
    public required string GoingHome { get; init; }

    [Help("When relief usually starts, as the sources say.")]
    public required string ReliefStarts { get; init; }

    [Help("How long relief may last, as the sources say.")]
    public required string ReliefLasts { get; init; }

    [Help("Ids of conditions from conditions: in site.yml.")]
    public required IReadOnlyList<string> Conditions { get; init; }

    [Help("Slugs of risk pages."), References(Collection.Risks)]
    public required IReadOnlyList<string> Risks { get; init; }

    [Help("Slugs of specialist pages."), References(Collection.Specialists)]
    public required IReadOnlyList<string> Specialists { get; init; }

    [Help("Slugs of checklist pages."), References(Collection.Checklists)]
    public required IReadOnlyList<string> Checklists { get; init; }

    [Help("Slugs of related procedure pages."), References(Collection.Procedures)]
    public IReadOnlyList<string> Related { get; init; } = [];

    [Help("true to list this procedure on the home page.")]
    public bool Featured { get; init; }
}

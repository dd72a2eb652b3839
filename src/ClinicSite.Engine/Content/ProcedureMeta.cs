namespace ClinicSite.Engine.Content;

/// <summary>Front matter of a procedure page: the facts for its "At a glance" panel and its cross-references.</summary>
public sealed record ProcedureMeta : PageMeta
{
    [Help("diagnostic, therapeutic or both.")]
    public required Purpose Purpose { get; init; }

    [Help("spine, joint, head, nerve or muscle. Every spine procedure must list the handout's full set of risks.")]
    public required Region Region { get; init; }

    [Help("Imaging used to guide the needle: a list of fluoroscopy, ultrasound; [] when the sources do not say.")]
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

    [Help("How this procedure describes a risk it lists: the risk's slug (one of risks:), then frequency and note.")]
    public IReadOnlyDictionary<string, RiskNote> RiskNotes { get; init; } = new SortedDictionary<string, RiskNote>(StringComparer.Ordinal);

    [Help("Slugs of specialist pages for the doctors who give this injection; each must say performs_injections: true."), References(Collection.Specialists)]
    public required IReadOnlyList<string> PerformedBy { get; init; }

    [Help("Slugs of specialist pages for others who may be involved in your care."), References(Collection.Specialists)]
    public IReadOnlyList<string> CareTeam { get; init; } = [];

    [Help("Slugs of checklist pages."), References(Collection.Checklists)]
    public required IReadOnlyList<string> Checklists { get; init; }

    [Help("Slugs of related procedure pages."), References(Collection.Procedures)]
    public IReadOnlyList<string> Related { get; init; } = [];

    [Help("true to list this procedure on the home page.")]
    public bool Featured { get; init; }
}

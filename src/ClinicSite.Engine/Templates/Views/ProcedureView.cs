namespace ClinicSite.Engine.Templates.Views;

/// <summary>A procedure's "At a glance" facts and linked panels.</summary>
public sealed record ProcedureView
{
    public required string Purpose { get; init; }
    public required string Guidance { get; init; }
    public required string BodyLocation { get; init; }
    public required string Anesthesia { get; init; }
    public required string TimeOnDay { get; init; }
    public required string GoingHome { get; init; }
    public required string ReliefStarts { get; init; }
    public required string ReliefLasts { get; init; }

    /// <summary>The conditions it treats, each linking to its group on the procedures index.</summary>
    public required IReadOnlyList<NavItem> Conditions { get; init; }
    public required IReadOnlyList<LinkView> Risks { get; init; }
    public required IReadOnlyList<LinkView> Specialists { get; init; }
    public required IReadOnlyList<LinkView> Checklists { get; init; }
    public required IReadOnlyList<LinkView> Related { get; init; }
}

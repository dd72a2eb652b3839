namespace ClinicSite.Engine.Templates.Views;

/// <summary>A procedure's "At a glance" facts and linked panels.</summary>
public sealed record ProcedureView
{
    public required string Purpose { get; init; }
    /// <summary>How the needle is guided; empty when the sources do not say, and then the row is left out.</summary>
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
    /// <summary>Specialists who give this injection (performed_by).</summary>
    public required IReadOnlyList<LinkView> PerformedBy { get; init; }

    /// <summary>Others who may be involved in your care (care_team); empty when none.</summary>
    public required IReadOnlyList<LinkView> CareTeam { get; init; }
    public required IReadOnlyList<LinkView> Checklists { get; init; }
    public required IReadOnlyList<LinkView> Related { get; init; }
}

namespace ClinicSite.Engine.Content;

/// <summary>How one procedure describes a risk it lists, in place of the risk page's own frequency and summary.</summary>
public sealed record RiskNote
{
    [Help("How often this happens with this procedure: rare, uncommon, common, unknown or expected.")]
    public required Frequency Frequency { get; init; }

    [Help("One short plain sentence on this risk for this procedure.")]
    public required string Note { get; init; }
}

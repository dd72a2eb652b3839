namespace ClinicSite.Engine.Templates.Views;

/// <summary>A risk's frequency, warning signs, "when to get help" callout and the procedures that carry it.</summary>
public sealed record RiskView
{
    public required string Frequency { get; init; }
    public required string FrequencyLabel { get; init; }
    public required string FrequencyText { get; init; }
    public required IReadOnlyList<string> WarningSigns { get; init; }
    public required string Urgency { get; init; }
    public required string UrgencyLabel { get; init; }
    public required string UrgencyIcon { get; init; }
    public required string GetHelp { get; init; }
    public required IReadOnlyList<LinkView> Procedures { get; init; }
}

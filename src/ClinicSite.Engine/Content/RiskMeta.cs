namespace ClinicSite.Engine.Content;

/// <summary>Front matter of a risk page.</summary>
public sealed record RiskMeta : PageMeta
{
    [Help("rare, uncommon, common or unknown: as the sources put it; never invent numbers.")]
    public required Frequency Frequency { get; init; }

    [Help("Signs that something is wrong, one short line each.")]
    public required IReadOnlyList<string> WarningSigns { get; init; }

    [Help("non-urgent, urgent or emergency: the level of the 'when to get help' callout.")]
    public required Urgency Urgency { get; init; }

    [Help("What to do if a warning sign appears; general advice only.")]
    public required string GetHelp { get; init; }
}

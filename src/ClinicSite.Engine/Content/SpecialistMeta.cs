namespace ClinicSite.Engine.Content;

/// <summary>Front matter of a specialist-type page.</summary>
public sealed record SpecialistMeta : PageMeta
{
    [Help("The training path, in order, one step per line.")]
    public required IReadOnlyList<string> Training { get; init; }

    [Help("What they treat, one short line each.")]
    public required IReadOnlyList<string> Treats { get; init; }

    [Help("true if this kind of doctor gives the injections on this site; only they may be listed under performed_by.")]
    public required bool PerformsInjections { get; init; }
}

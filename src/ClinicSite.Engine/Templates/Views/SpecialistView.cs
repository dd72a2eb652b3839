namespace ClinicSite.Engine.Templates.Views;

/// <summary>
/// A specialist type's training path, what they treat, whether they give injections, the procedures they perform and
/// those where they may be part of the care team.
/// </summary>
public sealed record SpecialistView(
    IReadOnlyList<string> Training,
    IReadOnlyList<string> Treats,
    bool PerformsInjections,
    IReadOnlyList<LinkView> Performs,
    IReadOnlyList<LinkView> CaresFor);

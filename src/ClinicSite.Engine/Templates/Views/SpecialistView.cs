namespace ClinicSite.Engine.Templates.Views;

/// <summary>A specialist type's training path, what they treat and the procedures they perform.</summary>
public sealed record SpecialistView(IReadOnlyList<string> Training, IReadOnlyList<string> Treats, IReadOnlyList<LinkView> Procedures);

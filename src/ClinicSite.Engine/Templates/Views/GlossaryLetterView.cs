namespace ClinicSite.Engine.Templates.Views;

/// <summary>The glossary terms that start with one letter, with the letter's anchor for the A–Z index.</summary>
public sealed record GlossaryLetterView(string Letter, string Id, IReadOnlyList<GlossaryTermView> Terms);

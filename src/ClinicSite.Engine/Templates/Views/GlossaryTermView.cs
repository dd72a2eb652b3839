namespace ClinicSite.Engine.Templates.Views;

/// <summary>A glossary term with its anchor id.</summary>
public sealed record GlossaryTermView(string Term, string Id, string Definition);

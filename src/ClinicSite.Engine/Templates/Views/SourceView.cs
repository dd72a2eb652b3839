namespace ClinicSite.Engine.Templates.Views;

/// <summary>A cited source.</summary>
public sealed record SourceView(string Title, string Publisher, string? Url);

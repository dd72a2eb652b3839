namespace ClinicSite.Engine.Templates.Views;

/// <summary>A link to another page, with its summary and an optional note (e.g. how common a risk is).</summary>
public sealed record LinkView(string Title, string Url, string Summary, string? Note = null);

namespace ClinicSite.Engine.Markdown;

/// <summary>A question (an h2 on the FAQ page) and its answer as plain text, for FAQPage structured data.</summary>
public sealed record FaqItem(string Question, string Id, string Answer);

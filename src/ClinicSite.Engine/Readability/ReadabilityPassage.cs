using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Readability;

/// <summary>
/// A stretch of text judged on its own against the target grade: a page's body, one FAQ answer or one glossary
/// definition. <paramref name="Entry"/> names the FAQ question or glossary term; null for a page body.
/// </summary>
internal sealed record ReadabilityPassage(string? Entry, SourceSpan Span, IReadOnlyList<string> Blocks);

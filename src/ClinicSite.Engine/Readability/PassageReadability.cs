namespace ClinicSite.Engine.Readability;

/// <summary>A passage's counts and scores, with its hardest sentences (hardest first, at most three).</summary>
internal sealed record PassageReadability(ReadabilityPassage Passage, ReadabilityResult Result, IReadOnlyList<SentenceMeasure> Hardest);

namespace ClinicSite.Engine.Readability;

/// <summary>Counts and Flesch scores for a text; Grade and ReadingEase are 0 when there are no words.</summary>
/// <param name="Sentences">Sentences containing at least one word.</param>
/// <param name="Words">Word tokens, numbers included.</param>
/// <param name="Syllables">Total syllables of all words.</param>
/// <param name="Grade">Flesch–Kincaid grade level, unrounded.</param>
/// <param name="ReadingEase">Flesch reading ease, unrounded (can fall outside 0–100).</param>
internal sealed record ReadabilityResult(int Sentences, int Words, int Syllables, double Grade, double ReadingEase)
{
    /// <summary>The result for text without words.</summary>
    public static ReadabilityResult Empty { get; } = new(0, 0, 0, 0, 0);
}

namespace ClinicSite.Engine.Readability;

/// <summary>The Flesch–Kincaid grade and Flesch reading-ease formulas over sentence, word and syllable counts.</summary>
internal static class ReadabilityScore
{
    /// <summary>0.39 × words/sentences + 11.8 × syllables/words − 15.59; 0 when there are no words.</summary>
    public static double Grade(int sentences, int words, int syllables) =>
        words <= 0 || sentences <= 0 ? 0 : (0.39 * words / sentences) + (11.8 * syllables / words) - 15.59;

    /// <summary>206.835 − 1.015 × words/sentences − 84.6 × syllables/words; 0 when there are no words.</summary>
    public static double ReadingEase(int sentences, int words, int syllables) =>
        words <= 0 || sentences <= 0 ? 0 : 206.835 - (1.015 * words / sentences) - (84.6 * syllables / words);

    /// <summary>Builds the full result from the three counts (<see cref="ReadabilityResult.Empty"/> without words).</summary>
    public static ReadabilityResult Compute(int sentences, int words, int syllables) =>
        words <= 0 || sentences <= 0
            ? ReadabilityResult.Empty
            : new(sentences, words, syllables, Grade(sentences, words, syllables), ReadingEase(sentences, words, syllables));
}

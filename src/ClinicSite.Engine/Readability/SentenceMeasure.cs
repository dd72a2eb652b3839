namespace ClinicSite.Engine.Readability;

/// <summary>One sentence with its word and syllable counts and its own Flesch–Kincaid grade.</summary>
/// <param name="Text">The sentence, whitespace collapsed, punctuation kept.</param>
/// <param name="Words">Word tokens in the sentence.</param>
/// <param name="Syllables">Syllables in those words.</param>
internal sealed record SentenceMeasure(string Text, int Words, int Syllables)
{
    /// <summary>Flesch–Kincaid grade of this sentence alone (one sentence).</summary>
    public double Grade => ReadabilityScore.Grade(1, Words, Syllables);
}

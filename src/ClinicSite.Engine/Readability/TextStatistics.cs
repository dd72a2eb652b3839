namespace ClinicSite.Engine.Readability;

/// <summary>Entry point: readability counts, scores and hardest sentences for a page's text blocks.</summary>
internal static class TextStatistics
{
    /// <summary>
    /// Sentences of <paramref name="blocks"/> (see <see cref="SentenceSplitter.Split(IEnumerable{string})"/>;
    /// each block ends a sentence) that contain at least one word, measured.
    /// </summary>
    public static IReadOnlyList<SentenceMeasure> Measure(IEnumerable<string> blocks)
    {
        var measures = new List<SentenceMeasure>();
        foreach (var sentence in SentenceSplitter.Split(blocks))
        {
            var words = WordTokenizer.CountWords(sentence, out var syllables);
            if (words > 0)
            {
                measures.Add(new SentenceMeasure(sentence, words, syllables));
            }
        }

        return measures;
    }

    /// <summary>Counts and Flesch scores over all blocks; <see cref="ReadabilityResult.Empty"/> without words.</summary>
    public static ReadabilityResult Analyze(IEnumerable<string> blocks) => Score(Measure(blocks));

    /// <summary>Counts and Flesch scores over sentences already measured.</summary>
    public static ReadabilityResult Score(IReadOnlyCollection<SentenceMeasure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return ReadabilityScore.Compute(measures.Count, measures.Sum(m => m.Words), measures.Sum(m => m.Syllables));
    }

    /// <summary>Analyzes a single block of plain text.</summary>
    public static ReadabilityResult Analyze(string text) => Analyze([text]);

    /// <summary>
    /// Up to <paramref name="count"/> sentences with the highest per-sentence grade, hardest first;
    /// equal grades keep their document order.
    /// </summary>
    public static IReadOnlyList<string> HardestSentences(IEnumerable<string> blocks, int count) =>
        Hardest(Measure(blocks), count).Select(m => m.Text).ToList();

    /// <summary>Up to <paramref name="count"/> of <paramref name="measures"/> with the highest grade, hardest first, ties in order.</summary>
    public static IReadOnlyList<SentenceMeasure> Hardest(IEnumerable<SentenceMeasure> measures, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return measures.OrderByDescending(m => m.Grade).Take(count).ToList();
    }
}

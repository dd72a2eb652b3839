using System.Text.RegularExpressions;

namespace ClinicSite.Engine.Readability;

/// <summary>
/// Splits text into word tokens: runs of letters and digits joined by apostrophes or hyphens
/// ("doctor's", "follow-up", "COVID-19"), by a point or comma between digits ("3.5", "1,000") and by a
/// point between letters ("U.S" of "U.S."). Numbers are words. Other punctuation separates words.
/// </summary>
internal static partial class WordTokenizer
{
    /// <summary>The word tokens of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WordPattern().Matches(text).Select(m => m.Value).ToList();
    }

    /// <summary>
    /// How many word tokens <paramref name="text"/> holds, and their syllables (see <see cref="SyllableCounter"/>):
    /// the same tokens as <see cref="Tokenize"/>, counted without making a string for each.
    /// </summary>
    public static int CountWords(ReadOnlySpan<char> text, out int syllables)
    {
        var words = 0;
        syllables = 0;
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            words++;
            syllables += SyllableCounter.Count(text.Slice(match.Index, match.Length));
        }

        return words;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+(?:(?:['’\-\u2010\u2011]|(?<=\p{Nd})[.,](?=\p{Nd})|(?<=\p{L})\.(?=\p{L}))[\p{L}\p{M}\p{Nd}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}

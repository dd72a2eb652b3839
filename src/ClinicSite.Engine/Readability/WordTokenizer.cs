using System.Globalization;

namespace ClinicSite.Engine.Readability;

/// <summary>
/// Splits text into word tokens: runs of letters and digits joined by apostrophes or hyphens
/// ("doctor's", "follow-up", "COVID-19"), by a point or comma between digits ("3.5", "1,000") and by a
/// point between letters ("U.S" of "U.S."). Numbers are words. Other punctuation separates words.
/// </summary>
/// <remarks>
/// A hand-written scan for what the regex
/// <c>[\p{L}\p{M}\p{Nd}]+(?:(?:['’\-\u2010\u2011]|(?&lt;=\p{Nd})[.,](?=\p{Nd})|(?&lt;=\p{L})\.(?=\p{L}))[\p{L}\p{M}\p{Nd}]+)*</c>
/// matches (a property test holds it to exactly that). Pages are scored on all cores at once, and there the shared
/// regex allocated twice what it did on one thread: a new matcher whenever its cached one was in use.
/// </remarks>
internal static class WordTokenizer
{
    /// <summary>The word tokens of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        for (var (start, length) = Next(text, 0); length > 0; (start, length) = Next(text, start + length))
        {
            words.Add(text.Substring(start, length));
        }

        return words;
    }

    /// <summary>
    /// How many word tokens <paramref name="text"/> holds, and their syllables (see <see cref="SyllableCounter"/>):
    /// the same tokens as <see cref="Tokenize"/>, counted without making a string for each.
    /// </summary>
    public static int CountWords(ReadOnlySpan<char> text, out int syllables)
    {
        var words = 0;
        syllables = 0;
        for (var (start, length) = Next(text, 0); length > 0; (start, length) = Next(text, start + length))
        {
            words++;
            syllables += SyllableCounter.Count(text.Slice(start, length));
        }

        return words;
    }

    /// <summary>The first token at or after <paramref name="from"/>: where it starts and its length (0 when there is none).</summary>
    internal static (int Start, int Length) Next(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return (i, 0);
        }

        var start = i;
        while (true)
        {
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            // A joiner belongs to the word only with a word character after it, and a point or comma only between
            // two digits (or a point between two letters).
            if (i + 1 >= text.Length || !IsWordChar(text[i + 1]))
            {
                return (start, i - start);
            }

            var joins = text[i] switch
            {
                '\'' or '’' or '-' or '\u2010' or '\u2011' => true,
                '.' or ',' when char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]) => true,
                '.' when char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]) => true,
                _ => false,
            };
            if (!joins)
            {
                return (start, i - start);
            }

            i++;
        }
    }

    // \p{L}, \p{M} and \p{Nd}: the classes the regex's word runs are made of.
    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };
}

using System.Globalization;
using System.Text;

namespace ClinicSite.Engine.Search;

/// <summary>
/// Turns text into search terms by the rules in docs/search.md; theme/assets/js/search.js applies the same rules to
/// queries, and both are tested against tests/ClinicSite.Tests/Search/tokenizer-cases.json.
/// </summary>
internal static class SearchText
{
    private static readonly string[] EsEndings = ["sses", "ches", "shes", "xes", "zes"];

    private static readonly HashSet<string> StopWords = new(
        [
            "a", "about", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do",
            "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its",
            "me", "my", "no", "not", "of", "on", "or", "our", "she", "should", "so", "some", "than", "that", "the", "their",
            "them", "then", "there", "these", "they", "this", "those", "to", "too", "us", "was", "we", "were", "what", "when",
            "where", "which", "who", "why", "will", "with", "would", "you", "your",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Rule 2's table: each group is the plain letters, a space, then the lowercase letters folded to them. The very same
    /// string is in search.js (a test compares them). A table, not Unicode NFKD, because the build runs with invariant
    /// globalization, where .NET does not decompose text.
    /// </summary>
    internal const string FoldTable = "a àáâãäåāăąǎ|c çćĉċč|d ďđð|e èéêëēĕėęě|g ĝğġģ|h ĥħ|i ìíîïĩīĭįı|j ĵ|k ķ|l ĺļľŀł|n ñńņň|o òóôõöøōŏőǒ|r ŕŗř|s śŝşšſ|t ţťŧ|u ùúûüũūŭůűųǔ|w ŵ|y ýÿŷ|z źżž|ae æ|oe œ|ss ß|th þ|ij ĳ|ff ﬀ|fi ﬁ|fl ﬂ|ffi ﬃ|ffl ﬄ|st ﬅﬆ|α ά|ε έ|η ή|ι ίϊΐ|ο ό|υ ύϋΰ|ω ώ";

    private static readonly Dictionary<int, string> Fold = FoldTable.Split('|')
        .SelectMany(g => g[(g.IndexOf(' ', StringComparison.Ordinal) + 1)..].EnumerateRunes().Select(r => (r.Value, Plain: g[..g.IndexOf(' ', StringComparison.Ordinal)])))
        .ToDictionary(x => x.Value, x => x.Plain);

    // Each thread remembers what the words it met became (a term, or null for a stop word), so a word seen before costs
    // one lookup and no allocation. The vocabulary of even a large site is small; the cap only guards odd input.
    [ThreadStatic]
    private static Dictionary<string, string?>? t_known;

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>The terms of a text, in order (stop words and one-character words left out).</summary>
    public static List<string> Terms(string text)
    {
        var known = t_known ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        var terms = new List<string>();
        var buffer = t_buffer ??= new char[256];
        var length = 0;

        void Append(ReadOnlySpan<char> chars)
        {
            if (length + chars.Length > buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + chars.Length));
                t_buffer = buffer;
            }

            chars.CopyTo(buffer.AsSpan(length));
            length += chars.Length;
        }

        void Flush()
        {
            if (length == 0)
            {
                return;
            }

            var word = buffer.AsSpan(0, length);
            length = 0;
            if (!lookup.TryGetValue(word, out var term))
            {
                var text = word.ToString();
                term = text.Length > 1 && !StopWords.Contains(text) ? Singular(text) : null;
                if (known.Count < 200_000)
                {
                    known[text] = term;
                }
            }

            if (term is not null)
            {
                terms.Add(term);
            }
        }

        var one = new char[2];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Most text is ASCII: decide it without Unicode tables.
            if (c < 128)
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or >= 'A' and <= 'Z')
                {
                    if (length == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                        t_buffer = buffer;
                    }

                    buffer[length++] = c <= '9' ? c : (char)(c | 0x20);
                }
                else if (c != '\'')
                {
                    Flush();
                }

                continue;
            }

            if (!Rune.TryGetRuneAt(text, i, out var rune))
            {
                Flush();
                continue;
            }

            i += rune.Utf16SequenceLength - 1;
            var lower = Rune.ToLowerInvariant(rune);
            var category = Rune.GetUnicodeCategory(lower);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark || lower.Value == '\u2019')
            {
                continue;
            }

            if (Fold.TryGetValue(lower.Value, out var plain))
            {
                Append(plain);
            }
            else if (Rune.IsLetter(lower) || category == UnicodeCategory.DecimalDigitNumber)
            {
                Append(one.AsSpan(0, lower.EncodeToUtf16(one)));
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return terms;
    }

    /// <summary>Rule 6: a crude singular that only has to agree with the script's.</summary>
    public static string Singular(string word)
    {
        if (word.Length < 4 || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length >= 5)
        {
            return word[..^3] + "y";
        }

        foreach (var ending in EsEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^2];
            }
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }
}

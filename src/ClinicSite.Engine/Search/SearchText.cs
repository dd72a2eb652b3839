using System.Globalization;
using System.Text;

namespace ClinicSite.Engine.Search;

/// <summary>
/// Turns text into search terms by the rules in docs/search.md; theme/assets/js/search.js applies the same rules to
/// queries, and both are tested against tests/ClinicSite.Tests/Search/tokenizer-cases.json.
/// </summary>
internal static class SearchText
{
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

    /// <summary>The terms of a text, in order (stop words and one-character words left out).</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            if (word.Length > 1 && !StopWords.Contains(word))
            {
                terms.Add(Singular(word));
            }
        }

        return terms;
    }

    /// <summary>Rules 1–4: lowercase, folded, apostrophe-free words.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var lower = Rune.ToLowerInvariant(rune);
            var category = Rune.GetUnicodeCategory(lower);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || lower.Value is '\'' or '\u2019')
            {
                continue;
            }

            if (Fold.TryGetValue(lower.Value, out var plain))
            {
                word.Append(plain);
            }
            else if (Rune.IsLetter(lower) || category == UnicodeCategory.DecimalDigitNumber)
            {
                word.Append(lower.ToString());
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
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

        foreach (var ending in (string[])["sses", "ches", "shes", "xes", "zes"])
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^2];
            }
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }
}

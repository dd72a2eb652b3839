using System.Globalization;

namespace ClinicSite.Engine.Markdown.Extensions.Glossary;

/// <summary>
/// Finds whole-word mentions of a fixed set of terms in text, ignoring case: leftmost first, the longest term where
/// several start at the same place, never overlapping. A term must not touch a letter, digit or hyphen on either side
/// ("steroid" is not found in "corticosteroid" or "steroid-free"). It does what a regex alternation of every term
/// would, with a lookup by first letter instead of running the alternation at every character of every page.
/// </summary>
internal sealed class TermMatcher
{
    private readonly Dictionary<char, string[]> _byFirst;

    public TermMatcher(IEnumerable<string> terms)
    {
        _byFirst = terms
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .GroupBy(t => char.ToLowerInvariant(t[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray());
    }

    public bool IsEmpty => _byFirst.Count == 0;

    /// <summary>The mentions in <paramref name="text"/>, in order: where each starts and how long it is.</summary>
    public List<(int Index, int Length)> Matches(string text)
    {
        var found = new List<(int, int)>();
        for (var match = Next(text, 0); match.Index >= 0; match = Next(text, match.Index + match.Length))
        {
            found.Add(match);
        }

        return found;
    }

    /// <summary>
    /// The first mention that starts at or after <paramref name="start"/>, or (-1, 0). Searching again from just past
    /// a mention finds what <see cref="Matches"/> would list next, without making the list.
    /// </summary>
    public (int Index, int Length) Next(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if ((i == 0 || !IsWordOrHyphen(text[i - 1])) && _byFirst.TryGetValue(char.ToLowerInvariant(text[i]), out var candidates)
                && Longest(text, i, candidates) is var length && length > 0)
            {
                return (i, length);
            }
        }

        return (-1, 0);
    }

    private static int Longest(string text, int start, string[] candidates)
    {
        var rest = text.AsSpan(start);
        foreach (var term in candidates)
        {
            if (rest.StartsWith(term, StringComparison.OrdinalIgnoreCase) && (term.Length == rest.Length || !IsWordOrHyphen(rest[term.Length])))
            {
                return term.Length;
            }
        }

        return 0;
    }

    // Regex's \w (letters, decimal digits, non-spacing marks, connector punctuation) plus the hyphen.
    private static bool IsWordOrHyphen(char c) =>
        c == '-' || char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;
}

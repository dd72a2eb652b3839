namespace ClinicSite.Engine.Readability;

/// <summary>Rule-based English syllable estimate for one lowercase a–z word (no exception lookup).</summary>
internal static class SyllableRules
{
    // One-syllable suffixes that often follow a silent e or each other: late-ly, manage-ment, awe-some,
    // use-ful-ness. The number is the shortest stem considered ("element" is not ele-ment).
    private static readonly (string Suffix, int MinStem)[] Suffixes =
        [("ments", 4), ("ment", 4), ("ness", 3), ("less", 3), ("some", 3), ("ful", 3), ("ly", 3)];

    // One-syllable words with a silent e that begin compounds: some-times, life-style, care-giver.
    // (Not "here", "fore", "place": hereditary, forensic, placebo.)
    private static readonly string[] SilentEHeads =
        ["some", "life", "home", "care", "time", "side", "base", "safe", "fire", "wide", "like", "whole", "house", "stone", "bone", "note", "state", "case", "lone"];

    /// <summary>
    /// Splits off compound heads and suffixes around a silent e (some-times, care-ful), then counts vowel
    /// groups (splitting hiatus pairs such as di-a, flu-o, qui-et), drops a silent final e / -es / -ed and
    /// adds the syllabic -sm / -thm endings. Never returns less than 1.
    /// </summary>
    public static int Count(string w)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (w.Length == 0)
        {
            return 0;
        }

        foreach (var head in SilentEHeads)
        {
            if (w.Length >= head.Length + 3 && w.StartsWith(head, StringComparison.Ordinal) && Letters.IsConsonant(w[head.Length]))
            {
                return 1 + Count(w[head.Length..]);
            }
        }

        foreach (var (suffix, minStem) in Suffixes)
        {
            if (w.Length >= suffix.Length + minStem && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = w[..^suffix.Length];
                if (IsSilentFinalE(stem) || stem.EndsWith("ful", StringComparison.Ordinal) || stem.EndsWith("less", StringComparison.Ordinal))
                {
                    return Count(stem) + 1;
                }
            }
        }

        var groups = CountVowelGroups(w);
        if (groups > 1 && HasSilentEnding(w))
        {
            groups--;
        }

        if (HasSyllabicConsonantEnding(w))
        {
            groups++;
        }

        return Math.Max(1, groups);
    }

    /// <summary>Number of vowel groups, where a hiatus pair inside a group starts a new one.</summary>
    public static int CountVowelGroups(string w)
    {
        var count = 0;
        for (var i = 0; i < w.Length; i++)
        {
            if (!Letters.IsVowelAt(w, i))
            {
                continue;
            }

            if (i == 0 || !Letters.IsVowelAt(w, i - 1) || VowelHiatus.Splits(w, i))
            {
                count++;
            }
        }

        return count;
    }

    // A final e standing alone after a consonant is silent ("make"), except consonant + le / re
    // ("table", "acre"), where it carries the syllable.
    private static bool IsSilentFinalE(string w)
    {
        if (w.Length < 2 || w[^1] != 'e' || Letters.IsVowelAt(w, w.Length - 2))
        {
            return false;
        }

        return !(w.Length >= 3 && w[^2] is 'l' or 'r' && IsSyllabicOnset(w, w.Length - 3));
    }

    // -ble, -tle, -cre, -tre ...: the letter before the liquid is a consonant other than the liquid
    // itself, w, or r before l ("style", "bowled", "curled" stay one syllable).
    private static bool IsSyllabicOnset(string w, int i)
    {
        var before = w[i];
        var liquid = w[i + 1];
        return Letters.IsConsonant(before) && !Letters.IsVowelAt(w, i) && before != liquid && before != 'w'
            && !(liquid == 'l' && before == 'r');
    }

    private static bool HasSilentEnding(string w)
    {
        if (w.EndsWith('e'))
        {
            return IsSilentFinalE(w);
        }

        if (w.Length < 4 || w[^2] != 'e' || Letters.IsVowelAt(w, w.Length - 3))
        {
            return false;
        }

        var before = w[^3];
        if (w[^1] == 's')
        {
            // -es is its own syllable after sibilants: boxes, wishes, places, judges.
            var sibilant = before is 's' or 'x' or 'z' or 'c' or 'g' || (before == 'h' && w[^4] is 'c' or 's');
            return !sibilant && IsSilentFinalE(w[..^1]);
        }

        if (w[^1] == 'd')
        {
            // -ed is its own syllable after t/d (wanted, needed) and after consonant + l/r (cycled, sacred).
            return before is not ('t' or 'd') && !(before is 'l' or 'r' && IsSyllabicOnset(w, w.Length - 4));
        }

        return false;
    }

    // prism, autism, spasm, rhythm: the final m is syllabic.
    private static bool HasSyllabicConsonantEnding(string w)
    {
        var core = w.EndsWith('s') ? w[..^1] : w;
        return (core.Length >= 3 && core.EndsWith('m') && core[^2] == 's' && Letters.IsPlainVowel(core[^3]))
            || core.EndsWith("thm", StringComparison.Ordinal);
    }
}

namespace ClinicSite.Engine.Readability;

/// <summary>Rule-based English syllable estimate for one lowercase a–z word (no exception lookup).</summary>
internal static class SyllableRules
{
    // Suffixes that follow a silent e and add exactly one syllable: late-ly, manage-ment, care-ful.
    private static readonly string[] SilentESuffixes = ["ments", "ment", "ness", "less", "ful", "ly"];

    /// <summary>
    /// Counts vowel groups (splitting hiatus pairs such as di-a, flu-o, qui-et), then drops a silent
    /// final e / -es / -ed and adds the syllabic -sm / -thm endings. Never returns less than 1.
    /// </summary>
    public static int Count(string w)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (w.Length == 0)
        {
            return 0;
        }

        foreach (var suffix in SilentESuffixes)
        {
            if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = w[..^suffix.Length];
                if (stem[^1] == 'e' && IsSilentFinalE(stem))
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

        return !(w.Length >= 3 && w[^2] is 'l' or 'r' && IsSyllabicOnset(w[^3], w[^2]));
    }

    // -ble, -tle, -cre, -tre ...: a consonant other than the liquid itself (or r/w before l).
    private static bool IsSyllabicOnset(char before, char liquid) =>
        Letters.IsConsonant(before) && before != liquid && before != 'w' && !(liquid == 'l' && before == 'r');

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
            return before is not ('t' or 'd') && !(before is 'l' or 'r' && IsSyllabicOnset(w[^4], before));
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

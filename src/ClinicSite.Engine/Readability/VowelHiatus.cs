namespace ClinicSite.Engine.Readability;

/// <summary>Decides whether two adjacent vowels belong to separate syllables (di-a, flu-o, qui-et, be-ing).</summary>
internal static class VowelHiatus
{
    // Prefixes ending in a vowel whose boundary with a following vowel is a syllable break.
    private static readonly string[] VowelPrefixes = ["anti", "semi", "multi", "intra", "infra", "ultra", "extra", "supra", "hemi", "peri"];

    // co- and de- split only before these stems (cooperate, coinsurance, deactivate); "coat", "deal" do not.
    private static readonly string[] CoStems = ["oper", "ordin", "exist", "erc", "agul", "alesc", "alit", "author", "insur", "incid", "occur"];
    private static readonly string[] DeStems = ["activ", "escal", "odor", "oxy", "ion"];

    /// <summary>
    /// True when the vowel at <paramref name="i"/> starts a new syllable although the letter before it
    /// is also a vowel. <paramref name="w"/> is a lowercase a–z word.
    /// </summary>
    public static bool Splits(string w, int i)
    {
        var a = w[i - 1];
        var b = w[i];
        var rest = w[(i + 1)..];
        // A final -ye is one vowel sound: dye, bye, dyes, dyed, dyeing (but fly-er, hy-ena split).
        if (a == 'y' && b == 'e' && rest is "" or "s" or "d" or "ing")
        {
            return false;
        }

        if (a == 'y' || IsPrefixBoundary(w, i) || (b == 'i' && rest is "ng" or "ngs" or "ngly"))
        {
            return true;
        }

        var next = rest.Length > 0 ? rest[0] : '\0';
        var before = i >= 2 ? w[i - 2] : '\0';
        return (a, b) switch
        {
            // -tial, -cian, -sia, -gia are one syllable; di-a-gnostic, Austral-i-an, sci-at-ica are two.
            ('i', 'a') => !(before is 'c' or 't' or 's' or 'g' && (rest is "" or "s" || next is 'l' or 'n')),
            // -tion, -sion, -gion, -cious and -llion, -nion are one syllable; gangli-on, vari-ous are two.
            ('i', 'o') => !((IsPalatal(w, i - 2) && next is 'n' or 'u') || (next == 'n' && (before == 'n' || EndsAt(w, i - 2, "ll")))),
            ('i', 'e') => SplitsIe(w, i, rest),
            ('i', 'u') or ('i', 'i') or ('u', 'a') or ('u', 'o') or ('u', 'u') or ('a', 'o') => true,
            // surgeon, gorgeous stay together; vide-o, stere-o, the-ory split.
            ('e', 'o') => !(before is 'c' or 'g' && next is 'n' or 'u'),
            ('e', 'u') => rest is "m" or "ms" or "s",
            ('e', 'a') => SplitsEa(w, i, rest),
            ('u', 'e') => next is 'n' or 'l' or 't',
            ('u', 'i') => SplitsUi(rest),
            ('o', 'e') => i >= 2 && before != 'h' && Letters.IsConsonant(next) && next != 's',
            ('o', 'i') or ('a', 'i') => rest is "c" or "cs" || rest.StartsWith("cal", StringComparison.Ordinal),
            _ => false,
        };
    }

    private static bool IsPalatal(string w, int j) =>
        j >= 0 && (w[j] is 'c' or 't' or 's' or 'x' or 'g' || (w[j] == 'h' && j >= 1 && w[j - 1] == 's'));

    private static bool EndsAt(string w, int j, string s) =>
        j + 1 >= s.Length && string.CompareOrdinal(w, j + 1 - s.Length, s, 0, s.Length) == 0;

    private static bool IsPrefixBoundary(string w, int i)
    {
        foreach (var prefix in VowelPrefixes)
        {
            if (i == prefix.Length && w.Length > i + 2 && w.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var tail = w[i..];
        return i switch
        {
            // re-enter, re-imburse, re-use (but not reign, reel, reef).
            2 when w.StartsWith("re", StringComparison.Ordinal) =>
                (w[2] == 'u' && w.Length >= 5) || (w[2] is 'e' or 'i' && w.Length >= 6 && !w.StartsWith("reig", StringComparison.Ordinal)),
            2 when w.StartsWith("co", StringComparison.Ordinal) => StartsWithAny(tail, CoStems),
            2 when w.StartsWith("de", StringComparison.Ordinal) => StartsWithAny(tail, DeStems),
            // pre-existing, pre-operative, pre-authorization (but not preach).
            3 when w.StartsWith("pre", StringComparison.Ordinal) => w.Length >= 6 && !w.StartsWith("preach", StringComparison.Ordinal),
            _ => false,
        };
    }

    private static bool StartsWithAny(string s, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (s.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // qui-et, di-et, so-ci-ety, cli-ent, experi-ence, happi-er; but pa-tient, an-cient, hy-giene, pier, priest.
    private static bool SplitsIe(string w, int i, string rest)
    {
        if (rest.StartsWith('t'))
        {
            return true;
        }

        if (rest.StartsWith('n'))
        {
            return w.StartsWith("sci", StringComparison.Ordinal) || (i >= 2 && w[i - 2] is not ('c' or 't' or 'g'));
        }

        return (rest is "r" or "rs" && i - 1 >= 2) || (rest is "st" or "sts" && i - 1 >= 3);
    }

    // are-a, ide-a, apne-a, cre-ate, pancre-as, re-act, the-ater; but sea, plea, great, creature.
    private static bool SplitsEa(string w, int i, string rest)
    {
        if (rest is "" or "s")
        {
            var length = w.Length - rest.Length;
            return length > 4 || (length == 4 && !(Letters.IsConsonant(w[0]) && Letters.IsConsonant(w[1])));
        }

        if (i >= 3 && w[i - 3] == 'c' && w[i - 2] == 'r')
        {
            return (rest.StartsWith('t') && !rest.StartsWith("tu", StringComparison.Ordinal)) || rest == "s";
        }

        return (i == 2 && (w.StartsWith("react", StringComparison.Ordinal) || w.StartsWith("reag", StringComparison.Ordinal)
                || w.StartsWith("realis", StringComparison.Ordinal) || w.StartsWith("realiz", StringComparison.Ordinal)
                || w.StartsWith("realit", StringComparison.Ordinal)))
            || (i == 3 && w.StartsWith("theat", StringComparison.Ordinal));
    }

    // flu-id, ru-in, intu-ition, su-icide; but fruit, suit, juice, build, cruise, suitable.
    private static bool SplitsUi(string rest)
    {
        if (rest.StartsWith('t'))
        {
            return rest.Length > 1 && rest[1] is 'i' or 'y' or 'o';
        }

        return !(rest.StartsWith("ld", StringComparison.Ordinal) || rest.StartsWith("lt", StringComparison.Ordinal)
            || rest.StartsWith("ce", StringComparison.Ordinal) || rest.StartsWith('s') || rest.StartsWith('z'));
    }
}

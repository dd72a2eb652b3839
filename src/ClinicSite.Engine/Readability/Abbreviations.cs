namespace ClinicSite.Engine.Readability;

/// <summary>Decides whether a full stop ends an abbreviation rather than a sentence.</summary>
internal static class Abbreviations
{
    // Titles and Latin shorthand: never end a sentence ("Dr. Smith", "e.g. Botox").
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr.", "drs.", "mr.", "mrs.", "ms.", "prof.", "sr.", "jr.", "st.", "mt.", "rev.", "gen.", "sen.", "rep.",
        "e.g.", "i.e.", "cf.", "vs.", "viz.", "approx.", "ca.", "dept.", "est.", "incl.", "univ.", "assn.",
    };

    // Only abbreviations before a number: "No. 5", "Fig. 2", "p. 12", "ext. 204".
    private static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "no.", "nos.", "fig.", "figs.", "vol.", "p.", "pp.", "ext.", "tel.", "ph.", "ch.", "sec.", "art.",
    };

    // May end a sentence: a stop only when the next word starts with a capital ("at 9 a.m. The …").
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc.", "inc.", "ltd.", "co.", "corp.", "llc.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
        "sep.", "sept.", "oct.", "nov.", "dec.", "mon.", "tue.", "wed.", "thu.", "fri.", "sat.", "sun.",
        "min.", "hr.", "hrs.", "mg.", "ml.", "oz.", "lb.", "lbs.", "ft.", "in.",
    };

    /// <summary>
    /// True when the '.' at <paramref name="dot"/> in <paramref name="text"/> belongs to an abbreviation and
    /// does not end the sentence. Rules: titles and Latin shorthand never end one; "No."-style labels do not
    /// before a number; a single capital after a capitalised word is an initial ("John F. Kennedy", "J. Smith");
    /// dotted forms ("U.S.", "a.m.", "Ph.D.") and "etc."-style words end one only before a capitalised word.
    /// </summary>
    public static bool IsAbbreviation(string text, int dot)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        if (start == dot)
        {
            return false;
        }

        var token = text[start..(dot + 1)];
        if (NeverFinal.Contains(token))
        {
            return true;
        }

        var next = NextWordStart(text, dot + 1);
        if (BeforeNumber.Contains(token))
        {
            return char.IsDigit(next);
        }

        if (token.Length == 2 && char.IsUpper(token[0]))
        {
            return IsInitial(text, start);
        }

        if (token.AsSpan(0, token.Length - 1).Contains('.') || Ambiguous.Contains(token))
        {
            return !char.IsUpper(next);
        }

        return false;
    }

    // An initial stands first in the text or after a capitalised word (or another abbreviation).
    private static bool IsInitial(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        if (i < 0)
        {
            return true;
        }

        var end = i;
        while (i >= 0 && !char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        var previous = text[(i + 1)..(end + 1)];
        return char.IsUpper(previous[0]) || previous.EndsWith('.');
    }

    private static char NextWordStart(string text, int from)
    {
        foreach (var c in text.AsSpan(from))
        {
            if (char.IsLetterOrDigit(c))
            {
                return c;
            }
        }

        return '\0';
    }
}

using System.Collections.Concurrent;
using System.Text;

namespace ClinicSite.Engine.Readability;

/// <summary>Counts the syllables of one word token: rules plus exceptions, with hyphens, numbers and initialisms.</summary>
internal static class SyllableCounter
{
    private static readonly char[] Hyphens = ['-', '\u2010', '\u2011'];

    // Pages repeat the same few thousand words, and a word always has the same count: remember them. Capped so a
    // site of random tokens cannot grow it without bound.
    private const int MemoLimit = 50_000;
    private static readonly ConcurrentDictionary<string, int> Memo = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MemoBySpan = Memo.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _memoSize; // ConcurrentDictionary.Count takes every lock; this is cheap.

    /// <summary>
    /// Syllables in <paramref name="word"/>. Hyphenated words sum their parts ("follow-up" = 3).
    /// Digit runs are read as cardinals (see <see cref="NumberSyllables"/>; "12" = 1, "2024" = 6).
    /// A vowelless letter run is an initialism read letter by letter ("CT" = 2, "Dr" = 2), except right
    /// after digits, where it is taken as an ordinal or unit suffix and adds nothing ("1st", "5mg").
    /// Dotted abbreviations are read by their parts ("U.S." = 2). Any token with a letter or digit
    /// has at least one syllable; empty or punctuation-only input has none.
    /// </summary>
    public static int Count(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Memo.TryGetValue(word, out var known) ? known : CountAndRemember(word);
    }

    /// <inheritdoc cref="Count(string)"/>
    /// <remarks>A word seen before is looked up without making a string of it.</remarks>
    public static int Count(ReadOnlySpan<char> word) =>
        MemoBySpan.TryGetValue(word, out var known) ? known : CountAndRemember(word.ToString());

    private static int CountAndRemember(string word)
    {
        var count = CountUncached(word);
        if (Volatile.Read(ref _memoSize) < MemoLimit && Memo.TryAdd(word, count))
        {
            Interlocked.Increment(ref _memoSize);
        }

        return count;
    }

    private static int CountUncached(string word)
    {
        var total = 0;
        var hasContent = false;
        foreach (var part in word.Split(Hyphens, StringSplitOptions.RemoveEmptyEntries))
        {
            hasContent |= part.Any(char.IsLetterOrDigit);
            total += CountPart(part);
        }

        return hasContent ? Math.Max(1, total) : 0;
    }

    // Splits a hyphen-free part into alternating digit runs and letter runs.
    private static int CountPart(string part)
    {
        var total = 0;
        var i = 0;
        var afterDigits = false;
        while (i < part.Length)
        {
            var start = i;
            if (char.IsAsciiDigit(part[i]))
            {
                while (i < part.Length && (char.IsAsciiDigit(part[i])
                    || (part[i] is '.' or ',' && i + 1 < part.Length && char.IsAsciiDigit(part[i + 1]))))
                {
                    i++;
                }

                total += NumberSyllables.Count(part[start..i]);
                afterDigits = true;
            }
            else
            {
                while (i < part.Length && !char.IsAsciiDigit(part[i]))
                {
                    i++;
                }

                total += CountLetters(part[start..i], afterDigits);
                afterDigits = false;
            }
        }

        return total;
    }

    private static int CountLetters(string run, bool afterDigits)
    {
        var total = 0;
        foreach (var piece in run.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            total += CountWord(piece, afterDigits);
        }

        return total;
    }

    private static int CountWord(string raw, bool afterDigits)
    {
        var word = Normalize(raw);
        var extra = 0;
        if (word.EndsWith("n't", StringComparison.Ordinal) && word.Length > 3)
        {
            // isn't, didn't, haven't add a syllable; can't, won't, don't, aren't do not.
            word = word[..^3];
            extra = word[^1] is 'a' or 'o' || word is "are" or "were" ? 0 : 1;
        }

        word = word.Replace("'", string.Empty, StringComparison.Ordinal);
        if (word.Length == 0)
        {
            return 0;
        }

        if (!word.Any(c => Letters.IsPlainVowel(c) || c == 'y'))
        {
            return afterDigits ? 0 : word.Sum(Letters.LetterNameSyllables);
        }

        return extra + (SyllableExceptions.TryGet(word, out var known) ? known : SyllableRules.Count(word));
    }

    // Lowercases, folds common accents to a–z (a final é is spoken: café = "cafee") and keeps apostrophes.
    private static string Normalize(string raw)
    {
        var sb = new StringBuilder(raw.Length + 1);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = char.ToLowerInvariant(raw[i]);
            c = c switch
            {
                '\u2019' or '\u2018' => '\'',
                'á' or 'à' or 'â' or 'ä' or 'å' or 'ã' => 'a',
                'é' or 'è' or 'ê' or 'ë' => 'e',
                'í' or 'ì' or 'î' or 'ï' => 'i',
                'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
                'ú' or 'ù' or 'û' or 'ü' => 'u',
                'ç' => 'c',
                'ñ' => 'n',
                _ => c,
            };
            if (c is (>= 'a' and <= 'z') or '\'')
            {
                sb.Append(c);
                if (i == raw.Length - 1 && char.ToLowerInvariant(raw[i]) == 'é')
                {
                    sb.Append('e');
                }
            }
        }

        return sb.ToString();
    }
}

namespace ClinicSite.Engine.Readability;

/// <summary>Letter classification shared by the syllable rules (vowels, consonants, y and u as glides).</summary>
internal static class Letters
{
    /// <summary>True for the plain vowel letters a, e, i, o, u (y is decided in context).</summary>
    public static bool IsPlainVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>True for a consonant letter a–z; y counts as a consonant here.</summary>
    public static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsPlainVowel(c);

    /// <summary>
    /// Whether the letter at <paramref name="i"/> of a lowercase word acts as a vowel:
    /// u after q (and after g before a, e, i) is a glide; y is a vowel except word-initially
    /// or between a vowel (or w) and a following vowel ("yes", "player", "lawyer").
    /// </summary>
    public static bool IsVowelAt(string w, int i)
    {
        var c = w[i];
        var next = i + 1 < w.Length ? w[i + 1] : '\0';
        var prev = i > 0 ? w[i - 1] : '\0';
        return c switch
        {
            'a' or 'e' or 'i' or 'o' => true,
            'u' => !(prev == 'q' || (prev == 'g' && next is 'a' or 'e' or 'i')),
            'y' => i > 0 && !(IsPlainVowel(next) && (IsPlainVowel(prev) || prev == 'w')),
            _ => false,
        };
    }

    /// <summary>Spoken syllables of a letter name when an initialism is spelled out (W has three).</summary>
    public static int LetterNameSyllables(char c) => char.ToLowerInvariant(c) == 'w' ? 3 : 1;
}

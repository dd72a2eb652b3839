namespace ClinicSite.Engine.Readability;

/// <summary>Words (lowercase, apostrophes removed) whose syllable count the spelling rules get wrong.</summary>
internal static class SyllableExceptions
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        // Everyday words with elided or unusual vowels.
        ["every"] = 2, ["everyone"] = 3, ["everything"] = 3, ["everybody"] = 4, ["everywhere"] = 3, ["everyday"] = 3,
        ["business"] = 2, ["businesses"] = 3, ["people"] = 2, ["friend"] = 1, ["friendly"] = 2, ["someone"] = 2, ["therefore"] = 2,
        ["recipe"] = 3, ["naked"] = 2, ["wicked"] = 2, ["crooked"] = 2, ["rugged"] = 2, ["canyon"] = 2,
        ["argue"] = 2, ["persuade"] = 2, ["leopard"] = 2, ["jeopardy"] = 3,
        // Medical vocabulary.
        ["platelet"] = 2, ["sacroiliac"] = 5, ["osteoarthritis"] = 6, ["diabetes"] = 4, ["herpes"] = 2,
        ["acne"] = 2, ["syncope"] = 3, ["systole"] = 3, ["diastole"] = 4, ["aneurysm"] = 4,
        ["ache"] = 1, ["headache"] = 2, ["backache"] = 2, ["antiplatelet"] = 4, ["coccygeal"] = 4,
        // Initialisms that contain vowels, so they would otherwise be read as words.
        ["mri"] = 3, ["emg"] = 3, ["ekg"] = 3, ["ecg"] = 3, ["icu"] = 3, ["iv"] = 2, ["usa"] = 3, ["rfa"] = 3,
        ["nsaid"] = 2, ["etc"] = 4,
    };

    /// <summary>Looks up <paramref name="word"/>, then its singular when it ends in a plain plural -s.</summary>
    public static bool TryGet(string word, out int syllables)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Words.TryGetValue(word, out syllables))
        {
            return true;
        }

        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && Words.TryGetValue(word[..^1], out syllables);
    }
}

using ClinicSite.Engine.Readability;

namespace ClinicSite.Tests.Readability;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Does_not_split_on_abbreviations_decimals_or_initials()
    {
        var sentences = SentenceSplitter.Split(
            "Dr. Smith trained in the U.S. He uses imaging, e.g. ultrasound. The dose was 3.5 mL per level; it lasts months. "
            + "Visits start at 9 a.m. and end at noon. John F. Kennedy had back pain.");

        Assert.Equal(
            [
                "Dr. Smith trained in the U.S.",
                "He uses imaging, e.g. ultrasound.",
                "The dose was 3.5 mL per level;",
                "it lasts months.",
                "Visits start at 9 a.m. and end at noon.",
                "John F. Kennedy had back pain.",
            ],
            sentences);
    }

    [Fact]
    public void Splits_on_exclamation_question_ellipsis_and_closing_quotes()
    {
        var sentences = SentenceSplitter.Split("Does it hurt? \"Not at all!\" she said... Then (briefly.) we left");

        Assert.Equal(["Does it hurt?", "\"Not at all!\"", "she said...", "Then (briefly.)", "we left"], sentences);
    }

    [Fact]
    public void Ends_a_sentence_after_a_lone_capital_that_follows_a_lowercase_word() =>
        Assert.Equal(["Take vitamin D.", "It helps."], SentenceSplitter.Split("Take vitamin D. It helps."));

    [Fact]
    public void Treats_number_labels_as_abbreviations_only_before_a_number() =>
        Assert.Equal(
            ["See Fig. 2 and No. 5 for details.", "The answer is no.", "Fine."],
            SentenceSplitter.Split("See Fig. 2 and No. 5 for details. The answer is no. Fine."));

    [Fact]
    public void Keeps_blocks_apart_and_collapses_whitespace()
    {
        var sentences = SentenceSplitter.Split(["Pain  relief\n", "", "   ", "Nerve blocks", "Call today. We answer"]);

        Assert.Equal(["Pain relief", "Nerve blocks", "Call today.", "We answer"], sentences);
    }

    [Fact]
    public void Tokenizes_words_with_apostrophes_hyphens_and_numbers() =>
        Assert.Equal(
            ["The", "doctor's", "follow-up", "COVID-19", "visit", "costs", "1,000", "in", "the", "U.S"],
            WordTokenizer.Tokenize("The doctor's follow-up (COVID-19) visit costs $1,000 in the U.S.!"));
}

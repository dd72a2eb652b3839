using ClinicSite.Engine.Readability;

namespace ClinicSite.Tests.Readability;

public sealed class TextStatisticsTests
{
    private const double Tolerance = 0.01;

    [Fact]
    public void Scores_the_Flesch_platypus_sentence()
    {
        // Flesch's own example: 13 words, 26 syllables, reading ease 24.4.
        var result = TextStatistics.Analyze("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.");

        Assert.Equal(1, result.Sentences);
        Assert.Equal(13, result.Words);
        Assert.Equal(26, result.Syllables);
        Assert.Equal(13.08, result.Grade, Tolerance); // 0.39*13 + 11.8*2 - 15.59
        Assert.Equal(24.44, result.ReadingEase, Tolerance); // 206.835 - 1.015*13 - 84.6*2
    }

    [Fact]
    public void Scores_the_cat_on_the_mat_below_first_grade()
    {
        // The classic "116" reading-ease sentence: 6 one-syllable words.
        var result = TextStatistics.Analyze("The cat sat on the mat.");

        Assert.Equal(new ReadabilityResult(1, 6, 6, result.Grade, result.ReadingEase), result);
        Assert.Equal(-1.45, result.Grade, Tolerance); // 0.39*6 + 11.8*1 - 15.59
        Assert.Equal(116.145, result.ReadingEase, Tolerance); // 206.835 - 1.015*6 - 84.6*1
        Assert.True(result.Grade < 0);
    }

    [Fact]
    public void Scores_a_multi_sentence_passage_with_an_abbreviation_and_a_decimal()
    {
        // Dr(2) Lee treats back pain | Each injection(3) takes about(2) 3.5(3) minutes(2) | Is it safe | Yes
        var result = TextStatistics.Analyze("Dr. Lee treats back pain. Each injection takes about 3.5 minutes! Is it safe? Yes.");

        Assert.Equal(4, result.Sentences);
        Assert.Equal(15, result.Words);
        Assert.Equal(22, result.Syllables);
        Assert.Equal(3.18, result.Grade, Tolerance); // 0.39*15/4 + 11.8*22/15 - 15.59 = 3.179
        Assert.Equal(78.95, result.ReadingEase, Tolerance); // 206.835 - 1.015*15/4 - 84.6*22/15 = 78.949
    }

    [Fact]
    public void Treats_each_unpunctuated_block_as_its_own_sentence()
    {
        string[] blocks = ["Our services", "Epidural injections", "Nerve blocks", "Call us today."];

        var result = TextStatistics.Analyze(blocks);

        Assert.Equal(4, result.Sentences);
        Assert.Equal(9, result.Words);
        // Our(1) services(3) Epidural(4) injections(3) Nerve(1) blocks(1) Call(1) us(1) today(2)
        Assert.Equal(17, result.Syllables);
    }

    [Fact]
    public void Returns_zero_scores_for_input_without_words()
    {
        Assert.Equal(ReadabilityResult.Empty, TextStatistics.Analyze([]));
        Assert.Equal(ReadabilityResult.Empty, TextStatistics.Analyze(["", "   ", "...", "— ; —"]));
        Assert.Equal(new ReadabilityResult(0, 0, 0, 0, 0), TextStatistics.Analyze(string.Empty));
        Assert.Empty(TextStatistics.HardestSentences([], 3));
    }

    [Fact]
    public void Formulas_define_zero_when_there_are_no_words()
    {
        Assert.Equal(0, ReadabilityScore.Grade(0, 0, 0));
        Assert.Equal(0, ReadabilityScore.ReadingEase(0, 0, 0));
        Assert.Equal(ReadabilityResult.Empty, ReadabilityScore.Compute(0, 0, 0));
    }

    [Fact]
    public void Lists_the_hardest_sentences_first_with_ties_in_document_order()
    {
        string[] blocks =
        [
            "The cat sat on the mat.",
            "Anesthesiologists administer epidural corticosteroid injections.",
            "The dog sat on the rug. Physical therapy helps.",
        ];

        var hardest = TextStatistics.HardestSentences(blocks, 3);

        Assert.Equal(
            [
                "Anesthesiologists administer epidural corticosteroid injections.", // 5 words, 23 syllables: 40.64
                "Physical therapy helps.", // 3 words, 7 syllables: 13.11
                "The cat sat on the mat.", // -1.45, ties with the dog and comes first
            ],
            hardest);
        Assert.Equal(4, TextStatistics.HardestSentences(blocks, 10).Count);
        Assert.Empty(TextStatistics.HardestSentences(blocks, 0));
    }

    [Fact]
    public void Measures_each_sentence_with_its_own_grade()
    {
        var measures = TextStatistics.Measure(["Anesthesiologists administer epidural corticosteroid injections."]);

        var only = Assert.Single(measures);
        Assert.Equal(5, only.Words);
        Assert.Equal(23, only.Syllables);
        Assert.Equal(40.64, only.Grade, Tolerance); // 0.39*5 + 11.8*23/5 - 15.59
    }

    [Fact]
    public void Rejects_a_negative_sentence_count() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TextStatistics.HardestSentences(["Hi."], -1));
}

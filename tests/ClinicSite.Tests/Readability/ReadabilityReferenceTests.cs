using ClinicSite.Engine.Readability;

namespace ClinicSite.Tests.Readability;

/// <summary>Flesch–Kincaid grade and Flesch reading ease on published passages whose scores are known.</summary>
public sealed class ReadabilityReferenceTests
{
    // The Bliss copy of the Gettysburg Address, in paragraphs. Microsoft Word's readability statistics for it are
    // published as 271 words, 10 sentences and reading ease 65; the Boston Globe put it at an 11th-grade level.
    private static readonly string[] Gettysburg =
    [
        "Four score and seven years ago our fathers brought forth on this continent, a new nation, conceived in Liberty, and dedicated to the proposition that all men are created equal.",
        "Now we are engaged in a great civil war, testing whether that nation, or any nation so conceived and so dedicated, can long endure. We are met on a great battle-field of that war. We have come to dedicate a portion of that field, as a final resting place for those who here gave their lives that that nation might live. It is altogether fitting and proper that we should do this.",
        "But, in a larger sense, we can not dedicate -- we can not consecrate -- we can not hallow -- this ground. The brave men, living and dead, who struggled here, have consecrated it, far above our poor power to add or detract. The world will little note, nor long remember what we say here, but it can never forget what they did here. It is for us the living, rather, to be dedicated here to the unfinished work which they who fought here have thus far so nobly advanced. It is rather for us to be here dedicated to the great task remaining before us -- that from these honored dead we take increased devotion to that cause for which they gave the last full measure of devotion -- that we here highly resolve that these dead shall not have died in vain -- that this nation, under God, shall have a new birth of freedom -- and that government of the people, by the people, for the people, shall not perish from the earth.",
    ];

    [Fact]
    public void Gettysburg_Address_matches_its_published_counts_reading_ease_and_grade()
    {
        var result = TextStatistics.Analyze(Gettysburg);

        Assert.Equal(271, result.Words);
        Assert.Equal(10, result.Sentences);
        Assert.Equal(65, Math.Round(result.ReadingEase));
        Assert.Equal(11, Math.Round(result.Grade));
    }

    [Fact]
    public void Wikipedia_example_sentence_reads_at_69()
    {
        // Wikipedia's Flesch–Kincaid article: "This sentence, taken as a reading passage unto itself, is being used to
        // prove a point." has a reading ease of 69: 16 words, 23 syllables, one sentence.
        var result = TextStatistics.Analyze("This sentence, taken as a reading passage unto itself, is being used to prove a point.");

        Assert.Equal(new ReadabilityResult(1, 16, 23, result.Grade, result.ReadingEase), result);
        Assert.Equal(69, Math.Round(result.ReadingEase));
        Assert.Equal(7.61, result.Grade, 0.01); // 0.39*16 + 11.8*23/16 - 15.59
    }

    [Theory]
    // Flesch's own examples: the platypus sentence is 24.4, "The cat sat on the mat." is 116.
    [InlineData("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.", 24.4, 13.1)]
    [InlineData("The cat sat on the mat.", 116.1, -1.4)]
    public void Flesch_reference_sentences_score_as_published(string text, double readingEase, double grade)
    {
        var result = TextStatistics.Analyze(text);

        Assert.Equal(readingEase, Math.Round(result.ReadingEase, 1));
        Assert.Equal(grade, Math.Round(result.Grade, 1));
    }

    [Fact]
    public void Passages_read_easier_as_sentences_get_shorter_and_words_plainer()
    {
        var hard = TextStatistics.Analyze("Corticosteroid administration necessitates fluoroscopic visualization of the epidural space.");
        var plain = TextStatistics.Analyze("The doctor uses a live X-ray. It shows where the needle is. Then the medicine goes in.");

        Assert.True(hard.Grade > 8 && plain.Grade < 6, $"hard {hard.Grade:0.0}, plain {plain.Grade:0.0}");
        Assert.True(plain.ReadingEase > hard.ReadingEase);
    }
}

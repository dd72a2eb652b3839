using ClinicSite.Engine.Readability;

namespace ClinicSite.Tests.Readability;

public sealed class SyllableCounterTests
{
    [Theory]
    // Medical vocabulary.
    [InlineData("anesthetic", 4)]
    [InlineData("fluoroscopy", 5)]
    [InlineData("radiculopathy", 6)]
    [InlineData("sacroiliac", 5)]
    [InlineData("anesthesiologist", 7)]
    [InlineData("epidural", 4)]
    [InlineData("steroid", 2)]
    [InlineData("injection", 3)]
    [InlineData("facet", 2)]
    [InlineData("vertebra", 3)]
    [InlineData("corticosteroid", 5)]
    [InlineData("physiatrist", 4)]
    [InlineData("arachnoiditis", 5)]
    [InlineData("necrosis", 3)]
    [InlineData("ultrasound", 3)]
    [InlineData("therapy", 3)]
    [InlineData("diagnostic", 4)]
    [InlineData("therapeutic", 4)]
    [InlineData("ablation", 3)]
    [InlineData("platelet", 2)]
    [InlineData("platelets", 2)]
    [InlineData("hyaluronic", 5)]
    [InlineData("stenosis", 3)]
    [InlineData("sciatica", 4)]
    [InlineData("occipital", 4)]
    [InlineData("ganglion", 3)]
    [InlineData("anesthesia", 4)]
    [InlineData("fibromyalgia", 5)]
    [InlineData("myofascial", 4)]
    [InlineData("physician", 3)]
    [InlineData("neuropathy", 4)]
    [InlineData("osteoporosis", 6)]
    [InlineData("iliac", 3)]
    [InlineData("opioid", 3)]
    [InlineData("lidocaine", 3)]
    [InlineData("ibuprofen", 4)]
    [InlineData("migraine", 2)]
    [InlineData("procedure", 3)]
    [InlineData("insurance", 3)]
    [InlineData("coinsurance", 4)]
    [InlineData("appointment", 3)]
    [InlineData("schedule", 2)]
    [InlineData("available", 4)]
    [InlineData("inflammatory", 5)]
    [InlineData("museum", 3)]
    [InlineData("apnea", 3)]
    [InlineData("diabetes", 4)]
    [InlineData("patient", 2)]
    [InlineData("surgeon", 2)]
    [InlineData("spasm", 2)]
    public void Counts_syllables_of_medical_words(string word, int expected) =>
        Assert.Equal(expected, SyllableCounter.Count(word));

    [Theory]
    [InlineData("the", 1)]
    [InlineData("table", 2)]
    [InlineData("tables", 2)]
    [InlineData("created", 3)]
    [InlineData("creature", 2)]
    [InlineData("walked", 1)]
    [InlineData("wanted", 2)]
    [InlineData("cycled", 2)]
    [InlineData("fire", 1)]
    [InlineData("area", 3)]
    [InlineData("people", 2)]
    [InlineData("every", 2)]
    [InlineData("business", 2)]
    [InlineData("beautiful", 3)]
    [InlineData("doctor", 2)]
    [InlineData("medicine", 3)]
    [InlineData("poem", 2)]
    [InlineData("quiet", 2)]
    [InlineData("idea", 3)]
    [InlineData("being", 2)]
    [InlineData("going", 2)]
    [InlineData("science", 2)]
    [InlineData("ancient", 2)]
    [InlineData("experience", 4)]
    [InlineData("society", 4)]
    [InlineData("boxes", 2)]
    [InlineData("makes", 1)]
    [InlineData("places", 2)]
    [InlineData("happy", 2)]
    [InlineData("happier", 3)]
    [InlineData("family", 3)]
    [InlineData("lately", 2)]
    [InlineData("management", 3)]
    [InlineData("element", 3)]
    [InlineData("careful", 2)]
    [InlineData("usually", 4)]
    [InlineData("question", 2)]
    [InlineData("education", 4)]
    [InlineData("yes", 1)]
    [InlineData("you", 1)]
    [InlineData("player", 2)]
    [InlineData("beyond", 2)]
    [InlineData("dying", 2)]
    [InlineData("rhythm", 2)]
    [InlineData("syllable", 3)]
    [InlineData("readability", 5)]
    [InlineData("fluid", 2)]
    [InlineData("fruit", 1)]
    [InlineData("language", 2)]
    [InlineData("million", 2)]
    [InlineData("various", 3)]
    [InlineData("delicious", 3)]
    [InlineData("Australian", 4)]
    [InlineData("platypus", 3)]
    [InlineData("seemingly", 3)]
    [InlineData("reptilian", 4)]
    [InlineData("sometimes", 2)]
    [InlineData("lifestyle", 2)]
    [InlineData("caregiver", 3)]
    [InlineData("usefulness", 3)]
    [InlineData("awesome", 2)]
    [InlineData("style", 1)]
    [InlineData("acre", 2)]
    public void Counts_syllables_of_everyday_words(string word, int expected) =>
        Assert.Equal(expected, SyllableCounter.Count(word));

    [Theory]
    [InlineData("follow-up", 3)]
    [InlineData("x-ray", 2)]
    [InlineData("well-known", 2)]
    [InlineData("COVID-19", 4)]
    [InlineData("doctor's", 2)]
    [InlineData("don't", 1)]
    [InlineData("can't", 1)]
    [InlineData("isn't", 2)]
    [InlineData("haven't", 2)]
    [InlineData("Physiatrist", 4)]
    [InlineData("café", 2)]
    [InlineData("CT", 2)]
    [InlineData("Dr", 2)]
    [InlineData("MRI", 3)]
    [InlineData("U.S.", 2)]
    [InlineData("e.g.", 2)]
    public void Counts_hyphenated_words_contractions_and_initialisms(string word, int expected) =>
        Assert.Equal(expected, SyllableCounter.Count(word));

    [Theory]
    [InlineData("0", 2)] // zero
    [InlineData("7", 2)] // seven
    [InlineData("12", 1)] // twelve
    [InlineData("17", 3)] // seventeen
    [InlineData("45", 3)] // forty-five
    [InlineData("100", 3)] // one hundred
    [InlineData("2024", 6)] // two thousand twenty-four
    [InlineData("1,000", 3)] // one thousand
    [InlineData("3.5", 3)] // three point five
    [InlineData("1st", 1)] // ordinal suffix adds nothing
    [InlineData("5mg", 1)] // unit suffix adds nothing
    [InlineData("L4", 2)] // letter before digits is spelled
    public void Reads_numbers_as_spoken_cardinals(string number, int expected) =>
        Assert.Equal(expected, SyllableCounter.Count(number));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("—")]
    [InlineData("'")]
    public void Counts_no_syllables_without_letters_or_digits(string text) =>
        Assert.Equal(0, SyllableCounter.Count(text));

    [Fact]
    public void Counts_at_least_one_syllable_for_any_word() =>
        Assert.Equal(1, SyllableCounter.Count("Ωμέγα"));
}

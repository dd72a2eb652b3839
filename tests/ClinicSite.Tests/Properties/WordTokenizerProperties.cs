using System.Text.RegularExpressions;
using ClinicSite.Engine.Readability;
using FsCheck;
using FsCheck.Fluent;

namespace ClinicSite.Tests.Properties;

/// <summary>
/// The readability word tokenizer is a hand-written scan that replaced a regex (which contended between threads); on
/// any text it must find exactly the tokens that regex found.
/// </summary>
public sealed class WordTokenizerProperties
{
    private static readonly Regex Reference = new(
        @"[\p{L}\p{M}\p{Nd}]+(?:(?:['’\-\u2010\u2011]|(?<=\p{Nd})[.,](?=\p{Nd})|(?<=\p{L})\.(?=\p{L}))[\p{L}\p{M}\p{Nd}]+)*",
        RegexOptions.CultureInvariant);

    private static readonly Gen<string> Text =
        Gen.ListOf(Gen.Frequency(
                (5, Gen.Elements("doctor", "U", "S", "a", "Dr", "COVID", "x", "café", "é", "Ωμέγα", "ǅ", "ʰ", "中")),
                (3, Gen.Elements("1", "19", "3", "000", "٣", "²", "Ⅻ")),
                (5, Gen.Elements("'", "’", "-", "\u2010", "\u2011", "\u2012", ".", ",", ".", ",", " ", " ", "\n", "!", "?", "\u0301", "\u20DD", "\u0903", "_", "(", "\uD83D\uDE00")),
                (1, Gen.Choose(1, 0xFFFF).Select(c => ((char)c).ToString()))))
            .Select(parts => string.Concat(parts));

    [Fact]
    public void Finds_exactly_the_tokens_the_regex_finds()
    {
        Prop.ForAll(Arb.From(Text), text =>
        {
            var expected = Reference.Matches(text).Select(m => m.Value).ToList();
            var actual = WordTokenizer.Tokenize(text);
            var counted = WordTokenizer.CountWords(text, out _);
            return (expected.SequenceEqual(actual) && counted == expected.Count)
                .Label($"text {text}: regex [{string.Join("|", expected)}], scan [{string.Join("|", actual)}], counted {counted}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("The doctor's follow-up (COVID-19) visit costs $1,000 in the U.S.!", "The|doctor's|follow-up|COVID-19|visit|costs|1,000|in|the|U.S")]
    [InlineData("3.5 mg. end.", "3.5|mg|end")]
    [InlineData("well- known 'quoted' a.1", "well|known|quoted|a|1")]
    [InlineData("", "")]
    public void Joins_only_between_word_characters(string text, string tokens)
    {
        Assert.Equal(tokens.Length == 0 ? [] : tokens.Split('|'), WordTokenizer.Tokenize(text));
    }
}

using System.Text.RegularExpressions;
using ClinicSite.Engine.Markdown.Extensions.Glossary;
using FsCheck;
using FsCheck.Fluent;

namespace ClinicSite.Tests.Properties;

/// <summary>
/// The glossary's term finder replaced a regex alternation for speed; on any text it must find exactly what that
/// regex found.
/// </summary>
public sealed class TermMatcherProperties
{
    private static readonly string[] Terms = ["steroid", "steroids", "corticosteroid", "X-ray", "X-ray video", "SI joint", "nerve", "nerve root", "PM&R", "café", "a"];

    private static readonly Regex Reference = new(
        @"(?<![\w-])(" + string.Join('|', Terms.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Select(Regex.Escape)) + @")(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Gen<string> Text =
        Gen.ListOf(Gen.Frequency(
                (6, Gen.Elements(Terms.Concat(["STEROID", "Steroids", "x-RAY", "nerves", "roots", "corticosteroids"]).ToArray())),
                (4, Gen.Elements(" ", " ", "-", ",", ".", "_", "'", "(", ")", "é", "1", "\u0301", "\u00A0", "\n", "s", "re", "non")),
                (1, Gen.Choose(1, 0x2FFF).Select(c => ((char)c).ToString()))))
            .Select(parts => string.Concat(parts));

    [Fact]
    public void Finds_exactly_what_the_regex_alternation_finds()
    {
        var matcher = new TermMatcher(Terms);
        Prop.ForAll(Arb.From(Text), text =>
        {
            var expected = Reference.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var actual = matcher.Matches(text);
            return expected.SequenceEqual(actual).Label($"text {text}: regex {string.Join(",", expected)}, matcher {string.Join(",", actual)}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("A steroid shot.", 2, 7)]
    [InlineData("Corticosteroids help.", -1, 0)]
    [InlineData("steroid-free", -1, 0)]
    [InlineData("The X-ray video shows it.", 4, 11)]
    [InlineData("The x-RAY shows it.", 4, 5)]
    [InlineData("nerve root pain", 0, 10)]
    public void Finds_whole_words_ignoring_case_longest_first(string text, int index, int length)
    {
        var found = new TermMatcher(Terms.Where(t => t != "a")).Matches(text);
        if (index < 0)
        {
            Assert.Empty(found);
        }
        else
        {
            Assert.Equal((index, length), found[0]);
        }
    }
}

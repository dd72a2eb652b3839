using ClinicSite.Tools.SourceShingles;

namespace ClinicSite.Tests.Content;

/// <summary>
/// The words and hashes behind the "no 8-word run copied from the sources" guard (tools/SourceShingles/Shingler.cs),
/// on made-up texts: a copied run is found however it is dressed, a rewritten one is not.
/// </summary>
public sealed class ShinglerTests
{
    private const string Source =
        "The harbour ferry leaves the north pier every forty minutes in summer. Passengers who bring a bicycle should " +
        "board first and tie it to the rail on the lower deck. In winter the ferry runs only twice a day, and it " +
        "does not sail at all when the wind is stronger than the harbour master allows.";

    private static HashSet<string> SourceRuns() => Shingler.Runs(Source).Select(r => r.Hash).ToHashSet(StringComparer.Ordinal);

    private static List<string> Copied(string page)
    {
        var source = SourceRuns();
        return Shingler.Runs(page).Where(r => source.Contains(r.Hash)).Select(r => r.Run).ToList();
    }

    [Fact]
    public void A_copied_run_of_eight_words_is_found_whatever_its_case_punctuation_and_markup()
    {
        // "board first and tie it to the rail", copied into a Markdown page with other capitals, emphasis, a line
        // break and a list marker around it.
        var page = "---\ntitle: Getting there\n---\n## By boat\n\nIf you cycle, please **BOARD FIRST** and,\n- tie it to the rail. Thank you!\n";
        Assert.Equal(["board first and tie it to the rail"], Copied(page));
    }

    [Fact]
    public void A_longer_copy_is_reported_once_per_run_of_eight_words()
    {
        var page = "We say: passengers who bring a bicycle should board first and tie it.";
        Assert.Equal(
            [
                "passengers who bring a bicycle should board first",
                "who bring a bicycle should board first and",
                "bring a bicycle should board first and tie",
                "a bicycle should board first and tie it",
            ],
            Copied(page));
    }

    [Fact]
    public void A_rewritten_text_with_the_same_facts_shares_no_run()
    {
        var page = "In summer a ferry sails from the north pier about every 40 minutes. Have a bike? Get on before " +
                   "other people and fasten it to the lower deck's rail. Winter brings just two trips daily, and strong " +
                   "wind can stop the ferry if the harbour master says so.";
        Assert.NotEmpty(Shingler.Runs(page));
        Assert.Empty(Copied(page));
    }

    [Fact]
    public void Seven_copied_words_are_not_a_run()
    {
        Assert.Empty(Copied("Yes: board first and tie it to the bench."));
        Assert.Single(Copied("Yes: board first and tie it to the rail."));
    }

    [Fact]
    public void Curly_and_straight_apostrophes_and_none_at_all_make_the_same_words()
    {
        Assert.Equal(["dont", "the", "ferrys", "rail"], Shingler.Words("Don't ‘the’ ferry’s rail"));
        Assert.Equal(Shingler.Words("don't"), Shingler.Words("dont"));
        Assert.Equal(Shingler.Words("don\u02BCt"), Shingler.Words("don’t"));
    }

    [Theory]
    [InlineData("well-known 24-hour pier", new[] { "well", "known", "24", "hour", "pier" })]
    [InlineData("[rail](../ferry/rail.md#deck)", new[] { "rail", "ferry", "rail", "md", "deck" })]
    [InlineData("title: \"Ferry_times\"", new[] { "title", "ferry", "times" })]
    [InlineData("CAFÉ Straße", new[] { "café", "straße" })]
    [InlineData("Cafe\u0301 \u0301x", new[] { "cafe\u0301", "x" })]
    [InlineData("\U00010400bc", new[] { "\U00010428bc" })]
    [InlineData("  \n\t.,;:!?  ", new string[0])]
    public void Words_are_lowercased_letters_and_digits_and_everything_else_separates_them(string text, string[] expected) =>
        Assert.Equal(expected, Shingler.Words(text));

    [Theory]
    [InlineData("one two three four five six seven", 0)]
    [InlineData("one two three four five six seven eight", 1)]
    [InlineData("one two three four five six seven eight nine ten", 3)]
    public void A_text_of_n_words_has_n_minus_seven_runs(string text, int runs) =>
        Assert.Equal(runs, Shingler.Runs(text).Count());

    [Fact]
    public void The_hash_is_the_first_sixteen_hex_digits_of_the_runs_sha256()
    {
        // From `printf 'a b c d e f g h' | sha256sum`: 1b6548f6b3c51dba45b79a649dca9145…
        Assert.Equal("1b6548f6b3c51dba", Shingler.Hash("a b c d e f g h"));
        Assert.Equal(("1b6548f6b3c51dba", "a b c d e f g h"), Shingler.Runs("A, B; c. D! e? F - g (h)").Single());
    }
}

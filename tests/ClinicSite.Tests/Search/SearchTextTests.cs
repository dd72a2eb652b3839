using ClinicSite.Engine.Search;

namespace ClinicSite.Tests.Search;

/// <summary>The generator's side of the rules in docs/search.md, against the table the script is tested with too.</summary>
public sealed class SearchTextTests
{
    public static TheoryData<string, string[]> Cases => TokenizerCases.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_becomes_the_terms_the_shared_table_lists(string input, string[] terms)
    {
        Assert.Equal(terms, SearchText.Terms(input));
    }

    [Fact]
    public void The_shared_table_covers_plurals_accents_apostrophes_and_stop_words()
    {
        var inputs = TokenizerCases.All().Select(row => (string)row[0]).ToList();
        Assert.True(inputs.Count >= 25, "the table should stay broad");
        Assert.Contains(inputs, i => i.Contains("ies", StringComparison.Ordinal));
        Assert.Contains(inputs, i => i.Contains('é', StringComparison.Ordinal));
        Assert.Contains(inputs, i => i.Contains('’', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("injections", "injection")]
    [InlineData("injection", "injection")]
    [InlineData("therapies", "therapy")]
    [InlineData("stitches", "stitch")]
    [InlineData("stenosis", "stenosis")]
    [InlineData("glass", "glass")]
    [InlineData("gas", "gas")]
    public void Singular_and_plural_become_one_term(string word, string term)
    {
        Assert.Equal(term, SearchText.Singular(word));
    }

    [Fact]
    public void The_script_folds_letters_by_the_very_same_table()
    {
        var script = File.ReadAllText(Path.Combine(ClinicSite.Tests.Support.RepoPaths.Theme, "assets", "js", "search.js"));
        Assert.Contains("\"" + SearchText.FoldTable + "\"", script, StringComparison.Ordinal);
    }
}

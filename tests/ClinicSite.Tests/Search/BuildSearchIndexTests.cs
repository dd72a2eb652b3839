using System.Text;
using ClinicSite.Engine.Search;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Search;

/// <summary>The index the build writes: terms, synonyms from the glossary, plurals, weights, shards and determinism.</summary>
public sealed class BuildSearchIndexTests
{
    private const string Glossary = """
        - term: Fluoroscopy
          aliases: [live X-ray]
          also_called: [X-ray video, moving pictures]
          definition: A live X-ray video.
        - term: Anesthetic
          definition: A numbing medicine.
        """;

    private static TestSite Site()
    {
        var site = new TestSite();
        site.Write("_data/glossary.yml", Glossary);
        site.Write("risks/infection.md", MinimalSite.Meta("Infection", "frequency: rare\nwarning_signs: [Fever]\nurgency: urgent\nget_help: Call your doctor today.")
            + "## What it is\n\nGerms can get in where the needle went. Injections rarely cause it. A live X-ray is not involved here.\n");
        return site;
    }

    [Fact]
    public void Titles_headings_summaries_and_body_text_are_indexed_with_title_first()
    {
        using var site = Site();
        site.BuildOk();
        var index = new BuiltIndex(site.Output);
        Assert.True(index.Postings("infection")["/risks/infection/"] > index.Postings("germ")["/risks/infection/"]);
        Assert.Equal(1, index.Postings("germ")["/risks/infection/"]);
        Assert.Contains("/risks/infection/", index.Postings("summary").Keys);
        Assert.Contains("/procedures/epidural/", index.Postings("what").Keys.Concat(index.Postings("guided").Keys));
        Assert.Contains("/risks/bleeding/", index.Postings("risk").Keys);
    }

    [Fact]
    public void Plurals_are_indexed_as_their_singular()
    {
        using var site = Site();
        site.BuildOk();
        var index = new BuiltIndex(site.Output);
        Assert.Contains("/risks/infection/", index.Postings("injection").Keys);
        Assert.Empty(index.Postings("injections"));
        Assert.DoesNotContain("injections", index.Words('i'));
    }

    [Fact]
    public void A_page_that_mentions_a_glossary_term_or_alias_is_found_by_its_everyday_words()
    {
        using var site = Site();
        site.BuildOk();
        var index = new BuiltIndex(site.Output);
        // The epidural page says "fluoroscopy"; the infection page says "live X-ray", an alias.
        Assert.Contains("/procedures/epidural/", index.Postings("moving").Keys);
        Assert.Contains("/risks/infection/", index.Postings("picture").Keys);
        // A page that mentions neither gets no everyday words, and a term without also_called adds none.
        Assert.DoesNotContain("/risks/bleeding/", index.Postings("moving").Keys);
        // "Numbing medicine" is in the epidural page's front matter (anesthesia:), and a term without also_called adds nothing.
        Assert.Equal(["/procedures/epidural/"], index.Postings("numbing").Keys);
        // Everyday words weigh half of the place the term was found.
        Assert.True(index.Postings("picture")["/risks/infection/"] < index.Postings("live")["/risks/infection/"] + 1);
    }

    [Fact]
    public void The_not_found_and_search_pages_are_not_results()
    {
        using var site = Site();
        site.Write("404.md", MinimalSite.Meta("Page not found") + "Zebra crossing.\n");
        site.Write("search.md", MinimalSite.Meta("Search", "layout: search") + "Quokka words.\n");
        site.BuildOk();
        var index = new BuiltIndex(site.Output);
        Assert.Empty(index.Postings("zebra"));
        Assert.Empty(index.Postings("quokka"));
    }

    [Fact]
    public void Every_file_the_manifest_names_is_written_and_only_the_manifest_is_revalidated()
    {
        using var site = Site();
        site.BuildOk();
        var index = new BuiltIndex(site.Output);
        Assert.All(index.AllFiles(), f => Assert.True(site.OutputExists(f), f));
        var written = Directory.EnumerateFiles(Path.Combine(site.Output, "assets", "search")).Select(f => "assets/search/" + Path.GetFileName(f));
        Assert.Equal(index.AllFiles().Skip(1).Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
        Assert.Contains("/search/index.json\n  Cache-Control: no-cache\n", site.ReadOutput("_headers"), StringComparison.Ordinal);
        // Fingerprinted: each file's name is the start of the SHA-256 of its content.
        Assert.All(index.AllFiles().Skip(1), f =>
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(site.Output, f))));
            Assert.StartsWith(Path.GetFileNameWithoutExtension(f), hash, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_large_shard_is_split_by_the_next_letters_and_every_term_is_in_its_shard()
    {
        using var site = Site();
        var words = new StringBuilder();
        for (var i = 0; i < 4000; i++)
        {
            // Distinct letter-only words starting with "s": sa…, sb…, … so the "s" shard must be split.
            words.Append('s').Append((char)('a' + (i % 26))).Append(Letters(i)).Append(' ');
        }

        site.Write("about.md", MinimalSite.Meta("About") + words + "\n");
        site.BuildOk();
        var index = new BuiltIndex(site.Output);
        Assert.DoesNotContain("s", index.Shards.Keys);
        Assert.Contains("sa", index.Shards.Keys);
        foreach (var (key, hash) in index.Shards)
        {
            var size = new FileInfo(index.FilePath(hash)).Length;
            var terms = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int[]>>(File.ReadAllText(index.FilePath(hash)))!.Keys;
            Assert.True(size <= SearchIndex.ShardLimit + 2000 || terms.Count == 1, $"shard {key} is {size} bytes");
            Assert.All(terms, t => Assert.Equal(key, index.KeyOf(t)));
        }

        Assert.Contains("/about/", index.Postings("sb" + Letters(1)).Keys);
        Assert.Contains("sz" + Letters(25), index.Words('s'));
    }

    [Fact]
    public void Two_builds_write_byte_identical_index_files_and_an_edit_changes_only_the_names_it_must()
    {
        using var site = Site();
        site.BuildOk();
        var first = Snapshot(site);
        site.BuildOk();
        Assert.Equal(first, Snapshot(site));

        site.Write("risks/infection.md", MinimalSite.Meta("Infection", "frequency: rare\nwarning_signs: [Fever]\nurgency: urgent\nget_help: Call your doctor today.")
            + "## What it is\n\nGerms can get in where the needle went. Quokka.\n");
        site.BuildOk();
        var second = Snapshot(site);
        Assert.NotEqual(first["search/index.json"], second["search/index.json"]);
        // Files whose content is unchanged keep their names (and so stay cached); no name ever holds new content.
        Assert.Contains(first.Keys, k => k != "search/index.json" && second.ContainsKey(k));
        Assert.All(first.Keys.Intersect(second.Keys).Where(k => k != "search/index.json"), k => Assert.Equal(first[k], second[k]));
    }

    private static Dictionary<string, string> Snapshot(TestSite site) =>
        new BuiltIndex(site.Output).AllFiles().ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(Path.Combine(site.Output, f))), StringComparer.Ordinal);

    private static string Letters(int i)
    {
        var sb = new StringBuilder();
        for (var n = i + 1; n > 0; n /= 26)
        {
            sb.Append((char)('a' + (n % 26)));
        }

        return sb.ToString();
    }
}

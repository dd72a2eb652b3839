using ClinicSite.Tests.Support;
using ClinicSite.Tools.SourceShingles;

namespace ClinicSite.Tests.Content;

/// <summary>
/// The committed file of hashed source runs (tests/ClinicSite.Tests/Content/source-shingles.txt) is well formed,
/// non-trivial and made by today's rules, and the reader rejects every way it can be broken.
/// </summary>
public sealed class SourceShingleFileTests
{
    private static readonly string Committed = File.ReadAllText(Path.Combine(RepoPaths.Root, ShingleFile.PathInRepository));

    [Fact]
    public void The_committed_file_is_well_formed_and_made_by_the_current_rules()
    {
        var problems = new List<string>();
        var file = ShingleFile.Parse(Committed, problems);
        Assert.Empty(problems);
        Assert.Equal(Shingler.Scheme, file.Scheme);
        // Five articles of about 6 900 words between them; far fewer runs would mean the file was cut or made from the
        // wrong folder.
        Assert.InRange(file.Files, 1, int.MaxValue);
        Assert.InRange(file.Hashes.Count, 5_000, int.MaxValue);
        // Hashes spread over every leading hex digit; a file of made-up or truncated lines would not.
        Assert.Equal(16, file.Hashes.Select(h => h[0]).Distinct().Count());
    }

    [Fact]
    public void The_committed_file_is_byte_for_byte_what_the_tool_writes_for_its_hashes()
    {
        var file = ShingleFile.Parse(Committed, new List<string>());
        Assert.Equal(Committed, file.Format());
    }

    [Fact]
    public void The_committed_file_holds_no_words_of_the_sources()
    {
        var data = Committed.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.All(data.Skip(3), line => Assert.Matches("^[0-9a-f]{16}$", line));
        Assert.StartsWith("scheme: ", data[0], StringComparison.Ordinal);
        Assert.StartsWith("files: ", data[1], StringComparison.Ordinal);
        Assert.StartsWith("runs: ", data[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_made_from_texts_holds_each_runs_hash_once_in_order_and_reads_back_the_same()
    {
        var file = ShingleFile.FromTexts(["one two three four five six seven eight nine", "One two three four five six seven eight."]);
        Assert.Equal(2, file.Files);
        Assert.Equal(
            new[] { Shingler.Hash("one two three four five six seven eight"), Shingler.Hash("two three four five six seven eight nine") }.Order(StringComparer.Ordinal),
            file.Hashes);

        var problems = new List<string>();
        var read = ShingleFile.Parse(file.Format(), problems);
        Assert.Empty(problems);
        Assert.Equal(file.Hashes, read.Hashes);
        Assert.Equal(2, read.Files);
    }

    [Theory]
    [InlineData("unsorted", "is not after")]
    [InlineData("duplicate", "is not after")]
    [InlineData("uppercase", "lowercase hex digits")]
    [InlineData("short", "lowercase hex digits")]
    [InlineData("words", "lowercase hex digits")]
    [InlineData("count", "holds 2 hashes")]
    [InlineData("scheme", "regenerate the file")]
    [InlineData("no-scheme", "no 'scheme:' line")]
    [InlineData("no-files", "no 'files:' line")]
    [InlineData("crlf", "'\\n' only")]
    [InlineData("no-final-newline", "must end in '\\n'")]
    public void A_broken_file_is_reported(string breakage, string expected)
    {
        var (a, b) = ("0123456789abcdef", "fedcba9876543210");
        var head = $"# comment\nscheme: {Shingler.Scheme}\nfiles: 1\n";
        var text = breakage switch
        {
            "unsorted" => head + $"runs: 2\n{b}\n{a}\n",
            "duplicate" => head + $"runs: 2\n{a}\n{a}\n",
            "uppercase" => head + $"runs: 2\n{a.ToUpperInvariant()}\n{b}\n",
            "short" => head + $"runs: 2\n{a[..15]}\n{b}\n",
            "words" => head + $"runs: 2\nboard first and tie it to the rail\n{b}\n",
            "count" => head + $"runs: 3\n{a}\n{b}\n",
            "scheme" => head.Replace("probe=", "probe=0", StringComparison.Ordinal) + $"runs: 2\n{a}\n{b}\n",
            "no-scheme" => $"files: 1\nruns: 2\n{a}\n{b}\n",
            "no-files" => $"scheme: {Shingler.Scheme}\nruns: 2\n{a}\n{b}\n",
            "crlf" => (head + $"runs: 2\n{a}\n{b}\n").Replace("\n", "\r\n", StringComparison.Ordinal),
            "no-final-newline" => head + $"runs: 2\n{a}\n{b}",
            _ => throw new ArgumentOutOfRangeException(nameof(breakage)),
        };

        var problems = new List<string>();
        ShingleFile.Parse(text, problems);
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));

        // The same file unbroken has no problem, so each case fails for its own breakage only.
        var good = new List<string>();
        ShingleFile.Parse(head + $"runs: 2\n{a}\n{b}\n", good);
        Assert.Empty(good);
    }
}

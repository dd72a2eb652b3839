using System.Globalization;
using System.Text;

namespace ClinicSite.Tools.SourceShingles;

/// <summary>
/// The committed file of hashed source runs: comment lines (#), then "scheme:", "files:" and "runs:" lines, then one
/// hash per line, sorted and distinct. Written by tools/SourceShingles, read by the content guard.
/// </summary>
internal sealed record ShingleFile(string Scheme, int Files, IReadOnlyList<string> Hashes)
{
    /// <summary>Where the file lives, relative to the repository root.</summary>
    public const string PathInRepository = "tests/ClinicSite.Tests/Content/source-shingles.txt";

    private static readonly string[] Header =
    [
        "# Source shingles for ClinicSite's content guard: a one-way hash of every run of 8 words in the source",
        "# articles the site's facts come from. The guard (tests/ClinicSite.Tests/Content/ContentGuardTests.cs) fails",
        "# when a run of 8 words on a page has one of these hashes, so no page copies a sentence from the sources, and",
        "# the articles themselves stay out of the repository.",
        "#",
        "# The file holds no words. Each line is the first 64 bits of a SHA-256, and the lines are sorted and distinct,",
        "# so their order and repeats say nothing about the text. The text cannot be read out of it; as with any hash,",
        "# only someone who guesses a run of 8 words exactly can check that guess against the file.",
        "#",
        "# Words: the longest sequences of Unicode letters and digits (with their combining marks), lowercased with",
        "# invariant rules. Apostrophes (' \u2019 \u2018 \u02BC) are dropped without splitting a word (don't = dont);",
        "# everything else (spaces, punctuation, hyphens, Markdown) separates words. A run is 8 consecutive words",
        "# joined by one space; its hash is SHA-256 of the run's UTF-8 bytes, first 16 hex digits, lowercase.",
        "# The rules are in tools/SourceShingles/Shingler.cs, which the tests compile too. The scheme line's probe is",
        "# the hash of a fixed sentence, so a change to the rules without regenerating this file fails the tests.",
        "#",
        "# Made by tools/SourceShingles from every .txt file in a folder of source articles. When the sources change,",
        "# run from the repository root, then commit the result:",
        "#   dotnet run --project tools/SourceShingles -- PATH/TO/SOURCES " + PathInRepository,
    ];

    /// <summary>The distinct hashes of every run in the given texts, sorted.</summary>
    public static ShingleFile FromTexts(IReadOnlyCollection<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var hashes = texts.SelectMany(Shingler.Runs).Select(r => r.Hash).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ShingleFile(Shingler.Scheme, texts.Count, hashes);
    }

    /// <summary>The file's text: UTF-8 without a byte-order mark when written, '\n' line ends, nothing that varies between runs.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        foreach (var line in Header)
        {
            text.Append(line).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"scheme: {Scheme}\n");
        text.Append(CultureInfo.InvariantCulture, $"files: {Files}\n");
        text.Append(CultureInfo.InvariantCulture, $"runs: {Hashes.Count}\n");
        foreach (var hash in Hashes)
        {
            text.Append(hash).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads the file's text, adding to <paramref name="problems"/> everything that makes it malformed.</summary>
    public static ShingleFile Parse(string text, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            problems.Add("lines must end in '\\n' only");
        }

        string? scheme = null;
        int? files = null;
        int? runs = null;
        var hashes = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = i + 1;
            if (line.Length == 0 && i != lines.Length - 1)
            {
                problems.Add($"line {number}: empty line");
            }
            else if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            else if (line.StartsWith("scheme: ", StringComparison.Ordinal) && hashes.Count == 0)
            {
                scheme = line["scheme: ".Length..];
            }
            else if (line.StartsWith("files: ", StringComparison.Ordinal) && hashes.Count == 0)
            {
                files = ParseCount(line["files: ".Length..], number, problems);
            }
            else if (line.StartsWith("runs: ", StringComparison.Ordinal) && hashes.Count == 0)
            {
                runs = ParseCount(line["runs: ".Length..], number, problems);
            }
            else if (!IsHash(line))
            {
                problems.Add($"line {number}: expected {Shingler.HashHexDigits} lowercase hex digits, found '{Shorten(line)}'");
            }
            else
            {
                if (hashes.Count > 0 && string.CompareOrdinal(hashes[^1], line) >= 0)
                {
                    problems.Add($"line {number}: {line} is not after {hashes[^1]} (the hashes must be sorted and distinct)");
                }

                hashes.Add(line);
            }
        }

        if (!text.EndsWith('\n'))
        {
            problems.Add("the last line must end in '\\n'");
        }

        if (scheme is null)
        {
            problems.Add("no 'scheme:' line before the hashes");
        }
        else if (scheme != Shingler.Scheme)
        {
            problems.Add($"the scheme is '{scheme}', but tools/SourceShingles/Shingler.cs now makes '{Shingler.Scheme}': regenerate the file");
        }

        if (files is not > 0)
        {
            problems.Add("no 'files:' line with a count above 0 before the hashes");
        }

        if (runs is null)
        {
            problems.Add("no 'runs:' line before the hashes");
        }
        else if (runs != hashes.Count)
        {
            problems.Add($"'runs: {runs}', but the file holds {hashes.Count} hashes");
        }

        return new ShingleFile(scheme ?? string.Empty, files ?? 0, hashes);
    }

    private static int? ParseCount(string value, int number, ICollection<string> problems)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        problems.Add($"line {number}: '{Shorten(value)}' is not a count");
        return null;
    }

    private static bool IsHash(string line) =>
        line.Length == Shingler.HashHexDigits && line.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}

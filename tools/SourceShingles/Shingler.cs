using System.Security.Cryptography;
using System.Text;

namespace ClinicSite.Tools.SourceShingles;

/// <summary>
/// Cuts text into runs of eight words ("shingles") and hashes each run, the same way for the source articles
/// (tools/SourceShingles) and for the site's pages (the content guard in ClinicSite.Tests).
/// </summary>
internal static class Shingler
{
    /// <summary>Words in one run.</summary>
    public const int RunLength = 8;

    /// <summary>Hex digits kept of each run's SHA-256 (16 = 64 bits).</summary>
    public const int HashHexDigits = 16;

    // A made-up sentence that exercises every normalising rule; its hash goes into the file's header, so a change to
    // the rules or the hash that was not followed by regenerating the file fails the guard's tests.
    private const string ProbeText = "The NURSE’s 2nd café-style notes: don't rush, rest 24 hours.";

    /// <summary>The rules and the probe's hash, as written on the file's "scheme:" line.</summary>
    public static string Scheme { get; } =
        $"words=unicode-letters-digits,lowercase,apostrophes-dropped; run={RunLength}; hash=sha256-first-{HashHexDigits * 4}-bits; probe={Runs(ProbeText).First().Hash}";

    /// <summary>
    /// The text's words: maximal sequences of Unicode letters and decimal digits (with any combining marks that
    /// follow them), lowercased with invariant rules. Apostrophes (' ’ ‘ ʼ) are dropped without splitting the word,
    /// so "don't", "don’t" and "dont" are the same word. Everything else (spaces, punctuation, hyphens, Markdown and
    /// YAML syntax) separates words.
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        Span<char> buffer = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsApostrophe(rune))
            {
                continue;
            }

            if (Rune.IsLetterOrDigit(rune) || (word.Length > 0 && IsMark(rune)))
            {
                var written = Rune.ToLowerInvariant(rune).EncodeToUtf16(buffer);
                word.Append(buffer[..written]);
                continue;
            }

            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Every run of <see cref="RunLength"/> consecutive words of the text, in order, with its hash.</summary>
    public static IEnumerable<(string Hash, string Run)> Runs(string text)
    {
        var words = Words(text);
        for (var i = 0; i + RunLength <= words.Count; i++)
        {
            var run = string.Join(' ', words.Skip(i).Take(RunLength));
            yield return (Hash(run), run);
        }
    }

    /// <summary>The first <see cref="HashHexDigits"/> lowercase hex digits of the SHA-256 of the run's UTF-8 bytes.</summary>
    public static string Hash(string run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(run), digest);
        return Convert.ToHexStringLower(digest[..(HashHexDigits / 2)]);
    }

    private static bool IsApostrophe(Rune rune) => rune.Value is '\'' or '\u2019' or '\u2018' or '\u02BC';

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;
}

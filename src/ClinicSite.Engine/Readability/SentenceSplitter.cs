using System.Text;

namespace ClinicSite.Engine.Readability;

/// <summary>Splits text blocks into sentences; a block boundary always ends a sentence.</summary>
internal static class SentenceSplitter
{
    /// <summary>
    /// Sentences of all <paramref name="blocks"/>, in order. Each block (paragraph, list item, table cell,
    /// heading) is split on its own, and whatever follows its last terminator — or the whole block when it
    /// has none — is a sentence of its own, so unpunctuated list items and headings never merge into a
    /// neighbour. Blank blocks contribute nothing.
    /// </summary>
    public static IReadOnlyList<string> Split(IEnumerable<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var sentences = new List<string>();
        foreach (var block in blocks)
        {
            sentences.AddRange(Split(block ?? string.Empty));
        }

        return sentences;
    }

    /// <summary>
    /// Sentences of one block, whitespace collapsed. A run of '.', '!', '?', ';' or '…' (with any closing
    /// quotes or brackets) ends a sentence when followed by whitespace or the end of the block, unless it is
    /// a single '.' closing an abbreviation (see <see cref="Abbreviations.IsAbbreviation"/>). A point inside
    /// a token ("3.5", "U.S.", "example.com") never ends a sentence.
    /// </summary>
    public static IReadOnlyList<string> Split(string block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var text = CollapseWhitespace(block);
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsTerminator(text[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (IsTerminator(text[end]) || IsCloser(text[end])))
            {
                end++;
            }

            var atBoundary = end == text.Length || text[end] == ' ';
            var singleStop = text[i] == '.' && (end == i + 1 || !IsTerminator(text[i + 1]));
            if (atBoundary && !(singleStop && Abbreviations.IsAbbreviation(text, i)))
            {
                Add(sentences, text[start..end]);
                start = end;
            }

            i = end;
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    /// <summary>True when <paramref name="text"/> has no whitespace but single spaces between non-space characters.</summary>
    private static bool IsCollapsed(string text)
    {
        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? text[i + 1] == ' ' : char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or ';' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '’' or '”' or ')' or ']' or '»';

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    private static string CollapseWhitespace(string text)
    {
        if (IsCollapsed(text))
        {
            // Most blocks already are: no copy.
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}

using System.Text;

namespace ClinicSite.Bench.CorpusGenerator;

/// <summary>Accumulates a page body with LF line endings and counts its words as it goes.</summary>
internal sealed class MarkdownBody
{
    private readonly StringBuilder _text = new();

    public int Words { get; private set; }

    public void Heading(int level, string text) => Block($"{new string('#', level)} {text}", text);

    public void Paragraph(IEnumerable<string> sentences)
    {
        var joined = string.Join(' ', sentences);
        Block(joined, joined);
    }

    public void Bullets(IEnumerable<string> items) => Lines(items.Select(i => $"- {i}"));

    public void Tasks(IEnumerable<string> items) => Lines(items.Select(i => $"- [ ] {i}"));

    public void Table(string header, IEnumerable<string> rows)
    {
        var columns = header.Count(c => c == '|') - 1;
        var rule = "|" + string.Concat(Enumerable.Repeat(" --- |", columns));
        Lines([header, rule, .. rows]);
    }

    public void Callout(string kind, IEnumerable<string> sentences)
    {
        var joined = string.Join(' ', sentences);
        _text.Append("::: ").Append(kind).Append('\n').Append(joined).Append("\n:::\n\n");
        Words += CountWords(joined);
    }

    public override string ToString() => _text.ToString().TrimEnd('\n') + "\n";

    private void Lines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            _text.Append(line).Append('\n');
            Words += CountWords(line);
        }

        _text.Append('\n');
    }

    private void Block(string markdown, string prose)
    {
        _text.Append(markdown).Append("\n\n");
        Words += CountWords(prose);
    }

    /// <summary>Counts tokens holding a letter or digit, so markup like '|', '-' and '[ ]' is not a word.</summary>
    private static int CountWords(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(t => t.Any(char.IsLetterOrDigit));
}

using System.Text;
using ClinicSite.Engine.Checks;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ClinicSite.Engine.Markdown;

/// <summary>
/// Markdig's HTML renderer, set up once per thread with the site pipeline's extensions, that also gathers what the
/// extensions' renderers record about the body (<see cref="Facts"/>, the glossary mentions' places) as it writes.
/// </summary>
internal sealed class BodyRenderer : HtmlRenderer
{
    [ThreadStatic]
    private static BodyRenderer? t_renderer;

    private readonly StringBuilder _html;

    private BodyRenderer(StringWriter writer)
        : base(writer)
    {
        _html = writer.GetStringBuilder();
    }

    /// <summary>How many characters have been written: where the next one goes.</summary>
    public int Position => _html.Length;

    public List<BodyFact> Facts { get; } = [];

    public List<GlossaryMention> Mentions { get; } = [];

    /// <summary>Renders a parsed body on this thread's renderer.</summary>
    public static BodyHtml Render(MarkdownDocument document, IReadOnlyList<GlossaryMention> mentions)
    {
        var renderer = t_renderer;
        if (renderer is null)
        {
            renderer = t_renderer = new BodyRenderer(new StringWriter { NewLine = "\n" });
            MarkdownPipelines.Site.Setup(renderer);
        }

        renderer._html.Clear();
        renderer.Facts.Clear();
        renderer.Mentions.Clear();
        renderer.Mentions.AddRange(mentions);
        renderer.Render(document);
        renderer.Writer.Flush();
        return new BodyHtml(ToUtf8(renderer._html, mentions), [.. mentions], [.. renderer.Facts]);
    }

    /// <summary>The HTML as UTF-8, with the mentions' places turned from character into byte offsets.</summary>
    private static byte[] ToUtf8(StringBuilder html, IReadOnlyList<GlossaryMention> mentions)
    {
        var text = html.ToString();
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == text.Length || mentions.Count == 0)
        {
            return bytes; // all ASCII: the offsets are the same
        }

        // Offsets only grow, so each is counted on from the one before.
        var (chars, count) = (0, 0);
        int Bytes(int offset)
        {
            count += Encoding.UTF8.GetByteCount(text.AsSpan(chars, offset - chars));
            chars = offset;
            return count;
        }

        foreach (var mention in mentions)
        {
            mention.Start = Bytes(mention.Start);
            mention.End = Bytes(mention.End);
        }

        return bytes;
    }

    /// <summary>
    /// The value of the attribute written last from <paramref name="start"/> on (<c>href="…"</c> or <c>src="…"</c>),
    /// as a browser reads it: Markdig has escaped the URL (<c>&amp;</c> as <c>&amp;amp;</c>, the rest %-encoded), so
    /// reading back the few characters it wrote gives exactly the value, without copying its escaping rules.
    /// </summary>
    public string AttributeWrittenAfter(int start)
    {
        var open = -1;
        for (var i = start; i < _html.Length; i++)
        {
            if (_html[i] == '"')
            {
                if (open >= 0)
                {
                    var length = i - open;
                    var buffer = length <= 256 ? stackalloc char[length] : new char[length];
                    _html.CopyTo(open, buffer, length);
                    return buffer.Contains('&') ? SharedStrings.Get(System.Net.WebUtility.HtmlDecode(buffer.ToString())) : SharedStrings.Get(buffer);
                }

                open = i + 1;
            }
        }

        return string.Empty;
    }
}
